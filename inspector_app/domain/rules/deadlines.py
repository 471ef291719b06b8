"""Legal deadlines (legal-forms.md §7, §10.4) counted on the Vietnamese working-day calendar.

Counting follows Luật XLVPHC Art. 8 → Bộ luật Dân sự Art. 147–148:

* the day of the event is not counted; counting starts the next day;
* ``working_days``: the N-th working day after the event;
* ``calendar_days``: event day + N, moved to the next working day if it is a day off;
* ``months``: the same day N months later (the last day of the month if there is none), moved to the next
  working day if it is a day off;
* ``hours``: event time + N hours, exactly (an hour period does not roll over days off).

Day-based deadlines end at the end of the due day (``Deadline.expires_at``). The rule parameters and their
citations are data (``resources/reference/deadline_rules.json``), parsed here by ``parse_deadline_rules``.
"""

from __future__ import annotations

import calendar as _gregorian
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from inspector_app.domain.errors import InspectorError, Problem, ValidationError

from .calendar import HolidayCalendar, next_working_day

UNITS = ("working_days", "calendar_days", "months", "hours")

# Sanity bound for inputs: officers work with events from the QLTT era, not typos like year 20270.
MIN_YEAR = 2000
MAX_YEAR = 2100


@dataclass(frozen=True)
class Variant:
    """One way a rule counts: unit, amount and the Vietnamese wording of the time limit."""

    name: str
    unit: str
    amount: int
    text: str


@dataclass(frozen=True)
class DaysParam:
    """A rule whose amount can come from the case (e.g. the inspection duration in the QĐ-KT)."""

    max_legal: int
    max_accepted: int
    text: str
    over_legal_note: str = ""


@dataclass(frozen=True)
class DeadlineRule:
    """One legal time limit: what falls due, after which event, how it counts, and its legal basis."""

    id: str
    label: str
    trigger: str
    trigger_label: str
    default: str
    variants: Mapping[str, Variant]
    basis: str
    confidence: str
    note: str = ""
    cap: str = ""  # another rule this one may not exceed (seizure ≤ penalty-decision deadline)
    days_param: DaysParam | None = None


@dataclass(frozen=True)
class DeadlineRules:
    """The parsed rule table and the CLI's event-name → rule mapping."""

    rules: Mapping[str, DeadlineRule]
    cli_events: Mapping[str, str] = field(default_factory=dict)
    counting_basis: str = ""

    def get(self, rule_id: str) -> DeadlineRule:
        """The rule ``rule_id``; unknown ids are user errors (they come from the CLI or HQ data)."""
        try:
            return self.rules[rule_id]
        except KeyError:
            known = ", ".join(sorted(self.rules))
            raise InspectorError(f"Không có thời hạn “{rule_id}”. Các thời hạn: {known}.",
                                 code="unknown_deadline") from None


@dataclass(frozen=True)
class Deadline:
    """A computed deadline. ``due`` is the last day that is still on time; ``due_at`` is set for hour
    periods, which expire at an exact moment."""

    rule: str
    label: str
    start: datetime
    due: date
    due_at: datetime | None
    variant: str
    rule_text: str
    basis: str
    confidence: str
    notes: tuple[str, ...] = ()

    def expires_at(self) -> datetime:
        """The first moment at which the deadline has passed."""
        if self.due_at is not None:
            return self.due_at
        return datetime.combine(self.due + timedelta(days=1), time())

    def is_overdue(self, now: datetime) -> bool:
        """True if ``now`` is past the deadline."""
        return now >= self.expires_at()

    def due_iso(self) -> str:
        """``YYYY-MM-DD`` for day deadlines, ``YYYY-MM-DDTHH:MM`` for hour deadlines."""
        if self.due_at is not None:
            return self.due_at.isoformat(timespec="minutes")
        return self.due.isoformat()

    def due_text(self) -> str:
        """Vietnamese wording of the due moment: "ngày 22/03/2027" or "10 giờ 00 ngày 13/03/2027"."""
        day = f"ngày {self.due.day:02d}/{self.due.month:02d}/{self.due.year}"
        if self.due_at is not None:
            return f"{self.due_at.hour:02d} giờ {self.due_at.minute:02d} {day}"
        return day

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the CLI's --json output and the UI."""
        return {
            "rule": self.rule, "label": self.label, "start": self.start.isoformat(timespec="minutes"),
            "due": self.due_iso(), "variant": self.variant, "rule_text": self.rule_text, "basis": self.basis,
            "confidence": self.confidence, "notes": list(self.notes),
        }


# -- parsing ---------------------------------------------------------------------------------------

def parse_deadline_rules(data: Mapping[str, Any]) -> DeadlineRules:
    """Build the rule table from the JSON data; every problem is reported at once (ValidationError)."""
    problems: list[Problem] = []
    rules: dict[str, DeadlineRule] = {}
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, Mapping) or not raw_rules:
        raise ValidationError([Problem("rules", "thiếu bảng thời hạn")])
    for rule_id, raw in raw_rules.items():
        path = f"rules.{rule_id}"
        if not isinstance(raw, Mapping):
            problems.append(Problem(path, "phải là một đối tượng JSON"))
            continue
        variants: dict[str, Variant] = {}
        for name, v in (raw.get("variants") or {}).items():
            vpath = f"{path}.variants.{name}"
            unit, amount = v.get("unit"), v.get("amount")
            if unit not in UNITS:
                problems.append(Problem(vpath + ".unit", f"đơn vị không hợp lệ: {unit!r}"))
                continue
            if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
                problems.append(Problem(vpath + ".amount", "phải là số nguyên dương"))
                continue
            variants[name] = Variant(name=name, unit=unit, amount=amount, text=str(v.get("text", "")))
        default = str(raw.get("default", ""))
        if default not in variants:
            problems.append(Problem(path + ".default", f"không có phương án “{default}”"))
            continue
        days_param = None
        if isinstance(raw.get("days_param"), Mapping):
            dp = raw["days_param"]
            days_param = DaysParam(max_legal=int(dp["max_legal"]), max_accepted=int(dp["max_accepted"]),
                                   text=str(dp.get("text", "")), over_legal_note=str(dp.get("over_legal_note", "")))
        for key in ("label", "trigger", "basis", "confidence"):
            if not raw.get(key):
                problems.append(Problem(f"{path}.{key}", "thiếu trường bắt buộc"))
        rules[rule_id] = DeadlineRule(
            id=rule_id, label=str(raw.get("label", "")), trigger=str(raw.get("trigger", "")),
            trigger_label=str(raw.get("trigger_label", "")), default=default, variants=variants,
            basis=str(raw.get("basis", "")), confidence=str(raw.get("confidence", "")),
            note=str(raw.get("note", "")), cap=str(raw.get("cap", "")), days_param=days_param)
    for rule in rules.values():
        if rule.cap and rule.cap not in rules:
            problems.append(Problem(f"rules.{rule.id}.cap", f"không có thời hạn “{rule.cap}”"))
    cli_events = {str(k): str(v) for k, v in (data.get("cli_events") or {}).items()}
    for name, target in cli_events.items():
        if target not in rules:
            problems.append(Problem(f"cli_events.{name}", f"không có thời hạn “{target}”"))
    if problems:
        raise ValidationError(problems, "Bảng thời hạn pháp lý không hợp lệ:\n"
                              + "\n".join(f"- {p}" for p in problems))
    return DeadlineRules(rules=rules, cli_events=cli_events, counting_basis=str(data.get("counting_basis", "")))


# -- counting --------------------------------------------------------------------------------------

def add_working_days(calendar: HolidayCalendar, start: date, n: int) -> date:
    """The n-th working day after ``start`` (``start`` itself is never counted)."""
    if n < 1:
        raise ValueError("n must be positive")
    day, counted = start, 0
    while counted < n:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return day


def add_months(start: date, n: int) -> date:
    """The same day ``n`` months later, or the last day of that month when it has no such day."""
    month_index = start.month - 1 + n
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = _gregorian.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def check_start(at: datetime) -> None:
    """Reject absurd event times (InspectorError, exit 2 in the CLI)."""
    if not MIN_YEAR <= at.year <= MAX_YEAR:
        raise InspectorError(f"Thời điểm {at:%d/%m/%Y} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.",
                             code="bad_date")


def count(calendar: HolidayCalendar, at: datetime, unit: str, amount: int) -> tuple[date, datetime | None]:
    """Apply one counting method; returns (due day, exact due moment for hour periods)."""
    if unit == "working_days":
        return add_working_days(calendar, at.date(), amount), None
    if unit == "calendar_days":
        return next_working_day(calendar, at.date() + timedelta(days=amount)), None
    if unit == "months":
        return next_working_day(calendar, add_months(at.date(), amount)), None
    if unit == "hours":
        moment = at + timedelta(hours=amount)
        return moment.date(), moment
    raise ValueError(f"unknown unit {unit!r}")


def due_date(rule_id: str, at: datetime, calendar: HolidayCalendar, rules: DeadlineRules, *,
             variant: str | None = None, days: int | None = None, cap_at: datetime | None = None) -> Deadline:
    """When the deadline ``rule_id`` falls due for an event at ``at``.

    ``variant`` picks one of the rule's counting options (e.g. ``transferred`` → 10 working days for the
    penalty decision); ``days`` overrides the amount for rules that take it from the case (inspection
    duration, payment days); ``cap_at`` is the start of the capping rule's event (seizure: the MBB01 time),
    defaulting to ``at``.
    """
    check_start(at)
    rule = rules.get(rule_id)
    name = variant or rule.default
    if name not in rule.variants:
        options = ", ".join(rule.variants)
        raise InspectorError(f"Thời hạn “{rule.label}” không có phương án “{name}”. Chọn một trong: {options}.",
                             code="unknown_variant")
    chosen = rule.variants[name]
    unit, amount, text = chosen.unit, chosen.amount, chosen.text
    notes: list[str] = []
    if days is not None:
        if rule.days_param is None:
            raise InspectorError(f"Thời hạn “{rule.label}” không nhận số ngày tùy chỉnh.", code="bad_days")
        if isinstance(days, bool) or not 1 <= days <= rule.days_param.max_accepted:
            raise InspectorError(f"Số ngày {days} không hợp lý (1–{rule.days_param.max_accepted}).",
                                 code="bad_days")
        amount, text = days, rule.days_param.text.format(days=days)
        if days > rule.days_param.max_legal and rule.days_param.over_legal_note:
            notes.append(rule.days_param.over_legal_note)
    due, due_at = count(calendar, at, unit, amount)
    if rule.cap:
        capped = due_date(rule.cap, cap_at or at, calendar, rules,
                          variant=name if name in rules.get(rule.cap).variants else None)
        if capped.due < due:
            due, due_at = capped.due, None
            notes.append(f"Không vượt quá thời hạn {capped.label.lower()} ({capped.due_text()}).")
    if rule.note:
        notes.append(rule.note)
    for year in sorted({at.year, due.year}):
        if not calendar.is_confirmed(year):
            notes.append(f"Lịch nghỉ hoán đổi năm {year} của Chính phủ chưa có trong dữ liệu; kiểm tra lại "
                         "thời hạn khi có thông báo chính thức.")
    return Deadline(rule=rule.id, label=rule.label, start=at, due=due, due_at=due_at, variant=name,
                    rule_text=text, basis=rule.basis, confidence=rule.confidence, notes=tuple(notes))
