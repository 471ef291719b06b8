"""Printing a rendered PDF: pages drawn from QPdfDocument onto a QPrinter, one page per event-loop turn.

The PDF comes from the rendering service (ReportLab, on the worker thread); here it is rasterised page by
page with QtPdf and painted on the printer. One page per turn of the event loop keeps the window alive while
a 47-page bảng kê prints. Copies: when the printer cannot make copies itself (PDF output, many drivers),
the job draws them, collated, so the legal number of copies always comes out.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_DPI = 300


def new_printer(doc_name: str, copies: int) -> QPrinter:
    """An A4 printer set for ``copies`` copies (the legal count of the form) and full-page drawing."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF already carries the legal margins
    printer.setDocName(doc_name)
    printer.setCopyCount(max(1, copies))
    printer.setCollateCopies(True)
    return printer


class PrintJob(QObject):
    """Paint a PDF file onto ``printer``; emits ``progress(done, total)`` and then ``finished(ok, message)``."""

    progress = Signal(int, int)
    finished = Signal(bool, str)

    def __init__(self, pdf_path: Path, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.pdf = QPdfDocument(self)
        self.pdf_path = Path(pdf_path)
        self._painter: QPainter | None = None
        self._steps: list[int] = []
        self._done = 0
        self._cancelled = False

    def start(self) -> None:
        """Load the PDF and begin painting (returns at once; the work continues in the event loop)."""
        error = self.pdf.load(str(self.pdf_path))
        if error != QPdfDocument.Error.None_ or self.pdf.pageCount() <= 0:
            self.finished.emit(False, self.tr("Không đọc được tệp PDF để in"))
            return
        pages = self.pdf.pageCount()
        copies = 1 if self.printer.supportsMultipleCopies() else max(1, self.printer.copyCount())
        if not self.printer.supportsMultipleCopies():
            # We draw the copies ourselves; the device must not multiply them again.
            self.printer.setCopyCount(1)
        self._steps = [p for _ in range(copies) for p in range(pages)]
        self._painter = QPainter()
        if not self._painter.begin(self.printer):
            self._painter = None
            self.finished.emit(False, self.tr("Không mở được máy in"))
            return
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """Stop after the current page (the pages already sent stay printed)."""
        self._cancelled = True

    def _step(self) -> None:
        painter = self._painter
        if painter is None:
            return
        if self._cancelled:
            painter.end()
            self._painter = None
            self.finished.emit(False, self.tr("Đã hủy in"))
            return
        page = self._steps[self._done]
        if self._done > 0:
            self.printer.newPage()
        self._paint_page(painter, page)
        self._done += 1
        self.progress.emit(self._done, len(self._steps))
        if self._done < len(self._steps):
            QTimer.singleShot(0, self._step)
            return
        painter.end()
        self._painter = None
        self.finished.emit(True, self.tr("Đã in %1 trang").replace("%1", str(len(self._steps))))

    def _paint_page(self, painter: QPainter, page: int) -> None:
        points = self.pdf.pagePointSize(page)
        dpi = min(self.printer.resolution(), MAX_DPI)
        size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
        image = self.pdf.render(page, size)
        target = QRectF(self.printer.paperRect(QPrinter.Unit.DevicePixel))
        # Fit the page into the paper keeping its proportions (A4 on A4 fills it exactly).
        scale = min(target.width() / size.width(), target.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        rect = QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h)
        painter.drawImage(rect, image)
