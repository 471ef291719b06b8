"""Document numbers (TT 22/2021 Điều 6).

Officer-issued documents: ``{seq}/{symbol}-{officer_no}``, the sequence per officer, per symbol, per
calendar year. Unit-issued decisions: ``{number}/{symbol}`` where the number is typed by the user or comes
from a block the HQ issues (8 digits: unit code, sub-unit code, 4-digit yearly sequence). Drafts have none.
"""

from __future__ import annotations

import re

from .errors import Problem
from .kinds import Issuer, KindSpec


def officer_number(seq: int, symbol: str, officer_no: str) -> str:
    """The printed number of an officer-issued document, e.g. ``15/BB-VPHC-12345``."""
    if seq <= 0:
        raise ValueError("sequence numbers start at 1")
    return f"{seq:02d}/{symbol}-{officer_no}"


def unit_number(typed: str, symbol: str) -> str:
    """The printed number of a unit-issued decision from what the user typed ("15" or "15/QĐ-XPHC")."""
    part = typed.strip()
    if "/" in part:
        part = part.split("/", 1)[0].strip()
    return f"{part}/{symbol}"


def typed_number_problem(typed: str, spec: KindSpec) -> Problem | None:
    """Problem with a number typed for a unit-issued decision, or None if it is acceptable."""
    if spec.issuer != Issuer.UNIT:
        return Problem("number", "Văn bản này do công chức lập, số được cấp tự động khi hoàn tất")
    text = typed.strip()
    if not text:
        return Problem("number", "Quyết định của đơn vị cần số do người dùng nhập hoặc do HQ cấp")
    head, _, tail = text.partition("/")
    if not re.fullmatch(r"\d{1,8}", head.strip()) or int(head) == 0:
        return Problem("number", "Số quyết định phải là số dương tối đa 8 chữ số (ví dụ 15 hoặc 01020015)")
    if tail and tail.strip() != spec.symbol:
        return Problem("number", f"Ký hiệu phải là {spec.symbol}")
    return None
