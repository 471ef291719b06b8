"""NĐ 118 MBB27 — Biên bản mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ (BB-MNP),
legal-forms.md §4.f: why the seals are opened, their state (intact or damaged) and the comparison of the
contents with the seizure minutes and bảng kê.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from . import blocks as b
from ._minutes import minutes_closing, minutes_opening
from .base import FormContext

STRIP = True


def build(ctx: FormContext) -> list[Flowable]:
    """The story of an MBB27."""
    t, doc = ctx.t, ctx.doc
    story = minutes_opening(ctx)
    story.append(b.item(ctx, t("opening_reason"), ctx.field("opening_reason")))
    story.append(b.para(ctx, t("seals_intro")))
    story += [Spacer(1, 3), b.seals_table(ctx, doc.seals, opened=True), Spacer(1, 2)]
    story.append(b.item(ctx, t("contents_check"), ctx.field("contents_check")))
    story.append(b.item(ctx, t("after_opening"), ctx.field("after_opening")))
    story += minutes_closing(ctx, b.default_cells(ctx))
    return story
