"""A photo of the case shown large: fitted to the window, or at full size with scrolling (the officer checks
a label or a seal number on it). The image is read on the worker thread, never on the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.model import Attachment

from .backend import Backend
from .widgets import fit_to_screen

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def load_image(data: bytes) -> QImage:
    """The whole image from its bytes, decrypted in memory (work function: runs on the worker thread;
    QImage, unlike QPixmap, is thread-safe)."""
    from PySide6.QtGui import QImage

    return QImage.fromData(data)


class AttachmentViewer(QDialog):
    """One photo, enlarged; modeless so the case stays at hand. ``image_shown`` tells tests it is loaded."""

    def __init__(self, backend: Backend, attachment: Attachment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentViewer")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(attachment.filename)
        fit_to_screen(self, 1000, 760)
        self.image: QImage | None = None
        self.picture = QLabel(self.tr("Đang mở ảnh…"))
        self.picture.setObjectName("attachmentPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.picture)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.full_size = QCheckBox(self.tr("Kích thước thật"))
        self.full_size.toggled.connect(lambda _: self._show())
        caption = QLabel(attachment.caption or attachment.url)
        caption.setWordWrap(True)
        close_btn = QPushButton(self.tr("Đóng"))
        close_btn.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(caption, 1)
        bottom.addWidget(self.full_size)
        bottom.addWidget(close_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.scroll_area, 1)
        lay.addLayout(bottom)
        sha = attachment.sha256
        backend.call(lambda s: load_image(s.cases.attachment_bytes(sha)), self._loaded, lambda _e: self.picture.setText(
            self.tr("Không mở được ảnh %1").replace("%1", attachment.filename)))

    def _loaded(self, image: QImage) -> None:
        if image.isNull():
            self.picture.setText(self.tr("Không mở được ảnh (tệp hỏng hoặc không phải ảnh)."))
            return
        self.image = image
        self._show()

    def _show(self) -> None:
        from PySide6.QtGui import QPixmap

        if self.image is None:
            return
        full = self.full_size.isChecked()
        self.scroll_area.setWidgetResizable(not full)
        image = self.image
        if not full:
            room = self.scroll_area.viewport().size()
            image = image.scaled(room, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(QPixmap.fromImage(image))
        if full:
            self.picture.adjustSize()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.image is not None and not self.full_size.isChecked():
            self._show()
