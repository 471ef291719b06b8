"""The opening shared by the NĐ 118 minutes (MBB15, MBB26, MBB27): time and place right after the title
(MBB15 [V2]), then the basis, "Chúng tôi gồm" with drafter, witnesses and interpreter, and the subject."""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.domain.model import Role

from . import blocks as b
from .base import FormContext


def minutes_opening(ctx: FormContext) -> list[Flowable]:
    """Header, title, "Hôm nay …", "Căn cứ …", the people present and the subject."""
    t = ctx.t
    story: list[Flowable] = [b.header(ctx, with_date=False), *b.title(ctx)]
    story += b.opening(ctx)
    story.append(b.basis_item(ctx))
    story.append(b.para(ctx, t("we_are")))
    drafters = b.people(ctx, Role.DRAFTER) or b.people(ctx, Role.TEAM_LEAD)
    story += b.people_section(ctx, t("drafter_head"), drafters)
    story += b.people_section(ctx, t("witness_head"), b.people(ctx, Role.WITNESS, Role.LOCAL_AUTHORITY))
    story += b.people_section(ctx, t("interpreter_head"), b.people(ctx, Role.INTERPRETER))
    story.append(b.para(ctx, t("subject_intro", party=b.subject_party(ctx, ctx.doc.subject))))
    story += b.subject_block(ctx, ctx.doc.subject)
    return story


def minutes_closing(ctx: FormContext, cells: list[b.SigCell]) -> list[Flowable]:
    """Closing clause with copies, refusals and the signature grid (then this minutes' bảng kê, if any)."""
    from . import fmt
    from .fmt import esc

    n = b.copies(ctx)
    story = b.minutes_end(
        ctx, "closing", cells, closed=b.closed_moment(ctx), copies=fmt.two(n),
        rest=fmt.two(max(n - 1, 1)), name=esc(b.subject_person_name(ctx)),
        who=b.person_word(ctx, ctx.doc.subject),
    )
    return story + b.annex(ctx, cells)
