"""Dates and times as officers write them: ``dd/mm/yyyy`` and ``hh:mm`` (Vietnam time), while the data keeps
ISO 8601 (``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM:SS``), as before. Showing a stored value is
``format.date_text``.

The readers also take ISO text (pasted from elsewhere) and the usual variants (``1/3/2026``, ``01-03-2026``,
``01.03.2026``, ``01032026``; ``8h30``, ``0830``), and refuse what is not a real date or time.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .validation import parse_date, parse_datetime

_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})|(\d{2})(\d{2})(\d{4})")
_TIME = re.compile(r"(\d{1,2})[:hH.](\d{2})|(\d{2})(\d{2})")


def read_date(text: str) -> date | None:
    """A date typed as dd/mm/yyyy (or ISO); None if it is not one."""
    text = text.strip()
    iso = parse_date(text)
    if iso is not None:
        return iso
    m = _DMY.fullmatch(text)
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def read_time(text: str) -> tuple[int, int] | None:
    """(hour, minute) typed as hh:mm (or 8h30, 0830); None if it is not a time of day."""
    m = _TIME.fullmatch(text.strip())
    if not m:
        return None
    hour, minute = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
    return (hour, minute) if hour < 24 and minute < 60 else None


def read_datetime(text: str) -> datetime | None:
    """A moment typed as ``dd/mm/yyyy hh:mm`` (or ISO); None if it is not one."""
    text = text.strip()
    iso = parse_datetime(text.replace(" ", "T", 1)) if len(text) >= 16 and text[4] == "-" else None
    if iso is not None:
        return iso
    parts = text.split()
    if len(parts) != 2:
        return None
    day, hm = read_date(parts[0]), read_time(parts[1])
    if day is None or hm is None:
        return None
    return datetime(day.year, day.month, day.day, hm[0], hm[1])


def date_iso(text: str) -> str | None:
    """Typed date → ``YYYY-MM-DD``; "" for an empty field, None if unreadable."""
    if not text.strip():
        return ""
    d = read_date(text)
    return d.isoformat() if d else None


def datetime_iso(text: str) -> str | None:
    """Typed moment → ``YYYY-MM-DDTHH:MM:SS``; "" for an empty field, None if unreadable."""
    if not text.strip():
        return ""
    dt = read_datetime(text)
    return dt.isoformat() if dt else None
