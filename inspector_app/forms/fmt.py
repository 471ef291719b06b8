"""Formatting of values the way Vietnamese official forms print them.

Dates follow NĐ 30/2020: in the "Địa danh, ngày … tháng … năm …" line, days below 10 and the months
1 and 2 get a leading zero ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026"); inside the body
dates are written dd/mm/yyyy. Money uses "." between thousands; decimal quantities use ",".
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

# The one money and quantity text of the app, re-exported for the form modules (fmt.money, fmt.quantity).
from inspector_app.domain.format import money as money
from inspector_app.domain.format import quantity as quantity


def esc(text: str) -> str:
    """NFC-normalise and escape user text for paragraph markup (input must never be parsed as tags).

    Vietnamese input methods may produce decomposed marks; NFC keeps each letter one glyph and makes the
    text extracted from the PDF equal to what was stored.
    """
    return escape(unicodedata.normalize("NFC", text), {'"': "&quot;"})


def parse_moment(text: str) -> datetime | None:
    """``YYYY-MM-DDTHH:MM[:SS]`` or ``YYYY-MM-DD`` → datetime; None if empty or malformed."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            d = date.fromisoformat(text[:10])
        except ValueError:
            return None
        return datetime(d.year, d.month, d.day)


def date_line(text: str) -> tuple[str, str, str] | None:
    """(day, month, year) strings for the header date line per NĐ 30; None if ``text`` is not a date."""
    m = parse_moment(text)
    if m is None:
        return None
    month = f"{m.month:02d}" if m.month <= 2 else str(m.month)
    return f"{m.day:02d}", month, str(m.year)


def ddmmyyyy(text: str) -> str:
    """``2026-03-12`` → ``12/03/2026``; the input unchanged if it is not a date."""
    m = parse_moment(text)
    return m.strftime("%d/%m/%Y") if m else text


def long_date(text: str) -> str:
    """``2026-03-12`` → ``ngày 12 tháng 3 năm 2026`` (NĐ 30 leading-zero rule)."""
    parts = date_line(text)
    if parts is None:
        return text
    return f"ngày {parts[0]} tháng {parts[1]} năm {parts[2]}"


def clock(text: str) -> str:
    """``2026-03-12T09:05`` → ``09 giờ 05 phút``."""
    m = parse_moment(text)
    return f"{m.hour:02d} giờ {m.minute:02d} phút" if m else text


def moment(text: str) -> str:
    """``2026-03-12T09:05`` → ``09 giờ 05 phút, ngày 12/03/2026`` (the "hồi …" phrase of minutes)."""
    m = parse_moment(text)
    if m is None:
        return text
    return f"{m.hour:02d} giờ {m.minute:02d} phút, ngày {m.day:02d}/{m.month:02d}/{m.year}"


def two(n: int) -> str:
    """Counts on forms are written with two digits: 2 → ``02``."""
    return f"{n:02d}"


def title_in_text(title: str) -> str:
    """A job title inside a sentence: only its first letter is lowered, so the names and acronyms in it
    stay as typed ("Đội trưởng Đội QLTT số 1" → "đội trưởng Đội QLTT số 1"); an acronym first word
    ("QLTT viên") is left alone."""
    title = title.strip()
    if len(title) > 1 and title[1].isupper():
        return title
    return title[:1].lower() + title[1:]

