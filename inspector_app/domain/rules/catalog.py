"""The violation catalog: decrees, and their entries by article and clause, as immutable domain objects.

The catalog is data (``resources/reference/violation_catalog.json`` plus catalog updates pushed by HQ); this
module only parses and queries plain dicts, so the domain stays free of file and database access. Every
entry carries its source, its confidence tag (V / V2 / R / I, see legal-forms.md §0) and its validity
period; several versions of the same entry id may coexist and the one valid on the violation date with the
newest ``valid_from`` wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from inspector_app.domain.errors import InspectorError, Problem, ValidationError
from inspector_app.domain.model import ClauseRef, legal_citation
from inspector_app.domain.text import fold, nfc

CONFIDENCE = ("V", "V2", "R", "I")
UNCONFIRMED = ("R", "I")  # recalled or inferred: to be checked against the official text before relying on it
BASES = ("value", "fixed", "quantity")


def decree_key(number: str) -> str:
    """Comparable form of a decree number: "98/2020/NĐ-CP", "98/2020/nd-cp" and "98/2020" all match."""
    folded = fold(number).replace(" ", "")
    for suffix in ("/nd-cp", "nd-cp", "/nd", "/"):
        if folded.endswith(suffix):
            folded = folded[: -len(suffix)]
    return folded


@dataclass(frozen=True)
class Tier:
    """One value tier of a clause (a point): the fine range and the goods-value band it covers.

    Bands: ``value_min`` inclusive, ``value_below`` exclusive, ``value_upto`` inclusive ("đến X đồng");
    the optional illegal-profit band (``profit_min`` / ``profit_below``) is an alternative criterion.
    """

    point: str
    min: int
    max: int
    text: str
    confidence: str
    value_min: int | None = None
    value_below: int | None = None
    value_upto: int | None = None
    profit_min: int | None = None
    profit_below: int | None = None
    warning: bool = False  # "phạt cảnh cáo hoặc phạt tiền"

    def matches_value(self, value: int) -> bool:
        """True if a goods value falls in this tier's band."""
        if self.value_min is None and self.value_below is None and self.value_upto is None:
            return False
        if self.value_min is not None and value < self.value_min:
            return False
        if self.value_below is not None and value >= self.value_below:
            return False
        return not (self.value_upto is not None and value > self.value_upto)

    def matches_profit(self, profit: int) -> bool:
        """True if an illegal profit falls in this tier's profit band (if it has one)."""
        if self.profit_min is None and self.profit_below is None:
            return False
        if self.profit_min is not None and profit < self.profit_min:
            return False
        return not (self.profit_below is not None and profit >= self.profit_below)


@dataclass(frozen=True)
class Act:
    """One act (point) of a clause whose fine does not depend on goods value."""

    point: str
    text: str
    confidence: str


@dataclass(frozen=True)
class Aggravation:
    """A ×factor aggravation written into the article (e.g. Điều 15 khoản 2: ×2 for direct smugglers)."""

    code: str
    clause: int
    factor: int
    text: str
    confidence: str
    point: str = ""  # the point of ``clause`` that names this ground, when the text has points


@dataclass(frozen=True)
class Measure:
    """An additional penalty or a remedy; ``goods_value_min`` makes it conditional on the goods value."""

    text: str
    confidence: str
    goods_value_min: int | None = None

    def applies(self, goods_value: int | None) -> bool:
        """True if the measure applies for this goods value (unconditional measures always apply)."""
        return self.goods_value_min is None or (goods_value is not None and goods_value >= self.goods_value_min)


@dataclass(frozen=True)
class OrganizationRule:
    """How organisations are fined: ×factor, except articles/clauses whose amounts are already theirs."""

    factor: int
    text: str
    basis: str
    confidence: str
    organization_amounts: tuple[tuple[int, tuple[int, ...]], ...] = ()  # (article, clauses or () = all)

    def amounts_are_for_organization(self, article: int, clause: int) -> bool:
        """True if the catalog amounts of (article, clause) are the organisation amounts."""
        for art, clauses in self.organization_amounts:
            if art == article and (not clauses or clause in clauses):
                return True
        return False


@dataclass(frozen=True)
class Decree:
    """A penalty decree: number, citation, organisation rule, maximum fines by area, article titles."""

    number: str
    short: str
    title: str
    citation: str
    amended_by: tuple[str, ...]
    organization_rule: OrganizationRule
    caps: Mapping[str, int]
    caps_basis: str
    articles: Mapping[int, str]
    source: str
    valid_from: str = ""
    valid_to: str = ""


@dataclass(frozen=True)
class CatalogEntry:
    """One catalog entry: a clause of an article of a decree, with its fine tiers or fixed range."""

    id: str
    decree: str
    article: int
    clause: int
    text: str
    basis: str  # value | fixed | quantity
    source: str
    confidence: str
    valid_from: str
    valid_to: str = ""
    text_confidence: str = ""
    area: str = ""
    goods_flag: str = ""  # GoodsRow flag that marks the goods of this violation (smuggled, …)
    tiers: tuple[Tier, ...] = ()
    tiers_complete: bool = False
    fine_min: int | None = None  # fixed basis
    fine_max: int | None = None
    acts: tuple[Act, ...] = ()
    aggravations: tuple[Aggravation, ...] = ()
    additional_penalties: tuple[Measure, ...] = ()
    remedies: tuple[Measure, ...] = ()
    amended_by: tuple[str, ...] = ()
    origin: str = "bundled"  # bundled | hq
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def valid_on(self, day: date) -> bool:
        """True if the entry is in force on ``day`` (valid_to is the last day in force)."""
        iso = day.isoformat()
        if self.valid_from and iso < self.valid_from:
            return False
        return not (self.valid_to and iso > self.valid_to)

    @property
    def unconfirmed(self) -> bool:
        """True if the entry or one of its tiers rests on data not read in a source (R) or inferred (I): the
        app shows its range as "chưa xác minh" and asks the officer to confirm it against the text."""
        return self.confidence in UNCONFIRMED or any(t.confidence in UNCONFIRMED for t in self.tiers)

    def grounds(self, codes: Sequence[str]) -> list[ClauseRef]:
        """The clauses (and points) that ground the ×factor aggravations ``codes`` recorded on an act, in the
        catalog's order, each once: what a decision cites beside the act's own point."""
        out: list[ClauseRef] = []
        for a in self.aggravations:
            ref = ClauseRef(a.clause, a.point)
            if a.code in codes and a.clause and ref not in out:
                out.append(ref)
        return out

    def short_citation(self, point: str = "") -> str:
        """Reference inside the decree: "điểm đ khoản 1 Điều 15"."""
        return legal_citation(self.article, self.clause, point)

    def citation(self, point: str = "", with_amendments: bool = False) -> str:
        """Legal reference as printed on the forms: "điểm đ khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP"."""
        text = legal_citation(self.article, self.clause, point, self.decree)
        if with_amendments and self.amended_by:
            text += f" (được sửa đổi, bổ sung bởi {', '.join(self.amended_by)})"
        return text

    def search_text(self, decree: Decree | None = None) -> str:
        """Folded text that ``Catalog.search`` matches against."""
        parts = [self.id, self.decree, f"dieu {self.article}", f"khoan {self.clause}", self.text]
        if decree is not None:
            parts.append(decree.articles.get(self.article, ""))
            parts.append(decree.short)
        parts += [t.text for t in self.tiers] + [a.text for a in self.acts]
        return fold(" ".join(parts))


@dataclass(frozen=True)
class Catalog:
    """Decrees and catalog entries (possibly several versions per id), with lookups by date."""

    decrees: Mapping[str, Decree]
    entries: tuple[CatalogEntry, ...]
    valuation: Mapping[str, Any] = field(default_factory=dict)
    version: str = ""

    def decree(self, number: str) -> Decree:
        """The decree with this number (any common spelling); InspectorError if it is not in the catalog."""
        key = decree_key(number)
        if key not in self.decrees:
            known = ", ".join(d.number for d in self.decrees.values())
            raise InspectorError(f"Nghị định “{number}” không có trong danh mục (có: {known}).",
                                 code="unknown_decree")
        return self.decrees[key]

    def _pick(self, candidates: Iterable[CatalogEntry], on: date | None) -> CatalogEntry | None:
        best: CatalogEntry | None = None
        for entry in candidates:
            if on is not None and not entry.valid_on(on):
                continue
            # Newer valid_from wins; on a tie the later entry (an HQ update follows the bundled data) wins.
            if best is None or entry.valid_from >= best.valid_from:
                best = entry
        return best

    def get(self, entry_id: str, on: date | None = None) -> CatalogEntry:
        """The version of entry ``entry_id`` in force on ``on`` (newest if ``on`` is None)."""
        found = self._pick((e for e in self.entries if e.id == entry_id), on)
        if found is None:
            when = f" vào ngày {on:%d/%m/%Y}" if on else ""
            raise InspectorError(f"Không có mục “{entry_id}” trong danh mục vi phạm{when}.", code="unknown_entry")
        return found

    def find(self, decree: str, article: int, clause: int, on: date | None = None) -> CatalogEntry:
        """The entry for (decree, article, clause) in force on ``on``; InspectorError if there is none."""
        d = self.decree(decree)
        key = decree_key(d.number)
        matches = [e for e in self.entries
                   if decree_key(e.decree) == key and e.article == article and e.clause == clause]
        found = self._pick(matches, on)
        if found is None:
            title = d.articles.get(article, "")
            hint = f" (Điều {article}: {title})" if title else ""
            when = f" có hiệu lực vào ngày {on:%d/%m/%Y}" if on and matches else ""
            raise InspectorError(f"Khoản {clause} Điều {article} {d.short}{hint} chưa có trong danh mục vi phạm"
                                 f"{when}.", code="unknown_entry")
        return found

    def current(self, on: date | None = None) -> list[CatalogEntry]:
        """One entry per id (the version in force on ``on``), ordered by decree, article and clause."""
        ids = dict.fromkeys(e.id for e in self.entries)
        picked = [self._pick((e for e in self.entries if e.id == i), on) for i in ids]
        result = [e for e in picked if e is not None]
        return sorted(result, key=lambda e: (decree_key(e.decree), e.article, e.clause))

    def search(self, text: str, on: date | None = None) -> list[CatalogEntry]:
        """Entries whose id, article title, text or tiers contain every folded word of ``text``."""
        words = fold(text).split()
        result = []
        for entry in self.current(on):
            decree = self.decrees.get(decree_key(entry.decree))
            haystack = entry.search_text(decree)
            if all(w in haystack for w in words):
                result.append(entry)
        return result

    def with_entries(self, extra: Iterable[CatalogEntry]) -> Catalog:
        """A catalog with ``extra`` entries (HQ updates) appended after the bundled ones."""
        return Catalog(decrees=self.decrees, entries=self.entries + tuple(extra), valuation=self.valuation,
                       version=self.version)


# -- parsing ---------------------------------------------------------------------------------------

def _opt_int(raw: Mapping[str, Any], key: str, path: str, problems: list[Problem]) -> int | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append(Problem(f"{path}.{key}", "phải là số nguyên không âm (đồng)"))
        return None
    return value


def _conf(raw: Mapping[str, Any], path: str, problems: list[Problem], key: str = "confidence") -> str:
    value = str(raw.get(key, ""))
    if value not in CONFIDENCE:
        problems.append(Problem(f"{path}.{key}", f"mức tin cậy phải là một trong {', '.join(CONFIDENCE)}"))
    return value


def _iso_or_empty(raw: Mapping[str, Any], key: str, path: str, problems: list[Problem]) -> str:
    value = str(raw.get(key) or "")
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            problems.append(Problem(f"{path}.{key}", f"ngày không hợp lệ: {value!r} (YYYY-MM-DD)"))
    return value


def _measures(items: Any, path: str, problems: list[Problem]) -> tuple[Measure, ...]:
    result = []
    for i, m in enumerate(items or []):
        p = f"{path}[{i}]"
        if not isinstance(m, Mapping) or not m.get("text"):
            problems.append(Problem(p, "thiếu nội dung"))
            continue
        result.append(Measure(text=nfc(str(m["text"])), confidence=_conf(m, p, problems),
                              goods_value_min=_opt_int(m, "goods_value_min", p, problems)))
    return tuple(result)


def parse_entry(raw: Mapping[str, Any], path: str = "entry", origin: str = "bundled") -> CatalogEntry:
    """Validate and build one catalog entry from plain data (bundled JSON or an HQ update)."""
    problems: list[Problem] = []
    if not isinstance(raw, Mapping):
        raise ValidationError([Problem(path, "phải là một đối tượng JSON")])
    for key in ("id", "decree", "text", "source"):
        if not isinstance(raw.get(key), str) or not raw.get(key):
            problems.append(Problem(f"{path}.{key}", "thiếu trường bắt buộc"))
    article, clause = raw.get("article"), raw.get("clause")
    for key, value in (("article", article), ("clause", clause)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            problems.append(Problem(f"{path}.{key}", "phải là số nguyên dương"))
    basis = str(raw.get("basis", ""))
    if basis not in BASES:
        problems.append(Problem(f"{path}.basis", f"phải là một trong {', '.join(BASES)}"))
    confidence = _conf(raw, path, problems)
    valid_from = _iso_or_empty(raw, "valid_from", path, problems)
    valid_to = _iso_or_empty(raw, "valid_to", path, problems)
    if not valid_from:
        problems.append(Problem(f"{path}.valid_from", "thiếu ngày bắt đầu hiệu lực"))
    if valid_from and valid_to and valid_to < valid_from:
        problems.append(Problem(f"{path}.valid_to", "ngày hết hiệu lực trước ngày bắt đầu hiệu lực"))

    tiers: list[Tier] = []
    for i, t in enumerate(raw.get("tiers") or []):
        p = f"{path}.tiers[{i}]"
        lo, hi = _opt_int(t, "min", p, problems), _opt_int(t, "max", p, problems)
        if lo is None or hi is None or lo > hi:
            problems.append(Problem(p, "mức phạt tối thiểu/tối đa không hợp lệ"))
            continue
        tiers.append(Tier(point=nfc(str(t.get("point", ""))), min=lo, max=hi, text=nfc(str(t.get("text", ""))),
                          confidence=_conf(t, p, problems), value_min=_opt_int(t, "value_min", p, problems),
                          value_below=_opt_int(t, "value_below", p, problems),
                          value_upto=_opt_int(t, "value_upto", p, problems),
                          profit_min=_opt_int(t, "profit_min", p, problems),
                          profit_below=_opt_int(t, "profit_below", p, problems),
                          warning=bool(t.get("warning", False))))
    # Overlapping bands would make the tier ambiguous: reject them rather than pick one silently.
    probes = sorted({b for t in tiers for b in (t.value_min, t.value_below, t.value_upto) if b is not None} | {0})
    for probe in probes:
        for v in (probe, probe + 1):
            hits = [t.point for t in tiers if t.matches_value(v)]
            if len(hits) > 1:
                problems.append(Problem(f"{path}.tiers", f"các điểm {', '.join(hits)} trùng khoảng giá trị tại {v}"))
                break

    fine = raw.get("fine") or {}
    fine_min = _opt_int(fine, "min", f"{path}.fine", problems) if basis == "fixed" else None
    fine_max = _opt_int(fine, "max", f"{path}.fine", problems) if basis == "fixed" else None
    if basis == "fixed" and (fine_min is None or fine_max is None or fine_min > fine_max):
        problems.append(Problem(f"{path}.fine", "khung tiền phạt cố định không hợp lệ"))

    acts = []
    for i, a in enumerate(raw.get("acts") or []):
        p = f"{path}.acts[{i}]"
        acts.append(Act(point=nfc(str(a.get("point", ""))), text=nfc(str(a.get("text", ""))),
                        confidence=_conf(a, p, problems)))
    aggravations = []
    for i, a in enumerate(raw.get("aggravations") or []):
        p = f"{path}.aggravations[{i}]"
        factor = a.get("factor")
        if isinstance(factor, bool) or not isinstance(factor, int) or factor < 1:
            problems.append(Problem(f"{p}.factor", "phải là số nguyên dương"))
            continue
        aggravations.append(Aggravation(code=str(a.get("code", "")), clause=int(a.get("clause", 0)), factor=factor,
                                        text=nfc(str(a.get("text", ""))), confidence=_conf(a, p, problems),
                                        point=nfc(str(a.get("point", "")))))
    if problems:
        raise ValidationError(problems, "Mục danh mục vi phạm không hợp lệ:\n"
                              + "\n".join(f"- {p}" for p in problems))
    return CatalogEntry(
        id=str(raw["id"]), decree=nfc(str(raw["decree"])), article=int(article), clause=int(clause),  # type: ignore[arg-type]
        text=nfc(str(raw["text"])), basis=basis, source=nfc(str(raw["source"])), confidence=confidence,
        valid_from=valid_from, valid_to=valid_to, text_confidence=str(raw.get("text_confidence", "")),
        area=str(raw.get("area", "")), goods_flag=str(raw.get("goods_flag", "")), tiers=tuple(tiers),
        tiers_complete=bool(raw.get("tiers_complete", False)), fine_min=fine_min, fine_max=fine_max,
        acts=tuple(acts), aggravations=tuple(aggravations),
        additional_penalties=_measures(raw.get("additional_penalties"), f"{path}.additional_penalties", problems),
        remedies=_measures(raw.get("remedies"), f"{path}.remedies", problems),
        amended_by=tuple(nfc(str(x)) for x in raw.get("amended_by") or ()), origin=origin, raw=dict(raw))


def parse_decree(raw: Mapping[str, Any], path: str = "decree") -> Decree:
    """Validate and build one decree record."""
    problems: list[Problem] = []
    if not raw.get("number"):
        problems.append(Problem(f"{path}.number", "thiếu số nghị định"))
    org = raw.get("organization_rule") or {}
    factor = org.get("factor", 1)
    if isinstance(factor, bool) or not isinstance(factor, int) or factor < 1:
        problems.append(Problem(f"{path}.organization_rule.factor", "phải là số nguyên dương"))
        factor = 1
    exceptions = tuple((int(x["article"]), tuple(int(c) for c in x.get("clauses") or ()))
                       for x in org.get("organization_amount_articles") or ())
    articles: dict[int, str] = {}
    for k, v in (raw.get("articles") or {}).items():
        try:
            articles[int(k)] = nfc(str(v))
        except ValueError:
            problems.append(Problem(f"{path}.articles.{k}", "số điều phải là số nguyên"))
    caps = {str(k): int(v) for k, v in (raw.get("caps") or {}).items()}
    if problems:
        raise ValidationError(problems)
    return Decree(
        number=nfc(str(raw["number"])), short=nfc(str(raw.get("short", raw["number"]))),
        title=nfc(str(raw.get("title", ""))), citation=nfc(str(raw.get("citation", ""))),
        amended_by=tuple(nfc(str(x)) for x in raw.get("amended_by") or ()),
        organization_rule=OrganizationRule(factor=factor, text=nfc(str(org.get("text", ""))),
                                           basis=nfc(str(org.get("basis", ""))),
                                           confidence=str(org.get("confidence", "")),
                                           organization_amounts=exceptions),
        caps=caps, caps_basis=nfc(str(raw.get("caps_basis", ""))), articles=articles,
        source=nfc(str(raw.get("source", ""))), valid_from=str(raw.get("valid_from", "")),
        valid_to=str(raw.get("valid_to", "")))


def parse_catalog(data: Mapping[str, Any], extra_entries: Iterable[Mapping[str, Any]] = ()) -> Catalog:
    """Build the catalog from the bundled data and, optionally, HQ-pushed entries (which come after)."""
    decrees = {}
    for i, raw in enumerate(data.get("decrees") or []):
        d = parse_decree(raw, f"decrees[{i}]")
        decrees[decree_key(d.number)] = d
    entries = [parse_entry(raw, f"entries[{i}]") for i, raw in enumerate(data.get("entries") or [])]
    entries += [parse_entry(raw, f"hq[{i}]", origin="hq") for i, raw in enumerate(extra_entries)]
    problems = [Problem(f"entries.{e.id}.decree", f"nghị định “{e.decree}” không có trong danh mục")
                for e in entries if decree_key(e.decree) not in decrees]
    if problems:
        raise ValidationError(problems)
    return Catalog(decrees=decrees, entries=tuple(entries), valuation=dict(data.get("valuation") or {}),
                   version=str(data.get("catalog_version", "")))
