"""The passphrase dialog: set one at first start (typed twice), or type it to open the encrypted data;
the same for an export file (a passphrase set when exporting, typed when importing on another laptop).

The dialog only collects the text; checking it (Argon2id, about 0.2 s) runs on the worker thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from .widgets import ok_cancel_layout

MIN_CHARS = 8  # the same minimum the key file enforces; checked here too so the officer sees it at once


class PassphraseDialog(QDialog):
    """Ask for the passphrase (``new``: a new one, typed twice) of the data, or of an export file
    (``export=True``)."""

    def __init__(self, parent: QWidget | None, *, new: bool, error: str = "", export: bool = False) -> None:
        super().__init__(parent)
        self.new = new
        if export:
            self.setWindowTitle(self.tr("Mật khẩu cho tệp xuất") if new else self.tr("Mở tệp dữ liệu đã mã hóa"))
            text = (self.tr("Tệp xuất được mã hóa bằng mật khẩu này (ít nhất 8 ký tự). Máy nhập tệp cần đúng mật "
                            "khẩu này: hãy báo cho người nhận qua kênh khác, đừng gửi kèm tệp.") if new
                    else self.tr("Tệp này được mã hóa. Nhập mật khẩu đã đặt khi xuất tệp."))
        else:
            self.setWindowTitle(self.tr("Đặt mật khẩu bảo vệ dữ liệu") if new else self.tr("Mở khóa dữ liệu"))
            text = (self.tr("Dữ liệu trên máy này được mã hóa. Hãy đặt một mật khẩu (ít nhất 8 ký tự) và ghi nhớ "
                            "nó: không có mật khẩu thì không ai, kể cả Chi cục, mở được dữ liệu chưa đồng bộ.")
                    if new else self.tr("Nhập mật khẩu để mở dữ liệu của máy này."))
        form = QFormLayout()
        intro = QLabel(text)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Mật khẩu:"), self.passphrase)
        self.again = QLineEdit()
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            form.addRow(self.tr("&Nhập lại:"), self.again)
        self.message = QLabel(error)
        self.message.setObjectName("passphrase_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.buttons = ok_cancel_layout(self, form)
        self.passphrase.setFocus()
        self.setMinimumWidth(420)

    def accept(self) -> None:
        """Close only with a usable passphrase; otherwise say why and stay open."""
        text = self.passphrase.text()
        if self.new and len(text) < MIN_CHARS:
            self.message.setText(self.tr("Mật khẩu phải có ít nhất 8 ký tự."))
            return
        if self.new and text != self.again.text():
            self.message.setText(self.tr("Hai lần nhập mật khẩu không khớp."))
            return
        if not text:
            self.message.setText(self.tr("Hãy nhập mật khẩu."))
            return
        super().accept()

    def value(self) -> str:
        """The typed passphrase."""
        return self.passphrase.text()
