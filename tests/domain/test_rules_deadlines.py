"""Deadline engine on working days: worked examples (legal-forms.md §7) and hypothesis properties.

The domain takes its calendar as data; here it is an explicit ``SetCalendar`` with the Tết and Hùng Kings
days off of 2026–2027 as the ``holidays`` package gives them (the real calendar is tested in services).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.rules import SetCalendar, add_months, due_date, parse_deadline_rules
from inspector_app.paths import resource_path

RULES = parse_deadline_rules(json.loads(resource_path("reference", "deadline_rules.json").read_text("utf-8")))


def _days(start: str, end: str) -> list[date]:
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    return [a + timedelta(days=i) for i in range((b - a).days + 1)]


DAYS_OFF = {
    **{d: "Tết Nguyên Đán" for d in _days("2026-02-16", "2026-02-20")},
    date(2026, 4, 27): "Giỗ Tổ Hùng Vương (nghỉ bù)",
    date(2026, 4, 30): "Ngày Chiến thắng", date(2026, 5, 1): "Quốc tế Lao động",
    **{d: "Tết Nguyên Đán" for d in _days("2027-02-04", "2027-02-10")},
    date(2027, 4, 16): "Giỗ Tổ Hùng Vương",
}
CAL = SetCalendar(DAYS_OFF, working_days=[date(2025, 4, 26)], confirmed_years=[2025, 2026])


def due(rule: str, at: str, **kw: object) -> date:
    return due_date(rule, datetime.fromisoformat(at), CAL, RULES, **kw).due  # type: ignore[arg-type]


def test_mbb01_drawn_on_a_thursday_gives_the_penalty_decision_7_working_days_later() -> None:
    dl = due_date("penalty_decision", datetime(2027, 3, 11, 10), CAL, RULES)
    assert dl.due == date(2027, 3, 22)
    assert dl.due_iso() == "2027-03-22" and dl.due_text() == "ngày 22/03/2027"
    assert "Điều 66" in dl.basis
    assert any("2027" in n for n in dl.notes)  # 2027's swapped days are not on file in this calendar


@pytest.mark.parametrize(("variant", "expected"), [("standard", "2027-03-22"), ("transferred", "2027-03-25"),
                                                   ("explanation", "2027-04-12"), ("complex", "2027-05-11")])
def test_penalty_decision_variants(variant: str, expected: str) -> None:
    # 1 month → 11/04/2027 is a Sunday → Monday 12/04; 2 months → 11/05/2027 (Tuesday).
    assert due("penalty_decision", "2027-03-11T10:00", variant=variant) == date.fromisoformat(expected)


def test_tet_week_2027_is_skipped() -> None:
    # MBB01 on Wed 03/02/2027; Thu 04 – Wed 10/02 are Tết, 06–07 a weekend: day 1 is Thu 11/02.
    assert due("penalty_decision", "2027-02-03T15:00") == date(2027, 2, 19)
    assert due("mbb01", "2027-02-03T15:00") == date(2027, 2, 12)


def test_violation_found_on_the_friday_before_tet_2026() -> None:
    assert due("mbb01", "2026-02-13T16:00") == date(2026, 2, 24)
    assert due("mbb01", "2026-02-13T16:00", variant="complex") == date(2026, 2, 27)


def test_hung_kings_observed_monday_and_30_4_1_5_are_skipped() -> None:
    # Explanation (written, 5 working days) from Thu 23/04/2026: 24, 28, 29, 04/05, 05/05.
    assert due("explanation", "2026-04-23T09:00") == date(2026, 5, 5)
    assert due("explanation", "2026-04-23T09:00", variant="direct") == date(2026, 4, 28)


def test_first_day_is_not_counted_even_late_at_night() -> None:
    assert due("mbb01", "2026-03-09T23:59") == date(2026, 3, 11)
    assert due("mbb01", "2026-03-09T00:00") == date(2026, 3, 11)


def test_a_make_up_saturday_counts_as_a_working_day() -> None:
    # Fri 25/04/2025 + 1 working day: Saturday 26/04/2025 was a make-up working day.
    assert due("mbb01", "2025-04-24T09:00") == date(2025, 4, 26)


def test_payment_is_10_calendar_days_rolled_past_tet() -> None:
    # Decision received Sat 30/01/2027: +10 days = Tue 09/02 (Tết) → Thu 11/02.
    assert due("payment", "2027-01-30T09:00") == date(2027, 2, 11)
    assert due("payment", "2026-03-02T09:00") == date(2026, 3, 12)


def test_month_end_clamps_then_rolls_to_a_working_day() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert due("penalty_decision", "2027-01-31T09:00", variant="explanation") == date(2027, 3, 1)


def test_hour_deadlines_are_exact_moments() -> None:
    dl = due_date("ins_upload", datetime(2027, 2, 3, 10, 30), CAL, RULES)
    assert dl.due_at == datetime(2027, 2, 5, 10, 30) and dl.due_iso() == "2027-02-05T10:30"
    assert dl.is_overdue(datetime(2027, 2, 5, 10, 30)) and not dl.is_overdue(datetime(2027, 2, 5, 10, 29))
    assert due_date("report_24h", datetime(2027, 2, 3, 10), CAL, RULES).due_text() == "10 giờ 00 ngày 04/02/2027"


def test_day_deadline_expires_at_the_end_of_the_due_day() -> None:
    dl = due_date("mbb01", datetime(2026, 3, 9, 10), CAL, RULES)
    assert not dl.is_overdue(datetime(2026, 3, 11, 23, 59))
    assert dl.is_overdue(datetime(2026, 3, 12, 0, 0))


def test_seizure_may_not_outlast_the_penalty_decision_deadline() -> None:
    plain = due("seizure_expiry", "2026-03-12T09:00")
    assert plain == date(2026, 3, 23)
    capped = due_date("seizure_expiry", datetime(2026, 3, 12, 9), CAL, RULES, cap_at=datetime(2026, 3, 9, 9))
    assert capped.due == date(2026, 3, 18)  # MBB01 on 09/03 + 7 working days
    assert any("Không vượt quá" in n for n in capped.notes)


def test_inspection_duration_from_the_decision_and_its_limits() -> None:
    assert due("inspection", "2026-03-09T08:00") == date(2026, 3, 12)
    assert due("inspection", "2026-03-09T08:00", days=5) == date(2026, 3, 16)
    over = due_date("inspection", datetime(2026, 3, 9, 8), CAL, RULES, days=8)
    assert any("Mẫu 05" in n for n in over.notes)
    with pytest.raises(InspectorError):
        due("inspection", "2026-03-09T08:00", days=0)
    with pytest.raises(InspectorError):
        due("inspection", "2026-03-09T08:00", days=61)
    with pytest.raises(InspectorError, match="không nhận số ngày"):
        due("mbb01", "2026-03-09T08:00", days=3)


def test_bad_rule_variant_or_year_is_a_user_error() -> None:
    with pytest.raises(InspectorError, match="Không có thời hạn"):
        due("nope", "2026-03-09T08:00")
    with pytest.raises(InspectorError, match="phương án"):
        due("penalty_decision", "2026-03-09T08:00", variant="3 months")
    with pytest.raises(InspectorError, match="ngoài khoảng"):
        due("mbb01", "1999-12-31T08:00")


def test_rule_table_is_validated() -> None:
    with pytest.raises(ValidationError, match="đơn vị"):
        parse_deadline_rules({"rules": {"x": {"label": "x", "trigger": "t", "basis": "b", "confidence": "V",
                                              "default": "s", "variants": {"s": {"unit": "weeks", "amount": 1}}}}})


# -- properties ------------------------------------------------------------------------------------

DAY_RULES = [(r.id, v) for r in RULES.rules.values() for v, spec in r.variants.items() if spec.unit != "hours"]
HOUR_RULES = [(r.id, v) for r in RULES.rules.values() for v, spec in r.variants.items() if spec.unit == "hours"]
moments = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31))
holiday_sets = st.sets(st.dates(min_value=date(2025, 1, 1), max_value=date(2029, 6, 30)), max_size=80)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DAY_RULES), moments, holiday_sets)
def test_day_deadlines_never_precede_the_start_and_never_fall_on_a_day_off(rule: tuple[str, str], at: datetime,
                                                                          extra: set[date]) -> None:
    cal = SetCalendar({**DAYS_OFF, **{d: "Nghỉ" for d in extra}})
    dl = due_date(rule[0], at, cal, RULES, variant=rule[1])
    assert dl.due > at.date()  # the first day is never counted
    assert cal.is_working_day(dl.due)
    assert dl.due.weekday() < 5 and dl.due not in DAYS_OFF and dl.due not in extra


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(DAY_RULES + HOUR_RULES), moments, moments, holiday_sets)
def test_due_dates_are_monotonic_in_the_start(rule: tuple[str, str], a: datetime, b: datetime,
                                              extra: set[date]) -> None:
    cal = SetCalendar({**DAYS_OFF, **{d: "Nghỉ" for d in extra}})
    early, late = sorted((a, b))
    first = due_date(rule[0], early, cal, RULES, variant=rule[1])
    second = due_date(rule[0], late, cal, RULES, variant=rule[1])
    assert first.expires_at() <= second.expires_at()
    assert first.due <= second.due


@given(st.sampled_from(HOUR_RULES), moments)
def test_hour_deadlines_are_never_before_the_start(rule: tuple[str, str], at: datetime) -> None:
    dl = due_date(rule[0], at, CAL, RULES, variant=rule[1])
    assert dl.due_at is not None and dl.due_at > at
