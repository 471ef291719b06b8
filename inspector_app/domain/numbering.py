"""Document numbers (TT 22/2021 Điều 6).

Officer-issued documents: ``{seq}/{symbol}-{officer_no}``, the sequence per officer, per symbol, per
calendar year, and ``officer_no`` is the số hiệu of the officer who signs the document (the người lập biên
bản, or the Trưởng đoàn for the TT 22 minutes), never the officer who typed it. Unit-issued decisions:
``{number}/{symbol}`` where the number is typed by the user or comes from a block the HQ issues, always 8
digits (unit code, sub-unit code, 4-digit yearly sequence; Điều 6 khoản 2). Any document may instead be
finalised with its number left blank, to be written by hand from the register after signing (khoản 1, 4).
Drafts have none.
"""

from __future__ import annotations

import re

from .errors import Problem
from .kinds import Issuer, KindSpec
from .model import Document, Role

UNIT_NUMBER_DIGITS = 8  # TT 22/2021/TT-BCT Điều 6 khoản 2 (Pháp điển 34.11.TT.7.6)


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
    if not re.fullmatch(rf"\d{{{UNIT_NUMBER_DIGITS}}}", head.strip()) or int(head) == 0:
        return Problem("number", "Số quyết định của đơn vị gồm đúng 8 chữ số theo Thông tư 22/2021/TT-BCT Điều 6 "
                                 "(mã đơn vị, mã bộ phận và số thứ tự 4 chữ số, ví dụ 01020015), hoặc để trống "
                                 "để ghi số bằng tay từ sổ đăng ký")
    if tail and tail.strip() != spec.symbol:
        return Problem("number", f"Ký hiệu phải là {spec.symbol}")
    return None


def signer_officer_no(doc: Document) -> str:
    """The số hiệu of the officer who signs ``doc`` for the issuer ("" if that officer has none).

    NĐ 118 minutes are signed by the người lập biên bản (else the Trưởng đoàn); the TT 22 minutes and the
    bảng kê by the Trưởng đoàn (else the người lập biên bản).
    """
    order = (Role.TEAM_LEAD, Role.DRAFTER) if doc.kind.startswith("tt22.") else (Role.DRAFTER, Role.TEAM_LEAD)
    for role in order:
        for p in doc.participants:
            if p.role == role:
                return p.officer_no.strip()
    return ""
