"""Page geometry and paragraph styles per NĐ 30/2020 (A4 portrait, Times-metric serif, 13 pt body).

Margins: top 20 mm, bottom 22 mm (the QR code and the check line live in it), left 30 mm, right 15 mm —
inside the ranges of NĐ 30 Phụ lục I. Sizes: agency lines and quốc hiệu 12.5 pt, tiêu ngữ and body 13 pt,
title 14 pt, tables 11 pt.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
STRIP_HEIGHT = 22 * mm  # per-page signature strip of multi-page minutes (TT 22 Điều 5)

BODY_SIZE = 13
BODY_LEADING = 15.5
# Goods and seal tables: 11 pt, as annex tables usually are, at Word's "single" line spacing for Times New
# Roman (ascent + descent + line gap = 1.15 em), so stacked Vietnamese tone marks clear the line above.
CELL_SIZE = 11
CELL_LEADING = 12.65


@dataclass(frozen=True)
class Styles:
    """The paragraph styles every form uses."""

    body: ParagraphStyle
    body_noindent: ParagraphStyle
    item: ParagraphStyle
    item_left: ParagraphStyle
    basis: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    note: ParagraphStyle
    centered: ParagraphStyle
    centered_bold: ParagraphStyle
    heading: ParagraphStyle
    sig_role: ParagraphStyle
    signer_title: ParagraphStyle
    sig_hint: ParagraphStyle
    sig_name: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    """The shared styles (fonts are registered first)."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_LEADING, alignment=TA_JUSTIFY,
        firstLineIndent=10 * mm, spaceBefore=2,
        # No widows: the last line of a paragraph (often the one ending in "./.") never starts a page alone.
        allowWidows=0,
    )
    centered = ParagraphStyle("centered", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    return Styles(
        body=body,
        body_noindent=ParagraphStyle("body_noindent", parent=body, firstLineIndent=0),
        item=ParagraphStyle("item", parent=body, firstLineIndent=0, leftIndent=0),
        # Half-width "label: value" cells: justifying two or three words per line opens wide gaps.
        item_left=ParagraphStyle("item_left", parent=body, firstLineIndent=0, leftIndent=0, alignment=TA_LEFT),
        basis=ParagraphStyle("basis", parent=body, fontName=SERIF_ITALIC, spaceBefore=1.5),
        title=ParagraphStyle("title", parent=centered, fontName=SERIF_BOLD, fontSize=14, leading=17,
                             spaceBefore=10),
        subtitle=ParagraphStyle("subtitle", parent=centered, fontName=SERIF_BOLD, fontSize=14, leading=17,
                                spaceBefore=0),
        note=ParagraphStyle("note", parent=centered, fontName=SERIF_ITALIC, fontSize=13, leading=16,
                            spaceBefore=1),
        centered=centered,
        centered_bold=ParagraphStyle("centered_bold", parent=centered, fontName=SERIF_BOLD, spaceBefore=6,
                                     spaceAfter=2),
        heading=ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, firstLineIndent=0,
                               spaceBefore=5),
        # NĐ 30 Phụ lục I: the signer's title (and the roles of those who sign minutes) 13–14 pt bold (m1).
        sig_role=ParagraphStyle("sig_role", parent=centered, fontName=SERIF_BOLD, fontSize=13, leading=15.5,
                                spaceBefore=0),
        signer_title=ParagraphStyle("signer_title", parent=centered, fontName=SERIF_BOLD, fontSize=13,
                                    leading=15.5, spaceBefore=0),
        sig_hint=ParagraphStyle("sig_hint", parent=centered, fontName=SERIF_ITALIC, fontSize=12,
                                leading=14.5, spaceBefore=0),
        sig_name=ParagraphStyle("sig_name", parent=centered, fontName=SERIF_BOLD, fontSize=13, leading=16,
                                spaceBefore=0),
        cell=ParagraphStyle("cell", fontName=SERIF, fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_LEFT),
        cell_center=ParagraphStyle("cell_center", fontName=SERIF, fontSize=CELL_SIZE, leading=CELL_LEADING,
                                   alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", fontName=SERIF_BOLD, fontSize=CELL_SIZE, leading=CELL_LEADING,
                                 alignment=TA_CENTER),
        recipients_head=ParagraphStyle("recipients_head", fontName=SERIF_BOLD_ITALIC, fontSize=12,
                                       leading=14),
        recipients=ParagraphStyle("recipients", fontName=SERIF, fontSize=11, leading=13),
    )
