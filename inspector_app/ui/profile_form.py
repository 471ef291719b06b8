"""Unit and officer fields (used by the first-run dialog and the settings dialog)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspector_app.domain.model import Officer, Unit, new_id
from inspector_app.domain.text import nfc

from .widgets import FieldWithError

_REQUIRED = {"code", "name", "parent_name", "place_name", "full_name", "title", "officer_no"}


class ProfileForm(QWidget):
    """Edit a unit (đơn vị) and an officer (công chức); ``errors_changed`` fires when the red messages under
    the fields appear or go (the dialog around it then fits its height again)."""

    errors_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._officer_id = new_id()
        self.edits: dict[str, QLineEdit] = {}
        self.wraps: dict[str, FieldWithError] = {}
        unit_box = QGroupBox(self.tr("Đơn vị"))
        uf = QFormLayout(unit_box)
        for key, label, hint in (
            ("parent_name", self.tr("Cơ quan chủ quản"), self.tr("vd: CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI")),
            ("name", self.tr("Tên đơn vị"), self.tr("vd: ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1")),
            ("code", self.tr("Mã đơn vị"), self.tr("vd: QLTT-DN-01")),
            ("place_name", self.tr("Địa danh (in ở dòng ngày tháng)"), self.tr("vd: Biên Hòa")),
            ("address", self.tr("Địa chỉ trụ sở"), ""),
        ):
            uf.addRow(self._label(key, label), self._edit(key, hint))
        officer_box = QGroupBox(self.tr("Công chức sử dụng máy"))
        of = QFormLayout(officer_box)
        for key, label, hint in (
            ("full_name", self.tr("Họ và tên"), ""), ("title", self.tr("Chức vụ"), self.tr("vd: Kiểm soát viên thị trường")),
            ("officer_no", self.tr("Số hiệu công chức"), self.tr("vd: QLTT0215")),
            ("card_no", self.tr("Số thẻ kiểm tra thị trường"), ""),
        ):
            of.addRow(self._label(key, label), self._edit(key, hint))
        # Required fields carry a star, so an example in grey ("vd: …") is never taken for a filled-in value.
        note = QLabel(self.tr("Các ô có dấu * là bắt buộc."))
        note.setObjectName("profileRequiredNote")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(unit_box)
        lay.addWidget(officer_box)
        lay.addWidget(note)
        lay.addStretch(1)  # in a taller page (Settings) the note stays under the fields
        # One label column for both boxes, so the two sets of fields start at the same place.
        heads = [head for form in (uf, of) for w in self.wraps.values()
                 if (head := form.labelForField(w)) is not None]
        width = max(head.sizeHint().width() for head in heads)
        for head in heads:
            head.setMinimumWidth(width)

    @staticmethod
    def _label(key: str, label: str) -> str:
        return f"{label} *" if key in _REQUIRED else label

    def _edit(self, key: str, hint: str) -> FieldWithError:
        edit = QLineEdit()
        edit.setObjectName(f"profile_{key}")
        edit.setPlaceholderText(hint)
        edit.textChanged.connect(lambda _: self.validate())
        self.edits[key] = edit
        wrap = FieldWithError(edit)
        self.wraps[key] = wrap
        return wrap

    def _v(self, key: str) -> str:
        return nfc(self.edits[key].text().strip())

    def set_profile(self, unit: Unit | None, officer: Officer | None) -> None:
        """Show the current profile."""
        if unit:
            for key in ("code", "name", "parent_name", "place_name", "address"):
                self.edits[key].setText(getattr(unit, key))
        if officer:
            self._officer_id = officer.id
            for key in ("full_name", "title", "officer_no", "card_no"):
                self.edits[key].setText(getattr(officer, key))
        for wrap in self.wraps.values():
            wrap.set_error("")

    def unit(self) -> Unit:
        """The unit as typed."""
        return Unit(code=self._v("code"), name=self._v("name"), parent_name=self._v("parent_name"),
                    place_name=self._v("place_name"), address=self._v("address"))

    def officer(self) -> Officer:
        """The officer as typed (unit code is set when saved)."""
        return Officer(id=self._officer_id, full_name=self._v("full_name"), title=self._v("title"),
                       officer_no=self._v("officer_no"), card_no=self._v("card_no"))

    def validate(self, show_missing: bool = False) -> bool:
        """Mark missing required fields; True when complete."""
        ok = True
        before = self.error_count()
        for key in _REQUIRED:
            missing = not self._v(key)
            ok = ok and not missing
            touched = show_missing or self.edits[key].isModified()
            self.wraps[key].set_error(self.tr("Trường bắt buộc") if missing and touched else "")
        if self.error_count() != before:
            self.errors_changed.emit()
        return ok

    def error_count(self) -> int:
        """How many fields show a red message now."""
        return sum(1 for wrap in self.wraps.values() if wrap.error.text())
