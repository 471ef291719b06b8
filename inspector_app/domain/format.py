"""Money, quantity and date text: the one formatter and the one parser of each, for UI, CLI and forms.

Vietnamese writes "." between thousands and "," before decimals ("1.234,5"); officers also type the
English way ("2.5"). The parsers accept both where the reading is certain and refuse where it is not,
so a typed value is never silently changed:

- money is whole đồng: "25.000.000", "25,000,000", "25 000 000" and "25000000" are all 25 000 000, as
  long as every group after the first has three digits; "2.5" or "25,5" are refused (the UI once read
  "2.5" as 25);
- a quantity with both marks takes the last one as the decimal mark ("1.234,5" and "1,234.5" are
  1234.5); with one kind of mark, a single "," is the decimal mark ("2,5"), a single "." is the decimal
  mark unless exactly three digits follow it ("2.5" is 2.5, "1.500" is refused: 1500 or 1,5?), and two
  or more of the same mark in groups of three are thousands ("1.234.567").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from .errors import InspectorError

# Suffixes an amount may carry when typed or pasted.
_MONEY_UNITS = ("đồng", "vnđ", "vnd", "đ")
# "25", then groups of exactly three digits after one kind of separator.
_GROUPED = re.compile(r"^\d{1,3}(?:([.,_ ])\d{3})(?:\1\d{3})*$")
_PLAIN = re.compile(r"^\d+$")
T = TypeVar("T")


def money(amount: int | None) -> str:
    """Đồng in figures with "." between thousands: ``1250000`` → "1.250.000"; empty for None."""
    if amount is None:
        return ""
    return f"{amount:,}".replace(",", ".")


def format_dong(amount: int) -> str:
    """Money in running text: ``25000000`` → "25.000.000 đồng"."""
    return money(amount) + " đồng"


def quantity(value: Decimal, *, grouped: bool = True) -> str:
    """A quantity with "," as the decimal mark, no exponent and no trailing zeros: ``1234.50`` →
    "1.234,5" (``grouped=False`` → "1234,5", the form an edit field shows)."""
    if not value.is_finite():
        return str(value)
    # No normalize(): it rounds to the context precision (28 digits) and would change the value.
    text = format(value, "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-") or "0"
    frac = frac.rstrip("0")
    if grouped:
        whole = f"{int(whole):,}".replace(",", ".")
    if sign and whole == "0" and not frac:
        sign = ""
    return f"{sign}{whole},{frac}" if frac else f"{sign}{whole}"


def date_text(iso: str) -> str:
    """``YYYY-MM-DD[THH:MM…]`` shown as ``DD/MM/YYYY[ HH:MM]`` (how officers write dates)."""
    if len(iso) < 10:
        return iso
    out = f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"
    if len(iso) >= 16 and iso[10] == "T":
        out += " " + iso[11:16]
    return out


def _squeeze(text: str) -> str:
    """Drop spaces (also the no-break and narrow ones a paste brings) inside a number."""
    return "".join(text.replace("\u202f", " ").split())


def parse_money(text: str, what: str = "Số tiền", *, maximum: int | None = None) -> int:
    """Whole đồng typed with or without thousands separators; InspectorError (code ``bad_amount``) for
    an empty, negative, fractional, ambiguous or (above ``maximum``) absurd amount."""
    raw = text.strip()
    low = raw.lower()
    for unit in _MONEY_UNITS:
        if low.endswith(unit):
            raw = raw[: -len(unit)].strip()
            break
    raw = raw.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if raw.startswith("-"):
        raise InspectorError(f"{what} không được âm: {text}.", code="bad_amount")
    if _GROUPED.match(raw):
        raw = re.sub(r"[.,_ ]", "", raw)
    if not _PLAIN.match(raw):
        raise InspectorError(
            f"{what} phải là số nguyên đồng (ví dụ 25000000 hoặc 25.000.000), không phải “{text}”.",
            code="bad_amount")
    value = int(raw)
    if maximum is not None and value > maximum:
        raise InspectorError(f"{what} {format_dong(value)} không hợp lý.", code="bad_amount")
    return value


def money_or_none(text: str) -> int | None:
    """``parse_money`` for an edit field: None when the text is empty or not an amount."""
    return _or_none(parse_money, text)


def _or_none(parse: Callable[[str], T], text: str) -> T | None:
    try:
        return parse(text)
    except InspectorError:
        return None


def parse_decimal(text: str, what: str = "Số") -> Decimal:
    """A number typed Vietnamese-style ("1.234,5") or English-style ("1,234.5"); InspectorError (code
    ``bad_number``) when it is not a number or its reading is not certain (see the module docstring)."""
    raw = _squeeze(text.strip())
    bad = InspectorError(f"{what} phải là một số (ví dụ 2,5 hoặc 1.250), không phải “{text}”.", code="bad_number")
    sign = ""
    if raw.startswith(("+", "-")):
        sign, raw = raw[0].replace("+", ""), raw[1:]
    if raw.startswith((".", ",")):  # ",5" is half, whichever mark it is
        raw = "0" + raw
    if not raw or not re.fullmatch(r"[\d.,]+", raw) or not raw[0].isdigit() or not raw[-1].isdigit():
        raise bad
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        mark = "," if raw.rfind(",") > raw.rfind(".") else "."
        group = "." if mark == "," else ","
        whole, frac = raw.rsplit(mark, 1)
        if group not in whole or mark in whole or not _GROUPED.match(whole):
            raise bad
        number = whole.replace(group, "") + "." + frac
    elif dots + commas == 0:
        number = raw
    elif dots + commas == 1:
        mark = "." if dots else ","
        whole, frac = raw.split(mark)
        if mark == "." and len(frac) == 3:
            raise InspectorError(
                f"{what} “{text}” không rõ nghĩa: viết {whole}{frac} (không dấu chấm) hoặc {whole},{frac}.",
                code="ambiguous_number")
        number = f"{whole}.{frac}"
    else:
        if not _GROUPED.match(raw):
            raise bad
        number = re.sub(r"[.,]", "", raw)
    try:
        value = Decimal(sign + number)
    except InvalidOperation:
        raise bad from None
    if not value.is_finite():
        raise bad
    return value


def parse_quantity(text: str, what: str = "Số lượng") -> Decimal:
    """A quantity (> 0) read by ``parse_decimal``; InspectorError when it is not one."""
    value = parse_decimal(text, what)
    if value <= 0:
        raise InspectorError(f"{what} phải lớn hơn 0 (đã nhập “{text}”).", code="bad_number")
    return value


def quantity_or_none(text: str) -> Decimal | None:
    """``parse_quantity`` for an edit field: None when the text is empty or not a quantity > 0."""
    return _or_none(parse_quantity, text)
