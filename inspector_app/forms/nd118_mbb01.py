"""NĐ 118 MBB01 — Biên bản vi phạm hành chính (legal-forms.md §4.b), versions 2021 and 2025.

The 2025 version adds the "Quyền và thời hạn giải trình" check boxes and the electronic-delivery block;
both versions read every sentence from resources/forms/nd118.mbb01.json.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.domain.model import Role
from inspector_app.domain.text import agency_in_text

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = True


def _explanation(ctx: FormContext, name: str, who: str) -> list[Flowable]:
    t = ctx.t
    right = ctx.field("explanation_right")
    to = esc(ctx.field("explanation_to")) or esc(agency_in_text(ctx.doc.unit.name))
    values = {"name": esc(name), "who": who, "to": to}
    if ctx.doc.form_version == "2021":
        if right == "none":
            return [b.para(ctx, t("explanation_none"))]
        if right == "direct":
            return [b.para(ctx, t("explanation_direct", **values)),
                    b.para(ctx, t("explanation_written", **values))]
        if right == "written":
            return [b.para(ctx, t("explanation_written_only", **values))]
        return [b.StruckParagraph(t("explanation_head"), ctx.st.body)]
    out: list[Flowable] = [b.para(ctx, t("explanation_head"))]
    if right not in ("none", "direct", "written"):
        out[0] = b.StruckParagraph(t("explanation_head"), ctx.st.body)
        return out
    out.append(b.check_line(ctx, right == "none", t("explanation_a")))
    out.append(b.check_line(ctx, right in ("direct", "written"), t("explanation_b")))
    if right == "direct":
        out.append(b.para(ctx, t("explanation_direct", **values)))
    if right in ("direct", "written"):
        out.append(b.para(ctx, t("explanation_written", **values)))
    return out


def build(ctx: FormContext) -> list[Flowable]:
    """The story of an MBB01."""
    doc, t = ctx.doc, ctx.t
    party = b.subject_party(ctx, doc.subject)
    who = b.person_word(ctx, doc.subject)
    name = b.subject_person_name(ctx)
    story: list[Flowable] = [b.header(ctx, with_date=False), *b.title(ctx)]
    story += b.opening(ctx)
    story.append(b.item(ctx, t("basis"), ctx.field("basis")))
    story.append(b.para(ctx, t("we_are")))
    drafters = b.people(ctx, Role.DRAFTER) or b.people(ctx, Role.TEAM_LEAD)
    story += b.people_section(ctx, t("drafter_head"), drafters)
    story += b.people_section(ctx, t("witness_head"), b.people(ctx, Role.WITNESS, Role.LOCAL_AUTHORITY))
    story += b.people_section(ctx, t("interpreter_head"), b.people(ctx, Role.INTERPRETER))
    story.append(b.para(ctx, t("subject_intro", party=party)))
    story += b.subject_block(ctx, doc.subject)

    story.append(b.para(ctx, t("acts_head")))
    story += b.violations_list(ctx)
    when = ctx.field("violation_time")
    where = ctx.field("violation_place")
    if when or where:
        story.append(b.para(ctx, t("acts_when", moment=fmt.moment(when), place=esc(where))))
    story.append(b.para(ctx, t("cited_head")))
    story += b.citations(ctx)
    story.append(b.item(ctx, t("injured"), ctx.field("injured_party")))
    story.append(b.item(ctx, t("subject_opinion", who=who), ctx.field("subject_opinion")))
    story.append(b.item(ctx, t("witness_opinion"), ctx.field("witness_opinion")))
    story.append(b.item(ctx, t("injured_opinion"), ctx.field("injured_opinion")))
    story.append(b.para(ctx, t("stop", party=party)))
    seized = ctx.flag("seized_in_minutes") and bool(doc.goods)
    measures = ctx.field("preventive_measures")
    if seized:
        story.append(b.para(ctx, t("measures") + (" " + b.multiline(measures) if measures else "")))
        story += b.goods_block(ctx, "seized_intro")
        story.append(b.para(ctx, t("seized_end")))
    else:
        story.append(b.item(ctx, t("measures"), measures))
    story += _explanation(ctx, name, who)
    appointment = ctx.field("appointment_at")
    if appointment:
        story.append(b.para(ctx, t("appointment", name=esc(name), moment=fmt.moment(appointment),
                                   place=esc(ctx.field("appointment_place")))))
    before: list[Flowable] = []
    if ctx.t.has("electronic"):
        before.append(b.item(ctx, t("electronic"), ctx.field("electronic_contact")))
    n = b.copies(ctx)
    story += b.minutes_end(
        ctx, "closing", b.default_cells(ctx), before=before,
        closed=fmt.moment(ctx.field("closed_at")), copies=fmt.two(n), rest=fmt.two(max(n - 1, 1)),
        name=esc(name), who=who,
    )
    story += b.receipt(ctx)
    return story
