"""The documents of a case: create any of the eight kinds (pre-filled from the case), open, and the actions of
``document_actions`` (preview, print, finalise, correct) on the selected one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import Document

from .backend import Backend
from .errors import error_text
from .models import DocumentTableModel
from .prompts import Prompter

if TYPE_CHECKING:
    # QtPdf, QtPdfWidgets and QtPrintSupport are loaded on the first preview or print, not at start-up:
    # the main window creates DocumentActions before it is first shown.


    pass


from .document_actions import DocumentActions, kind_label


class DocumentsPanel(QWidget):
    """The documents of one case, with the actions on them; ``open_requested(doc_id)`` opens the editor."""

    open_requested = Signal(str)
    created = Signal(str)
    loaded = Signal()

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.case_id = ""
        self.doc_actions: DocumentActions | None = None
        self.before_create: Callable[[], bool] | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("newDocumentKind")
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
            self.kind.setItemData(self.kind.count() - 1, kind_label(kind), Qt.ItemDataRole.ToolTipRole)
        # The full form titles are long; sized to its longest item the combo alone made the main window
        # wider than a 1024-pixel screen. It shows ~40 characters; the open list still shows whole titles.
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(40)
        self.kind.view().setMinimumWidth(self.kind.view().sizeHintForColumn(0) + 24)
        self.create_btn = QPushButton(self.tr("Lập văn bản"))
        self.create_btn.setObjectName("createDocument")
        self.create_btn.clicked.connect(lambda: self.create_draft(str(self.kind.currentData())))
        self.model = DocumentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("documentTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        # The kind column as wide as its longest title (a wide table scrolls; no title is cut short).
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        for c in range(1, 5):
            self.view.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(lambda idx: self.open_requested.emit(self.model.row_at(idx.row()).id))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.open_btn = QPushButton(self.tr("Mở / sửa"))
        self.preview_btn = QPushButton(self.tr("Xem trước"))
        self.print_btn = QPushButton(self.tr("In…"))
        self.finalize_btn = QPushButton(self.tr("Hoàn tất…"))
        self.correct_btn = QPushButton(self.tr("Lập văn bản thay thế…"))
        self.scan_btn = QPushButton(self.tr("Bản quét…"))
        self.scan_btn.setObjectName("attachScan")
        self.scan_btn.setToolTip(self.tr("Đính kèm bản quét (PDF) của văn bản đã ký; gửi về Chi cục khi đồng bộ"))
        self.delete_btn = QPushButton(self.tr("Xóa bản nháp"))
        self.open_btn.clicked.connect(lambda: self._with_selected(self.open_requested.emit))
        self.preview_btn.clicked.connect(lambda: self._with_selected(self._preview))
        self.print_btn.clicked.connect(lambda: self._with_selected(self._print))
        self.finalize_btn.clicked.connect(lambda: self._with_selected(self._finalize))
        self.correct_btn.clicked.connect(lambda: self._with_selected(self._correct))
        self.scan_btn.clicked.connect(lambda: self._with_selected(self._attach_scan))
        self.delete_btn.clicked.connect(lambda: self._with_selected(self.delete_draft))
        # Ctrl+P is the main window's "In…" action (it prints the document selected here); a second Ctrl+P
        # shortcut made both ambiguous and neither ran.
        self.hint = QLabel(self.tr("Văn bản được lập sẵn từ thông tin vụ việc; lưu vụ việc trước khi lập."))
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Loại văn bản:")))
        top.addWidget(self.kind, 1)
        top.addWidget(self.create_btn)
        buttons = QHBoxLayout()
        for b in (self.open_btn, self.preview_btn, self.print_btn, self.finalize_btn, self.correct_btn,
                  self.scan_btn, self.delete_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.hint)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        backend.changed.connect(self._changed)
        self._update_buttons()

    def set_actions(self, actions: DocumentActions) -> None:
        """Use the window's shared document actions."""
        self.doc_actions = actions

    def set_case(self, case_id: str) -> None:
        """Show the documents of ``case_id``."""
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        """Fetch the document list again."""
        case_id = self.case_id
        if not case_id:
            self.model.set_rows([])
            return

        def done(rows: list[Any]) -> None:
            if case_id == self.case_id:
                selected = self.selected_id()
                self.model.set_rows(rows)
                i = self.model.find(lambda r: r.id == selected) if selected else -1
                if i >= 0:
                    self.view.selectRow(i)
                self._update_buttons()
                self.loaded.emit()

        self.backend.call(lambda s: s.documents.list(case_id=case_id), done)

    def _changed(self, what: str, _id: str) -> None:
        if what in ("document", "all", "sync") and self.case_id:
            self.reload()

    def selected_id(self) -> str:
        """Id of the selected document, or ''."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else ""

    def select(self, doc_id: str) -> None:
        """Select a document by id (if shown)."""
        i = self.model.find(lambda r: r.id == doc_id)
        if i >= 0:
            self.view.selectRow(i)

    def _selected_row(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _with_selected(self, fn: Callable[[str], None]) -> None:
        doc_id = self.selected_id()
        if doc_id:
            fn(doc_id)

    def _update_buttons(self) -> None:
        row = self._selected_row()
        has = row is not None
        draft = has and row.status == "draft"
        for b in (self.open_btn, self.preview_btn, self.print_btn):
            b.setEnabled(has)
        self.finalize_btn.setEnabled(draft)
        self.delete_btn.setEnabled(draft)
        self.correct_btn.setEnabled(has and not draft)
        self.scan_btn.setEnabled(has and not draft)

    # -- actions ---------------------------------------------------------------------------------------------
    def create_draft(self, kind: str) -> None:
        """Create a draft of ``kind`` from the case (saving pending case edits first) and open it."""
        if not self.case_id:
            return
        if self.before_create is not None and not self.before_create():
            return
        case_id = self.case_id

        def done(doc: Document) -> None:
            self.created.emit(doc.id)
            self.open_requested.emit(doc.id)

        def failed(exc: BaseException) -> None:
            self.prompter.error(self, self.tr("Không lập được văn bản"), error_text(exc))

        self.backend.mutate(lambda s: s.documents.create_draft(case_id, kind), "document", done, failed,
                            ident=lambda doc: doc.id)

    def _preview(self, doc_id: str) -> None:
        if self.doc_actions:
            row = self._selected_row()
            self.doc_actions.preview(doc_id, kind_label(row.kind) if row else "")

    def _print(self, doc_id: str) -> None:
        if self.doc_actions:
            self.doc_actions.print(doc_id)

    def _finalize(self, doc_id: str) -> None:
        if self.doc_actions:
            self.doc_actions.finalize(doc_id)

    def _correct(self, doc_id: str) -> None:
        if self.doc_actions:
            self.doc_actions.correct(doc_id)

    def _attach_scan(self, doc_id: str) -> None:
        if self.doc_actions:
            self.doc_actions.attach_scan(doc_id)

    def delete_draft(self, doc_id: str) -> None:
        """Delete a draft after confirmation."""
        if not self.prompter.confirm(self, self.tr("Xóa bản nháp"), self.tr("Xóa bản nháp này?")):
            return
        self.backend.mutate(lambda s: s.documents.delete_draft(doc_id), "document", None,
                            lambda e: self.prompter.error(self, self.tr("Không xóa được"), error_text(e)), ident=doc_id)
