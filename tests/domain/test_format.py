"""The one money/quantity text and reading (domain.format): Vietnamese and English marks, never a changed value."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.format import (
    date_text,
    format_dong,
    money,
    money_or_none,
    parse_decimal,
    parse_money,
    parse_quantity,
    quantity,
    quantity_or_none,
)


@pytest.mark.parametrize("text, expected", [
    ("25000000", 25_000_000), ("25.000.000", 25_000_000), ("25,000,000", 25_000_000),
    ("25 000 000", 25_000_000), ("25\u00a0000\u00a0000", 25_000_000), ("1.250.000 đ", 1_250_000),
    ("1.250.000đồng", 1_250_000), ("2,500", 2_500), (" 0 ", 0), ("500.000 VNĐ", 500_000),
])
def test_money_reads_thousands_separators(text: str, expected: int) -> None:
    assert parse_money(text) == expected
    assert money_or_none(text) == expected


@pytest.mark.parametrize("text", ["2.5", "25,5", "1.25.000", "1.000,000", "-5000", "abc", "", "12.000.00", "1e6"])
def test_money_refuses_what_is_not_whole_dong(text: str) -> None:
    """The UI once stripped every dot, so "2.5" became 25 đồng; now it is refused."""
    with pytest.raises(InspectorError) as err:
        parse_money(text, "Đơn giá")
    assert err.value.code == "bad_amount"
    assert "Đơn giá" in err.value.message
    assert money_or_none(text) is None


def test_money_maximum_names_the_amount() -> None:
    with pytest.raises(InspectorError, match="không hợp lý"):
        parse_money("200.000.000.000.000", "Trị giá", maximum=10**14)
    assert parse_money("100.000.000.000.000", maximum=10**14) == 10**14


@pytest.mark.parametrize("text, expected", [
    ("2,5", "2.5"), ("2.5", "2.5"), ("10", "10"), ("1.234,5", "1234.5"), ("1,234.5", "1234.5"),
    ("1.234.567", "1234567"), ("1,234,567", "1234567"), ("0,001", "0.001"), (",5", "0.5"), ("1,500", "1.5"),
    ("2.50", "2.50"), ("12 345,6", "12345.6"),
])
def test_quantity_reads_both_conventions(text: str, expected: str) -> None:
    assert parse_quantity(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["1.500", "12.000"])
def test_a_single_dot_before_three_digits_is_refused_not_guessed(text: str) -> None:
    with pytest.raises(InspectorError) as err:
        parse_quantity(text)
    assert err.value.code == "ambiguous_number"
    assert "không rõ" in err.value.message
    assert quantity_or_none(text) is None


@pytest.mark.parametrize("text", ["0", "-2", "abc", "1.2.3", "1,2,3", "1.234.5", "1,23.4", "2,5,", "", "NaN", "Infinity"])
def test_quantity_refuses_non_quantities(text: str) -> None:
    with pytest.raises(InspectorError):
        parse_quantity(text)
    assert quantity_or_none(text) is None


def test_signed_decimal() -> None:
    assert parse_decimal("-2,5") == Decimal("-2.5")


@pytest.mark.parametrize("value, grouped, ungrouped", [
    ("1234.50", "1.234,5", "1234,5"), ("2.5", "2,5", "2,5"), ("10", "10", "10"), ("1E+3", "1.000", "1000"),
    ("0.000001", "0,000001", "0,000001"), ("1234567.25", "1.234.567,25", "1234567,25"),
])
def test_quantity_text(value: str, grouped: str, ungrouped: str) -> None:
    assert quantity(Decimal(value)) == grouped
    assert quantity(Decimal(value), grouped=False) == ungrouped


@given(st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10**9), places=3, allow_nan=False))
def test_quantity_text_reads_back_to_the_same_value(q: Decimal) -> None:
    """What the app writes in an edit field reads back unchanged (grouped text too, when it has a decimal part)."""
    assert parse_quantity(quantity(q, grouped=False)) == q
    text = quantity(q)
    if "," in text or "." not in text:
        assert parse_quantity(text) == q


@given(st.integers(min_value=0, max_value=10**14))
def test_money_text_reads_back(amount: int) -> None:
    assert parse_money(money(amount)) == amount
    assert parse_money(format_dong(amount)) == amount


def test_money_text() -> None:
    assert money(None) == ""
    assert money(1_250_000) == "1.250.000"
    assert money(-5000) == "-5.000"
    assert format_dong(25_000_000) == "25.000.000 đồng"


def test_date_text() -> None:
    assert date_text("2026-03-12T09:05:00") == "12/03/2026 09:05"
    assert date_text("2026-03-12") == "12/03/2026"
    assert date_text("") == ""
