"""Domain records: unit, officer, subject, case, document and their parts, with plain-dict round trips.

Money is integer đồng, quantities are ``Decimal`` (carried as strings in JSON so that no float ever
enters a hash), dates are ISO strings ``YYYY-MM-DD`` and times ``YYYY-MM-DDTHH:MM:SS`` in local time
(Asia/Ho_Chi_Minh): the app is used only in Vietnam and paper forms carry local time.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, TypeVar

from .text import nfc


def new_id() -> str:
    """A fresh client-generated UUID (string form), the identity of a record everywhere."""
    # Imported here: uuid imports platform, which compiles regexes at import time, and this module loads
    # before the desktop window is first shown (architecture.md start-up budget).
    import uuid

    return str(uuid.uuid4())


class SubjectKind(StrEnum):
    """Kinds of inspected subject (đối tượng)."""

    INDIVIDUAL = "individual"
    ORGANIZATION = "organization"
    ONLINE_SELLER = "online_seller"


class DocumentStatus(StrEnum):
    """Life cycle of a document: draft → final → synced (a final document never changes)."""

    DRAFT = "draft"
    FINAL = "final"
    SYNCED = "synced"

    @property
    def text(self) -> str:
        """The Vietnamese name, as running text ("hoàn tất"); a label capitalises its first letter."""
        return _STATUS_TEXT[self]


_STATUS_TEXT = {DocumentStatus.DRAFT: "nháp", DocumentStatus.FINAL: "hoàn tất", DocumentStatus.SYNCED: "đã đồng bộ"}


def capitalized(text: str) -> str:
    """Running text as a label: its first letter capitalised ("hoàn tất" → "Hoàn tất")."""
    return text[:1].upper() + text[1:]


def status_text(status: str) -> str:
    """The Vietnamese name of a document status given as text (unknown values are shown as they are)."""
    try:
        return DocumentStatus(status).text
    except ValueError:
        return status


class Role(StrEnum):
    """Roles of the people named in a document."""

    TEAM_LEAD = "team_lead"  # Trưởng đoàn kiểm tra
    TEAM_MEMBER = "team_member"  # Thành viên đoàn
    DRAFTER = "drafter"  # Người lập biên bản (người có thẩm quyền)
    WITNESS = "witness"  # Người chứng kiến
    LOCAL_AUTHORITY = "local_authority"  # Đại diện chính quyền cấp xã / công an xã
    INTERPRETER = "interpreter"  # Người phiên dịch
    COORDINATING = "coordinating"  # Đại diện cơ quan phối hợp
    SUBJECT_REPRESENTATIVE = "subject_representative"  # Cá nhân / đại diện tổ chức vi phạm, được kiểm tra
    INJURED_PARTY = "injured_party"  # Cá nhân / tổ chức bị thiệt hại
    KEEPER = "keeper"  # Người bảo quản tang vật


class AttachmentKind(StrEnum):
    """What an attachment is."""

    PHOTO = "photo"
    SCAN = "scan"
    WEB_CAPTURE = "web_capture"  # evidence captured from an online listing


@dataclass
class Unit:
    """An issuing unit (đơn vị): the two header lines and the place name are data, not code."""

    code: str
    name: str  # e.g. "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1"
    parent_name: str  # e.g. "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI"
    place_name: str  # địa danh, e.g. "Biên Hòa"
    address: str = ""


@dataclass
class Officer:
    """A QLTT officer (công chức): số hiệu and thẻ kiểm tra thị trường identify them on forms."""

    id: str
    full_name: str
    title: str
    officer_no: str
    card_no: str = ""
    unit_code: str = ""


@dataclass
class Subject:
    """The inspected or sanctioned party (đối tượng): an individual, an organisation or an online seller."""

    id: str
    kind: SubjectKind
    name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    # individual
    gender: str = ""
    birth_date: str = ""
    nationality: str = "Việt Nam"
    occupation: str = ""
    id_number: str = ""  # CCCD / số định danh cá nhân (12 digits)
    id_issued_date: str = ""
    id_issued_place: str = ""
    # organisation
    tax_code: str = ""  # mã số doanh nghiệp / mã số thuế (10 or 13 digits)
    registration_no: str = ""
    registration_date: str = ""
    registration_place: str = ""
    representative: str = ""
    representative_gender: str = ""
    representative_title: str = ""
    # online seller
    platform: str = ""
    shop_url: str = ""
    account_id: str = ""
    # the shop's own name (tên cửa hàng, biển hiệu; a gian hàng on a platform), apart from the person or
    # organisation (review m11); left out of the canonical JSON while empty, so older documents keep their hash
    shop_name: str = field(default="", metadata={"later": True})
    # An online seller that is an organisation (an enterprise's gian hàng, with its mã số doanh nghiệp): fined
    # as an organisation (NĐ 98/2020 Điều 4 khoản 4, ×2). A recorded fact, not guessed from the tax code (a
    # household business or a person has one too); left out of the canonical JSON while False.
    seller_is_organization: bool = field(default=False, metadata={"later": True})

    def fined_as_organization(self) -> bool:
        """True when the fine frames of an organisation apply: an organisation, or an online seller recorded
        as one (``seller_is_organization``); otherwise those of an individual."""
        return self.kind == SubjectKind.ORGANIZATION or (
            self.kind == SubjectKind.ONLINE_SELLER and self.seller_is_organization)


@dataclass
class Participant:
    """A person named in a document with their role; refusals to sign are recorded with the reason."""

    role: Role
    full_name: str
    title: str = ""
    organization: str = ""
    occupation: str = ""
    address: str = ""
    id_number: str = ""
    officer_no: str = ""
    card_no: str = ""
    refused_to_sign: bool = False
    refusal_reason: str = ""


@dataclass
class GoodsRow:
    """One line of goods (hàng hóa, tang vật); value = quantity × unit price when both are known."""

    id: str
    name: str
    unit: str
    quantity: Decimal
    model: str = ""  # chủng loại, quy cách
    brand: str = ""
    origin: str = ""
    barcode: str = ""
    registration_no: str = ""
    condition: str = ""  # tình trạng, đặc điểm
    unit_price: int | None = None
    value: int | None = None
    valuation_basis: str = ""
    note: str = ""
    suspected_counterfeit: bool = False
    smuggled: bool = False
    unknown_origin: bool = False
    seized: bool = False


@dataclass
class ClauseRef:
    """A clause (and point) of an act's own article cited beside its point: the clause that grounds a ×2
    fine (NĐ 98/2020 Điều 9 khoản 2 "phạt tiền gấp hai lần mức tiền phạt quy định tại khoản 1"), taken
    from the catalog entry's aggravation when the document is drafted (services)."""

    clause: int
    point: str = ""


def legal_citation(article: int | str | None, clause: int | str | None = None, point: str = "", decree: str = "",
                   *, decree_prefix: str = "Nghị định số", grounds: Sequence[ClauseRef] = ()) -> str:
    """A Vietnamese legal reference, smallest unit first: "điểm đ khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP"
    (no point, clause or decree part when it is empty; ``decree_prefix="NĐ"`` for a table cell, ``""`` when
    ``decree`` is already a full name). ``grounds`` are further clauses of the same article, listed after
    the act's own as legal texts list units of one article: "điểm b khoản 1, điểm a khoản 2 Điều 9 …"."""
    units: list[str] = []
    for c, p in [(clause, point)] + [(g.clause, g.point) for g in grounds]:
        unit = " ".join(([f"điểm {p}"] if p else []) + ([f"khoản {c}"] if c else []))
        if unit and unit not in units:
            units.append(unit)
    parts = [", ".join(units)] if units else []
    parts.append(f"Điều {article}")
    if decree:
        parts.append(f"{decree_prefix} {decree}" if decree_prefix else decree)
    return " ".join(parts)


@dataclass
class ViolationRef:
    """A violation: a reference into the catalog (decree, article, clause, point) and its description."""

    id: str
    decree: str  # e.g. "98/2020/NĐ-CP"
    article: int
    clause: int
    point: str = ""
    description: str = ""
    catalog_id: str = ""
    fine_amount: int | None = None
    # Added after the first documents were hashed, so written only when set (``LATER_FIELD``): the codes of
    # the catalog entry's ×2 grounds the officer established (e.g. "food_medicine" for NĐ 98 Điều 9 khoản
    # 2), and the illegal profit (số lợi bất hợp pháp, đồng), which picks the point where a clause has
    # profit bands.
    aggravations: list[str] = field(default_factory=list, metadata={"later": True})
    illegal_profit: int | None = field(default=None, metadata={"later": True})
    # The clauses that ground the recorded ×2 grounds (from the catalog, ``ClauseRef``), cited with the act;
    # written only when set, so a document without grounds keeps its canonical JSON and hash.
    grounds: list[ClauseRef] = field(default_factory=list, metadata={"later": True})

    def citation(self, decree_prefix: str = "Nghị định số") -> str:
        """"điểm a khoản 1, điểm a khoản 2 Điều 9 Nghị định số 98/2020/NĐ-CP" (see ``legal_citation``)."""
        return legal_citation(self.article, self.clause, self.point, self.decree, decree_prefix=decree_prefix,
                              grounds=self.grounds)


@dataclass
class Seal:
    """A seal (niêm phong): its numbers, what it covers, where it is kept and its state when opened."""

    id: str
    numbers: list[str]
    covers: str
    kept_at: str = ""
    keeper: str = ""
    sealed_at: str = ""
    opened_at: str = ""
    state_when_opened: str = ""  # "" | "intact" | "damaged"


@dataclass
class Attachment:
    """A photo, scan or web capture, stored once by the SHA-256 of its bytes."""

    sha256: str
    filename: str
    media_type: str
    size: int
    kind: AttachmentKind = AttachmentKind.PHOTO
    caption: str = ""
    url: str = ""  # web capture: the listing's address
    captured_at: str = ""  # web capture: when it was captured


@dataclass
class InspectionDecision:
    """The inspection decision (quyết định kiểm tra) a case executes."""

    number: str = ""
    date: str = ""
    issuer: str = ""


@dataclass
class Case:
    """An inspection (cuộc kiểm tra / vụ việc): who, where, when, what was found, and its documents."""

    id: str
    unit_code: str
    title: str
    place: str
    started_at: str
    subject: Subject | None = None
    decision: InspectionDecision = field(default_factory=InspectionDecision)
    team: list[Participant] = field(default_factory=list)
    goods: list[GoodsRow] = field(default_factory=list)
    violations: list[ViolationRef] = field(default_factory=list)
    seals: list[Seal] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    findings: str = ""
    ended_at: str = ""
    status: str = "open"
    created_at: str = ""
    updated_at: str = ""


@dataclass
class Document:
    """One filled official form: a self-contained snapshot of everything it prints.

    Once final it never changes; its canonical JSON and SHA-256 are stored. A correction is a new document
    whose ``supersedes`` names the old one.
    """

    id: str
    case_id: str
    kind: str
    unit: Unit
    issued_at: str
    place: str
    status: DocumentStatus = DocumentStatus.DRAFT
    form_version: str = "2021"
    number: str = ""
    officer_no: str = ""  # the officer whose yearly sequence numbers this document
    subject: Subject | None = None
    participants: list[Participant] = field(default_factory=list)
    goods: list[GoodsRow] = field(default_factory=list)
    violations: list[ViolationRef] = field(default_factory=list)
    seals: list[Seal] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    supersedes: str = ""
    created_at: str = ""
    finalized_at: str = ""
    sha256: str = ""


@dataclass
class AuditEvent:
    """One append-only audit event; ``hash`` chains it to the previous event."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


# --------------------------------------------------------------------------------------------------
# Plain-dict conversion. Kept generic (driven by the type hints) so a new field needs no extra code.

T = TypeVar("T")


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
# Per class, the fields added after documents were first hashed (metadata ``later``) and their defaults:
# such a field is left out of the plain data while it holds its default, so the canonical bytes, and so
# the SHA-256, of every document finalised before the field existed stay exactly what they were.
_LATER_DEFAULTS: dict[type, dict[str, Any]] = {}


def _field_names(cls: type, obj: Any) -> tuple[str, ...]:
    fields = dataclasses.fields(obj)
    _LATER_DEFAULTS[cls] = {
        f.name: (f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default)
        for f in fields if f.metadata.get("later")}
    names = _FIELD_NAMES[cls] = tuple(f.name for f in fields)
    return names


def to_dict(obj: Any) -> Any:
    """Convert a domain object (or list/dict of them) into JSON-ready plain data, strings in NFC."""
    cls = obj.__class__
    if cls is str:
        return nfc(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _field_names(cls, obj)
    if names is not None:
        later = _LATER_DEFAULTS.get(cls)
        if later:
            return {name: to_dict(getattr(obj, name)) for name in names
                    if name not in later or getattr(obj, name) != later[name]}
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, StrEnum):
        return obj.value
    if isinstance(obj, Decimal):
        return format_decimal(obj)
    if isinstance(obj, str):
        return nfc(obj)
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    if isinstance(obj, dict):
        return {nfc(str(k)): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, float):
        raise TypeError("float values are not allowed in domain data; use int đồng or Decimal")
    return obj


def format_decimal(value: Decimal) -> str:
    """Fixed text form of a quantity: no exponent, no trailing zeros ("2.5", "10")."""
    if not value.is_finite():
        raise ValueError("quantity must be finite")
    # No normalize(): it rounds to the context precision (28 digits) and would change the value.
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


class ShapeError(ValueError):
    """A plain-data tree that does not have the shape of the domain object; ``path`` is a JSON path."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def from_dict(cls: type[T], data: Any, path: str = "$") -> T:
    """Build a domain object of type ``cls`` from plain data; raises ShapeError naming the JSON path."""
    return typing.cast(T, _convert(cls, data, path))


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


Converter = Callable[[Any, str], Any]

# One converter per type, built from its hints on first use: reading a case or a document converts
# thousands of values, and working out each field's type again every time cost more than the data itself.
_CONVERTERS: dict[Any, Converter] = {}


def _convert(tp: Any, data: Any, path: str) -> Any:
    conv = _CONVERTERS.get(tp)
    if conv is None:
        conv = _CONVERTERS[tp] = _make_converter(tp)
    return conv(data, path)


def _make_converter(tp: Any) -> Converter:  # noqa: C901 - one branch per kind of type, as before
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(tp)
        optional = type(None) in args
        inner = [a for a in args if a is not type(None)][0]

        def union(data: Any, path: str) -> Any:
            if data is None and optional:
                return None
            return _convert(inner, data, path)

        return union
    if tp is Any:
        return lambda data, path: data
    if dataclasses.is_dataclass(tp):
        cls = typing.cast(type, tp)
        hints = _hints(cls)
        fields = [(f.name, hints[f.name],
                   f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING)
                  for f in dataclasses.fields(cls)]
        known = frozenset(name for name, _, _ in fields)

        def dataclass_(data: Any, path: str) -> Any:
            if not isinstance(data, dict):
                raise ShapeError(path, "phải là một đối tượng JSON")
            if not known.issuperset(data):
                raise ShapeError(f"{path}.{sorted(set(data) - known)[0]}", "trường không được hỗ trợ")
            kwargs: dict[str, Any] = {}
            for name, hint, required in fields:
                if name in data:
                    kwargs[name] = _convert(hint, data[name], f"{path}.{name}")
                elif required:
                    raise ShapeError(f"{path}.{name}", "thiếu trường bắt buộc")
            return cls(**kwargs)

        return dataclass_
    if origin is list:
        (item_tp,) = typing.get_args(tp)

        def list_(data: Any, path: str) -> Any:
            if not isinstance(data, list):
                raise ShapeError(path, "phải là một danh sách")
            return [_convert(item_tp, v, f"{path}[{i}]") for i, v in enumerate(data)]

        return list_
    if origin is dict:
        def dict_(data: Any, path: str) -> Any:
            if not isinstance(data, dict):
                raise ShapeError(path, "phải là một đối tượng JSON")
            return {nfc(str(k)): _plain(v, f"{path}.{k}") for k, v in data.items()}

        return dict_
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        enum_tp = tp

        def enum_(data: Any, path: str) -> Any:
            try:
                return enum_tp(data)
            except ValueError:
                allowed = ", ".join(m.value for m in enum_tp)
                raise ShapeError(path, f"giá trị không hợp lệ {data!r} (cho phép: {allowed})") from None

        return enum_
    if tp is Decimal:
        def decimal_(data: Any, path: str) -> Any:
            if isinstance(data, bool) or not isinstance(data, str | int):
                raise ShapeError(path, "số lượng phải là chuỗi số hoặc số nguyên")
            try:
                value = Decimal(str(data))
            except InvalidOperation:
                raise ShapeError(path, f"không phải là số: {data!r}") from None
            if not value.is_finite():
                raise ShapeError(path, "không phải là số hữu hạn")
            return value

        return decimal_
    if tp is bool:
        def bool_(data: Any, path: str) -> Any:
            if not isinstance(data, bool):
                raise ShapeError(path, "phải là true hoặc false")
            return data

        return bool_
    if tp is int:
        def int_(data: Any, path: str) -> Any:
            if isinstance(data, bool) or not isinstance(data, int):
                raise ShapeError(path, "phải là số nguyên")
            return data

        return int_
    if tp is str:
        def str_(data: Any, path: str) -> Any:
            if not isinstance(data, str):
                raise ShapeError(path, "phải là chuỗi ký tự")
            return nfc(data)

        return str_

    def unsupported(data: Any, path: str) -> Any:
        raise ShapeError(path, f"kiểu không hỗ trợ {tp!r}")

    return unsupported


def _plain(value: Any, path: str) -> Any:
    """Free-form JSON (Document.fields): NFC strings, no floats."""
    if isinstance(value, float):
        raise ShapeError(path, "không dùng số thực; dùng số nguyên hoặc chuỗi")
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_plain(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, dict):
        return {nfc(str(k)): _plain(v, f"{path}.{k}") for k, v in value.items()}
    return value
