"""Custom ReportLab flowables used by the shared blocks.

* ``Header``: the NĐ 30 two-column header drawn directly (agency block with its short rule, "Số",
  quốc hiệu, tiêu ngữ with its rule, place and date), so that "Số" and the date share a baseline.
* ``StruckParagraph``: a label whose unused remainder of the line is struck through with a slanted stroke
  ("gạch chéo"), never left as an empty dotted line (TT 22 Điều 5 khoản 4b).
* ``LeadIn``: a paragraph that introduces what follows ("… như sau:", a section heading); never the last
  line of a page.
* ``LateCount``: a paragraph whose page count ("gồm … tờ") is filled in when it is drawn.
* ``Marker``: records the page a point of the story lands on (the signature grid).
* ``CheckBox``: an empty or crossed square (Liberation Serif has no ☒ glyph).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import ParagraphStyle

from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, string_width
from .styles import BODY_LEADING, TEXT_WIDTH

_WORDS = re.compile(r"[ \t\r\f\v]+")


def _wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` to ``width`` points; words longer than a line are cut.

    Widths add up word by word (ReportLab does not kern), so a cell costs one measure per word: this is
    what keeps a 1,000-row bảng kê within its time budget, where a Paragraph per cell would not.
    """
    lines: list[str] = []
    space = string_width(" ", font, size)
    for raw_line in text.splitlines() or [""]:
        current: list[str] = []
        used = 0.0
        # Split on ordinary white space only: a no-break space (U+00A0) in the texts keeps "VI PHẠM" whole.
        for word in _WORDS.split(raw_line):
            if not word:
                continue
            w = string_width(word, font, size)
            if w > width:  # a barcode or an address without spaces: cut it
                if current:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                piece = ""
                for ch in word:
                    if piece and string_width(piece + ch, font, size) > width:
                        lines.append(piece)
                        piece = ""
                    piece += ch
                current, used = [piece], string_width(piece, font, size)
                continue
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [word], w
            else:
                used += (space if current else 0.0) + w
                current.append(word)
        lines.append(" ".join(current))
    return lines or [""]


_BREAK_BEFORE = {"TỈNH", "THÀNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "THUỘC"}


def _balanced_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """One line if it fits, else the two-line split with the shortest longer line (agency names)."""
    if string_width(text, font, size) <= width:
        return [text]
    words = text.split()
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        lines = [" ".join(words[:i]), " ".join(words[i:])]
        longest = max(string_width(line, font, size) for line in lines)
        # Breaking before a place name ("TỈNH ĐỒNG NAI") keeps "QUẢN LÝ THỊ TRƯỜNG" whole.
        score = longest - (1000 if words[i] in _BREAK_BEFORE else 0)
        if longest <= width and (best is None or score < best[0]):
            best = (score, lines)
    return best[1] if best else _wrap_lines(text, font, size, width)


@dataclass
class HeaderSpec:
    """What the header prints; every string is final text (no markup)."""

    parent: str
    agency: str
    number: str
    national: str
    motto: str
    date_line: str  # "" when the form puts time and place in the body


class Header(Flowable):
    """NĐ 30 header: left agency column, right quốc hiệu column, "Số" and date on one baseline."""

    LEFT = 75 * mm
    GAP_RULE = 2.5

    def __init__(self, spec: HeaderSpec) -> None:
        super().__init__()
        self.spec = spec
        self.agency_size = 12.0
        self._layout(TEXT_WIDTH)

    def _layout(self, width: float) -> None:
        s = self.spec
        self.width = width
        self.right = width - self.LEFT
        # NĐ 30 allows 12–13 pt: shrink a little before wrapping, then wrap into balanced lines.
        room = self.LEFT - 4
        for size in (12.0, 11.5, 11.0):
            if (string_width(s.parent, SERIF, size) <= room
                    and string_width(s.agency, SERIF_BOLD, size) <= room):
                self.agency_size = size
                break
        self.parent_lines = _balanced_lines(s.parent, SERIF, self.agency_size, room)
        self.agency_lines = _balanced_lines(s.agency, SERIF_BOLD, self.agency_size, room)
        lead = self.agency_size * 1.2
        left_h = lead * (len(self.parent_lines) + len(self.agency_lines)) + self.GAP_RULE + 1
        right_h = 12 * 1.2 + 13 * 1.2 + self.GAP_RULE + 1
        self.top_h = max(left_h, right_h)
        # Long numbers shrink rather than wrap: "Số" is one line under the agency name.
        self.number_size = 13.0
        while self.number_size > 9 and string_width(s.number, SERIF, self.number_size) > self.LEFT - 2:
            self.number_size -= 0.5
        self.height = self.top_h + 8 + 16

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.spec
        h = self.height
        lead = self.agency_size * 1.2
        cx = self.LEFT / 2
        y = h - self.agency_size
        c.setFont(SERIF, self.agency_size)
        for line in self.parent_lines:
            c.drawCentredString(cx, y, line)
            y -= lead
        c.setFont(SERIF_BOLD, self.agency_size)
        widest = 0.0
        for line in self.agency_lines:
            c.drawCentredString(cx, y, line)
            widest = max(widest, string_width(line, SERIF_BOLD, self.agency_size))
            y -= lead
        # NĐ 30: a short solid rule, one third to one half of the agency line, under the issuing agency.
        rule_y = y + lead - 4.5
        c.setLineWidth(0.6)
        half = max(widest * 0.4, 40) / 2
        c.line(cx - half, rule_y, cx + half, rule_y)

        rx = self.LEFT + self.right / 2
        y = h - self.agency_size
        c.setFont(SERIF_BOLD, 12)
        c.drawCentredString(rx, y, s.national)
        y -= 13 * 1.2
        c.setFont(SERIF_BOLD, 13)
        c.drawCentredString(rx, y, s.motto)
        motto_w = string_width(s.motto, SERIF_BOLD, 13)
        c.line(rx - motto_w / 2, y - 4.5, rx + motto_w / 2, y - 4.5)

        base = h - self.top_h - 8 - 11
        c.setFont(SERIF, self.number_size)
        c.drawCentredString(cx, base, s.number)
        if s.date_line:
            c.setFont(SERIF_ITALIC, 13)
            c.drawCentredString(rx, base, s.date_line)


class StruckParagraph(Flowable):
    """A paragraph whose blank remainder is struck through: label, then a line to the right edge."""

    MIN_RUN = 18.0

    def __init__(self, markup: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.para = Paragraph(markup, style)
        self.style = style
        self.extra_line = False

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        w, h = self.para.wrap(aw, ah)
        lines = self.para.blPara.lines
        last = lines[-1]
        extra = last.extraSpace if hasattr(last, "extraSpace") else last[0]
        self.end_x = aw - extra
        self.lines = len(lines)
        self.extra_line = aw - self.end_x < self.MIN_RUN + 6
        self.para_h = h
        self.height = h + (self.style.leading if self.extra_line else 0)
        self.width = aw
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []  # short by construction; moves to the next page whole

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        c = self.canv
        off = self.height - self.para_h
        self.para.drawOn(c, 0, off)
        fs = self.style.fontSize
        ascent = getattr(self.para.blPara, "ascent", fs)
        baseline = off + self.para_h - ascent - (self.lines - 1) * self.style.leading
        start = self.end_x + 5
        if self.extra_line:
            baseline -= self.style.leading
            start = 0.0
        # "Gạch chéo" (TT 22 Điều 5 khoản 4b): a slanted stroke across the unused rest of the line, which
        # cannot be taken for a blank to write on as a level line could (review m6).
        low, high = baseline - fs * 0.15, baseline + fs * 0.75
        c.saveState()
        c.setLineWidth(0.7)
        c.line(start, low, self.aw, high)
        c.restoreState()


class LeadIn(Paragraph):
    """A heading or "…:" line: moved to the next page unless two more body lines fit under it.

    A heading alone at the foot of a page, its content overleaf, is what a team leader sends back. When the
    rest of the frame cannot hold the lead-in plus ``room_after``, it reports itself too tall and refuses
    to split, so the frame moves it on (the blank left behind is struck through by the page engine).
    Long paragraphs (over ``max_height``) flow normally, so a fresh page can always take the lead-in.
    """

    max_height = 100.0

    def __init__(self, text: str, style: ParagraphStyle, room_after: float = 2 * BODY_LEADING) -> None:
        super().__init__(text, style)
        self.room_after = room_after

    def _too_low(self, height: float, avail: float) -> bool:
        return height <= self.max_height and height + self.room_after > avail

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        width, height = super().wrap(availWidth, availHeight)
        if self._too_low(height, availHeight):
            return width, availHeight + 1  # "does not fit": the frame asks split() next
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        _, height = super().wrap(availWidth, 1e6)
        if self._too_low(height, availHeight):
            return []
        return list(super().split(availWidth, availHeight))


class LateCount(Flowable):
    """A paragraph that prints the number of sheets of the document, known only after layout.

    Digits of Liberation Serif all have the same width, so the text is wrapped with "00" and drawn with
    the real count without moving a single line. ``count()`` returns the count to print; it is called at
    draw time, on the page the paragraph lands on.
    """

    def __init__(self, make: Callable[[str], str], style: ParagraphStyle,
                 count: Callable[[Any], int | None], on_draw: Callable[[int], None]) -> None:
        super().__init__()
        self.make = make
        self.style = style
        self.count = count
        self.on_draw = on_draw
        self.forced: int | None = None

    def _digits(self, n: int | None) -> str:
        return f"{n:02d}" if n is not None else "00"

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        self.para = Paragraph(self.make(self._digits(self.count(None))), self.style)
        w, h = self.para.wrap(aw, ah)
        self.height = h
        return w, h

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        page = self.canv.getPageNumber()
        n = self.count(page)
        self.on_draw(page)
        para = Paragraph(self.make(self._digits(n)), self.style)
        para.wrap(self.aw, self.height + 100)
        para.drawOn(self.canv, 0, 0)


class Marker(Flowable):
    """A zero-size flowable that reports the page it is drawn on."""

    def __init__(self, on_draw: Callable[[int], None]) -> None:
        super().__init__()
        self.on_draw = on_draw
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.on_draw(self.canv.getPageNumber())


class CheckBox(Flowable):
    """A square check box, crossed when ``checked`` (drawn, since the font has no ☒)."""

    def __init__(self, checked: bool, size: float = 9) -> None:
        super().__init__()
        self.checked = checked
        self.size = size
        self.width = size + 2
        self.height = 13.5

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        s = self.size
        y = self.height - s - 2.5
        c.setLineWidth(0.8)
        c.rect(1, y, s, s)
        if self.checked:
            c.line(1 + 1.5, y + 1.5, 1 + s - 1.5, y + s - 1.5)
            c.line(1 + 1.5, y + s - 1.5, 1 + s - 1.5, y + 1.5)
