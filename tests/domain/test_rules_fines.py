"""Fine calculator and violation catalog: worked examples from legal-forms.md §5 and properties."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.model import GoodsRow
from inspector_app.domain.rules import (
    amount_texts,
    check_fine_amount,
    fine_range,
    format_dong,
    goods_value,
    parse_catalog,
    parse_entry,
)
from inspector_app.paths import resource_path

CATALOG = parse_catalog(json.loads(resource_path("reference", "violation_catalog.json").read_text("utf-8")))
ND98 = CATALOG.decree("98/2020/NĐ-CP")
D15 = CATALOG.find("98/2020/NĐ-CP", 15, 1)
TR = 1_000_000

# legal-forms.md §5.2, Điều 15 khoản 1: (lowest value of the band, highest value, point, min, max) in đồng.
D15_TIERS = [
    (0, 3 * TR - 1, "a", 500_000, 1 * TR),
    (3 * TR, 5 * TR - 1, "b", 1 * TR, 2 * TR),
    (5 * TR, 10 * TR - 1, "c", 2 * TR, 4 * TR),
    (10 * TR, 20 * TR - 1, "d", 4 * TR, 6 * TR),
    (20 * TR, 30 * TR - 1, "đ", 6 * TR, 10 * TR),
    (30 * TR, 50 * TR - 1, "e", 10 * TR, 20 * TR),
    (50 * TR, 70 * TR - 1, "g", 20 * TR, 30 * TR),
    (70 * TR, 100 * TR - 1, "h", 30 * TR, 40 * TR),
    (100 * TR, 10_000 * TR, "i", 40 * TR, 50 * TR),
]


@pytest.mark.parametrize(("low", "high", "point", "lo", "hi"), D15_TIERS)
def test_every_tier_of_article_15_clause_1_for_individuals(low: int, high: int, point: str, lo: int, hi: int) -> None:
    for value in (low, high):
        fine = fine_range(D15, value, False, decree=ND98)
        assert (fine.point, fine.min, fine.max) == (point, lo, hi)
        assert fine.citation == f"điểm {point} khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP"


@pytest.mark.parametrize(("low", "high", "point", "lo", "hi"), D15_TIERS)
def test_every_tier_of_article_15_clause_1_doubles_for_organisations(low: int, high: int, point: str, lo: int,
                                                                     hi: int) -> None:
    for value in (low, high):
        fine = fine_range(D15, value, True, decree=ND98)
        assert (fine.point, fine.min, fine.max) == (point, 2 * lo, 2 * hi)
        assert "Tổ chức: gấp 2 lần" in fine.basis_text


def test_worked_example_25_million_is_point_dd() -> None:
    fine = fine_range(D15, 25_000_000, False, decree=ND98)
    assert (fine.point, fine.min, fine.max, fine.usual) == ("đ", 6_000_000, 10_000_000, 8_000_000)
    assert "25.000.000 đồng" in fine.basis_text
    assert fine.confidence == "V"


def test_clause_2_aggravation_doubles_once_and_stays_under_the_decree_cap() -> None:
    fine = fine_range(D15, 150 * TR, False, decree=ND98, aggravations=["direct_smuggler", "sensitive_goods"])
    assert (fine.min, fine.max) == (80 * TR, 100 * TR)
    assert fine.citation.startswith("khoản 2 Điều 15")
    org = fine_range(D15, 150 * TR, True, decree=ND98, aggravations=["banned_import"])
    assert (org.min, org.max) == (160 * TR, 200 * TR)


def test_unknown_aggravation_is_refused() -> None:
    with pytest.raises(InspectorError, match="tăng mức"):
        fine_range(D15, TR, False, decree=ND98, aggravations=["food"])


def test_vehicle_confiscation_applies_only_from_200_million() -> None:
    assert not any("phương tiện" in m for m in fine_range(D15, 199 * TR, False, decree=ND98).additional_penalties)
    assert any("phương tiện" in m for m in fine_range(D15, 200 * TR, False, decree=ND98).additional_penalties)


def test_article_9_illegal_profit_can_lift_the_tier() -> None:
    d9 = CATALOG.find("98/2020", 9, 1)
    assert fine_range(d9, 1 * TR, False, decree=ND98).point == "a"
    fine = fine_range(d9, 1 * TR, False, decree=ND98, illegal_profit=60 * TR)
    assert (fine.point, fine.min, fine.max) == ("e", 50 * TR, 70 * TR)
    assert fine.basis_text.startswith("Số lợi bất hợp pháp")


def test_article_17_first_tier_allows_a_warning_and_unverified_tiers_are_not_guessed() -> None:
    # The value bands of Điều 17 are clauses; the points of khoản 1 name the act (legal-data.md §1.3 #1):
    # unknown-origin goods are điểm c, not điểm a (expired goods).
    d17 = CATALOG.find("98/2020/NĐ-CP", 17, 1)
    fine = fine_range(d17, 999_999, False, decree=ND98, point="c")
    assert (fine.point, fine.min, fine.max, fine.warning_allowed) == ("c", 300_000, 500_000, True)
    assert fine.citation == "điểm c khoản 1 Điều 17 Nghị định số 98/2020/NĐ-CP"
    with pytest.raises(InspectorError, match="không có điểm “g”"):
        fine_range(d17, 999_999, False, decree=ND98, point="g")
    with pytest.raises(InspectorError, match="chưa có trong danh mục"):
        fine_range(d17, 1 * TR, False, decree=ND98)


def test_nd119_labelling_tier_includes_its_upper_bound() -> None:
    d30 = CATALOG.find("119/2017/NĐ-CP", 30, 1)
    nd119 = CATALOG.decree("119/2017/NĐ-CP")
    assert (fine_range(d30, 5 * TR, False, decree=nd119).min, fine_range(d30, 5 * TR, False, decree=nd119).max) \
        == (500_000, 1 * TR)
    with pytest.raises(InspectorError):
        fine_range(d30, 5 * TR + 1, False, decree=nd119)


def test_fixed_clause_uses_the_act_point_and_ignores_goods_value() -> None:
    e = CATALOG.find("98/2020/NĐ-CP", 62, 3)
    fine = fine_range(e, None, False, decree=ND98, point="a")
    assert (fine.point, fine.min, fine.max) == ("a", 10 * TR, 20 * TR)
    assert fine_range(e, None, True, decree=ND98).max == 40 * TR
    with pytest.raises(InspectorError, match="điểm “z”"):
        fine_range(e, None, False, decree=ND98, point="z")


def test_article_without_verified_tiers_asks_for_manual_entry() -> None:
    # Điều 11 has its points a–d (below 20 triệu) from a secondary source; the higher points were not found.
    d11 = CATALOG.find("98/2020/NĐ-CP", 11, 1)
    assert fine_range(d11, 10 * TR, False, decree=ND98).point == "d"
    with pytest.raises(InspectorError, match="thủ công"):
        fine_range(d11, 25 * TR, False, decree=ND98)


def _entry(article: int, clause: int) -> dict:
    return {"id": f"t.{article}.{clause}", "decree": "98/2020/NĐ-CP", "article": article, "clause": clause,
            "text": "x", "source": "test", "confidence": "V", "valid_from": "2020-10-15", "basis": "fixed",
            "fine": {"min": 10 * TR, "max": 20 * TR}}


def test_organisation_amount_articles_halve_for_individuals_and_stay_for_organisations() -> None:
    listed = parse_entry(_entry(73, 6))
    assert (fine_range(listed, None, True, decree=ND98).min, fine_range(listed, None, True, decree=ND98).max) \
        == (10 * TR, 20 * TR)
    assert fine_range(listed, None, False, decree=ND98).max == 10 * TR
    # khoản 5 of the same article is not in the exception list: the usual ×2 applies.
    other = parse_entry(_entry(73, 5))
    assert fine_range(other, None, True, decree=ND98).max == 40 * TR
    assert fine_range(parse_entry(_entry(33, 1)), None, False, decree=ND98).max == 10 * TR


@pytest.mark.parametrize("bad", [-1, 10**15])
def test_negative_or_absurd_goods_value_is_refused(bad: int) -> None:
    with pytest.raises(InspectorError):
        fine_range(D15, bad, False, decree=ND98)


def test_goods_value_sums_values_and_quantity_times_unit_price() -> None:
    rows = [GoodsRow(id="1", name="A", unit="bao", quantity=Decimal("2.5"), unit_price=18_000),
            GoodsRow(id="2", name="B", unit="hộp", quantity=Decimal(1), value=1_000_000, valuation_basis="Giá niêm yết"),
            GoodsRow(id="3", name="C", unit="cái", quantity=Decimal(3))]
    value = goods_value(rows)
    assert (value.total, value.rows, value.missing, value.bases) == (1_045_000, 3, ("C",), ("Giá niêm yết",))
    with pytest.raises(ValidationError):
        goods_value([GoodsRow(id="4", name="D", unit="cái", quantity=Decimal(1), value=-5)])


def test_picked_amount_must_lie_in_the_range_and_prints_in_words() -> None:
    fine = fine_range(D15, 25 * TR, False, decree=ND98)
    assert check_fine_amount(fine, 6 * TR) == 6 * TR
    with pytest.raises(ValidationError, match="nằm ngoài khung"):
        check_fine_amount(fine, 11 * TR)
    assert amount_texts(5 * TR) == ("5.000.000 đồng", "Năm triệu đồng")
    assert format_dong(25_000_000) == "25.000.000 đồng"


def test_catalog_rejects_overlapping_tiers_and_bad_confidence() -> None:
    raw = {**_entry(15, 9), "basis": "value", "confidence": "X",
           "tiers": [{"point": "a", "min": 1, "max": 2, "value_below": 10, "confidence": "V"},
                     {"point": "b", "min": 2, "max": 3, "value_min": 5, "confidence": "V"}]}
    with pytest.raises(ValidationError) as err:
        parse_entry(raw)
    messages = str(err.value)
    assert "trùng khoảng" in messages and "mức tin cậy" in messages


def test_newer_valid_from_wins_on_dates_after_it_and_hq_wins_a_tie() -> None:
    newer = {**json.loads(json.dumps(D15.raw)), "valid_from": "2027-01-01", "source": "HQ"}
    newer["tiers"][0]["max"] = 1_500_000
    same_day = {**json.loads(json.dumps(D15.raw)), "text": "HQ correction"}
    cat = CATALOG.with_entries([parse_entry(newer, origin="hq"), parse_entry(same_day, origin="hq")])
    assert cat.find("98/2020", 15, 1, date(2026, 12, 31)).text == "HQ correction"
    assert cat.find("98/2020", 15, 1, date(2027, 1, 1)).tiers[0].max == 1_500_000
    with pytest.raises(InspectorError, match="có hiệu lực"):
        cat.find("98/2020", 15, 1, date(2019, 1, 1))


def test_catalog_search_folds_diacritics() -> None:
    assert [e.id for e in CATALOG.search("nhap lau")] == ["nd98.15.1"]
    assert {e.id for e in CATALOG.search("ghi nhan")} >= {"nd119.30.1"}


@given(st.integers(min_value=0, max_value=10**12), st.booleans())
def test_the_chosen_tier_contains_the_value_and_organisations_pay_double(value: int, org: bool) -> None:
    fine = fine_range(D15, value, org, decree=ND98)
    tier = next(t for t in D15.tiers if t.point == fine.point)
    assert tier.matches_value(value)
    assert fine.min <= fine.usual <= fine.max
    single = fine_range(D15, value, False, decree=ND98)
    assert (fine.min, fine.max) == ((2 * single.min, 2 * single.max) if org else (single.min, single.max))


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_fine_range_is_monotonic_in_goods_value(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert fine_range(D15, lo, False, decree=ND98).max <= fine_range(D15, hi, False, decree=ND98).max
