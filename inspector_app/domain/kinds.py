"""The eight official document kinds, their symbols and the form-specific fields each one requires.

The ids (``tt22.m01`` …) are used everywhere: storage, CLI, sync and file names. The field specs are the
contract between the domain, the demo data, the PDF templates and the editor in the UI.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

# Keyword of a rendered PDF whose last page is the back-page receipt ("<In ở mặt sau>"): the print path
# puts that page on the back of the last sheet (forms write it, ui/printing.py reads it).
RECEIPT_PDF_KEYWORD = "receipt-on-back"


class Issuer(StrEnum):
    """Who numbers a document: an officer on duty (yearly sequence) or the unit (typed / HQ block)."""

    OFFICER = "officer"
    UNIT = "unit"


class FieldType(StrEnum):
    """Value type of a form-specific field in ``Document.fields``."""

    TEXT = "text"  # one line
    LONGTEXT = "longtext"  # several lines
    DATE = "date"  # YYYY-MM-DD
    DATETIME = "datetime"  # YYYY-MM-DDTHH:MM:SS (local time, Asia/Ho_Chi_Minh)
    INT = "int"
    MONEY = "money"  # integer đồng
    BOOL = "bool"
    LINES = "lines"  # list of strings
    CHOICE = "choice"  # one of the spec's choice codes (stored as the code, shown as its label)


@dataclass(frozen=True)
class FieldSpec:
    """One form-specific field: key in ``Document.fields``, type, required or not, its Vietnamese label; a
    CHOICE field lists its (stored code, Vietnamese label) pairs. The labels come from
    ``resources/forms/fields.json`` (the one mapping the HQ console reads too), filled in below."""

    key: str
    type: FieldType
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()
    label: str = ""

    def choice_label(self, code: str) -> str:
        """The Vietnamese label of choice ``code`` ("" if it is not one)."""
        return dict(self.choices).get(code, "")


@dataclass(frozen=True)
class KindSpec:
    """What a document kind is and what it needs before it can be finalised."""

    id: str
    form: str
    symbol: str
    title: str
    subtitle: str
    issuer: Issuer
    copies: int
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    needs_subject: bool = True
    needs_goods: bool = False
    needs_violations: bool = False
    needs_seals: bool = False
    is_decision: bool = False

    def field(self, key: str) -> FieldSpec | None:
        """The spec of field ``key``, or None if this kind has no such field."""
        for spec in self.fields:
            if spec.key == key:
                return spec
        return None


T = FieldType


def _codes(*codes: str) -> tuple[tuple[str, str], ...]:
    """The codes of a CHOICE field; their labels are filled from the labels file."""
    return tuple((code, "") for code in codes)


def labels_file() -> Path:
    """``resources/forms/fields.json``: in the checkout, or in the bundle's folder when frozen (PyInstaller)."""
    root = Path(getattr(sys, "_MEIPASS", "") or Path(__file__).resolve().parents[2])
    return root / "resources" / "forms" / "fields.json"


def _labelled(kinds: dict[str, KindSpec]) -> dict[str, KindSpec]:
    """Every field spec with its label and choice labels from the labels file (a missing one is an error at
    start-up, not a blank label on screen)."""
    data = json.loads(labels_file().read_text(encoding="utf-8"))
    out = {}
    for kind_id, kind in kinds.items():
        labels, choices = data["fields"][kind_id], data["choices"].get(kind_id, {})
        fields = tuple(replace(f, label=labels[f.key],
                               choices=tuple((code, choices[f.key][code]) for code, _ in f.choices))
                       for f in kind.fields)
        out[kind_id] = replace(kind, fields=fields)
    return out

_CLOSING = (
    FieldSpec("closed_at", T.DATETIME, True),
    FieldSpec("copies", T.INT),
    FieldSpec("reason_not_at_scene", T.LONGTEXT),
)

# A long goods list may cite an existing, final bảng kê instead of being listed (or annexed) in the minutes.
_ANNEX_CITATION = (
    FieldSpec("annex_number", T.TEXT),
    FieldSpec("annex_date", T.DATE),
    FieldSpec("annex_sheets", T.TEXT),
    FieldSpec("annex_parent", T.TEXT),
)

KINDS: dict[str, KindSpec] = {
    k.id: k
    for k in (
        KindSpec(
            id="tt22.m01",
            form="TT 22 Mẫu 01",
            symbol="QĐ-KT",
            title="QUYẾT ĐỊNH",
            subtitle="Kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
            issuer=Issuer.UNIT,
            copies=3,
            is_decision=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, True),
                FieldSpec("inspection_place", T.TEXT, True),
                FieldSpec("scope", T.LONGTEXT, True),
                FieldSpec("duration_days", T.INT, True),
                FieldSpec("extension_ref", T.TEXT),
                FieldSpec("signer_title", T.TEXT, True),
                FieldSpec("signer_name", T.TEXT, True),
                FieldSpec("signer_is_deputy", T.BOOL),
                FieldSpec("recipients", T.LINES),
            ),
        ),
        KindSpec(
            id="tt22.m06",
            form="TT 22 Mẫu 06",
            symbol="BB-KT",
            title="BIÊN BẢN KIỂM TRA",
            subtitle="Việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa, dịch vụ",
            issuer=Issuer.OFFICER,
            copies=2,
            fields=(
                FieldSpec("decision_number", T.TEXT, True),
                FieldSpec("decision_date", T.DATE, True),
                FieldSpec("decision_issuer", T.TEXT, True),
                FieldSpec("results", T.LONGTEXT, True),
                FieldSpec("violations_found", T.LONGTEXT),
                FieldSpec("measures", T.LONGTEXT),
                FieldSpec("subject_opinion", T.LONGTEXT),
                FieldSpec("witness_opinion", T.LONGTEXT),
                FieldSpec("team_opinion", T.LONGTEXT),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="tt22.m10",
            form="TT 22 Mẫu 10",
            symbol="BK",
            title="BẢNG KÊ",
            subtitle="Tang vật, phương tiện, hàng hóa, giấy tờ",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_goods=True,
            fields=(
                FieldSpec("attached_to", T.TEXT, True),
                FieldSpec("attached_to_id", T.TEXT),
                FieldSpec("attached_to_date", T.DATE),
            ),
        ),
        KindSpec(
            id="nd118.mbb01",
            form="NĐ 118 MBB01",
            symbol="BB-VPHC",
            title="BIÊN BẢN VI PHẠM HÀNH CHÍNH",
            subtitle="Về hoạt động thương mại, sản xuất, buôn bán hàng giả, hàng cấm và bảo vệ quyền lợi người tiêu dùng",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_violations=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT),
                FieldSpec("violation_time", T.DATETIME, True),
                FieldSpec("violation_place", T.TEXT, True),
                FieldSpec("injured_party", T.LONGTEXT),
                FieldSpec("subject_opinion", T.LONGTEXT),
                FieldSpec("witness_opinion", T.LONGTEXT),
                FieldSpec("injured_opinion", T.LONGTEXT),
                FieldSpec("preventive_measures", T.LONGTEXT),
                FieldSpec("seized_in_minutes", T.BOOL),
                FieldSpec("explanation_right", T.CHOICE, choices=_codes("none", "direct", "written")),
                FieldSpec("explanation_acts", T.LINES),
                FieldSpec("authorized_rep", T.TEXT),
                FieldSpec("authorized_rep_gender", T.TEXT),
                FieldSpec("guardian", T.TEXT),
                FieldSpec("explanation_to", T.TEXT),
                FieldSpec("appointment_at", T.DATETIME),
                FieldSpec("appointment_place", T.TEXT),
                FieldSpec("electronic_contact", T.TEXT),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb15",
            form="NĐ 118 MBB15",
            symbol="BB-TG",
            title="BIÊN BẢN",
            subtitle="Tạm giữ tang vật, phương tiện vi phạm hành chính, giấy phép, chứng chỉ hành nghề",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_goods=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, True),
                FieldSpec("reason", T.LONGTEXT, True),
                FieldSpec("owner", T.LONGTEXT),
                FieldSpec("seal_statement", T.LONGTEXT),
                FieldSpec("storage_place", T.TEXT),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb26",
            form="NĐ 118 MBB26",
            symbol="BB-NP",
            title="BIÊN BẢN",
            subtitle="Niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_seals=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, True),
                FieldSpec("storage_place", T.TEXT, True),
                FieldSpec("keeper", T.TEXT, True),
                FieldSpec("method", T.LONGTEXT),
                *_CLOSING,
                *_ANNEX_CITATION,
            ),
        ),
        KindSpec(
            id="nd118.mbb27",
            form="NĐ 118 MBB27",
            symbol="BB-MNP",
            title="BIÊN BẢN",
            subtitle="Mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ theo thủ tục hành chính",
            issuer=Issuer.OFFICER,
            copies=2,
            needs_seals=True,
            fields=(
                FieldSpec("basis", T.LONGTEXT, True),
                FieldSpec("opening_reason", T.LONGTEXT, True),
                FieldSpec("contents_check", T.LONGTEXT, True),
                FieldSpec("after_opening", T.LONGTEXT),
                *_CLOSING,
            ),
        ),
        KindSpec(
            id="nd118.mqd02",
            form="NĐ 118 MQĐ02",
            symbol="QĐ-XPHC",
            title="QUYẾT ĐỊNH",
            subtitle="Xử phạt vi phạm hành chính",
            issuer=Issuer.UNIT,
            copies=3,
            is_decision=True,
            needs_violations=True,
            fields=(
                FieldSpec("signer_title", T.TEXT, True),
                FieldSpec("signer_name", T.TEXT, True),
                FieldSpec("signer_is_deputy", T.BOOL),
                FieldSpec("mbb01_number", T.TEXT, True),
                FieldSpec("mbb01_date", T.DATE, True),
                FieldSpec("extra_basis", T.LINES),
                FieldSpec("aggravating", T.LONGTEXT),
                FieldSpec("mitigating", T.LONGTEXT),
                FieldSpec("fine_total", T.MONEY, True),
                FieldSpec("additional_penalties", T.LONGTEXT),
                FieldSpec("remedies", T.LONGTEXT),
                FieldSpec("remedies_days", T.INT),
                FieldSpec("effective_date", T.DATE, True),
                FieldSpec("payment_account", T.TEXT, True),
                FieldSpec("payment_days", T.INT),
                FieldSpec("recipients", T.LINES),
            ),
        ),
    )
}
KINDS = _labelled(KINDS)


_PLACES = {"goods": "Hàng hóa, dòng {n}", "violations": "Hành vi vi phạm {n}", "seals": "Niêm phong {n}",
           "participants": "Người tham gia {n}", "attachments": "Tệp đính kèm {n}"}
_TOP_PLACES = {"number": "Số văn bản", "place": "Địa điểm lập", "issued_at": "Thời điểm lập", "subject": "Đối tượng",
               "goods": "Hàng hóa", "violations": "Hành vi vi phạm", "seals": "Niêm phong",
               "participants": "Người tham gia", "form_version": "Phiên bản mẫu"}
_INDEXED = re.compile(r"^(\w+)[\[.](\d+)\]?")


def field_place(path: str) -> str:
    """Where a problem lies, in the officer's words ("fields.closed_at" → the field's label, "goods[3].name" →
    "Hàng hóa, dòng 4"); "" when the path names nothing the officer sees. The path itself (an internal id)
    stays in logs and JSON only."""
    if path.startswith("$"):
        return path  # a place in a JSON file the officer gave (import): the only way to find it there
    if path.startswith("fields."):
        key = path[7:].split(".", 1)[0].split("[", 1)[0]
        for spec in KINDS.values():
            found = spec.field(key)
            if found is not None and found.label:
                return found.label
        return ""
    indexed = _INDEXED.match(path)
    if indexed and indexed.group(1) in _PLACES:
        return _PLACES[indexed.group(1)].format(n=int(indexed.group(2)) + 1)
    return _TOP_PLACES.get(path.split(".", 1)[0].split("[", 1)[0], "")
