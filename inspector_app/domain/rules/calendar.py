"""Working-day calendars for legal deadlines.

The domain only knows the ``HolidayCalendar`` protocol; the Vietnamese calendar (the ``holidays`` package
plus the Government's yearly swapped days) is built in the services layer, because the domain imports the
standard library only. ``SetCalendar`` is a plain, fully explicit calendar for tests and for callers that
already hold the list of days off.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Protocol

SATURDAY = 5
SUNDAY = 6


class HolidayCalendar(Protocol):
    """Which days are working days for Vietnamese state agencies."""

    def is_working_day(self, day: date) -> bool:
        """True if ``day`` is a working day (not a weekend, public holiday or Government day off)."""
        ...

    def day_off_name(self, day: date) -> str:
        """The name of the holiday or day off on ``day`` ("Chủ nhật", "Tết Nguyên Đán"…), "" if working."""
        ...

    def is_confirmed(self, year: int) -> bool:
        """True if the Government's day-off schedule (swapped days, extra days) for ``year`` is on file."""
        ...


class SetCalendar:
    """A calendar given by explicit sets: days off (with names), extra working weekend days, known years."""

    def __init__(self, days_off: Mapping[date, str] | Iterable[date] = (), working_days: Iterable[date] = (),
                 confirmed_years: Iterable[int] = ()) -> None:
        if isinstance(days_off, Mapping):
            self._off: dict[date, str] = dict(days_off)
        else:
            self._off = {d: "Ngày nghỉ" for d in days_off}
        self._work = frozenset(working_days)
        self._years = frozenset(confirmed_years)

    def is_working_day(self, day: date) -> bool:
        """Working day unless it is a listed day off, or a weekend day not listed as a make-up working day."""
        if day in self._off:
            return False
        if day in self._work:
            return True
        return day.weekday() not in (SATURDAY, SUNDAY)

    def day_off_name(self, day: date) -> str:
        """Name of the day off, "" for a working day."""
        if day in self._off:
            return self._off[day]
        if day in self._work:
            return ""
        return weekend_name(day)

    def is_confirmed(self, year: int) -> bool:
        """True if ``year`` was declared confirmed when the calendar was built."""
        return year in self._years


def weekend_name(day: date) -> str:
    """"Thứ Bảy" / "Chủ nhật" for weekend days, "" otherwise."""
    if day.weekday() == SATURDAY:
        return "Thứ Bảy"
    if day.weekday() == SUNDAY:
        return "Chủ nhật"
    return ""


def next_working_day(calendar: HolidayCalendar, day: date) -> date:
    """``day`` itself if it is a working day, else the first working day after it.

    A deadline that ends on a day off ends at the end of the next working day (Bộ luật Dân sự Art. 148 k5).
    """
    guard = 0
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
        guard += 1
        if guard > 366:  # a calendar with a whole year off is corrupt data, not a legal fact
            raise ValueError("lịch ngày nghỉ không hợp lệ: hơn 366 ngày nghỉ liên tiếp")
    return day
