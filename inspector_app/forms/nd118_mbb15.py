"""NĐ 118 MBB15 — Biên bản tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành
nghề (BB-TG), legal-forms.md §4.c. Two witnesses sign when the violator refuses (Luật Điều 125 khoản 9).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from . import blocks as b
from ._minutes import minutes_closing, minutes_opening
from .base import FormContext

STRIP = True


def build(ctx: FormContext) -> list[Flowable]:
    """The story of an MBB15."""
    t = ctx.t
    story = minutes_opening(ctx)
    story.append(b.item(ctx, t("owner"), ctx.field("owner")))
    story.append(b.item(ctx, t("reason"), ctx.field("reason")))
    story += b.goods_block(ctx, "goods_intro")
    story.append(b.para(ctx, t("not_more")))
    story.append(b.item(ctx, t("seal_statement"), ctx.field("seal_statement")))
    story.append(b.item(ctx, t("storage_place"), ctx.field("storage_place")))
    story += minutes_closing(ctx, b.default_cells(ctx))
    story += b.receipt(ctx)
    return story
