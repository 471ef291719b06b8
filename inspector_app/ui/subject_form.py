"""The subject (đối tượng) form: individual, organisation or online seller, validated as you type.

Validation is the domain's ``validate_subject`` (pure, so it runs on the GUI thread at every keystroke);
"not entered yet" messages wait until the user has touched the field, so a fresh form is not all red.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit, QWidget

from inspector_app.domain.clock import SystemClock
from inspector_app.domain.model import Subject, SubjectKind, new_id
from inspector_app.domain.text import nfc
from inspector_app.domain.validation import validate_subject

from .widgets import DateField, FieldWithError, date_format_error

_COMMON = ("name", "shop_name", "address", "phone", "email")
_BY_KIND = {
    SubjectKind.INDIVIDUAL: ("gender", "birth_date", "nationality", "occupation", "id_number", "id_issued_date",
                             "id_issued_place"),
    SubjectKind.ORGANIZATION: ("tax_code", "registration_no", "registration_date", "registration_place",
                               "representative", "representative_gender", "representative_title"),
    SubjectKind.ONLINE_SELLER: ("platform", "shop_url", "account_id", "id_number", "birth_date", "tax_code"),
}
_DATES = ("birth_date", "id_issued_date", "registration_date")


class SubjectForm(QWidget):
    """Edit one subject; ``changed`` fires on every edit; ``subject()`` returns it (None if no name)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._id = new_id()
        self._touched: set[str] = set()
        self._loading = False
        self.kind = QComboBox()
        self.kind.setObjectName("subjectKind")
        self.kind.addItem(self.tr("Cá nhân"), SubjectKind.INDIVIDUAL)
        self.kind.addItem(self.tr("Tổ chức"), SubjectKind.ORGANIZATION)
        self.kind.addItem(self.tr("Người bán hàng trực tuyến"), SubjectKind.ONLINE_SELLER)
        labels = {
            "name": self.tr("Họ tên / tên tổ chức"), "address": self.tr("Địa chỉ"),
            "shop_name": self.tr("Tên cửa hàng, gian hàng (biển hiệu)"),
            "phone": self.tr("Điện thoại"), "email": self.tr("Thư điện tử"),
            "gender": self.tr("Giới tính"), "birth_date": self.tr("Ngày sinh"),
            "nationality": self.tr("Quốc tịch"), "occupation": self.tr("Nghề nghiệp"),
            "id_number": self.tr("Số CCCD/định danh"), "id_issued_date": self.tr("Ngày cấp"),
            "id_issued_place": self.tr("Nơi cấp"), "tax_code": self.tr("Mã số doanh nghiệp/thuế"),
            "registration_no": self.tr("Số giấy chứng nhận ĐKKD"),
            "registration_date": self.tr("Ngày cấp ĐKKD"), "registration_place": self.tr("Nơi cấp ĐKKD"),
            "representative": self.tr("Người đại diện theo pháp luật"),
            "representative_gender": self.tr("Giới tính người đại diện"),
            "representative_title": self.tr("Chức danh người đại diện"),
            "platform": self.tr("Sàn / nền tảng"), "shop_url": self.tr("Địa chỉ gian hàng"),
            "account_id": self.tr("Mã tài khoản người bán"),
        }
        placeholders = {"shop_url": "https://",
                        "id_number": self.tr("12 chữ số"), "tax_code": self.tr("10 hoặc 13 chữ số")}
        self.edits: dict[str, QLineEdit | QComboBox] = {}  # dates are DateFields (line edits)
        self.fields: dict[str, FieldWithError] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Loại đối tượng"), self.kind)
        self._form = form
        seen: list[str] = list(_COMMON)
        for keys in _BY_KIND.values():
            seen.extend(k for k in keys if k not in seen)
        for key in seen:
            if key in ("gender", "representative_gender"):
                combo = QComboBox()
                # Stored as the Vietnamese word the forms print; shown in the interface language.
                combo.addItem("", "")
                combo.addItem(self.tr("Nam"), "Nam")
                combo.addItem(self.tr("Nữ"), "Nữ")
                combo.currentIndexChanged.connect(lambda _=0, k=key: self._edited(k))
                edit: QLineEdit | QComboBox = combo
            elif key in _DATES:
                edit = DateField()
                edit.textChanged.connect(lambda _="", k=key: self._edited(k))
            else:
                edit = QLineEdit()
                edit.setPlaceholderText(placeholders.get(key, ""))
                edit.textChanged.connect(lambda _="", k=key: self._edited(k))
            edit.setObjectName(f"subject_{key}")
            self.edits[key] = edit
            wrap = FieldWithError(edit)
            self.fields[key] = wrap
            form.addRow(labels[key], wrap)
        # An online seller may be an enterprise: then the organisation's fine frames apply (NĐ 98/2020
        # Điều 4 khoản 4), a fact the officer records, not one guessed from the tax code.
        self.seller_org = QCheckBox(self.tr("Người bán là tổ chức (doanh nghiệp): áp dụng mức phạt đối với tổ chức"))
        self.seller_org.setObjectName("subject_seller_is_organization")
        self.seller_org.toggled.connect(lambda _=False: self._edited("seller_is_organization"))
        form.addRow("", self.seller_org)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    # -- values -------------------------------------------------------------------------------------------
    def current_kind(self) -> SubjectKind:
        """The chosen kind of subject."""
        return SubjectKind(self.kind.currentData())

    def _value(self, key: str) -> str:
        edit = self.edits[key]
        if isinstance(edit, QComboBox):
            return str(edit.currentData() or "")
        if isinstance(edit, DateField):
            iso = edit.iso()
            return edit.text().strip() if iso is None else iso  # unreadable text stays, to be flagged
        return nfc(edit.text().strip())

    def subject(self) -> Subject | None:
        """The subject as typed, or None while no name has been entered."""
        kind = self.current_kind()
        visible = set(_COMMON) | set(_BY_KIND[kind])
        values = {k: self._value(k) for k in self.edits if k in visible}
        if not values.get("name"):
            return None
        subject = Subject(id=self._id, kind=kind, name=values.pop("name"))
        for key, value in values.items():
            setattr(subject, key, value)
        subject.seller_is_organization = kind == SubjectKind.ONLINE_SELLER and self.seller_org.isChecked()
        if not subject.nationality:
            subject.nationality = "Việt Nam"
        return subject

    def set_subject(self, subject: Subject | None) -> None:
        """Show ``subject`` (None clears the form for a new one)."""
        self._loading = True
        self._touched.clear()
        try:
            self._id = subject.id if subject else new_id()
            kind = subject.kind if subject else SubjectKind.INDIVIDUAL
            self.kind.setCurrentIndex(self.kind.findData(kind))
            for key, edit in self.edits.items():
                value = str(getattr(subject, key, "") or "") if subject else ""
                if key == "nationality" and not value:
                    value = "Việt Nam"
                if isinstance(edit, QComboBox):
                    edit.setCurrentIndex(max(0, edit.findData(value)))
                elif isinstance(edit, DateField):
                    edit.set_iso(value)
                else:
                    edit.setText(value)
            self.seller_org.setChecked(bool(subject and subject.seller_is_organization))
        finally:
            self._loading = False
        self._kind_changed()

    # -- validation ---------------------------------------------------------------------------------------
    def _edited(self, key: str) -> None:
        if self._loading:
            return
        self._touched.add(key)
        self.validate()
        self.changed.emit()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        visible = set(_COMMON) | set(_BY_KIND[kind])
        for key, wrap in self.fields.items():
            self._form.setRowVisible(wrap, key in visible)
        self._form.setRowVisible(self.seller_org, kind == SubjectKind.ONLINE_SELLER)
        self.validate()
        if not self._loading:
            self.changed.emit()

    def validate(self, show_missing: bool = False) -> list[str]:
        """Show every problem next to its field; returns the messages (empty when valid)."""
        kind = self.current_kind()
        values = {k: self._value(k) for k in self.edits}
        probe = Subject(id=self._id, kind=kind, name=values.pop("name"))
        for key, value in values.items():
            setattr(probe, key, value)
        probe.seller_is_organization = kind == SubjectKind.ONLINE_SELLER and self.seller_org.isChecked()
        messages: dict[str, str] = {}
        for key in _DATES:
            edit = self.edits[key]
            if isinstance(edit, DateField) and edit.iso() is None:
                messages[key] = date_format_error()
        for p in validate_subject(probe, SystemClock().now().date()):  # Vietnam's date
            key = p.field.split(".", 1)[1] if "." in p.field else p.field
            missing = p.message.startswith("Chưa nhập") or p.message.startswith("Cần ")
            if missing and not show_missing and key not in self._touched:
                continue
            messages.setdefault(key, p.message)
        for key, wrap in self.fields.items():
            wrap.set_error(messages.get(key, ""))
        return list(messages.values())
