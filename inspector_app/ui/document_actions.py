"""What can be done with a document, wherever it is shown (the documents panel, the document editor, the main
window's menus): preview, print, finalise (problems listed, confirmation, then numbered and read-only) and
correct a final document by superseding it; and the kinds' names as the interface shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QProgressDialog,
    QWidget,
)

from inspector_app.domain.kinds import KINDS, Issuer
from inspector_app.domain.model import Document, DocumentStatus
from inspector_app.domain.validation import ANNEX_PROBLEM

from .backend import Backend
from .errors import show_error
from .models import form_name
from .prompts import Prompter

if TYPE_CHECKING:
    # QtPdf, QtPdfWidgets and QtPrintSupport are loaded on the first preview or print, not at start-up:
    # the main window creates DocumentActions before it is first shown.
    from PySide6.QtPrintSupport import QPrinter

    from inspector_app.services.container import Services

    from .preview import PreviewWindow
    from .printing import PrintJob


def kind_head(kind: str) -> str:
    """The legal title of a form in running case: "Biên bản vi phạm hành chính" (the source of its
    translation)."""
    spec = KINDS[kind]
    head = spec.title.capitalize()
    if spec.title in ("BIÊN BẢN", "QUYẾT ĐỊNH", "BẢNG KÊ"):
        head += " " + spec.subtitle[0].lower() + spec.subtitle[1:]
    return head


def kind_label(kind: str) -> str:
    """"NĐ 118 MBB01 — Biên bản vi phạm hành chính" for menus and titles, in the interface language."""
    head = QCoreApplication.translate("KindLabel", kind_head(kind))
    if len(head) > 80:  # cut between words, so no word is shown halved
        head = head[:79].rsplit(" ", 1)[0].rstrip(",;") + "…"
    return f"{form_name(kind)} — {head}"


def default_printer(doc_name: str, copies: int) -> QPrinter:
    """``printing.new_printer``, imported on the first print (it loads QtPdf and QtPrintSupport)."""
    from .printing import new_printer

    return new_printer(doc_name, copies)


def render_pdf(services: Services, doc_id: str) -> tuple[bytes, Document]:
    """Render a document to PDF bytes in memory (work function: runs on the worker thread)."""
    return services.rendering.draft_pdf(doc_id)


class DocumentActions(QObject):
    """Preview, print, finalise and correct documents; the outcomes are announced through signals."""

    finalized = Signal(str, str)  # document id, number
    corrected = Signal(str, str)  # old id, new draft id
    printed = Signal(str, bool, str)  # document id, ok, message
    preview_opened = Signal(object)  # PreviewWindow
    open_requested = Signal(str)  # document id to open in the editor

    def __init__(self, backend: Backend, prompter: Prompter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.printer_factory: Callable[[str, int], QPrinter] = default_printer
        self.jobs: list[PrintJob] = []
        self.previews: list[PreviewWindow] = []
        self.parent_widget: QWidget | None = None

    def cleanup(self) -> None:
        """Close the previews (at exit). Rendered PDFs live in memory only, so there is no file to delete."""
        for w in list(self.previews):
            w.close()

    def _error(self, title: str) -> Callable[[BaseException], None]:
        def show(exc: BaseException) -> None:
            show_error(self.prompter, self.parent_widget, exc, title, with_fields=True)
        return show

    # -- preview ---------------------------------------------------------------------------------------------
    def preview(self, doc_id: str, title: str = "") -> None:
        """Render on the worker thread, then show the pages."""
        def done(res: tuple[bytes, Document]) -> None:
            from .preview import PreviewWindow

            window = PreviewWindow(title or self.tr("Xem trước văn bản"), res[0])
            window.print_requested.connect(lambda: self.print(doc_id))
            window.destroyed.connect(lambda *_: self.previews.remove(window) if window in self.previews else None)
            self.previews.append(window)
            window.show()
            self.preview_opened.emit(window)

        self.backend.call(lambda s: render_pdf(s, doc_id), done, self._error(self.tr("Không xem trước được")))

    # -- print -----------------------------------------------------------------------------------------------
    def print(self, doc_id: str) -> None:
        """Render, ask QPrintDialog (copies default to the legal count), then paint the pages."""
        self.backend.call(lambda s: render_pdf(s, doc_id),
                          lambda res: self._print_rendered(doc_id, res[0], res[1]),
                          self._error(self.tr("Không in được")))

    def _print_rendered(self, doc_id: str, pdf: bytes, doc: Document) -> None:
        spec = KINDS[doc.kind]
        name = f"{spec.symbol} {doc.number}".strip() if doc.number else f"{form_name(doc.kind)} ({self.tr('nháp')})"
        if doc.status == DocumentStatus.DRAFT and not self.prompter.confirm(
                self.parent_widget, self.tr("In bản nháp"),
                self.tr("Văn bản chưa hoàn tất nên chưa có số. In bản nháp để xem lại?")):
            self.printed.emit(doc_id, False, self.tr("Đã hủy in"))
            return
        from inspector_app.services.rendering import pdf_file_name

        # The printer's document name is what "Print to file (PDF)" proposes as the file name: the app's
        # PDF file name, never a document number with its "/" (a path the dialog could not write).
        printer = self.printer_factory(pdf_file_name(doc), int(doc.fields.get("copies") or spec.copies))
        if not self.prompter.print_setup(self.parent_widget, printer):
            self.printed.emit(doc_id, False, self.tr("Đã hủy in"))
            return
        from .printing import PrintJob

        job = PrintJob(pdf, printer, self)
        progress = QProgressDialog(self.tr("Đang in %1…").replace("%1", name), self.tr("Hủy"), 0, 0,
                                   self.parent_widget)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(job.cancel)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        def finished(ok: bool, message: str) -> None:
            progress.reset()
            progress.deleteLater()
            if job in self.jobs:
                self.jobs.remove(job)
            job.deleteLater()
            self.printed.emit(doc_id, ok, message)

        def flip(instructions: str) -> None:
            # Single-sided printer: the receipt goes on the back of the last sheet (review M3).
            if self.prompter.confirm(self.parent_widget, self.tr("In mặt sau tờ cuối"), instructions):
                job.print_back()
            else:
                job.skip_back()

        job.progress.connect(step)
        job.finished.connect(finished)
        job.flip_needed.connect(flip)
        self.jobs.append(job)
        job.start()

    # -- finalise --------------------------------------------------------------------------------------------
    def finalize(self, doc_id: str) -> None:
        """List the problems, or confirm (asking the number for unit decisions) and finalise."""

        def work(s: Services) -> tuple[Document, list[Any]]:
            doc = s.documents.get(doc_id)
            return doc, s.documents.problems(doc)

        self.backend.call(work, lambda res: self._confirm_finalize(res[0], res[1]),
                          self._error(self.tr("Chưa hoàn tất được")))

    def _confirm_finalize(self, doc: Document, problems: list[Any]) -> None:
        title = self.tr("Hoàn tất văn bản")
        if doc.status != DocumentStatus.DRAFT:
            self.prompter.info(self.parent_widget, title, self.tr("Văn bản này đã hoàn tất."))
            return
        # Info items and warnings already overridden (with a recorded reason) do not stop finalisation.
        blocking = [p for p in problems if p.blocking]
        if blocking:
            self.prompter.problems(self.parent_widget, title,
                                   self.tr("Chưa thể hoàn tất: còn %n vấn đề cần sửa.", "", len(blocking)),
                                   [p.message for p in blocking])
            if any(p.field == ANNEX_PROBLEM for p in blocking) and self.prompter.confirm(
                    self.parent_widget, self.tr("Lập Bảng kê"),
                    self.tr("Danh sách hàng hóa quá dài cho biên bản. Lập ngay Bảng kê (Mẫu 10) kèm theo biên bản "
                            "này? Số của biên bản được điền vào Bảng kê khi biên bản được cấp số.")):
                self.create_annex(doc.id)
            return
        spec = KINDS[doc.kind]
        text = self.tr("Sau khi hoàn tất, văn bản được cấp số và KHÔNG THỂ SỬA nữa; muốn sửa phải lập văn bản "
                       "thay thế. Hoàn tất %1?").replace("%1", form_name(doc.kind))
        choice = self.prompter.confirm_finalize(self.parent_widget, title, text,
                                                ask_number=spec.issuer == Issuer.UNIT)
        if choice is None:
            return
        number, by_hand = choice.number, choice.by_hand

        def done(final: Document) -> None:
            self.finalized.emit(final.id, final.number)

        self.backend.mutate(lambda s: s.documents.finalize(doc.id, number, by_hand=by_hand), "document", done,
                            self._error(title),
                            ident=lambda final: final.id)

    # -- annex -----------------------------------------------------------------------------------------------
    def create_annex(self, parent_id: str) -> None:
        """Create the bảng kê (TT 22 Mẫu 10) attached to the minutes ``parent_id`` and open it."""
        self.backend.mutate(lambda s: s.documents.create_annex(parent_id), "document",
                            lambda annex: self.open_requested.emit(annex.id), self._error(self.tr("Lập Bảng kê")),
                            ident=lambda annex: annex.id)

    # -- scanned signed copy --------------------------------------------------------------------------------
    def attach_scan(self, doc_id: str) -> None:
        """Pick the scanned signed copy (a PDF) of a final document and keep it (sealed like every attachment;
        it goes to HQ at the next sync, shown there beside the PDF printed on site)."""
        title = self.tr("Đính kèm bản quét có chữ ký")
        paths = self.prompter.open_files(self.parent_widget, title, self.tr("Tệp PDF (*.pdf)"))
        if not paths:
            return
        path = paths[0]

        def done(scan: Any) -> None:
            self.prompter.info(self.parent_widget, title,
                               self.tr("Đã lưu bản quét “%1”. Bản quét sẽ được gửi về Chi cục ở lần đồng bộ tới.")
                               .replace("%1", scan.filename))

        self.backend.mutate(lambda s: s.documents.attach_scan(doc_id, path), "document", done, self._error(title),
                            ident=doc_id)

    # -- correct ---------------------------------------------------------------------------------------------
    def correct(self, doc_id: str) -> None:
        """Start a correction: a new draft that supersedes the final document (both stay)."""
        title = self.tr("Lập văn bản thay thế")
        if not self.prompter.confirm(self.parent_widget, title,
                                     self.tr("Văn bản đã hoàn tất không sửa được. Lập một bản nháp mới thay thế "
                                             "nó (văn bản cũ vẫn được giữ)?")):
            return

        def done(new: Document) -> None:
            self.corrected.emit(doc_id, new.id)
            self.open_requested.emit(new.id)

        self.backend.mutate(lambda s: s.documents.correct(doc_id), "document", done, self._error(title),
                            ident=lambda new: new.id)
