"""The finalise confirmation: what finalising means, the number of a unit decision, and the choice to leave
the number blank so that it is written by hand from the register after signing (TT 22/2021 Điều 6 khoản 1
and 4: numbers come from the "Hệ thống đăng ký, cấp số văn bản" and a paper is numbered after it is signed;
the CLI's ``finalize --by-hand``)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class FinalizeChoice:
    """What the officer confirmed: the typed number of a unit decision ("" otherwise) or a blank number."""

    number: str
    by_hand: bool


class FinalizeDialog(QDialog):
    """Confirm finalising a draft. The safe answer (Hủy) is the default button."""

    def __init__(self, title: str, text: str, *, ask_number: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("finalizeDialog")
        layout = QVBoxLayout(self)
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.number_edit: QLineEdit | None = None
        if ask_number:
            label = QLabel(self.tr("&Số quyết định (8 chữ số do đơn vị cấp, vd: 01020015):"))
            self.number_edit = QLineEdit()
            self.number_edit.setObjectName("finalizeNumber")
            label.setBuddy(self.number_edit)
            layout.addWidget(label)
            layout.addWidget(self.number_edit)
        self.by_hand = QCheckBox(self.tr("Để &trống số, ghi tay theo sổ đăng ký văn bản sau khi ký"))
        self.by_hand.setObjectName("finalizeByHand")
        self.by_hand.setToolTip(self.tr("Số văn bản lấy từ Hệ thống đăng ký, cấp số văn bản và chỉ ghi sau khi "
                                        "văn bản đã được ký (Thông tư 22/2021/TT-BCT, Điều 6). Văn bản in ra "
                                        "với dòng \"Số: ……\" để ghi tay."))
        self.by_hand.toggled.connect(self._by_hand_toggled)
        layout.addWidget(self.by_hand)
        buttons = QDialogButtonBox()
        self.ok_btn = QPushButton(self.tr("&Hoàn tất"))
        self.ok_btn.setObjectName("finalizeConfirm")
        self.cancel_btn = QPushButton(self.tr("Hủ&y"))
        buttons.addButton(self.ok_btn, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_btn, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_btn.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Enter answers "Hủy": the button box makes its accept button the default when shown."""
        super().showEvent(event)
        self.ok_btn.setDefault(False)
        self.cancel_btn.setDefault(True)

    def _by_hand_toggled(self, checked: bool) -> None:
        if self.number_edit is not None:
            # A blank number and a typed one exclude each other (the service refuses both at once).
            self.number_edit.setEnabled(not checked)
            if checked:
                self.number_edit.clear()

    def choice(self) -> FinalizeChoice:
        """The confirmed choice (read after ``exec`` returned Accepted)."""
        number = self.number_edit.text().strip() if self.number_edit is not None else ""
        by_hand = self.by_hand.isChecked()
        return FinalizeChoice("" if by_hand else number, by_hand)
