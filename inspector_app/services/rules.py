"""Legal rules as use cases: violation catalog (bundled + HQ updates), fines, deadlines, subject history.

The pure rules live in ``inspector_app.domain.rules``; this module feeds them: it reads the bundled tables
under ``resources/reference/``, merges what HQ pushed into ``reference_items``, builds the Vietnamese
working-day calendar from the ``holidays`` package plus the Government's yearly swapped days, and derives
each case's deadlines from its final documents. No Qt here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import holidays

from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError, Problem, ValidationError
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import (
    Case,
    Document,
    DocumentStatus,
    GoodsRow,
    ViolationRef,
    capitalized,
    legal_citation,
)
from inspector_app.domain.rules.calendar import weekend_name
from inspector_app.domain.rules.catalog import Catalog, CatalogEntry, decree_key, parse_catalog, parse_entry
from inspector_app.domain.rules.deadlines import Deadline, DeadlineRules, due_date, parse_deadline_rules
from inspector_app.domain.rules.fines import (
    FineRange,
    amount_texts,
    check_fine_amount,
    fine_range,
    format_dong,
    goods_value,
    violation_goods,
)
from inspector_app.domain.rules.legal import (
    CheckContext,
    LegalRules,
    PriorSanction,
    check_document,
    has_explanation_right,
    parse_legal_rules,
)
from inspector_app.paths import resource_path
from inspector_app.services.deadline_index import DeadlineIndex
from inspector_app.store.deadlines import StoredDue
from inspector_app.store.reference import (
    KIND_CATALOG,
    KIND_DAYS_OFF,
    KIND_NUMBER_BLOCK,
    KIND_SUBJECT_VIOLATION,
    ReferenceItem,
    ReferenceStore,
)
from inspector_app.store.repository import Repository

HQ_ACTOR = "hq"


# -- calendar --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class YearDaysOff:
    """The Government's decisions for one year: extra days off and weekend days made working days."""

    year: int
    days_off: Mapping[date, str]
    working_days: Mapping[date, str]
    source: str = ""


def parse_days_off_year(year: int, raw: Mapping[str, Any]) -> YearDaysOff:
    """Validate one year's record (bundled vn_days_off.json or an HQ push); ValidationError on bad dates."""
    problems: list[Problem] = []
    parsed: dict[str, dict[date, str]] = {"days_off": {}, "working_days": {}}
    for key in parsed:
        for i, item in enumerate(raw.get(key) or []):
            path = f"{year}.{key}[{i}]"
            try:
                day = date.fromisoformat(str(item.get("date", "")))
            except (ValueError, AttributeError):
                problems.append(Problem(path, "ngày không hợp lệ (YYYY-MM-DD)"))
                continue
            if day.year != year:
                problems.append(Problem(path, f"ngày {day.isoformat()} không thuộc năm {year}"))
                continue
            parsed[key][day] = str(item.get("name", "")) or ("Ngày nghỉ" if key == "days_off" else "Ngày làm bù")
    clash = set(parsed["days_off"]) & set(parsed["working_days"])
    if clash:
        problems.append(Problem(str(year), f"ngày vừa nghỉ vừa làm bù: {', '.join(sorted(map(str, clash)))}"))
    if problems:
        raise ValidationError(problems)
    return YearDaysOff(year=year, days_off=parsed["days_off"], working_days=parsed["working_days"],
                       source=str(raw.get("source", "")))


class VietnamCalendar:
    """Working days of Vietnamese state agencies: weekends, public holidays (Tết and Hùng Kings included,
    from the maintained ``holidays`` package) and the Government's swapped days / extra days off.

    Implements ``inspector_app.domain.rules.HolidayCalendar``. The swapped days of a year on file replace
    the library's guess for those dates; a year with no record is reported as not confirmed.
    """

    def __init__(self, years: Mapping[int, YearDaysOff]) -> None:
        self._years = dict(years)
        # Expands lazily year by year; Vietnamese names for the UI.
        self._lib = holidays.country_holidays("VN", language="vi")

    def is_working_day(self, day: date) -> bool:
        """False on weekends, holidays and days off; True on make-up working Saturdays."""
        record = self._years.get(day.year)
        if record is not None:
            if day in record.days_off:
                return False
            if day in record.working_days:
                return True
        if day in self._lib:
            return False
        if day in self._lib.weekend_workdays:
            return True
        return day.weekday() < 5

    def day_off_name(self, day: date) -> str:
        """Name of the holiday or day off ("Tết Nguyên Đán", "Chủ nhật"…), "" for a working day."""
        if self.is_working_day(day):
            return ""
        record = self._years.get(day.year)
        if record is not None and day in record.days_off:
            return record.days_off[day]
        name = self._lib.get(day)
        return str(name) if name else weekend_name(day)

    def is_confirmed(self, year: int) -> bool:
        """True if the Government's day-off schedule for ``year`` is on file."""
        return year in self._years


# -- results shown to the UI -----------------------------------------------------------------------

@dataclass(frozen=True)
class DueItem:
    """One thing that falls due in a case.

    ``state``: ``pending`` (tracked, not done, not yet due), ``done``, ``late`` (done after the deadline),
    ``overdue`` (tracked, not done, past due), ``invalid`` (the case data does not allow computing it, see
    ``notes``); for items the app cannot see being done (the violator's
    explanation, payment, INS upload, the 24 h report): ``reminder`` before the deadline, ``expired`` after.
    """

    case_id: str
    case_title: str
    rule: str
    what: str
    due: str
    due_text: str
    state: str
    basis: str
    rule_text: str
    trigger: str
    confidence: str
    document_id: str = ""
    done_at: str = ""
    notes: tuple[str, ...] = ()
    # The first moment at which the deadline has passed (ISO, to the microsecond); "" for invalid items.
    expires_at: str = ""

    @property
    def overdue(self) -> bool:
        """True if a tracked deadline has passed without the act being done."""
        return self.state == "overdue"

    @property
    def kind(self) -> str:
        """How the state follows from the clock, as stored (``inspector_app.store.deadlines``): ``open``
        (pending, then overdue), ``untracked`` (reminder, then expired), or a state that no longer moves."""
        if self.state == "invalid":
            return "invalid"
        if self.rule in UNTRACKED:
            return "untracked"
        if self.state in ("done", "late"):
            return self.state
        return "open"

    def stored(self, line: int) -> StoredDue:
        """This item as a row of the case's stored deadlines (``line`` keeps the computed order)."""
        return StoredDue(case_id=self.case_id, line=line, rule=self.rule, what=self.what, due=self.due,
                         due_text=self.due_text, expires_at=self.expires_at, kind=self.kind, basis=self.basis,
                         rule_text=self.rule_text, trigger=self.trigger, confidence=self.confidence,
                         document_id=self.document_id, done_at=self.done_at, notes=self.notes)

    @classmethod
    def from_stored(cls, row: StoredDue, now: datetime) -> DueItem:
        """A stored item with its state at ``now``."""
        return cls(case_id=row.case_id, case_title=row.case_title, rule=row.rule, what=row.what, due=row.due,
                   due_text=row.due_text, state=row.state_at(now), basis=row.basis, rule_text=row.rule_text,
                   trigger=row.trigger, confidence=row.confidence, document_id=row.document_id,
                   done_at=row.done_at, notes=row.notes, expires_at=row.expires_at)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json and the UI."""
        return {"case_id": self.case_id, "case_title": self.case_title, "rule": self.rule, "what": self.what,
                "due": self.due, "due_text": self.due_text, "state": self.state, "overdue": self.overdue,
                "basis": self.basis, "rule_text": self.rule_text, "trigger": self.trigger,
                "confidence": self.confidence, "document_id": self.document_id, "done_at": self.done_at,
                "notes": list(self.notes)}


def _subject_violation_problems(raw: Mapping[str, Any], path: str) -> list[Problem]:
    """What is wrong with one earlier violation of a subject (flat, or one HQ item per synced document)."""
    problems = []
    if not (raw.get("tax_code") or raw.get("id_number")):
        problems.append(Problem(path, "cần mã số thuế hoặc số định danh cá nhân"))
    if raw.get("date") and _dt(str(raw["date"])) is None:
        problems.append(Problem(f"{path}.date", "ngày không hợp lệ"))
    fine = raw.get("fine_amount")
    if fine is not None and (isinstance(fine, bool) or not isinstance(fine, int) or fine < 0):
        problems.append(Problem(f"{path}.fine_amount", "phải là số nguyên không âm (đồng)"))
    violations = raw.get("violations")
    if violations is not None and not (isinstance(violations, list) and all(isinstance(v, dict) for v in violations)):
        problems.append(Problem(f"{path}.violations", "phải là danh sách các hành vi vi phạm"))
    return problems


def _number_block_problems(block: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with a block of unit decision numbers (``kind``, ``year``, ``prefix``, ``first``, ``last``)."""
    problems = []
    if block.get("kind") not in KINDS:
        problems.append(Problem("data.kind", f"loại văn bản “{block.get('kind')}” không có"))
    year, first, last = block.get("year"), block.get("first"), block.get("last")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (year, first, last)):
        problems.append(Problem("data", "năm, số đầu và số cuối phải là số nguyên"))
    elif not (1 <= first <= last <= 9999):  # type: ignore[operator]
        problems.append(Problem("data", "số đầu, số cuối phải trong 1–9999 và số đầu không lớn hơn số cuối"))
    if not isinstance(block.get("prefix", ""), str):
        problems.append(Problem("data.prefix", "tiền tố phải là chữ"))
    return problems


def _hq_violation_rows(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """Flat violation rows from an HQ ``subject_violation`` item.

    The HQ server sends one item per synced document (``issued_at``, ``subject_name``, ``unit_code``,
    ``number`` and a ``violations`` list); items pushed by hand may already be flat (``date``, ``decree``…).
    """
    violations = data.get("violations")
    if not isinstance(violations, list):
        return [data]
    common = {
        "date": str(data.get("issued_at") or data.get("date") or ""), "name": data.get("subject_name", ""),
        "unit": data.get("unit_code", ""), "case_id": data.get("case_id", ""),
        "tax_code": data.get("tax_code", ""), "id_number": data.get("id_number", ""),
        "decision_number": data.get("number", "") if data.get("kind") == "nd118.mqd02" else "",
    }
    return [{**common, **v} for v in violations if isinstance(v, Mapping)]


@dataclass(frozen=True)
class HistoryItem:
    """An earlier violation of the same subject (same tax code or CCCD), from local data or from HQ."""

    origin: str  # local | hq
    date: str
    subject_name: str
    matched_by: str  # tax_code | id_number
    citation: str
    description: str
    decree: str = ""
    article: int | None = None
    clause: int | None = None
    point: str = ""
    case_id: str = ""
    decision_number: str = ""
    fine_amount: int | None = None
    unit: str = ""
    same_article: bool = False
    within_year: bool = False

    @property
    def possible_repeat(self) -> bool:
        """Same act within 12 months: a possible "tái phạm" (aggravating, Luật XLVPHC Art. 10) to check."""
        return self.same_article and self.within_year

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json and the UI."""
        return {"origin": self.origin, "date": self.date, "subject_name": self.subject_name,
                "matched_by": self.matched_by, "citation": self.citation, "description": self.description,
                "decree": self.decree, "article": self.article, "clause": self.clause, "point": self.point,
                "case_id": self.case_id, "decision_number": self.decision_number, "fine_amount": self.fine_amount,
                "unit": self.unit, "same_article": self.same_article, "within_year": self.within_year,
                "possible_repeat": self.possible_repeat}


@dataclass(frozen=True)
class ImportReport:
    """What a catalog (or other reference) update changed."""

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    keys: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {"added": self.added, "replaced": self.replaced, "unchanged": self.unchanged, "keys": list(self.keys)}


def _dt(text: str) -> datetime | None:
    """Parse a stored local time (``YYYY-MM-DDTHH:MM:SS`` or a date); None if empty or malformed."""
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return None


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InspectorError(f"Thiếu tệp dữ liệu tham chiếu {path}. Hãy cài lại ứng dụng.",
                             code="missing_resource") from None
    except json.JSONDecodeError as exc:
        raise InspectorError(f"Tệp dữ liệu tham chiếu {path} bị hỏng: {exc}", code="bad_resource") from None


# Bump when the way case deadlines are derived from a case and its documents changes (``_case_deadlines``,
# ``_documents``): stored deadlines computed by older code are then recomputed in the background.
DEADLINE_LOGIC_VERSION = "2"

FINAL_CACHE_SIZE = 2000  # parsed final documents kept in memory (a few MB)

# Rules whose completion the app cannot observe: shown as reminders, never as overdue.
# The deadline dock lists, across open cases, what falls due today and in the next two days (the rows it
# colours as urgent), so an officer with no case open sees tomorrow's deadlines too.
DUE_SOON_DAYS = 3
UNTRACKED = {"report_24h", "explanation", "decision_delivery", "payment", "ins_upload"}


class RulesService:
    """Catalog, fines, deadlines and subject history for the UI, the forms and the CLI."""

    def __init__(self, repo: Repository, clock: Clock, *, reference_dir: Path | None = None,
                 keep_deadlines: bool = True) -> None:
        """``keep_deadlines=False``: the caller hooks ``index.refresh`` into the repository's commits itself (the
        composition root does, so that the stored deadlines are written even before this service is built)."""
        self.repo = repo
        self.clock = clock
        self.reference = ReferenceStore(repo)
        self._dir = reference_dir or resource_path("reference")
        self._catalog: Catalog | None = None
        self._catalog_stamp: Any = None
        self._rules: DeadlineRules | None = None
        self._legal: LegalRules | None = None
        self._calendar: VietnamCalendar | None = None
        self._calendar_stamp: Any = None
        self._bundled_basis: str | None = None
        self._finals: dict[tuple[str, str], Document] = {}  # least recently used first
        # Stored deadlines, written in every transaction that changes a case or its final documents.
        self.index = DeadlineIndex(repo, self, hook=keep_deadlines)

    # -- catalog ----------------------------------------------------------------------------------
    def catalog_data(self) -> Catalog:
        """The whole catalog: bundled entries followed by HQ-pushed versions (cached)."""
        # HQ pushes arrive through sync (another service) at any time: a cheap stamp of the pushed items
        # tells whether the cached catalog is still the one in the database.
        stamp = self.reference.stamp(KIND_CATALOG)
        if self._catalog is None or stamp != self._catalog_stamp:
            self._catalog_stamp = stamp
            bundled = _load_json(self._dir / "violation_catalog.json")
            pushed = [it.data for it in self.reference.items(KIND_CATALOG)]
            self._catalog = parse_catalog(bundled, pushed)
        return self._catalog

    def catalog(self, on: date | None = None) -> list[CatalogEntry]:
        """One entry per catalog id, the version in force on ``on`` (today by default)."""
        return self.catalog_data().current(on or self.clock.now().date())

    def search_catalog(self, text: str, on: date | None = None) -> list[CatalogEntry]:
        """Entries matching ``text`` (diacritics-insensitive: "nhap lau" finds "nhập lậu")."""
        return self.catalog_data().search(text, on or self.clock.now().date())

    def get_entry(self, entry_id: str, on: date | None = None) -> CatalogEntry:
        """The entry ``entry_id`` in force on ``on`` (the newest version if ``on`` is None)."""
        return self.catalog_data().get(entry_id, on)

    def find_entry(self, decree: str, article: int, clause: int, on: date | None = None) -> CatalogEntry:
        """The entry for (decree, article, clause) in force on ``on`` (newest version if None)."""
        for value, what in ((article, "Điều"), (clause, "Khoản")):
            if value < 1:
                raise InspectorError(f"{what} phải là số nguyên dương (đã nhập {value}).", code="bad_reference")
        return self.catalog_data().find(decree, article, clause, on)

    def entry_for(self, violation: ViolationRef, on: date | None = None) -> CatalogEntry:
        """The catalog entry a violation refers to (by ``catalog_id`` if set, else by its reference)."""
        if violation.catalog_id:
            return self.get_entry(violation.catalog_id, on)
        return self.find_entry(violation.decree, violation.article, violation.clause, on)

    def import_catalog_update(self, items: Iterable[Mapping[str, Any]], source: str = "hq") -> ImportReport:
        """Store catalog entries pushed by HQ. All-or-nothing: one invalid item rejects the batch.

        Every version is kept under ``<id>@<valid_from>``; when entries are looked up, the version in force
        on the violation date with the newest ``valid_from`` wins (an HQ version beats the bundled one on a
        tie). The item's own ``source`` is kept; ``source`` here names the channel in the table.
        """
        items = list(items)
        problems: list[Problem] = []
        parsed = []
        for i, raw in enumerate(items):
            entry, found = self._catalog_item(raw, f"items[{i}]")
            problems += found
            if entry is not None:
                parsed.append((entry, dict(raw)))
        if problems:
            raise ValidationError(problems, "Bản cập nhật danh mục vi phạm không hợp lệ:\n"
                                  + "\n".join(f"- {p}" for p in problems))
        added = replaced = unchanged = 0
        keys = []
        now = self.clock.now().isoformat(timespec="seconds")
        with self.reference.write():
            for entry, raw in parsed:
                key = f"{entry.id}@{entry.valid_from}"
                old = self.reference.get(KIND_CATALOG, key)
                if old is not None and old.data == raw:
                    unchanged += 1
                    continue
                self.reference.upsert([ReferenceItem(kind=KIND_CATALOG, key=key, data=raw, valid_from=entry.valid_from,
                                                     valid_to=entry.valid_to, source=source)], now)
                keys.append(key)
                if old is None:
                    added += 1
                else:
                    replaced += 1
            if keys:
                self.repo.audit(now, HQ_ACTOR, "reference.catalog_update", "reference", KIND_CATALOG,
                                {"keys": keys, "source": source})
        self._catalog = None
        return ImportReport(added=added, replaced=replaced, unchanged=unchanged, keys=tuple(keys))

    def _catalog_item(self, raw: Mapping[str, Any], path: str) -> tuple[CatalogEntry | None, list[Problem]]:
        """One catalog entry pushed by HQ, parsed, or the problems that stop it from being stored."""
        try:
            entry = parse_entry(raw, path, origin="hq")
        except ValidationError as exc:
            return None, list(exc.problems)
        if decree_key(entry.decree) not in {decree_key(n) for n in self.catalog_data().decrees}:
            return None, [Problem(f"{path}.decree", f"nghị định “{entry.decree}” chưa có trong danh mục")]
        return entry, []

    def reference_problems(self, kind: str, key: str, data: Any) -> list[Problem]:
        """What stops one reference item pulled from HQ from being stored ([] when it may be).

        Checked on the way in, so a malformed item is refused on its own and can never make a later read
        of the catalog, the calendar or a subject's history fail. Kinds the app does not interpret yet
        (``unit``) only need to be a JSON object.
        """
        if not isinstance(data, dict):
            return [Problem("data", "phải là một đối tượng JSON")]
        if kind == KIND_CATALOG:
            return self._catalog_item(data, "data")[1]
        if kind == KIND_DAYS_OFF:
            if not key.isdigit() or not 2000 <= int(key) <= 2100:
                return [Problem("key", f"năm “{key}” không hợp lý")]
            try:
                parse_days_off_year(int(key), data)
            except ValidationError as exc:
                return list(exc.problems)
            return []
        if kind == KIND_SUBJECT_VIOLATION:
            return _subject_violation_problems(data, "data")
        if kind == KIND_NUMBER_BLOCK:
            return _number_block_problems(data)
        return []

    # -- fines ------------------------------------------------------------------------------------
    def fine_for(self, violation: ViolationRef, goods: Sequence[GoodsRow], organization: bool, *,
                 aggravations: Sequence[str] | None = None, illegal_profit: int | None = None,
                 on: date | None = None) -> FineRange:
        """The point and range for ``violation`` given the goods linked to it (their values are summed).

        The ×2 grounds and the illegal profit are the violation's own (as recorded in the editor and
        checked at finalisation) unless given here. Value-tiered clauses need every row valued (value, or
        quantity × unit price): rows without one are listed in a ValidationError rather than silently
        counted as zero, which could lower the tier.
        """
        if aggravations is None:
            aggravations = violation.aggravations
        if illegal_profit is None:
            illegal_profit = violation.illegal_profit
        # The version in force on the violation date (today if not given), never a future-dated HQ version.
        entry = self.entry_for(violation, on or self.clock.now().date())
        total: int | None = None
        prefix = ""
        if entry.basis == "value" and goods:
            value = goods_value(goods)
            if value.missing and illegal_profit is None:
                raise ValidationError([Problem("goods", f"chưa có trị giá: {', '.join(value.missing)}")],
                                      "Chưa tính được khung tiền phạt: các dòng hàng sau chưa có trị giá "
                                      f"(hoặc đơn giá): {', '.join(value.missing)}.")
            total = value.total
            prefix = value.text() + ". "
        elif entry.basis == "value" and illegal_profit is None:
            raise ValidationError([Problem("goods", "chưa có hàng hóa gắn với vi phạm")],
                                  f"{capitalized(entry.citation())} phạt theo trị giá hàng hóa: "
                                  "vụ việc chưa có dòng hàng nào.")
        fine = self.fine_for_entry(entry, total, organization, aggravations=aggravations,
                                   illegal_profit=illegal_profit, point=violation.point)
        if prefix:
            fine = dataclasses.replace(fine, basis_text=prefix + fine.basis_text)
        return fine

    def fine_for_entry(self, entry: CatalogEntry, goods_value: int | None, organization: bool, *,
                       aggravations: Sequence[str] = (), illegal_profit: int | None = None,
                       point: str = "") -> FineRange:
        """The point and range of ``entry`` for a goods value already summed (or None), under its decree's caps."""
        return fine_range(entry, goods_value, organization, decree=self.catalog_data().decree(entry.decree),
                          aggravations=aggravations, illegal_profit=illegal_profit, point=point)

    def goods_for_violation(self, case: Case, violation: ViolationRef) -> list[GoodsRow]:
        """The goods rows of ``case`` linked to ``violation``: rows carrying the flag of the catalog entry
        (smuggled, suspected counterfeit, unknown origin) when any do, else every row of the case."""
        return violation_goods(case.goods, self.entry_for(violation))

    def fine_for_case(self, case_id: str, violation_id: str, *, aggravations: Sequence[str] | None = None,
                      illegal_profit: int | None = None) -> FineRange:
        """Fine range for one violation of a case; organisation or individual from the case's subject."""
        case = self.repo.get_case(case_id)
        violation = next((v for v in case.violations if v.id == violation_id), None)
        if violation is None:
            raise InspectorError(f"Vụ việc không có vi phạm {violation_id}.", code="not_found")
        organization = case.subject is not None and case.subject.fined_as_organization()
        return self.fine_for(violation, self.goods_for_violation(case, violation), organization,
                             aggravations=aggravations, illegal_profit=illegal_profit,
                             on=(_dt(case.started_at) or self.clock.now()).date())

    def check_amount(self, fine: FineRange, amount: int) -> tuple[str, str]:
        """Validate the amount the officer picked inside ``fine``; returns it in figures and in words."""
        check_fine_amount(fine, amount)
        return amount_texts(amount)

    @staticmethod
    def amount_texts(amount: int) -> tuple[str, str]:
        """("5.000.000 đồng", "Năm triệu đồng") for the forms."""
        return amount_texts(amount)

    # -- the legal rule set checked before finalisation -------------------------------------------
    def legal_rules(self) -> LegalRules:
        """The parsed rule set of ``legal_rules.json`` (cached)."""
        if self._legal is None:
            self._legal = parse_legal_rules(_load_json(self._dir / "legal_rules.json"))
        return self._legal

    def check_document(self, doc: Document) -> list[Problem]:
        """Every breach of the legal rule set by ``doc`` against its case and the case's other documents
        (fines, authority, criminal thresholds, order and deadlines); overrides are not applied here."""
        case = self.repo.get_case(doc.case_id) if doc.case_id else None
        others = [self.repo.get_document(row.id) for row in self.repo.list_documents(case_id=doc.case_id)
                  if row.id != doc.id] if doc.case_id else []
        history: list[PriorSanction] = []
        if case is not None and doc.kind in ("nd118.mbb01", "nd118.mqd02"):
            for item in self.subject_history(case.id):
                day = _dt(item.date)
                if day is not None and item.decision_number:
                    history.append(PriorSanction(day=day.date(), decree=item.decree, article=item.article,
                                                 citation=item.citation, decision_number=item.decision_number))
        ctx = CheckContext(doc=doc, case=case, others=others, catalog=self.catalog_data(),
                           legal=self.legal_rules(), deadline=lambda rule, at: self.deadline(rule, at),
                           history=history)
        return check_document(ctx)

    # -- calendar and deadlines -------------------------------------------------------------------
    def deadline_rules(self) -> DeadlineRules:
        """The parsed deadline table (cached)."""
        if self._rules is None:
            self._rules = parse_deadline_rules(_load_json(self._dir / "deadline_rules.json"))
        return self._rules

    def _days_off_stamp(self) -> tuple[Any, ...]:
        # HQ pushes days off through sync (another service) at any time: a cheap stamp of the pushed items.
        return tuple(self.repo.db.conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(updated_at), ''), COALESCE(SUM(length(data)), 0)"
            " FROM reference_items WHERE kind = ?", (KIND_DAYS_OFF,)).fetchone())

    def deadline_basis(self) -> str:
        """A stamp of everything the case deadlines are computed from: this code's version, the bundled rule
        table and swapped days, the holiday library and the days off pushed by HQ. Stored deadlines computed
        with another stamp are out of date (``DeadlineIndex`` recomputes them in the background)."""
        if self._bundled_basis is None:
            digest = hashlib.sha256(f"{DEADLINE_LOGIC_VERSION}|{holidays.__version__}|".encode())
            for name in ("deadline_rules.json", "vn_days_off.json"):
                try:
                    digest.update((self._dir / name).read_bytes())
                except OSError:
                    digest.update(b"-")
            self._bundled_basis = digest.hexdigest()[:16]
        hq = hashlib.sha256()
        for key, data in self.repo.db.conn.execute(
                "SELECT key, data FROM reference_items WHERE kind = ? ORDER BY key", (KIND_DAYS_OFF,)):
            hq.update(f"{key}\x00{data}\x00".encode())
        return f"{self._bundled_basis}-{hq.hexdigest()[:16]}"

    def calendar(self) -> VietnamCalendar:
        """The working-day calendar: holidays library + bundled swapped days + HQ-pushed years (cached)."""
        stamp = self._days_off_stamp()
        if self._calendar is None or stamp != self._calendar_stamp:
            self._calendar_stamp = stamp
            years: dict[int, YearDaysOff] = {}
            for key, raw in (_load_json(self._dir / "vn_days_off.json").get("years") or {}).items():
                years[int(key)] = parse_days_off_year(int(key), raw)
            for item in self.reference.items(KIND_DAYS_OFF):
                # An HQ record for a year replaces the bundled one (it may correct a bundled mistake).
                years[int(item.key)] = parse_days_off_year(int(item.key), item.data)
            self._calendar = VietnamCalendar(years)
        return self._calendar

    def import_days_off(self, year: int, record: Mapping[str, Any], source: str = "hq") -> None:
        """Store the Government's days off / make-up days of ``year`` pushed by HQ."""
        if not 2000 <= year <= 2100:
            raise InspectorError(f"Năm {year} không hợp lý.", code="bad_year")
        parse_days_off_year(year, record)
        now = self.clock.now().isoformat(timespec="seconds")
        with self.reference.write():
            self.reference.upsert([ReferenceItem(kind=KIND_DAYS_OFF, key=str(year), data=dict(record),
                                                 source=source)], now)
            self.repo.audit(now, HQ_ACTOR, "reference.days_off", "reference", str(year), {"source": source})
        self._calendar = None

    def deadline(self, rule: str, at: datetime, *, variant: str | None = None, days: int | None = None,
                 cap_at: datetime | None = None) -> Deadline:
        """When ``rule`` (e.g. ``penalty_decision``) falls due for an event at ``at``."""
        return due_date(rule, at, self.calendar(), self.deadline_rules(), variant=variant, days=days, cap_at=cap_at)

    def deadline_for_event(self, event: str, at: datetime, *, variant: str | None = None,
                           days: int | None = None) -> Deadline:
        """The CLI's view: ``event`` names what happened (``mbb01`` = minutes drawn up → penalty decision)."""
        rules = self.deadline_rules()
        rule = rules.cli_events.get(event) or (event if event in rules.rules else "")
        if not rule:
            known = ", ".join(sorted(rules.cli_events))
            raise InspectorError(f"Không có sự kiện “{event}”. Các sự kiện: {known}.", code="unknown_event")
        return self.deadline(rule, at, variant=variant, days=days)

    def _documents(self, case_id: str) -> list[Document]:
        """Final (or synced) documents of a case, oldest first: only signed papers start legal clocks."""
        rows = [r for r in self.repo.list_documents(case_id=case_id) if r.status != DocumentStatus.DRAFT.value]
        # A document replaced by a final correction no longer starts or closes a clock; its correction does.
        replaced = {r.supersedes for r in rows if r.supersedes}
        return [self._final_document(r.id, r.sha256) for r in rows if r.id not in replaced]

    def _final_document(self, doc_id: str, sha256: str) -> Document:
        # A final document never changes (service and triggers), so each is parsed once: every save of a case
        # recomputes its deadlines from all its papers, and parsing them was most of that cost.
        key = (doc_id, sha256)
        doc = self._finals.pop(key, None) or self.repo.get_document(doc_id)
        self._finals[key] = doc
        if len(self._finals) > FINAL_CACHE_SIZE:
            del self._finals[next(iter(self._finals))]
        return doc

    def deadlines_for_case(self, case_id: str, variants: Mapping[str, str] | None = None) -> list[DueItem]:
        """What falls due in a case and when, sorted by due date.

        ``variants`` lets the officer say which counting applies, e.g. ``{"penalty_decision":
        "explanation"}`` when the violator asked to explain (01 tháng) or ``{"mbb01": "complex"}``.
        """
        case = self.repo.get_case(case_id)
        return self._case_deadlines(case, self._documents(case_id), dict(variants or {}))

    def _case_deadlines(self, case: Case, docs: list[Document], variants: dict[str, str]) -> list[DueItem]:
        now = self.clock.now()
        by_kind: dict[str, list[Document]] = {}
        for d in docs:
            by_kind.setdefault(d.kind, []).append(d)

        def first(kind: str) -> Document | None:
            found = sorted(by_kind.get(kind, []), key=lambda d: d.issued_at)
            return found[0] if found else None

        def event_time(doc: Document) -> datetime | None:
            return _dt(str(doc.fields.get("closed_at") or "")) or _dt(doc.issued_at)

        items: list[DueItem] = []

        def add(rule: str, start: datetime | None, trigger: str, *, done: datetime | None = None,
                document: Document | None = None, days: int | None = None, cap_at: datetime | None = None,
                extra_notes: Sequence[str] = ()) -> None:
            if start is None:
                return
            variant = variants.get(rule)
            try:
                dl = self.deadline(rule, start, variant=variant, days=days, cap_at=cap_at)
            except InspectorError as exc:
                # Bad case data (a date in year 20270, an unknown variant) is shown on the item, not hidden.
                items.append(DueItem(
                    case_id=case.id, case_title=case.title, rule=rule, what=self.deadline_rules().get(rule).label,
                    due="", due_text="", state="invalid", basis=self.deadline_rules().get(rule).basis, rule_text="",
                    trigger=trigger, confidence="", document_id=document.id if document else "",
                    notes=(exc.message,)))
                return
            if rule in UNTRACKED:
                state = "expired" if dl.is_overdue(now) else "reminder"
            elif done is not None:
                state = "late" if dl.is_overdue(done) else "done"
            else:
                state = "overdue" if dl.is_overdue(now) else "pending"
            items.append(DueItem(
                case_id=case.id, case_title=case.title, rule=rule, what=dl.label, due=dl.due_iso(),
                due_text=dl.due_text(), state=state, basis=dl.basis, rule_text=dl.rule_text, trigger=trigger,
                confidence=dl.confidence, document_id=document.id if document else "",
                done_at=done.isoformat(timespec="minutes") if done else "", notes=(*extra_notes, *dl.notes),
                expires_at=dl.expires_at().isoformat(timespec="microseconds")))

        decision = first("tt22.m01")
        bbkt = first("tt22.m06")
        mbb01 = first("nd118.mbb01")
        mbb15 = first("nd118.mbb15")
        mqd02 = first("nd118.mqd02")
        started = _dt(case.started_at)

        # Inspection on site: from the announcement (the case start) for the days in the QĐ-KT.
        days = decision.fields.get("duration_days") if decision else None
        ended = [t for t in (_dt(case.ended_at), event_time(bbkt) if bbkt else None) if t is not None]
        add("inspection", started, "Công bố quyết định kiểm tra (bắt đầu kiểm tra)",
            done=min(ended) if ended else None, document=decision,
            days=days if isinstance(days, int) and not isinstance(days, bool) and days > 0 else None)
        if bbkt:
            add("report_24h", event_time(bbkt), f"Biên bản kiểm tra {bbkt.number or ''}".strip(), document=bbkt)
        # A violation found during the inspection: the MBB01 is due 2 (complex: 5) working days later.
        if case.violations or (bbkt and str(bbkt.fields.get("violations_found") or "").strip()) or mbb01:
            detected = event_time(bbkt) if bbkt else started
            add("mbb01", detected, "Phát hiện vi phạm hành chính",
                done=_dt(mbb01.issued_at) if mbb01 else None, document=mbb01)
        if mbb01:
            drawn = _dt(mbb01.issued_at)
            label = f"Biên bản vi phạm hành chính {mbb01.number or ''}".strip()
            if has_explanation_right(mbb01):
                # The 2025 MBB01 prints both periods (02 working days to ask to explain in person, 05 to
                # explain in writing): the right lasts until the longer ends, as the decision check counts it.
                variants.setdefault("explanation", "written")
                add("explanation", drawn, label, document=mbb01)
            add("penalty_decision", drawn, label, done=_dt(mqd02.issued_at) if mqd02 else None, document=mbb01)
        seized_doc = mbb15 or (mbb01 if mbb01 and mbb01.fields.get("seized_in_minutes") else None)
        if seized_doc:
            if "seizure_expiry" not in variants and variants.get("penalty_decision") in ("explanation", "complex"):
                variants["seizure_expiry"] = variants["penalty_decision"]
            add("seizure_expiry", _dt(seized_doc.issued_at), "Tạm giữ tang vật",
                done=_dt(mqd02.issued_at) if mqd02 else None, document=seized_doc,
                cap_at=_dt(mbb01.issued_at) if mbb01 else None)
        if mqd02:
            issued = _dt(mqd02.issued_at)
            label = f"Quyết định xử phạt {mqd02.number or ''}".strip()
            add("decision_delivery", issued, label, document=mqd02)
            pay_days = mqd02.fields.get("payment_days")
            add("payment", issued, label, document=mqd02,
                days=pay_days if isinstance(pay_days, int) and not isinstance(pay_days, bool) and pay_days > 0
                else None,
                extra_notes=("Tính từ ngày ra quyết định; thời hạn thực tế tính từ ngày người vi phạm nhận "
                             "quyết định.",))
        for d in docs:
            if d.kind in KINDS:
                add("ins_upload", _dt(d.finalized_at) or _dt(d.issued_at),
                    f"Ký văn bản {KINDS[d.kind].form} {d.number or ''}".strip(), document=d)
        # Invalid items (no due date) go last.
        return sorted(items, key=lambda it: (it.due == "", it.due, it.rule))

    def overdue_across_cases(self, include_closed: bool = False, limit: int = -1) -> list[DueItem]:
        """Every tracked deadline that has passed undone, across cases, most overdue first (at most ``limit``).

        Read from the stored deadlines (one indexed query), which every case and document change keeps up to
        date; after a change of the calendar or of the rules they are caught up by ``DeadlineIndex``.
        """
        now = self.clock.now()
        return [DueItem.from_stored(row, now)
                for row in self.index.store.overdue(now, include_closed=include_closed, limit=limit)]

    def deadline_feed(self, case_id: str = "", limit: int = 200, count_cap: int = 999) -> tuple[list[DueItem], int]:
        """What the deadline dock shows: the ``limit`` most overdue items across open cases, the ``limit``
        earliest items falling due within ``DUE_SOON_DAYS`` across open cases, then the open case's items still
        running (pending, reminder, overdue), and how many are overdue in all (counted up to ``count_cap + 1``,
        which means "more than ``count_cap``"). Cost O(limit + cap + the case), whatever the number of cases."""
        items = self.overdue_across_cases(limit=limit)
        total = self.count_overdue(cap=count_cap) if len(items) >= limit else len(items)
        items += self.due_soon_across_cases(limit=limit)  # not overdue: never one of the items above
        if case_id:
            seen = {(i.case_id, i.rule, i.due) for i in items}
            items += [i for i in self.stored_deadlines(case_id)
                      if i.state in ("pending", "reminder", "overdue") and (i.case_id, i.rule, i.due) not in seen]
        return items, total

    def due_soon_across_cases(self, days: int = DUE_SOON_DAYS, limit: int = -1) -> list[DueItem]:
        """Tracked deadlines of open cases not yet passed whose due day is today or one of the next ``days - 1``
        days, earliest first (at most ``limit``); one indexed query over the stored deadlines."""
        now = self.clock.now()
        before = now.date() + timedelta(days=days)
        return [DueItem.from_stored(row, now) for row in self.index.store.due_soon(now, before, limit=limit)]

    def count_overdue(self, include_closed: bool = False, cap: int = -1) -> int:
        """How many tracked deadlines have passed undone, across cases (at most ``cap + 1`` counted if given)."""
        return self.index.store.count_overdue(self.clock.now(), include_closed=include_closed, cap=cap)

    def stored_deadlines(self, case_id: str) -> list[DueItem]:
        """A case's due items as stored at its last change, with their state now (no recomputation)."""
        now = self.clock.now()
        return [DueItem.from_stored(row, now) for row in self.index.store.for_case(case_id)]

    # -- HQ review -------------------------------------------------------------------------------------
    def hq_review(self, doc_id: str) -> dict[str, str] | None:
        """HQ's review of a synced document (``state``, ``label``, ``comment``, ``reviewer``,
        ``reviewed_at``), pulled with the reference data (kind ``review``), or None."""
        item = self.reference.get("review", doc_id)
        if item is None or not isinstance(item.data, dict):
            return None
        return {k: str(v) for k, v in item.data.items()}

    def hq_review_items(self, limit: int = 200) -> list[DueItem]:
        """Documents HQ found to have issues (or rejected) and that no local correction has replaced yet,
        newest review first, at most ``limit``: items of the officer's deadline list (state ``hq_review``, no
        due date). One indexed query whatever the number of reviews pulled (``ReferenceStore.open_reviews``)."""
        out = []
        for review in self.reference.open_reviews(limit):
            data = review.item.data if isinstance(review.item.data, dict) else {}
            out.append(DueItem(
                case_id=review.case_id, case_title=review.case_title, rule="hq_review",
                what=f"HQ: {data.get('label', '')} — {review.number}: {data.get('comment', '')}".strip(),
                due="", due_text="", state="hq_review", basis="", rule_text=str(data.get("comment", "")),
                trigger=str(data.get("reviewer", "")), confidence="", document_id=review.item.key,
                done_at=str(data.get("reviewed_at", ""))))
        return out

    # -- subject history --------------------------------------------------------------------------
    def subject_history(self, case_id: str) -> list[HistoryItem]:
        """Earlier violations of the case's subject (same tax code or CCCD): local cases, then HQ data.

        Only violations dated before this case count (a later case cannot aggravate this one); items with
        the same article within 12 months are flagged as a possible repeat offence.
        """
        case = self.repo.get_case(case_id)
        subject = case.subject
        if subject is None or not (subject.tax_code or subject.id_number):
            return []
        start = _dt(case.started_at) or self.clock.now()
        current = {(decree_key(v.decree), v.article) for v in case.violations}
        year_ago = start - timedelta(days=365)

        def flags(decree: str, article: int | None, when: datetime | None) -> tuple[bool, bool]:
            same = article is not None and (decree_key(decree), article) in current
            return same, when is not None and year_ago <= when <= start

        items: list[HistoryItem] = []
        local_ids = set()
        for other_id in self.repo.cases_of_subject(subject.tax_code, subject.id_number, exclude_case=case_id):
            other = self.repo.get_case(other_id)
            when = _dt(other.started_at)
            if when is None or when > start:
                continue
            local_ids.add(other.id)
            decisions = [d for d in self._documents(other.id) if d.kind == "nd118.mqd02"]
            number = decisions[0].number if decisions else ""
            matched = "tax_code" if subject.tax_code and other.subject and other.subject.tax_code == subject.tax_code \
                else "id_number"
            for v in other.violations:
                same, recent = flags(v.decree, v.article, when)
                items.append(HistoryItem(
                    origin="local", date=other.started_at[:10], subject_name=other.subject.name if other.subject else "",
                    matched_by=matched, citation=v.citation(),
                    description=v.description, decree=v.decree, article=v.article, clause=v.clause, point=v.point,
                    case_id=other.id, decision_number=number, fine_amount=v.fine_amount, unit=other.unit_code,
                    same_article=same, within_year=recent))
        hq_rows = [row for ref in self.reference.subject_violations(subject.tax_code, subject.id_number)
                   for row in _hq_violation_rows(ref.data)]
        for data in hq_rows:
            if data.get("case_id") and data["case_id"] in local_ids | {case_id}:
                continue  # HQ echoes cases this device already holds
            when = _dt(str(data.get("date", "")))
            if when is not None and when > start:
                continue
            article = data.get("article") if isinstance(data.get("article"), int) else None
            clause = data.get("clause") if isinstance(data.get("clause"), int) else None
            decree = str(data.get("decree", ""))
            same, recent = flags(decree, article, when)
            point = str(data.get("point", ""))
            citation = str(data.get("citation", "")) or (
                legal_citation(article, clause, point, decree) if article and clause and decree else "")
            matched = "tax_code" if subject.tax_code and data.get("tax_code") == subject.tax_code else "id_number"
            fine = data.get("fine_amount")
            items.append(HistoryItem(
                origin="hq", date=str(data.get("date", ""))[:10], subject_name=str(data.get("name", "")),
                matched_by=matched, citation=citation, description=str(data.get("description", "")),
                decree=decree, article=article, clause=clause, point=point, case_id=str(data.get("case_id", "")),
                decision_number=str(data.get("decision_number", "")),
                fine_amount=fine if isinstance(fine, int) and not isinstance(fine, bool) else None,
                unit=str(data.get("unit", "")), same_article=same, within_year=recent))
        return sorted(items, key=lambda h: h.date, reverse=True)

    def import_subject_violations(self, items: Iterable[Mapping[str, Any]], source: str = "hq") -> ImportReport:
        """Store earlier violations pushed by HQ (each needs ``key`` and ``tax_code`` or ``id_number``)."""
        rows = []
        problems: list[Problem] = []
        for i, raw in enumerate(items):
            if not raw.get("key"):
                problems.append(Problem(f"items[{i}].key", "thiếu mã bản ghi"))
            problems += _subject_violation_problems(raw, f"items[{i}]")
            data = {k: v for k, v in raw.items() if k != "key"}
            rows.append(ReferenceItem(kind=KIND_SUBJECT_VIOLATION, key=str(raw.get("key", "")), data=data,
                                      valid_from=str(raw.get("date", ""))[:10], source=source))
        if problems:
            raise ValidationError(problems)
        now = self.clock.now().isoformat(timespec="seconds")
        added = replaced = unchanged = 0
        with self.reference.write():
            for row in rows:
                old = self.reference.get(row.kind, row.key)
                if old is not None and old.data == row.data:
                    unchanged += 1
                    continue
                self.reference.upsert([row], now)
                added, replaced = (added + 1, replaced) if old is None else (added, replaced + 1)
            if added or replaced:
                self.repo.audit(now, HQ_ACTOR, "reference.subject_violations", "reference", KIND_SUBJECT_VIOLATION,
                                {"count": added + replaced, "source": source})
        return ImportReport(added=added, replaced=replaced, unchanged=unchanged,
                            keys=tuple(r.key for r in rows))


def describe_fine(fine: FineRange) -> list[str]:
    """Human-readable lines for a fine range (CLI text output, tooltips)."""
    who = "tổ chức" if fine.organization else "cá nhân"
    lines = [f"Áp dụng: {fine.citation}",
             f"Khung tiền phạt ({who}): từ {format_dong(fine.min)} đến {format_dong(fine.max)}"
             + (" (hoặc phạt cảnh cáo)" if fine.warning_allowed else ""),
             f"Mức thường áp dụng (trung bình khung): {format_dong(fine.usual)}",
             f"Căn cứ: {fine.basis_text}",
             f"Độ tin cậy dữ liệu: {fine.confidence}"]
    if fine.unconfirmed:
        lines.append("Khung tiền phạt chưa xác minh: đối chiếu văn bản chính thức và xác nhận trước khi áp dụng.")
    lines += [f"Hình thức bổ sung: {m}" for m in fine.additional_penalties]
    lines += [f"Biện pháp khắc phục: {m}" for m in fine.remedies]
    lines += [f"Lưu ý: {n}" for n in fine.notes]
    return lines
