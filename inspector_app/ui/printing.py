"""Printing a rendered PDF: pages drawn from QPdfDocument onto a QPrinter, one page per event-loop turn.

The PDF comes from the rendering service (ReportLab, on the worker thread); here it is rasterised page by
page with QtPdf and painted on the printer. One page per turn of the event loop keeps the window alive while
a 47-page bảng kê prints. Copies: when the printer cannot make copies itself (PDF output, many drivers),
the job draws them, collated, so the legal number of copies always comes out.

The back-page receipt ("<In ở mặt sau>": "Biên bản đã giao trực tiếp cho …") is the last page of the PDF
of a minutes or decision; the PDF says so in its keywords (``RECEIPT_PDF_KEYWORD``). It belongs on the back of
the last sheet, so that "gồm … tờ" stays true (review M3):

* on a printer that can print both sides, the job prints duplex: every other sheet gets a blank back and
  the last sheet gets the receipt;
* otherwise it prints the sheets, then emits ``flip_needed`` with instructions for the officer (take the
  last sheet of each copy, turn it over, put it back in the tray); ``print_back()`` prints the receipts on
  those sheets, ``skip_back()`` ends the job without them.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from inspector_app.domain.kinds import RECEIPT_PDF_KEYWORD

MAX_DPI = 300
BLANK = -1  # a step that leaves the back of a sheet blank


def new_printer(doc_name: str, copies: int) -> QPrinter:
    """An A4 printer set for ``copies`` copies (the legal count of the form) and full-page drawing."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF already carries the legal margins
    printer.setDocName(doc_name)
    printer.setCopyCount(max(1, copies))
    printer.setCollateCopies(True)
    return printer


def can_duplex(printer: QPrinter) -> bool:
    """True if ``printer`` prints both sides of a sheet (never for PDF output)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return False
    modes = QPrinterInfo(printer).supportedDuplexModes()
    return any(m in modes for m in (QPrinter.DuplexMode.DuplexLongSide, QPrinter.DuplexMode.DuplexAuto))


def plan_pages(pages: int, *, receipt: bool, copies: int, duplex: bool) -> tuple[list[int], list[int]]:
    """The pages to paint, in order (``BLANK`` = an empty back), and those of a second, back-side pass.

    Without a receipt: every page, once per copy. With one (the last page) on a duplex printer: one page
    per sheet, the backs blank except the last sheet's, which takes the receipt. On a single-sided
    printer: the sheets first, then the receipts alone, once the officer has put the last sheets back.
    """
    if not receipt or pages < 2:
        return [p for _ in range(copies) for p in range(pages)], []
    body = list(range(pages - 1))
    if duplex:
        one = [s for p in body[:-1] for s in (p, BLANK)] + [body[-1], pages - 1]
        return [s for _ in range(copies) for s in one], []
    return [p for _ in range(copies) for p in body], [pages - 1] * copies


def flip_instructions(sheets: int, copies: int) -> str:
    """What the officer does between the two passes of a single-sided printer."""
    which = f"tờ số {sheets}" if sheets > 1 else "tờ vừa in"
    taken = f"tờ cuối của mỗi bản ({copies} tờ, {which} của từng bản)" if copies > 1 else f"tờ cuối ({which})"
    return (f"Máy in chỉ in được một mặt. Phần «đã giao trực tiếp» phải in ở mặt sau tờ cuối để biên bản vẫn "
            f"đúng «gồm {sheets:02d} tờ».\n\nLấy {taken}, lật mặt rồi đặt lại vào khay giấy sao cho mặt còn "
            "trắng được in và phần đầu trang (quốc hiệu) đưa vào máy trước. Sau đó bấm OK để in mặt sau.")


def pdf_buffer(pdf: bytes, parent: QObject) -> QBuffer:
    """An open read-only QBuffer over ``pdf`` for QPdfDocument.load (kept alive by ``parent``)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


class PrintJob(QObject):
    """Paint a PDF file onto ``printer``; emits ``progress(done, total)`` and then ``finished(ok, message)``.

    ``flip_needed(instructions)`` is emitted between the two passes of a single-sided printer.
    """

    progress = Signal(int, int)
    finished = Signal(bool, str)
    flip_needed = Signal(str)

    def __init__(self, pdf: bytes, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer
        self.pdf = QPdfDocument(self)
        self.buffer = pdf_buffer(pdf, self)
        self._painter: QPainter | None = None
        self._steps: list[int] = []
        self._back_steps: list[int] = []
        self._done = 0
        self._cancelled = False
        self.duplex = False
        self.sheets = 0
        self._loaded = False

    def start(self) -> None:
        """Load the PDF and begin painting (returns at once; the work continues in the event loop).

        Loading from a QIODevice is asynchronous: painting begins when the document says it is ready.
        """
        self._loaded = False
        self.pdf.statusChanged.connect(self._on_status)
        self.pdf.load(self.buffer)
        self._on_status(self.pdf.status())

    def _on_status(self, status: QPdfDocument.Status) -> None:
        if self._loaded:
            return
        if status == QPdfDocument.Status.Ready and self.pdf.pageCount() > 0:
            self._loaded = True
            self._begin()
        elif status in (QPdfDocument.Status.Error, QPdfDocument.Status.Ready):
            self._loaded = True
            self.finished.emit(False, self.tr("Không đọc được tệp PDF để in"))

    def _begin(self) -> None:
        pages = self.pdf.pageCount()
        copies = 1 if self.printer.supportsMultipleCopies() else max(1, self.printer.copyCount())
        if not self.printer.supportsMultipleCopies():
            # We draw the copies ourselves; the device must not multiply them again.
            self.printer.setCopyCount(1)
        keywords = self.pdf.metaData(QPdfDocument.MetaDataField.Keywords) or ""
        # A file (print to PDF) has no sheets to turn over: it keeps the pages in order.
        paper = self.printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
        receipt = paper and pages >= 2 and RECEIPT_PDF_KEYWORD in str(keywords)
        self.duplex = receipt and can_duplex(self.printer)
        if self.duplex:
            self.printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
        self._steps, self._back_steps = plan_pages(pages, receipt=receipt, copies=copies, duplex=self.duplex)
        self.sheets = pages - 1 if receipt else pages
        self._copies = copies
        self._run()

    def _run(self) -> None:
        self._done = 0
        self._painter = QPainter()
        if not self._painter.begin(self.printer):
            self._painter = None
            self.finished.emit(False, self.tr("Không mở được máy in"))
            return
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """Stop after the current page (the pages already sent stay printed)."""
        self._cancelled = True

    def print_back(self) -> None:
        """Second pass of a single-sided printer: the receipt on the back of each last sheet."""
        self._steps, self._back_steps = self._back_steps, []
        self._run()

    def skip_back(self) -> None:
        """End a single-sided job without printing the backs (the officer will do it later)."""
        self._back_steps = []
        self.finished.emit(False, self.tr("Đã in các tờ nhưng chưa in mặt sau (phần đã giao trực tiếp)"))

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
        if page != BLANK:
            try:
                self._paint_page(painter, page)
            except RuntimeError:  # the window that owned the job closed while it printed: stop cleanly
                painter.end()
                self._painter = None
                return
        self._done += 1
        self.progress.emit(self._done, len(self._steps))
        if self._done < len(self._steps):
            QTimer.singleShot(0, self._step)
            return
        painter.end()
        self._painter = None
        if self._back_steps:
            self.flip_needed.emit(flip_instructions(self.sheets, self._copies))
            return
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
