"""Fine calculator: from a catalog entry and the value of the goods, the point that applies and the range.

Steps (legal-forms.md §5, §10.6):

1. the goods value is the sum of the goods rows linked to the violation (valued on the bases of Luật
   XLVPHC Art. 60 / NĐ 98 Điều 5); the tier (point) whose band contains it applies; an illegal-profit band,
   where the clause has one, is an alternative criterion and the higher tier wins;
2. a ×2 aggravation written into the article (e.g. Điều 15 khoản 2) multiplies the range;
3. amounts are for individuals; organisations pay ×2 except the articles the decree lists, whose amounts
   are already the organisation's (then an individual pays half);
4. the range is capped at the decree's maximum for the area (organisations: twice the individual cap).

The calculator always returns a range; the officer picks the amount (``check_fine_amount``). The usual
amount is the middle of the range (Luật XLVPHC Art. 23 khoản 4) [R].
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from inspector_app.domain.errors import InspectorError, Problem, ValidationError
from inspector_app.domain.format import format_dong
from inspector_app.domain.model import GoodsRow, capitalized
from inspector_app.domain.words import amount_in_words

from .catalog import UNCONFIRMED, CatalogEntry, Decree

# Above this a goods value is a typing error, not a raid (100 nghìn tỷ đồng).
MAX_GOODS_VALUE = 10**14
# Luật XLVPHC Art. 24 khoản 2: an organisation's fine is twice an individual's for the same act [R].
DEFAULT_ORGANIZATION_FACTOR = 2


def row_value(row: GoodsRow) -> int | None:
    """The value of one goods row: its own value, else quantity × unit price (rounded to the đồng)."""
    if row.value is not None:
        return row.value
    if row.unit_price is not None:
        return int((row.quantity * Decimal(row.unit_price)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return None


@dataclass(frozen=True)
class GoodsValue:
    """The value of the goods of a violation: the total, and what is missing or odd about it."""

    total: int
    rows: int
    missing: tuple[str, ...]  # names of rows with neither a value nor a unit price
    bases: tuple[str, ...]  # distinct valuation bases written on the rows (Art. 60)

    def text(self) -> str:
        """One Vietnamese sentence for the basis text of the fine."""
        basis = f"; căn cứ xác định giá: {'; '.join(self.bases)}" if self.bases else ""
        return f"Trị giá tang vật, hàng hóa vi phạm {format_dong(self.total)} (tổng {self.rows} dòng hàng{basis})"


def goods_value(rows: Iterable[GoodsRow]) -> GoodsValue:
    """Sum the goods rows; negative values are refused (ValidationError), missing ones are listed."""
    total, count = 0, 0
    missing: list[str] = []
    bases: list[str] = []
    problems: list[Problem] = []
    for i, row in enumerate(rows):
        count += 1
        value = row_value(row)
        if value is None:
            missing.append(row.name or f"dòng {i + 1}")
            continue
        if value < 0 or row.quantity < 0:
            problems.append(Problem(f"goods[{i}].value", f"trị giá “{row.name}” không được âm"))
            continue
        total += value
        if row.valuation_basis and row.valuation_basis not in bases:
            bases.append(row.valuation_basis)
    if problems:
        raise ValidationError(problems)
    return GoodsValue(total=total, rows=count, missing=tuple(missing), bases=tuple(bases))


def violation_goods(goods: Sequence[GoodsRow], entry: CatalogEntry) -> list[GoodsRow]:
    """The goods rows of a violation: rows carrying the flag of the catalog entry (smuggled, suspected
    counterfeit, unknown origin) when any do, else every row."""
    if entry.goods_flag:
        flagged = [g for g in goods if getattr(g, entry.goods_flag, False)]
        if flagged:
            return flagged
    return list(goods)


@dataclass(frozen=True)
class FineRange:
    """The fine that applies: the point, the range in đồng, the usual amount and how it was reached."""

    entry_id: str
    decree: str
    article: int
    clause: int
    point: str
    min: int
    max: int
    usual: int
    organization: bool
    citation: str
    basis_text: str
    confidence: str
    goods_value: int | None = None
    warning_allowed: bool = False
    factors: tuple[str, ...] = ()
    additional_penalties: tuple[str, ...] = ()
    remedies: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def contains(self, amount: int) -> bool:
        """True if ``amount`` lies inside the range."""
        return self.min <= amount <= self.max

    @property
    def unconfirmed(self) -> bool:
        """True if the range rests on data not read in a source (R) or inferred (I): "chưa xác minh"."""
        return self.confidence in UNCONFIRMED

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json and the UI (amounts in đồng)."""
        return {
            "entry_id": self.entry_id, "decree": self.decree, "article": self.article, "clause": self.clause,
            "point": self.point, "min": self.min, "max": self.max, "usual": self.usual,
            "organization": self.organization, "citation": self.citation, "basis_text": self.basis_text,
            "confidence": self.confidence, "unconfirmed": self.unconfirmed, "goods_value": self.goods_value,
            "warning_allowed": self.warning_allowed, "factors": list(self.factors),
            "additional_penalties": list(self.additional_penalties), "remedies": list(self.remedies),
            "notes": list(self.notes),
        }


def _check_money(value: int | None, what: str) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InspectorError(f"{what} phải là số nguyên (đồng).", code="bad_amount")
    if value < 0:
        raise InspectorError(f"{what} không được âm: {format_dong(value)}.", code="bad_amount")
    if value > MAX_GOODS_VALUE:
        raise InspectorError(f"{what} {format_dong(value)} không hợp lý (vượt {format_dong(MAX_GOODS_VALUE)}).",
                             code="bad_amount")


def fine_range(entry: CatalogEntry, goods_value: int | None, organization: bool, *,
               decree: Decree | None = None, aggravations: Sequence[str] = (),
               illegal_profit: int | None = None, point: str = "") -> FineRange:
    """The point and fine range of ``entry`` for goods worth ``goods_value`` đồng.

    ``aggravations`` are codes of the entry's ×factor aggravations that the officer has established;
    ``point`` is the point already written on the violation (for fixed-range clauses it names the act;
    for value-tiered clauses a different point than the computed one is reported in ``notes``).
    """
    _check_money(goods_value, "Trị giá hàng hóa")
    _check_money(illegal_profit, "Số lợi bất hợp pháp")
    notes: list[str] = []
    factors: list[str] = []
    if entry.basis == "value":
        if goods_value is None and illegal_profit is None:
            raise InspectorError(f"{capitalized(entry.citation())} phạt theo trị giá hàng hóa: cần nhập trị giá.",
                                 code="goods_value_required")
        if not entry.tiers:
            raise InspectorError(f"Khung tiền phạt của {entry.citation()} chưa có trong danh mục (chưa kiểm chứng); "
                                 "tra văn bản hợp nhất và nhập mức phạt thủ công.", code="no_tiers")
        by_value = [t for t in entry.tiers if goods_value is not None and t.matches_value(goods_value)]
        by_profit = [t for t in entry.tiers if illegal_profit is not None and t.matches_profit(illegal_profit)]
        candidates = by_value + by_profit
        if not candidates:
            value_text = format_dong(goods_value) if goods_value is not None else "đã nhập"
            raise InspectorError(
                f"Khung tiền phạt cho trị giá {value_text} tại {entry.citation()} chưa có trong danh mục "
                "(chưa kiểm chứng); tra văn bản hợp nhất và nhập mức phạt thủ công.", code="no_tier")
        tier = max(candidates, key=lambda t: (t.max, t.min))
        chosen_point, lo, hi, warning = tier.point, tier.min, tier.max, tier.warning
        confidence = tier.confidence
        band = tier.text
        if not tier.point and entry.acts:
            # Value bands that are clauses (NĐ 98 Điều 17): the points of the clause name the act.
            chosen_point = _act_point(entry, point)
        elif point and point != chosen_point:
            notes.append(f"Điểm đã ghi ({point}) khác điểm theo trị giá ({chosen_point}).")
        if goods_value is not None:
            measure_value: int | None = goods_value
            lead = f"Trị giá hàng hóa vi phạm {format_dong(goods_value)}"
        else:
            measure_value = None
            lead = f"Số lợi bất hợp pháp {format_dong(illegal_profit or 0)}"
        if tier in by_profit and tier not in by_value:
            lead = f"Số lợi bất hợp pháp {format_dong(illegal_profit or 0)}"
        basis = f"{lead} thuộc {entry.citation(chosen_point)} ({band.lower()})"
    elif entry.basis == "fixed":
        if entry.fine_min is None or entry.fine_max is None:
            raise InspectorError(f"Khung tiền phạt của {entry.citation()} chưa có trong danh mục.", code="no_tiers")
        lo, hi, warning = entry.fine_min, entry.fine_max, False
        confidence = entry.confidence
        chosen_point = _act_point(entry, point) if entry.acts else point
        measure_value = goods_value
        basis = f"Mức phạt tại {entry.citation(chosen_point)} (không phụ thuộc trị giá hàng hóa)"
    else:
        raise InspectorError(f"{capitalized(entry.citation())} phạt theo số lượng; khung theo số lượng chưa có "
                             "trong danh mục — tra văn bản hợp nhất và nhập mức phạt thủ công.", code="no_tiers")

    citation = entry.citation(chosen_point)
    known_aggr = {a.code: a for a in entry.aggravations}
    applied = []
    for code in aggravations:
        if code not in known_aggr:
            options = ", ".join(known_aggr) or "không có"
            raise InspectorError(f"{capitalized(entry.citation())} không có tình tiết tăng mức “{code}” "
                                 f"(có: {options}).", code="unknown_aggravation")
        applied.append(known_aggr[code])
    if applied:
        # Several grounds of the same clause still double the fine once ("gấp hai lần").
        top = max(applied, key=lambda a: a.factor)
        lo, hi = lo * top.factor, hi * top.factor
        reasons = "; ".join(a.text for a in applied)
        factors.append(f"×{top.factor} theo khoản {top.clause} Điều {entry.article}: {reasons}")
        citation = (f"khoản {top.clause} Điều {entry.article} Nghị định số {entry.decree} (gấp {top.factor} lần "
                    f"mức phạt tại {entry.short_citation(chosen_point)})")
        confidence = min_confidence(confidence, top.confidence)

    org_rule = decree.organization_rule if decree is not None else None
    factor = org_rule.factor if org_rule is not None else DEFAULT_ORGANIZATION_FACTOR
    org_amounts = org_rule is not None and org_rule.amounts_are_for_organization(entry.article, entry.clause)
    if org_amounts and not organization:
        lo, hi = lo // factor, hi // factor
        factors.append(f"Cá nhân: bằng 1/{factor} mức đối với tổ chức ({org_rule.basis if org_rule else ''})")
    elif organization and not org_amounts:
        lo, hi = lo * factor, hi * factor
        where = org_rule.basis if org_rule is not None else "Điều 24 Luật Xử lý vi phạm hành chính"
        factors.append(f"Tổ chức: gấp {factor} lần mức đối với cá nhân ({where})")
        if org_rule is not None:
            confidence = min_confidence(confidence, org_rule.confidence)

    if decree is not None and entry.area in decree.caps:
        cap = decree.caps[entry.area] * (factor if organization else 1)
        if hi > cap:
            hi, lo = cap, min(lo, cap)
            notes.append(f"Giới hạn ở mức tối đa {format_dong(cap)} ({decree.caps_basis}).")

    who = "tổ chức" if organization else "cá nhân"
    penalty = "Phạt cảnh cáo hoặc phạt tiền" if warning else "Phạt tiền"
    basis_text = f"{basis}: {penalty.lower()} đối với {who} từ {format_dong(lo)} đến {format_dong(hi)}"
    if factors:
        basis_text += " (" + "; ".join(factors) + ")"
    basis_text += "."
    return FineRange(
        entry_id=entry.id, decree=entry.decree, article=entry.article, clause=entry.clause, point=chosen_point,
        min=lo, max=hi, usual=(lo + hi) // 2, organization=organization, citation=citation,
        basis_text=basis_text, confidence=confidence, goods_value=goods_value, warning_allowed=warning,
        factors=tuple(factors),
        additional_penalties=tuple(m.text for m in entry.additional_penalties if m.applies(measure_value)),
        remedies=tuple(m.text for m in entry.remedies if m.applies(measure_value)), notes=tuple(notes))


def _act_point(entry: CatalogEntry, point: str) -> str:
    """The point naming the act within a clause whose points are acts; InspectorError if not one of them."""
    if point and point not in {a.point for a in entry.acts}:
        known = ", ".join(a.point for a in entry.acts)
        raise InspectorError(f"{capitalized(entry.citation())} không có điểm “{point}” trong danh mục "
                             f"(có: {known}).", code="unknown_point")
    if not point and len(entry.acts) == 1:
        return entry.acts[0].point
    return point


_ORDER = {"V": 0, "V2": 1, "R": 2, "I": 3}


def min_confidence(a: str, b: str) -> str:
    """The weaker of two confidence tags (a result is only as sure as its least sure input)."""
    return a if _ORDER.get(a, 3) >= _ORDER.get(b, 3) else b


def check_fine_amount(fine: FineRange, amount: int) -> int:
    """Validate the amount the officer picked; returns it or raises ValidationError (Vietnamese)."""
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError([Problem("fine_amount", "mức phạt phải là số nguyên (đồng)")])
    if not fine.contains(amount):
        raise ValidationError([Problem(
            "fine_amount",
            f"mức phạt {format_dong(amount)} nằm ngoài khung từ {format_dong(fine.min)} đến {format_dong(fine.max)} "
            f"({fine.citation})")])
    return amount


def amount_texts(amount: int) -> tuple[str, str]:
    """The picked amount as documents print it: figures and words ("5.000.000 đồng", "Năm triệu đồng")."""
    return format_dong(amount), amount_in_words(amount)
