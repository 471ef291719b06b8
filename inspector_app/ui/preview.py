"""Preview of a rendered document: the PDF pages shown with QtPdf's QPdfView (rendered off the GUI thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .printing import pdf_buffer
from .widgets import fit_to_screen


class PreviewWindow(QWidget):
    """A window showing one PDF, all pages scrolling, with zoom and a Print button."""

    print_requested = Signal()

    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # From memory: a rendered case holds personal data and is never written in clear to a temp file.
        self.buffer = pdf_buffer(pdf, self)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)  # asynchronous from a device: the page count follows statusChanged
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel()
        self.document.pageCountChanged.connect(self._show_count)
        self._show_count(self.document.pageCount())
        fit = QPushButton(self.tr("Vừa chiều rộng"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        whole = QPushButton(self.tr("Cả trang"))
        whole.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        zoom_in = QPushButton("+")
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out = QPushButton("−")
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.print_btn = QPushButton(self.tr("In… (Ctrl+P)"))
        self.print_btn.clicked.connect(self.print_requested.emit)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_requested.emit)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.info)
        bar.addStretch(1)
        for b in (zoom_out, zoom_in, fit, whole, self.print_btn):
            bar.addWidget(b)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)
        fit_to_screen(self, 900, 1000)

    def _show_count(self, count: int) -> None:
        self.info.setText(self.tr("%1 trang").replace("%1", str(count)))

    def page_count(self) -> int:
        """Number of pages loaded."""
        return self.document.pageCount()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))

    def closeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        self.document.close()
        super().closeEvent(event)  # type: ignore[arg-type]
