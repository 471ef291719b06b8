"""Dates and times typed the way officers write them (dd/mm/yyyy, hh:mm) and stored as ISO."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from inspector_app.domain.dates import date_iso, datetime_iso, read_date, read_datetime, read_time
from inspector_app.domain.format import date_text


@pytest.mark.parametrize("typed", ["28/11/2026", "28-11-2026", "28.11.2026", "28112026", "2026-11-28", " 28/11/2026 "])
def test_a_date_is_read_in_the_officers_format_and_iso(typed: str) -> None:
    assert read_date(typed) == date(2026, 11, 28)


def test_single_digit_day_and_month_are_read() -> None:
    assert read_date("1/3/2026") == date(2026, 3, 1)


@pytest.mark.parametrize("typed", ["31/02/2026", "11/28/2026", "2026/11/28", "28/11/26", "hôm nay", "", "28/11"])
def test_what_is_not_a_date_is_refused(typed: str) -> None:
    assert read_date(typed) is None


def test_times_are_read_as_hours_and_minutes() -> None:
    assert read_time("08:30") == (8, 30)
    assert read_time("8h30") == (8, 30)
    assert read_time("0830") == (8, 30)
    assert read_time("24:00") is None and read_time("08:60") is None


def test_a_moment_is_read_as_date_then_time() -> None:
    assert read_datetime("01/12/2026 08:30") == datetime(2026, 12, 1, 8, 30)
    assert read_datetime("2026-12-01T08:30") == datetime(2026, 12, 1, 8, 30)
    assert read_datetime("2026-12-01 08:30:15") == datetime(2026, 12, 1, 8, 30, 15)
    assert read_datetime("01/12/2026") is None
    assert read_datetime("01/12/2026 25:00") is None


def test_stored_forms_are_unchanged_iso() -> None:
    assert date_iso("28/11/2026") == "2026-11-28"
    assert datetime_iso("01/12/2026 08:30") == "2026-12-01T08:30:00"
    assert date_iso("  ") == "" and datetime_iso("") == ""
    assert date_iso("32/01/2026") is None and datetime_iso("01/12/2026 8") is None


def test_stored_values_are_shown_in_the_officers_format() -> None:
    assert date_text("2026-11-28") == "28/11/2026"
    assert date_text("2026-12-01T08:30:00") == "01/12/2026 08:30"
