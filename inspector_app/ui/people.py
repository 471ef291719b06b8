"""Team members, witnesses and other people of a case; seals. Small dialogs over plain domain objects."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from inspector_app.domain.model import Participant, Role, Seal, new_id
from inspector_app.domain.text import nfc

from .models import role_text
from .widgets import DateField, FieldWithError, fit_dialog, moment_format_error, ok_cancel_layout

CASE_ROLES = (Role.TEAM_LEAD, Role.TEAM_MEMBER, Role.WITNESS, Role.LOCAL_AUTHORITY, Role.SUBJECT_REPRESENTATIVE,
              Role.COORDINATING, Role.INTERPRETER, Role.INJURED_PARTY, Role.KEEPER, Role.DRAFTER)


# Roles the logged-in officer is offered for (the inspection team).
TEAM_ROLES = (Role.TEAM_LEAD, Role.TEAM_MEMBER)


class ParticipantDialog(QDialog):
    """Add or edit one person: role, name, identity, and a refusal to sign with its reason."""

    def __init__(self, person: Participant | None = None, roles: tuple[Role, ...] = CASE_ROLES,
                 parent: QWidget | None = None, me: Participant | None = None) -> None:
        """``me``: the logged-in officer, offered for a new team member (pre-filled while the role is a team
        role; cleared, if untouched, when another role is chosen)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Người tham gia"))
        self._me = copy.deepcopy(me) if me is not None and person is None else None
        if self._me is not None and self._me.role not in roles:
            self._me = None
        self._person = copy.deepcopy(person) if person else (
            copy.deepcopy(self._me) if self._me else Participant(role=roles[0], full_name=""))
        p = self._person
        self.role = QComboBox()
        self.role.setObjectName("participantRole")
        for role in roles:
            self.role.addItem(role_text(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(p.role)))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(self.tr("Vai trò"), self.role)
        self.name_wrap: FieldWithError | None = None
        for key, label in (("full_name", self.tr("Họ và tên")), ("title", self.tr("Chức vụ")),
                           ("organization", self.tr("Cơ quan / đơn vị")), ("occupation", self.tr("Nghề nghiệp")),
                           ("address", self.tr("Địa chỉ")), ("id_number", self.tr("Số CCCD/định danh")),
                           ("officer_no", self.tr("Số hiệu công chức")),
                           ("card_no", self.tr("Số thẻ kiểm tra thị trường"))):
            edit = QLineEdit(str(getattr(p, key)))
            edit.setObjectName(f"participant_{key}")
            self.edits[key] = edit
            if key == "full_name":
                self.name_wrap = FieldWithError(edit)
                edit.textChanged.connect(self._validate)
                form.addRow(label, self.name_wrap)
            else:
                form.addRow(label, edit)
        self.refused = QCheckBox(self.tr("Không ký biên bản"))
        self.refused.setChecked(p.refused_to_sign)
        self.reason = QLineEdit(p.refusal_reason)
        self.reason.setObjectName("participant_refusal_reason")
        self.reason_wrap = FieldWithError(self.reason)
        self.refused.toggled.connect(self._validate)
        self.reason.textChanged.connect(self._validate)
        form.addRow("", self.refused)
        form.addRow(self.tr("Lý do không ký"), self.reason_wrap)
        self.buttons = ok_cancel_layout(self, form)
        fit_dialog(self, 820)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._validate()

    def _role_changed(self, _index: int) -> None:
        me = self._me
        if me is None:
            return
        role = Role(self.role.currentData())
        mine = all(self.edits[k].text() == str(getattr(me, k)) for k in self.edits)
        empty = not any(e.text().strip() for e in self.edits.values())
        if role in TEAM_ROLES and empty:
            for key, edit in self.edits.items():
                edit.setText(str(getattr(me, key)))
        elif role not in TEAM_ROLES and mine:
            for edit in self.edits.values():
                edit.clear()

    def participant(self) -> Participant:
        """The person as typed."""
        p = copy.deepcopy(self._person)
        p.role = Role(self.role.currentData())
        for key, edit in self.edits.items():
            setattr(p, key, nfc(edit.text().strip()))
        p.refused_to_sign = self.refused.isChecked()
        p.refusal_reason = nfc(self.reason.text().strip()) if p.refused_to_sign else ""
        return p

    def _validate(self) -> None:
        name_missing = not self.edits["full_name"].text().strip()
        reason_missing = self.refused.isChecked() and not self.reason.text().strip()
        if self.name_wrap is not None:
            self.name_wrap.set_error(self.tr("Chưa nhập họ tên") if name_missing and self.isVisible() else "")
        self.reason_wrap.set_error(self.tr("Ghi rõ lý do không ký biên bản") if reason_missing else "")
        self.reason.setEnabled(self.refused.isChecked())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not name_missing and not reason_missing)


class SealDialog(QDialog):
    """Add or edit one seal: its numbers, what it covers, where it is kept and by whom."""

    def __init__(self, seal: Seal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Niêm phong"))
        self._seal = copy.deepcopy(seal) if seal else Seal(id=new_id(), numbers=[], covers="")
        s = self._seal
        self.numbers = QLineEdit(", ".join(s.numbers))
        self.numbers.setObjectName("seal_numbers")
        self.numbers.setPlaceholderText(self.tr("NP-0001, NP-0002"))
        self.covers = QLineEdit(s.covers)
        self.covers.setObjectName("seal_covers")
        self.kept_at = QLineEdit(s.kept_at)
        self.keeper = QLineEdit(s.keeper)
        self.sealed_at = DateField(with_time=True)
        self.sealed_at.setObjectName("seal_sealed_at")
        self.sealed_at.set_iso(s.sealed_at)
        self.sealed_wrap = FieldWithError(self.sealed_at)
        self.state = QComboBox()
        self.state.addItem(self.tr("(chưa mở)"), "")
        self.state.addItem(self.tr("Còn nguyên vẹn"), "intact")
        self.state.addItem(self.tr("Bị hư hỏng"), "damaged")
        self.state.setCurrentIndex(max(0, self.state.findData(s.state_when_opened)))
        form = QFormLayout()
        form.addRow(self.tr("Số niêm phong (cách nhau dấu phẩy)"), self.numbers)
        form.addRow(self.tr("Niêm phong những gì"), self.covers)
        form.addRow(self.tr("Nơi bảo quản"), self.kept_at)
        form.addRow(self.tr("Người bảo quản"), self.keeper)
        form.addRow(self.tr("Thời điểm niêm phong"), self.sealed_wrap)
        form.addRow(self.tr("Tình trạng khi mở"), self.state)
        for e in (self.numbers, self.covers, self.sealed_at):
            e.textChanged.connect(self._validate)
        self.buttons = ok_cancel_layout(self, form)
        fit_dialog(self, 820)
        self._validate()

    def seal(self) -> Seal:
        """The seal as typed."""
        s = copy.deepcopy(self._seal)
        s.numbers = [nfc(n.strip()) for n in self.numbers.text().split(",") if n.strip()]
        s.covers = nfc(self.covers.text().strip())
        s.kept_at = nfc(self.kept_at.text().strip())
        s.keeper = nfc(self.keeper.text().strip())
        s.sealed_at = self.sealed_at.iso() or ""
        s.state_when_opened = str(self.state.currentData())
        return s

    def _validate(self) -> None:
        time_ok = self.sealed_at.iso() is not None
        self.sealed_wrap.set_error("" if time_ok else moment_format_error())
        ok = bool(self.seal().numbers) and bool(self.covers.text().strip()) and time_ok
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
