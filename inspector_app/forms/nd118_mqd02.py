"""NĐ 118 MQĐ02 — Quyết định xử phạt vi phạm hành chính (QĐ-XPHC), legal-forms.md §4.e.

The fine is printed in figures and in words ("Bằng chữ: …", inspector_app.domain.words); per-act amounts
are listed when there are several acts.
"""

from __future__ import annotations

import re

from reportlab.platypus import Flowable

from inspector_app.domain.text import agency_in_text
from inspector_app.domain.words import amount_in_words

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = False

# The fixed sentence already says "nộp vào tài khoản số …"; officers often type the account itself as
# "Tài khoản số 7111 …", which would print "tài khoản số Tài khoản số 7111".
_ACCOUNT_PREFIX = re.compile(r"^\s*tài\s+khoản(\s+số)?[\s:.]*", re.IGNORECASE)


def payment_account(text: str) -> str:
    """The account as it continues "… nộp vào tài khoản số": without a repeated "Tài khoản số"."""
    return _ACCOUNT_PREFIX.sub("", text, count=1)


def build(ctx: FormContext) -> list[Flowable]:
    """The story of an MQĐ02."""
    doc, t = ctx.doc, ctx.t
    party = b.subject_party(ctx, doc.subject)
    who = b.person_word(ctx, doc.subject)
    story: list[Flowable] = [b.header(ctx, with_date=True), *b.title(ctx, rule=True)]
    story.append(b.authority_line(ctx))
    lines = [esc(x) for x in t.raw("basis_fixed")]
    decrees = t.raw("decrees")
    for decree in dict.fromkeys(v.decree for v in doc.violations):
        lines.append(t("basis_decree", decree=decrees.get(decree, t("decree_fallback", decree=esc(decree)))))
    lines.append(t("basis_mbb01", number=esc(ctx.field("mbb01_number")),
                   date=fmt.ddmmyyyy(ctx.field("mbb01_date"))))
    for extra in ctx.lines("extra_basis"):
        lines.append(t("basis_extra", text=esc(extra.removeprefix("Căn cứ ").strip())))
    story += b.basis_lines(ctx, lines)
    story.append(b.decide_word(ctx))

    story.append(b.para(ctx, t("article1", party=party)))
    story.append(b.para(ctx, t("subject_head", party=party)))
    story += b.subject_block(ctx, doc.subject)
    story.append(b.para(ctx, t("acts_head")))
    story += b.violations_list(ctx)
    story.append(b.para(ctx, t("cited_head")))
    story += b.citations(ctx)
    story.append(b.item(ctx, t("aggravating"), ctx.field("aggravating")))
    story.append(b.item(ctx, t("mitigating"), ctx.field("mitigating")))
    story.append(b.para(ctx, t("penalties_head")))
    story.append(b.para(ctx, t("main_penalty")))
    if len(doc.violations) > 1:
        for i, v in enumerate(doc.violations, start=1):
            if v.fine_amount is not None:
                story.append(b.para(ctx, t("fine_per_act", letter=chr(96 + i), amount=fmt.money(v.fine_amount))))
    total = doc.fields.get("fine_total")
    if isinstance(total, int) and not isinstance(total, bool):
        story.append(b.para(ctx, t("fine_total", amount=fmt.money(total), words=amount_in_words(total))))
    story.append(b.item(ctx, t("additional"), ctx.field("additional_penalties")))
    if doc.goods:
        # Confiscation with its list (review M12): the goods the decision confiscates, by name and number.
        story += b.goods_block(ctx, "confiscated_intro", allow_annex=False)
    remedies = ctx.field("remedies")
    days = doc.fields.get("remedies_days")
    if remedies and isinstance(days, int) and not isinstance(days, bool) and days > 0:
        remedies = f"{remedies.rstrip().rstrip('.')}. {t('remedies_deadline', days=fmt.two(days))}"
    story.append(b.item(ctx, t("remedies"), remedies))

    effective = ctx.field("effective_date")
    story.append(b.para(ctx, t("article2", date=fmt.long_date(effective) if effective else "ngày ký")))
    story.append(b.para(ctx, t("article3")))
    days = doc.fields.get("payment_days")
    days_text = fmt.two(days) if isinstance(days, int) and not isinstance(days, bool) else "10"
    party_cap = party[0].upper() + party[1:]
    story.append(b.para(ctx, t("article3_1", name=esc(b.subject_person_name(ctx)), who=who, party_cap=party_cap,
                               days=days_text, account=esc(payment_account(ctx.field("payment_account"))))))
    story.append(b.para(ctx, t("article3_2")))
    last = b.para(ctx, b.with_end(t("article3_3", unit=esc(agency_in_text(ctx.doc.unit.name))), ctx))
    story += b.signer_block(ctx, keep_with=[last])
    story += b.receipt(ctx)
    return story
