"""What a printed form needs before a team leader can sign it, checked when a document is finalised.

These are the form-level rules of the forms review (forms-review.md): the inspection period of a QĐ-KT,
references to other documents with their number and date, remedies with their deadline, confiscation
with its list, an annex citation that is complete, the 2025 form version for documents issued after the
2025 amendments. The legal rule set (fine ranges, authority, thresholds) lives elsewhere; every limit here
is read from the form texts (resources/forms), never written in code.
"""

from __future__ import annotations

import re

from inspector_app.domain.errors import Problem
from inspector_app.domain.model import Document
from inspector_app.domain.text import fold

from .texts import TextsError, available_versions, load_texts

# Free-text fields in which officers refer to other documents.
_REFERENCE_FIELDS = ("basis", "preventive_measures", "measures", "additional_penalties", "remedies",
                     "seal_statement", "contents_check", "opening_reason", "storage_place", "extra_basis")
_DOCUMENT_WORD = r"(bien ban|bang ke|quyet dinh)"
# "theo bảng kê", "tại Biên bản tạm giữ …": a pointer that must say which document.
_POINTER = re.compile(r"\b(theo|tai|trong|kem theo|can cu)\s+" + _DOCUMENT_WORD + r"\b")
_NUMBERED = re.compile(r"\b" + _DOCUMENT_WORD + r"\b[^;]*?\bso\b\s*:?\s*\S*\d")
_THIS = re.compile(r"^\s*(nay|neu tren|kem theo (bien ban|quyet dinh) nay)\b")
_DATED = re.compile(r"\bngay\s+\d{1,2}(\s*/\s*\d{1,2}\s*/\s*\d{4}|\s+thang\s+\d{1,2}\s+nam\s+\d{4})")
_NUMBER = re.compile(r"\bso\b\s*:?\s*\S*\d")


def _clauses(text: str) -> list[str]:
    # A clause ends at ";" or at a full stop followed by a space or the end ("2.000 bao" is not an end).
    return [c.strip() for c in re.split(r";|\.(?=\s|$)|\n", text) if c.strip()]


def vague_references(text: str) -> list[str]:
    """Clauses of ``text`` that point to another document without its number and date (review M11)."""
    out: list[str] = []
    for original in _clauses(text):
        clause = fold(original)
        for m in _POINTER.finditer(clause):
            rest = clause[m.end():]
            if _THIS.match(rest):
                continue
            if not (_NUMBER.search(rest) and _DATED.search(rest)):
                out.append(original)
                break
        else:
            if _NUMBERED.search(clause) and not _DATED.search(clause):
                out.append(original)
    return out


def _int(doc: Document, key: str) -> int | None:
    value = doc.fields.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(doc: Document, key: str) -> str:
    value = doc.fields.get(key)
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return str(value).strip() if isinstance(value, str) else ""


def content_problems(doc: Document) -> list[Problem]:
    """Form-level problems that stop ``doc`` from being finalised, each saying what to do."""
    try:
        t = load_texts(doc.kind, doc.form_version)
    except TextsError:
        return []  # the registry reports unknown kinds and versions
    problems: list[Problem] = []
    newest = t.raw("form_version_since", None)
    if (isinstance(newest, dict) and doc.form_version in newest.get("outdated", [])
            and doc.issued_at[:10] >= str(newest.get("date", "9999")) and "2025" in available_versions(doc.kind)):
        since = "/".join(reversed(str(newest["date"]).split("-")))
        problems.append(Problem("form_version", f"Văn bản lập từ ngày {since} phải dùng mẫu 2025 "
                                                "(căn cứ theo các văn bản sửa đổi năm 2025)"))

    if doc.kind == "tt22.m01":
        limits = t.raw("duration_limits")
        days = _int(doc, "duration_days")
        if days is not None and days > int(limits["extended_days"]):
            problems.append(Problem("fields.duration_days",
                                    f"Thời hạn kiểm tra tối đa {int(limits['extended_days']):02d} ngày làm việc "
                                    "(Pháp lệnh Quản lý thị trường Điều 22 khoản 2)"))
        elif days is not None and days > int(limits["days"]) and not _text(doc, "extension_ref"):
            problems.append(Problem("fields.duration_days",
                                    f"Thời hạn kiểm tra không quá {int(limits['days']):02d} ngày làm việc; quá "
                                    "thời hạn này phải có văn bản kéo dài của người ban hành quyết định: ghi số, "
                                    "ngày của văn bản đó (Pháp lệnh Quản lý thị trường Điều 22 khoản 2)"))

    if doc.kind == "nd118.mbb01" and doc.violations:
        acts = doc.fields.get("explanation_acts")
        if not acts and doc.fields.get("explanation_right") not in ("none", "direct", "written"):
            problems.append(Problem("fields.explanation_acts",
                                    "Chưa xác định quyền giải trình của từng hành vi (có/không, theo khoản 1 Điều "
                                    "61 Luật Xử lý vi phạm hành chính)"))
        elif isinstance(acts, list) and len(acts) != len(doc.violations):
            problems.append(Problem("fields.explanation_acts",
                                    f"Quyền giải trình phải ghi cho đủ {len(doc.violations)} hành vi, theo thứ tự"))

    if doc.kind == "nd118.mqd02":
        if _text(doc, "remedies") and not (_int(doc, "remedies_days") or 0) > 0:
            problems.append(Problem("fields.remedies_days",
                                    "Biện pháp khắc phục hậu quả phải có thời hạn thực hiện (số ngày, kể từ ngày "
                                    "nhận được Quyết định)"))
        confiscation = fold(_text(doc, "additional_penalties"))
        if "tich thu" in confiscation and not doc.goods and not (
                _NUMBER.search(confiscation) and _DATED.search(confiscation)):
            problems.append(Problem("fields.additional_penalties",
                                    "Tịch thu phải kèm danh sách tang vật (thêm hàng hóa bị tịch thu vào quyết "
                                    "định) hoặc dẫn chiếu biên bản có danh sách đó, ghi số và ngày"))

    if _text(doc, "annex_number"):
        for key, label in (("annex_date", "ngày"), ("annex_sheets", "số tờ"),
                           ("annex_parent", "biên bản mà bảng kê kèm theo")):
            if not _text(doc, key) and _int(doc, key) is None:
                problems.append(Problem(f"fields.{key}", f"Dẫn chiếu bảng kê phải ghi {label}"))

    for key in _REFERENCE_FIELDS:
        for clause in vague_references(_text(doc, key)):
            problems.append(Problem(f"fields.{key}",
                                    f"Dẫn chiếu văn bản chưa rõ (“{clause}”): ghi số và ngày của văn bản "
                                    "(TT 22/2021/TT-BCT Điều 5 khoản 4)"))
    return problems
