"""TT 22 Mẫu 10 — Bảng kê tang vật, phương tiện, hàng hóa, giấy tờ (BK), legal-forms.md §4.d.

A separate document of the case attached to minutes (``fields.attached_to``). The table header repeats on
every page, a totals row closes it, and every page carries the signature strip of the parties.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from . import blocks as b
from . import fmt
from .base import FormContext
from .fmt import esc

STRIP = True


def attached_name(ctx: FormContext, number: str) -> str:
    """The kind of minutes a number belongs to, from its symbol ("05/BB-KT-…" → "Biên bản kiểm tra")."""
    symbol = number.partition("/")[2]
    names: dict[str, str] = ctx.t.raw("attached_names")
    # Longest symbol first: "BB-MNP" must not be taken for "BB-NP"-like prefixes.
    for key in sorted(names, key=len, reverse=True):
        if symbol == key or symbol.startswith(key + "-"):
            return names[key]
    return ""


def build(ctx: FormContext) -> list[Flowable]:
    """The story of a bảng kê."""
    doc, t = ctx.doc, ctx.t
    number = ctx.field("attached_to")
    name = attached_name(ctx, number)
    shown = esc(number) if number else ctx.t("blank_number")
    note = t("attached_note", name=name, number=shown) if name else t("attached_unknown", number=shown)
    story: list[Flowable] = [b.header(ctx, with_date=False), *b.title(ctx, note=note)]
    subject_name = esc(doc.subject.name) if doc.subject else ""
    story.append(b.para(ctx, t("intro", moment=fmt.moment(doc.issued_at), place=esc(doc.place),
                               party=b.subject_party(ctx, doc.subject), name=subject_name)))
    story.append(Spacer(1, 4))
    story.append(b.goods_table(ctx, doc.goods))
    story.append(Spacer(1, 4))
    closing = b.closing(ctx, "end_line", end=True, count=fmt.money(len(doc.goods)),
                        name=name or "biên bản", number=shown,
                        copies=fmt.two(b.copies(ctx)))
    story.append(KeepTogether([closing, *b.signature_grid(ctx, b.default_cells(ctx))]))
    return story
