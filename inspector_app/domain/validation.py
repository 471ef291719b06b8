"""Validation that reports every problem at once, each with its field path and a Vietnamese message.

Rules follow legal-forms.md §4 and §10.5: the fields each form requires, the people who must be named,
witnesses when the subject refuses to sign, check digits of tax codes, CCCD numbers and GS1 barcodes.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from .checks import barcode_problem, cccd_problem, tax_code_problem
from .errors import Problem
from .format import format_dong, quantity
from .kinds import KINDS, FieldSpec, FieldType, Issuer
from .model import Document, GoodsRow, Participant, Role, Subject, SubjectKind

# The field of the problem "too many goods for the minutes: draw up a bảng kê (TT 22 Mẫu 10)", so the UI can
# offer to do it.
ANNEX_PROBLEM = "goods.annex"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")


def parse_date(text: str) -> date | None:
    """Parse ``YYYY-MM-DD``; None if it is not a real date."""
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime | None:
    """Parse ``YYYY-MM-DDTHH:MM[:SS]`` (local time); None if it is not a real moment."""
    if not _DATETIME.fullmatch(text):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _check_past_date(text: str, path: str, label: str, today: date, problems: list[Problem]) -> None:
    if not text:
        return
    parsed = parse_date(text)
    if parsed is None:
        problems.append(Problem(path, f"{label} không đúng định dạng ngày (YYYY-MM-DD)"))
    elif parsed > today:
        problems.append(Problem(path, f"{label} không được ở tương lai"))


def _check_past_datetime(text: str, path: str, label: str, now: datetime, problems: list[Problem]) -> None:
    if not text:
        return
    parsed = parse_datetime(text)
    if parsed is None:
        problems.append(Problem(path, f"{label} không đúng định dạng thời gian (YYYY-MM-DDTHH:MM)"))
    elif parsed.date() > now.date():
        problems.append(Problem(path, f"{label} không được ở tương lai"))


def validate_subject(subject: Subject, today: date, path: str = "subject") -> list[Problem]:
    """Every problem of a subject: name, identity numbers with their check digits, dates."""
    problems: list[Problem] = []
    if not subject.name.strip():
        problems.append(Problem(f"{path}.name", "Chưa nhập tên đối tượng"))
    if not subject.address.strip() and subject.kind != SubjectKind.ONLINE_SELLER:
        problems.append(Problem(f"{path}.address", "Chưa nhập địa chỉ"))
    if subject.kind == SubjectKind.INDIVIDUAL:
        if subject.id_number:
            msg = cccd_problem(subject.id_number, subject.birth_date, subject.gender)
            if msg:
                problems.append(Problem(f"{path}.id_number", msg))
        _check_past_date(subject.birth_date, f"{path}.birth_date", "Ngày sinh", today, problems)
        _check_past_date(subject.id_issued_date, f"{path}.id_issued_date", "Ngày cấp", today, problems)
    elif subject.kind == SubjectKind.ORGANIZATION:
        if not subject.tax_code:
            problems.append(Problem(f"{path}.tax_code", "Chưa nhập mã số doanh nghiệp/mã số thuế"))
        if not subject.representative.strip():
            problems.append(Problem(f"{path}.representative", "Chưa nhập người đại diện theo pháp luật"))
        _check_past_date(
            subject.registration_date, f"{path}.registration_date", "Ngày cấp đăng ký", today, problems
        )
    elif subject.kind == SubjectKind.ONLINE_SELLER:
        if not subject.platform.strip():
            problems.append(Problem(f"{path}.platform", "Chưa nhập sàn/nền tảng bán hàng"))
        if not (subject.shop_url.strip() or subject.account_id.strip()):
            problems.append(Problem(f"{path}.shop_url", "Cần địa chỉ gian hàng hoặc mã tài khoản người bán"))
        elif subject.shop_url and not re.match(r"https?://", subject.shop_url):
            problems.append(Problem(f"{path}.shop_url", "Địa chỉ gian hàng phải bắt đầu bằng http:// hoặc https://"))
        if subject.id_number:
            msg = cccd_problem(subject.id_number, subject.birth_date, subject.gender)
            if msg:
                problems.append(Problem(f"{path}.id_number", msg))
        if subject.seller_is_organization and not subject.tax_code:
            problems.append(Problem(f"{path}.tax_code",
                                    "Người bán là tổ chức: chưa nhập mã số doanh nghiệp/mã số thuế"))
    if subject.tax_code:
        msg = tax_code_problem(subject.tax_code)
        if msg:
            problems.append(Problem(f"{path}.tax_code", msg))
    return problems


# Sanity bounds of a goods row (not law: the app's guard against a scan or a slip landing in a number cell).
# Above the hard limits a value is refused; above the "large" ones the UI asks the officer to confirm.
MAX_QUANTITY = Decimal(1_000_000_000)
MAX_UNIT_PRICE = 1_000_000_000_000  # 1.000 tỷ đồng per unit
MAX_VALUE = 100_000_000_000_000  # 100.000 tỷ đồng per row
LARGE_QUANTITY = Decimal(100_000)
LARGE_UNIT_PRICE = 1_000_000_000  # 1 tỷ đồng per unit
LARGE_VALUE = 10_000_000_000  # 10 tỷ đồng per row


def goods_row_warnings(row: GoodsRow) -> list[str]:
    """Values that are allowed but unusual enough that the officer must confirm them (a barcode typed into
    the quantity, a price with three zeros too many)."""
    warnings = []
    for label, text in (("Tên hàng hóa", row.name), ("Nhãn hiệu", row.brand), ("Xuất xứ", row.origin),
                        ("Đơn vị tính", row.unit), ("Ghi chú", row.note)):
        if text.strip().isdigit() and len(text.strip()) >= 8:
            warnings.append(f"{label} “{text.strip()}” trông như một mã vạch")
    if isinstance(row.quantity, Decimal) and row.quantity.is_finite() and row.quantity > LARGE_QUANTITY:
        warnings.append(f"Số lượng {quantity(row.quantity)} {row.unit} rất lớn")
    if row.unit_price is not None and row.unit_price > LARGE_UNIT_PRICE:
        warnings.append(f"Đơn giá {format_dong(row.unit_price)} rất lớn")
    if row.value is not None and row.value > LARGE_VALUE:
        warnings.append(f"Trị giá {format_dong(row.value)} rất lớn")
    return warnings


def validate_goods_row(row: GoodsRow, path: str) -> list[Problem]:
    """Problems of one goods row: name, unit, 0 < quantity ≤ MAX_QUANTITY, 0 ≤ prices within the sanity
    limits, barcode check digit."""
    problems: list[Problem] = []
    if not row.name.strip():
        problems.append(Problem(f"{path}.name", "Chưa nhập tên hàng hóa"))
    if not row.unit.strip():
        problems.append(Problem(f"{path}.unit", "Chưa nhập đơn vị tính"))
    if not isinstance(row.quantity, Decimal) or not row.quantity.is_finite() or row.quantity <= 0:
        problems.append(Problem(f"{path}.quantity", "Số lượng phải lớn hơn 0"))
    elif row.quantity > MAX_QUANTITY:
        problems.append(Problem(f"{path}.quantity", f"Số lượng không được vượt quá {quantity(MAX_QUANTITY)}"))
    if row.unit_price is not None and row.unit_price < 0:
        problems.append(Problem(f"{path}.unit_price", "Đơn giá không được âm"))
    elif row.unit_price is not None and row.unit_price > MAX_UNIT_PRICE:
        problems.append(Problem(f"{path}.unit_price", f"Đơn giá không được vượt quá {format_dong(MAX_UNIT_PRICE)}"))
    if row.value is not None and row.value < 0:
        problems.append(Problem(f"{path}.value", "Trị giá không được âm"))
    elif row.value is not None and row.value > MAX_VALUE:
        problems.append(Problem(f"{path}.value", f"Trị giá không được vượt quá {format_dong(MAX_VALUE)}"))
    if row.barcode and row.barcode.isdigit() and len(row.barcode) in (8, 12, 13, 14):
        msg = barcode_problem(row.barcode)
        if msg:
            problems.append(Problem(f"{path}.barcode", msg))
    return problems


def _check_field(spec: FieldSpec, value: object, path: str, now: datetime, problems: list[Problem]) -> None:
    if value is None or value == "" or value == []:
        if spec.required:
            problems.append(Problem(path, f"Chưa nhập: {spec.label}"))
        return
    t = spec.type
    if t in (FieldType.TEXT, FieldType.LONGTEXT):
        if not isinstance(value, str):
            problems.append(Problem(path, f"{spec.label} phải là văn bản"))
        elif spec.required and not value.strip():
            problems.append(Problem(path, f"Chưa nhập: {spec.label}"))
    elif t == FieldType.DATE:
        if not isinstance(value, str) or parse_date(value) is None:
            problems.append(Problem(path, f"{spec.label} không đúng định dạng ngày (YYYY-MM-DD)"))
    elif t == FieldType.DATETIME:
        if not isinstance(value, str) or parse_datetime(value) is None:
            problems.append(Problem(path, f"{spec.label} không đúng định dạng thời gian (YYYY-MM-DDTHH:MM)"))
    elif t in (FieldType.INT, FieldType.MONEY):
        if isinstance(value, bool) or not isinstance(value, int):
            problems.append(Problem(path, f"{spec.label} phải là số nguyên"))
        elif value <= 0:
            problems.append(Problem(path, f"{spec.label} phải lớn hơn 0"))
    elif t == FieldType.BOOL:
        if not isinstance(value, bool):
            problems.append(Problem(path, f"{spec.label} phải là có/không"))
    elif t == FieldType.LINES:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(Problem(path, f"{spec.label} phải là danh sách dòng văn bản"))
    elif t == FieldType.CHOICE:
        if not isinstance(value, str) or not spec.choice_label(value):
            options = "; ".join(label for _code, label in spec.choices)
            problems.append(Problem(path, f"{spec.label}: hãy chọn một trong: {options}"))


def _people(doc: Document, *roles: Role) -> list[Participant]:
    return [p for p in doc.participants if p.role in roles]


def validate_document(doc: Document, now: datetime) -> list[Problem]:
    """Every problem that stops ``doc`` from being finalised (an empty list means it can be)."""
    problems: list[Problem] = []
    spec = KINDS.get(doc.kind)
    if spec is None:
        return [Problem("kind", f"Loại văn bản không được hỗ trợ: {doc.kind}")]
    today = now.date()
    if not doc.place.strip():
        problems.append(Problem("place", "Chưa nhập địa điểm lập văn bản"))
    if not doc.issued_at:
        problems.append(Problem("issued_at", "Chưa nhập thời điểm lập văn bản"))
    else:
        _check_past_datetime(doc.issued_at, "issued_at", "Thời điểm lập văn bản", now, problems)
    for key, label in (("code", "mã đơn vị"), ("name", "tên đơn vị"), ("parent_name", "tên cơ quan chủ quản"),
                       ("place_name", "địa danh")):
        if not str(getattr(doc.unit, key)).strip():
            problems.append(Problem(f"unit.{key}", f"Chưa cấu hình {label}"))

    if spec.needs_subject:
        if doc.subject is None:
            problems.append(Problem("subject", "Chưa nhập đối tượng (cá nhân/tổ chức)"))
        else:
            problems.extend(validate_subject(doc.subject, today))

    for i, p in enumerate(doc.participants):
        if not p.full_name.strip():
            problems.append(Problem(f"participants[{i}].full_name", "Chưa nhập họ tên"))
        if p.refused_to_sign and not p.refusal_reason.strip():
            problems.append(Problem(f"participants[{i}].refusal_reason", "Ghi rõ lý do không ký biên bản"))

    leads = _people(doc, Role.TEAM_LEAD)
    drafters = _people(doc, Role.DRAFTER, Role.TEAM_LEAD)
    if doc.kind == "tt22.m01":
        team = _people(doc, Role.TEAM_LEAD, Role.TEAM_MEMBER)
        if len(leads) != 1:
            problems.append(Problem("participants", "Đoàn kiểm tra phải có đúng một Trưởng đoàn"))
        if len(team) < 2:
            problems.append(Problem("participants", "Đoàn kiểm tra phải có ít nhất 2 công chức"))
        for i, p in enumerate(doc.participants):
            if p.role == Role.TEAM_LEAD and not p.card_no.strip():
                problems.append(Problem(f"participants[{i}].card_no", "Trưởng đoàn phải có số thẻ kiểm tra thị trường"))
    elif doc.kind == "tt22.m06":
        if len(leads) != 1:
            problems.append(Problem("participants", "Biên bản kiểm tra phải ghi Trưởng đoàn kiểm tra"))
    elif not spec.is_decision and not drafters:
        problems.append(Problem("participants", "Chưa có người có thẩm quyền lập biên bản"))

    subject_side = _people(doc, Role.SUBJECT_REPRESENTATIVE)
    refused = [p for p in subject_side if p.refused_to_sign]
    if not spec.is_decision and doc.kind != "tt22.m10" and spec.needs_subject:
        witnesses = _people(doc, Role.WITNESS, Role.LOCAL_AUTHORITY)
        if not subject_side and not witnesses:
            problems.append(Problem(
                "participants",
                "Đối tượng vắng mặt: cần đại diện chính quyền cấp xã hoặc người chứng kiến",
            ))
        if refused:
            needed = 2 if doc.kind == "nd118.mbb15" else 1
            if len(_people(doc, Role.WITNESS)) + len(_people(doc, Role.LOCAL_AUTHORITY)) < needed:
                problems.append(Problem(
                    "participants",
                    "Người vi phạm không ký: cần "
                    + ("hai người chứng kiến" if needed == 2 else "đại diện chính quyền hoặc người chứng kiến"),
                ))

    if spec.needs_goods and not doc.goods:
        problems.append(Problem("goods", "Chưa có hàng hóa, tang vật nào"))
    for i, row in enumerate(doc.goods):
        problems.extend(validate_goods_row(row, f"goods[{i}]"))

    if spec.needs_violations and not doc.violations:
        problems.append(Problem("violations", "Phải có ít nhất một hành vi vi phạm và căn cứ pháp lý"))
    for i, v in enumerate(doc.violations):
        if not v.decree.strip():
            problems.append(Problem(f"violations[{i}].decree", "Chưa ghi nghị định"))
        if v.article <= 0 or v.clause <= 0:
            problems.append(Problem(f"violations[{i}].article", "Điều, khoản phải là số dương"))
        if not v.description.strip():
            problems.append(Problem(f"violations[{i}].description", "Chưa mô tả hành vi vi phạm"))
        if v.fine_amount is not None and v.fine_amount < 0:
            problems.append(Problem(f"violations[{i}].fine_amount", "Số tiền phạt không được âm"))
        if v.illegal_profit is not None and v.illegal_profit < 0:
            problems.append(Problem(f"violations[{i}].illegal_profit", "Số lợi bất hợp pháp không được âm"))

    if spec.needs_seals and not doc.seals:
        problems.append(Problem("seals", "Chưa có niêm phong nào"))
    for i, seal in enumerate(doc.seals):
        if not seal.numbers or not all(n.strip() for n in seal.numbers):
            problems.append(Problem(f"seals[{i}].numbers", "Chưa ghi số hiệu niêm phong"))
        if not seal.covers.strip():
            problems.append(Problem(f"seals[{i}].covers", "Chưa ghi niêm phong những gì"))
        if doc.kind == "nd118.mbb27" and seal.state_when_opened not in ("intact", "damaged"):
            problems.append(Problem(f"seals[{i}].state_when_opened", "Ghi tình trạng niêm phong khi mở (còn nguyên/bị hư hỏng)"))

    for key in sorted(doc.fields):
        if spec.field(key) is None:
            problems.append(Problem(f"fields.{key}", "Trường không thuộc mẫu này"))
    for fspec in spec.fields:
        _check_field(fspec, doc.fields.get(fspec.key), f"fields.{fspec.key}", now, problems)

    if doc.kind == "nd118.mqd02":
        amounts = [v.fine_amount for v in doc.violations if v.fine_amount is not None]
        total = doc.fields.get("fine_total")
        if amounts and isinstance(total, int) and sum(amounts) != total:
            problems.append(Problem("fields.fine_total", "Tổng tiền phạt không bằng tổng mức phạt từng hành vi"))
    if spec.issuer == Issuer.OFFICER and not doc.officer_no.strip():
        problems.append(Problem("officer_no", "Cần số hiệu công chức để cấp số văn bản"))
    return problems
