"""TT 22 Mẫu 06 — Biên bản kiểm tra việc chấp hành pháp luật (BB-KT), legal-forms.md §4.a.

Drawn up at the site right after the inspection (TT 27/2020 Điều 18): the inspection decision it
executes, the Đoàn, witnesses, the subject, the result of each item (goods listed, or referred to the
bảng kê when the list is long), violations, measures, the opinions, and the signatures of every party on
every page.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from inspector_app.domain.model import Role, SubjectKind
from inspector_app.domain.text import fold

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = True


def _section(ctx: FormContext, head: str, value: str) -> list[Flowable]:
    out: list[Flowable] = [b.para(ctx, head, ctx.st.heading)]
    if value.strip():
        out.append(b.para(ctx, b.multiline(value)))
    else:
        out.append(b.StruckParagraph(ctx.t("none_recorded"), ctx.st.body))
    return out


_CITED = re.compile(r"dieu (\d+) nghi dinh so (\S+)")


def _not_cited(ctx: FormContext, text: str) -> str:
    """The lines of "vi phạm phát hiện" that the structured acts above do not already say (review m13:
    "… quy định tại Điều 11 Nghị định số 98/2020/NĐ-CP." printed again after the full citation)."""
    cited = {(str(v.article), fold(v.decree)) for v in ctx.doc.violations}
    descriptions = {fold(v.description).rstrip(".") for v in ctx.doc.violations}
    kept = []
    for line in text.splitlines():
        folded = fold(line).rstrip(".")
        refs = {(m.group(1), m.group(2).rstrip(".,;")) for m in _CITED.finditer(folded)}
        if folded in descriptions or (refs and refs <= cited):
            continue
        kept.append(line)
    return "\n".join(kept).strip()


def build(ctx: FormContext) -> list[Flowable]:
    """The story of a BB-KT."""
    doc, t = ctx.doc, ctx.t
    party = b.subject_party(ctx, doc.subject)
    story: list[Flowable] = [b.header(ctx, with_date=False), *b.title(ctx)]
    story.append(b.para(ctx, t("basis", number=esc(ctx.field("decision_number")),
                               date=fmt.ddmmyyyy(ctx.field("decision_date")),
                               issuer=esc(ctx.field("decision_issuer")))))
    story += b.opening(ctx)
    story += b.people_section(ctx, t("team_head"), b.people(ctx, Role.TEAM_LEAD, Role.TEAM_MEMBER),
                              numbers=True)
    story += b.people_section(ctx, t("coordinating_head"), b.people(ctx, Role.COORDINATING))
    story += b.people_section(ctx, t("witness_head"), b.people(ctx, Role.WITNESS, Role.LOCAL_AUTHORITY))
    story.append(b.para(ctx, t("subject_intro", party=party)))
    story += b.subject_block(ctx, doc.subject)
    reps = b.people(ctx, Role.SUBJECT_REPRESENTATIVE)
    if reps and not (doc.subject and doc.subject.kind != SubjectKind.ORGANIZATION
                     and reps[0].full_name == doc.subject.name):
        story += b.people_section(ctx, t("representative_head"), reps)

    story += _section(ctx, t("results_head"), ctx.field("results"))
    if doc.goods:
        story += b.goods_block(ctx, "goods_intro")
    violations = ctx.field("violations_found")
    story.append(b.para(ctx, t("violations_head"), ctx.st.heading))
    if doc.violations:
        story += b.violations_list(ctx)
        story += b.citations(ctx)
    extra = _not_cited(ctx, violations)
    if extra:
        story.append(b.para(ctx, b.multiline(extra)))
    elif not doc.violations:
        story.append(b.StruckParagraph(t("none_recorded"), ctx.st.body))
    story += _section(ctx, t("measures_head"), ctx.field("measures"))
    story += _section(ctx, t("subject_opinion_head"), ctx.field("subject_opinion"))
    story += _section(ctx, t("witness_opinion_head"), ctx.field("witness_opinion"))
    story += _section(ctx, t("team_opinion_head"), ctx.field("team_opinion"))
    n = b.copies(ctx)
    cells = b.inspection_cells(ctx)
    story += b.minutes_end(ctx, "closing", cells, closed=b.closed_moment(ctx),
                           copies=fmt.two(n), rest=fmt.two(max(n - 1, 1)),
                           who=ctx.t("words.organization") if party == ctx.t("words.organization")
                           else ctx.t("words.individual"))
    story += b.annex(ctx, cells)
    return story
