"""TT 22 Mẫu 01 — Quyết định kiểm tra việc chấp hành pháp luật (QĐ-KT), legal-forms.md §4.a.

A decision: header with place and date, the issuer's authority, italic "Căn cứ" lines, three articles
(subject and scope; the Đoàn kiểm tra; effect), "Nơi nhận" and the signer.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from inspector_app.domain.model import Role

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = False


def _basis_text(text: str) -> str:
    # Users often type "Căn cứ …" themselves; the form already prints it.
    return re.sub(r"^\s*căn cứ\s+", "", text, flags=re.IGNORECASE)


def build(ctx: FormContext) -> list[Flowable]:
    """The story of a QĐ-KT."""
    doc, t = ctx.doc, ctx.t
    party = b.subject_party(ctx, doc.subject)
    story: list[Flowable] = [b.header(ctx, with_date=True), *b.title(ctx, rule=True)]
    story.append(b.authority_line(ctx))
    lines = [esc(x) for x in t.raw("basis_fixed")]
    for basis in (ctx.field("basis") or "").splitlines():
        if basis.strip():
            lines.append(t("basis_doc", basis=esc(_basis_text(basis.strip()))))
    story += b.basis_lines(ctx, lines)
    story.append(b.decide_word(ctx))
    story.append(b.para(ctx, t("article1", party=party)))
    story += b.subject_block(ctx, doc.subject)
    story.append(b.item(ctx, t("inspection_place"), ctx.field("inspection_place")))
    story.append(b.item(ctx, t("scope"), ctx.field("scope")))
    days = doc.fields.get("duration_days")
    duration = t("duration", days=fmt.two(days) if isinstance(days, int) else "……")
    extension = ctx.field("extension_ref")
    if extension:
        # More than 03 working days only through the written extension of the issuer (PL QLTT Điều 22 k2b).
        duration = duration.rstrip(".") + " " + t("duration_extension", ref=esc(extension))
    story.append(b.para(ctx, duration))
    story.append(b.para(ctx, t("article2")))
    i = 0
    for p in b.people(ctx, Role.TEAM_LEAD) + b.people(ctx, Role.TEAM_MEMBER):
        i += 1
        key = "member_lead" if p.role == Role.TEAM_LEAD else "member"
        story.append(b.para(ctx, t(key, i=i, name=esc(p.full_name), title=esc(fmt.title_in_text(p.title) or "—"),
                                   officer_no=esc(p.officer_no or "—"), card_no=esc(p.card_no or "—"))))
    name = esc(doc.subject.name) if doc.subject else ""
    last = b.para(ctx, b.with_end(t("article3", party_cap=party.capitalize(), name=name), ctx))
    story += b.signer_block(ctx, keep_with=[last])
    return story
