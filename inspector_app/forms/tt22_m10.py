"""TT 22 Mẫu 10 — Bảng kê tang vật, phương tiện, hàng hóa, giấy tờ (BK), legal-forms.md §4.d.

A separate document of the case attached to minutes (``fields.attached_to``). The table header repeats on
every page, a totals row closes it, and every page carries the signature strip of the parties.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from inspector_app.domain.model import Role

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = True
# Goods rows kept on the last page with the totals row, the closing clause and the signatures.
TAIL_ROWS = 2


def attached_name(ctx: FormContext, number: str) -> str:
    """The kind of minutes a number belongs to, from its symbol ("05/BB-KT-…" → "Biên bản kiểm tra")."""
    return b.document_name(ctx, number) if "/" in number else ""


def signing_cells(ctx: FormContext, parent_number: str) -> list[b.SigCell]:
    """Every party who signs the parent minutes signs every page of its bảng kê (TT 27 Điều 18 khoản 4b,
    review M4): the Đoàn and the inspected party for a biên bản kiểm tra, the usual grid otherwise."""
    symbol = parent_number.partition("/")[2]
    if symbol == "BB-KT" or symbol.startswith("BB-KT-") or not parent_number and b.people(ctx, Role.TEAM_MEMBER):
        return b.inspection_cells(ctx)
    return b.default_cells(ctx)


def build(ctx: FormContext) -> list[Flowable]:
    """The story of a bảng kê."""
    doc, t = ctx.doc, ctx.t
    number = ctx.field("attached_to")
    name = attached_name(ctx, number)
    shown = esc(number) if number else ctx.t("blank_number")
    note = t("attached_note", name=name, number=shown) if name else t("attached_unknown", number=shown)
    parent_date = fmt.ddmmyyyy(ctx.field("attached_to_date"))
    if parent_date:
        # Every reference to another document carries its date (review M11).
        note = note.rstrip(")") + " " + t("attached_date", date=parent_date) + ")"
    story: list[Flowable] = [b.header(ctx, with_date=False), *b.title(ctx, note=note)]
    subject_name = esc(doc.subject.name) if doc.subject else ""
    story.append(b.para(ctx, t("intro", moment=fmt.moment(doc.issued_at), place=esc(doc.place),
                               party=b.subject_party(ctx, doc.subject), name=subject_name)))
    story.append(Spacer(1, 4))
    closing = b.closing(ctx, "end_line", end=True, count=fmt.money(len(doc.goods)),
                        name=name or "biên bản", number=shown,
                        copies=fmt.two(b.copies(ctx)))
    tail = [*b.valuation_note(ctx, doc.goods, "goods_columns"), Spacer(1, 4),
            KeepTogether([closing, *b.signature_grid(ctx, signing_cells(ctx, number))])]
    # The closing clause and the signatures never stand alone after the totals row: the totals row and
    # the last goods rows go to their page with them.
    story.append(b.KeepTableTail(b.goods_table(ctx, doc.goods), tail, keep=TAIL_ROWS + 1))
    return story
