"""NĐ 118 MBB26 — Biên bản niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ (BB-NP),
legal-forms.md §4.f: what is sealed, the seal numbers, how, where it is kept and by whom.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from inspector_app.domain.model import Role

from . import blocks as b
from ._minutes import minutes_closing, minutes_opening
from .base import FormContext

STRIP = True


def build(ctx: FormContext) -> list[Flowable]:
    """The story of an MBB26."""
    t, doc = ctx.t, ctx.doc
    story = minutes_opening(ctx)
    story.append(b.para(ctx, t("seals_intro")))
    story += [Spacer(1, 3), b.seals_table(ctx, doc.seals, opened=False), Spacer(1, 2)]
    if doc.goods:
        story += b.goods_block(ctx, "goods_intro")
    story.append(b.item(ctx, t("method"), ctx.field("method")))
    story.append(b.item(ctx, t("storage_place"), ctx.field("storage_place")))
    story.append(b.item(ctx, t("keeper"), ctx.field("keeper")))
    story.append(b.para(ctx, t("seal_warning")))
    cells = b.default_cells(ctx)
    for p in b.people(ctx, Role.KEEPER):
        cells.append(b.sig_cell(ctx, "keeper", [p.full_name]))
    story += minutes_closing(ctx, cells)
    return story
