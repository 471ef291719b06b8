"""NĐ 118 MBB01 — Biên bản vi phạm hành chính (legal-forms.md §4.b), versions 2021 and 2025.

The 2025 version has the "Quyền và thời hạn giải trình" choices a)/b) with one box per act, the
"Người đại diện theo ủy quyền" line and the electronic-delivery block after the closing clause; both
versions read every sentence from resources/forms/nd118.mbb01.json.

Whether to explain in person or in writing is the violator's choice (Luật XLVPHC Điều 61), so whenever an
act gives the right to explain, both the 02-day sentence (giải trình trực tiếp) and the 05-day sentence
(bằng văn bản) are printed (review B1). Which acts give the right is stored per act in
``fields.explanation_acts`` ("có"/"không", in the order of the acts), decided when the draft is made from
the catalog by the Điều 61 khoản 1 threshold; ``explanation_right`` is the older one-for-all choice.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from inspector_app.domain.model import Role
from inspector_app.domain.text import agency_in_text, fold

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = True

_YES = {"co", "yes", "true", "1", "x"}
_NO = {"khong", "no", "false", "0", ""}


def act_rights(ctx: FormContext) -> list[bool] | None:
    """Per act: has the violator the right to explain? None when nothing was decided (struck through)."""
    acts = ctx.doc.violations
    per_act = ctx.lines("explanation_acts")
    if per_act:
        rights = [fold(x).strip() in _YES for x in per_act]
        # Acts without an entry inherit the one-for-all choice, else no right.
        default = ctx.field("explanation_right") in ("direct", "written")
        return (rights + [default] * len(acts))[:len(acts)] if acts else rights
    right = ctx.field("explanation_right")
    if right not in ("none", "direct", "written"):
        return None
    return [right != "none"] * max(len(acts), 1)


def _explanation(ctx: FormContext, name: str, who: str) -> list[Flowable]:
    t = ctx.t
    to = esc(ctx.field("explanation_to")) or esc(agency_in_text(ctx.doc.unit.name))
    values = {"name": esc(name), "who": who, "to": to}
    rights = act_rights(ctx)
    if ctx.doc.form_version == "2021":
        if rights is None:
            return [b.StruckParagraph(t("explanation_head"), ctx.st.body)]
        if not any(rights):
            return [b.para(ctx, t("explanation_none"))]
        return [b.para(ctx, t("explanation_direct", **values)), b.para(ctx, t("explanation_written", **values))]
    if rights is None:
        return [b.StruckParagraph(t("explanation_head"), ctx.st.body)]
    out: list[Flowable] = [b.para(ctx, t("explanation_head"))]
    acts = ctx.doc.violations
    for key, wanted in (("explanation_a", False), ("explanation_b", True)):
        out.append(b.para(ctx, t(key)))
        cited = [v for v, r in zip(acts, rights, strict=False) if r == wanted]
        if not cited:
            out.append(b.check_line(ctx, False, t("explanation_no_act"), struck=True))
        for v in cited:
            citation = b.citation(ctx, v)
            out.append(b.check_line(ctx, True, t("explanation_act", citation=citation)))
    if any(rights):
        out.append(b.para(ctx, t("explanation_direct", **values)))
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
    story.append(b.basis_item(ctx))
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
        story.append(b.para(ctx, t("appointment", name=esc(name), who=who, moment=fmt.moment(appointment),
                                   place=esc(ctx.field("appointment_place")))))
    after: list[Flowable] = []
    if ctx.t.has("electronic"):
        # 2025: the electronic-delivery contact follows the closing clause (review m7).
        after.append(b.item(ctx, t("electronic"), ctx.field("electronic_contact")))
    n = b.copies(ctx)
    minor = bool(ctx.field("guardian"))
    cells = b.default_cells(ctx)
    story += b.minutes_end(
        ctx, "closing_minor" if minor else "closing", cells, after=after,
        closed=b.closed_moment(ctx), copies=fmt.two(n),
        rest=fmt.two(max(n - (2 if minor else 1), 1)), name=esc(name), who=who,
    )
    story += b.annex(ctx, cells)
    story += b.receipt(ctx)
    return story
