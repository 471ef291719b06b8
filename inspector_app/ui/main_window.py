"""The main window: case list (search folds diacritics; filters by status, kind and date; sorting), the case
editor with the documents of the case, deadlines falling due, and the sync state in the status bar.

Views are dumb: they ask the backend and show what comes back. Everything refreshes from
``Backend.changed``; the window layout is remembered in the UI settings file of the data directory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.clock import SystemClock
from inspector_app.domain.format import date_text
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.validation import parse_date

from .backend import Backend
from .case_editor import CaseEditor
from .document_actions import DocumentActions, kind_label
from .errors import error_text, show_error
from .models import CaseTableModel, DeadlineRow, DeadlineTableModel, FoldFilterProxy, form_name
from .prompts import Prompter
from .widgets import DateField, fit_to_screen

if TYPE_CHECKING:
    from pathlib import Path

    # QCloseEvent would create QEvent's Python type (a large enum) before the first paint, for an annotation.
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from inspector_app.services.backup import BackupService
    from inspector_app.services.container import Services

    # The document editor and the new-case dialog load when first opened.
    from .document_editor import DocumentEditor

CASE_LIMIT = 500
_LAST_CASE = "window/lastCase"
DEADLINE_LIMIT = 200  # overdue items shown in the dock (the most overdue first; the title counts them all)
OVERDUE_COUNT_CAP = 999  # beyond this the dock title says "more than 999" (counting stays O(cap))
CATCH_UP_SLICE_S = 0.02  # one slice of a deadline recomputation on the worker


class MainWindow(QMainWindow):
    """The one main window. ``cases_loaded`` fires after every case-list query (tests wait on it)."""

    cases_loaded = Signal(int)
    document_opened = Signal(object)  # DocumentEditor
    profile_ready = Signal()
    first_painted = Signal()  # once, after the window's own first paint (start-up waits for it)
    integrity_checked = Signal(object)  # a DoctorReport, from the background full check of the database

    def __init__(self, backend: Backend, prompter: Prompter, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("QLTT — Kiểm tra thị trường"))
        self.actions_ = DocumentActions(backend, prompter, self)
        self.actions_.parent_widget = self
        self.actions_.open_requested.connect(self.open_document)
        self.actions_.finalized.connect(lambda _id, number: self.statusBar().showMessage(
            self.tr("Đã hoàn tất văn bản số %1").replace("%1", number) if number else
            self.tr("Đã hoàn tất văn bản; số để trống, ghi tay theo sổ đăng ký sau khi ký"), 8000))
        self.actions_.printed.connect(lambda _id, ok, msg: self.statusBar().showMessage(msg, 8000))
        self.editors: list[DocumentEditor] = []

        # -- case list -----------------------------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setPlaceholderText(self.tr("Tìm vụ việc, đối tượng, hàng hóa, mã số thuế… (Ctrl+F)"))
        # setClearButtonEnabled waits for _profile_checked: its icon lookup walks the system icon theme
        # (~25 ms under X11) and the field is disabled until the services are ready anyway.
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Mọi trạng thái"), "")
        self.status_filter.addItem(self.tr("Đang xử lý"), "open")
        self.status_filter.addItem(self.tr("Đã kết thúc"), "closed")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("Mọi loại văn bản"), "")
        for kind, spec in KINDS.items():
            self.kind_filter.addItem(f"{form_name(kind)} ({spec.symbol})", kind)
        self.kind_filter.setMinimumContentsLength(12)
        self.date_from = DateField()
        self.date_from.setObjectName("dateFrom")
        self.date_from.setPlaceholderText(self.tr("từ ngày (ngày/tháng/năm)"))
        self.date_to = DateField()
        self.date_to.setObjectName("dateTo")
        self.date_to.setPlaceholderText(self.tr("đến ngày (ngày/tháng/năm)"))
        self.case_model = CaseTableModel(self)
        self.proxy = FoldFilterProxy(self)
        self.proxy.setSourceModel(self.case_model)
        self.case_view = QTableView()
        self.case_view.setObjectName("caseTable")
        self.case_view.setModel(self.proxy)
        self.case_view.setSortingEnabled(True)
        self.case_view.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.case_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.case_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.case_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.case_view.setAlternatingRowColors(True)
        self.case_view.verticalHeader().setVisible(False)
        self.case_view.setWordWrap(False)
        hh = self.case_view.horizontalHeader()
        # The title gets the room first (a stretched first column was squeezed to "Kiểm tr…" by the fixed
        # ones); a narrow list scrolls sideways and opens scrolled to the left.
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        for col, width in enumerate((230, 150, 110, 112, 56, 86)):
            self.case_view.setColumnWidth(col, width)
        self.case_view.selectionModel().currentRowChanged.connect(self._case_current)
        self.count_label = QLabel()
        self.new_btn = QPushButton(self.tr("Vụ việc mới… (Ctrl+N)"))
        self.new_btn.setObjectName("newCase")
        self.new_btn.clicked.connect(self.new_case)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(4, 4, 4, 4)
        ll.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.kind_filter, 1)
        ll.addLayout(filters)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(self.date_to)
        ll.addLayout(dates)
        ll.addWidget(self.case_view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.new_btn)
        ll.addLayout(bottom)

        self.editor = CaseEditor(backend, prompter)
        # The editor's pages are built on first use (start-up budget); the documents tab is wired then.
        self.editor.when_pages_built(self._wire_documents)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)

        # -- deadlines -----------------------------------------------------------------------------------------
        self.deadline_model = DeadlineTableModel(self)
        self.deadline_view = QTableView()
        self.deadline_view.setObjectName("deadlineTable")
        self.deadline_view.setModel(self.deadline_model)
        self.deadline_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadline_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadline_view.verticalHeader().setVisible(False)
        dh = self.deadline_view.horizontalHeader()
        dh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        dh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        dh.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        dh.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.deadline_view.setColumnWidth(2, 260)
        self.deadline_view.activated.connect(self._deadline_activated)
        self.deadline_dock = QDockWidget(self.tr("Thời hạn sắp đến và quá hạn"), self)
        self.deadline_dock.setObjectName("deadlineDock")
        self.deadline_dock.setWidget(self.deadline_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.deadline_dock)

        # -- status bar ----------------------------------------------------------------------------------------
        self.sync_label = QLabel()
        self.sync_label.setObjectName("syncState")
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setMaximumWidth(140)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.deadline_progress = QLabel()
        self.deadline_progress.setObjectName("deadlineProgress")
        self.deadline_progress.hide()
        self._catching_up = False
        self.statusBar().addPermanentWidget(self.deadline_progress)
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().showMessage(self.tr("Đang mở dữ liệu…"))
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)  # short calls never flash the indicator
        self._busy_timer.timeout.connect(self.busy.show)
        backend.runner.busy_changed.connect(self._busy)
        backend.runner.error.connect(self._task_error)

        self._build_menus()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload_cases)
        self.search.textChanged.connect(self._search_typed)
        self.status_filter.currentIndexChanged.connect(lambda _: self.reload_cases())
        self.kind_filter.currentIndexChanged.connect(lambda _: self.reload_cases())
        self.date_from.textChanged.connect(lambda _: self._search_timer.start())
        self.date_to.textChanged.connect(lambda _: self._search_timer.start())
        backend.changed.connect(self._changed)
        self.integrity_checked.connect(self._integrity_checked)
        backend.ready.connect(self._ready)
        self._query_seq = 0
        self.configured = False  # a unit and an officer are set up (checked once the services are ready)
        self.search.returnPressed.connect(self._open_first_result)
        self._pending_select = ""
        self._painted = False
        self._restore_layout()
        self._set_enabled(False)

    def _wire_documents(self) -> None:
        self.editor.documents.set_actions(self.actions_)
        # A document carries the unit and the officer: ask for them before the draft, not after it is filled in.
        self.editor.documents.before_create = lambda: self.require_profile(self.tr(
            "Trước khi lập văn bản, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông tin "
            "này.")) and self.editor.save_if_dirty()
        self.editor.documents.open_requested.connect(self.open_document)

    # -- menus ---------------------------------------------------------------------------------------------
    def _action(self, menu: Any, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
        # QAction(text, parent) would make PySide6 try the (QIcon, text, parent) overload first and build
        # QIcon's Python type with its 150-member ThemeIcon enum (~2 ms before the first paint) for nothing.
        act = QAction(self)
        act.setText(text)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if name:
            act.setObjectName(name)
        act.triggered.connect(lambda _=False: slot())
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&Tệp"))
        self.new_action = self._action(m, self.tr("&Vụ việc mới…"), self.new_case, QKeySequence.StandardKey.New,
                                       "actionNewCase")
        self._action(m, self.tr("&Lưu vụ việc"), lambda: self.editor.save(), QKeySequence.StandardKey.Save)
        m.addSeparator()
        self._action(m, self.tr("&Nhập dữ liệu từ tệp…"), self.import_file)
        self._action(m, self.tr("&Xuất dữ liệu ra tệp…"), self.export_file)
        self._action(m, self.tr("Thêm &dữ liệu mẫu"), self.load_demo)
        m.addSeparator()
        self._action(m, self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)
        d = bar.addMenu(self.tr("Văn &bản"))
        create = d.addMenu(self.tr("&Lập văn bản"))
        for kind in KINDS:
            self._action(create, kind_label(kind), lambda k=kind: self._create_document(k))
        self._action(d, self.tr("&Xem trước"), lambda: self._doc_action("preview"), "Ctrl+Shift+V")
        self._action(d, self.tr("&In…"), lambda: self._doc_action("print"), QKeySequence.StandardKey.Print)
        self._action(d, self.tr("&Hoàn tất…"), lambda: self._doc_action("finalize"), "Ctrl+Shift+F")
        self._action(d, self.tr("Lập văn bản &thay thế…"), lambda: self._doc_action("correct"))
        s = bar.addMenu(self.tr("Đồn&g bộ"))
        self._action(s, self.tr("Đồng bộ với &máy chủ…"), self.open_sync, "F9", "actionSync")
        self._action(s, self.tr("&Cập nhật tình trạng"), self.reload_sync_state)
        t = bar.addMenu(self.tr("&Công cụ"))
        t.setObjectName("toolsMenu")  # the lock screen (ui/lock.py) adds its actions here
        # Linux has no standard Preferences key: Ctrl+, as most desktop apps there.
        prefs = QKeySequence(QKeySequence.StandardKey.Preferences)
        self._action(t, self.tr("&Cài đặt…"), self.open_settings, prefs if not prefs.isEmpty() else "Ctrl+,")
        self._action(t, self.tr("Tìm &kiếm"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(t, self.tr("Hiện/ẩn &thời hạn"), lambda: self.deadline_dock.setVisible(
            not self.deadline_dock.isVisible()))
        h = bar.addMenu(self.tr("Trợ giú&p"))
        self._action(h, self.tr("&Giới thiệu"), self.about)

    def _open_first_result(self) -> None:
        """Enter in the search field: open the first case listed and move the cursor to the list."""
        self._search_timer.stop()
        self.reload_cases()

        def select_first() -> None:
            if self.proxy.rowCount() and not self.case_view.currentIndex().isValid():
                self.case_view.setCurrentIndex(self.proxy.index(0, 0))
            self.case_view.setFocus()

        self.backend.call(lambda _s: None, lambda _r: select_first())

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- startup ---------------------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        self.menuBar().setEnabled(enabled)
        self.splitter.setEnabled(enabled)

    def _ready(self) -> None:
        self.backend.call(lambda s: s.profile.is_configured(), self._profile_checked)

    def _profile_checked(self, configured: bool) -> None:
        self.configured = configured
        if not configured:
            self.configured = self.ask_profile()
        self.search.setClearButtonEnabled(True)
        self._set_enabled(True)
        self.statusBar().showMessage(self.tr("Sẵn sàng"), 4000)
        self._update_title()
        # The window reopens on the case the officer left it on (its deadlines then fill the dock).
        self._pending_select = str(self.settings.value(_LAST_CASE, "") or "")
        self.reload_cases()
        self.reload_deadlines()
        self.reload_sync_state()
        self.catch_up_deadlines()
        self.check_database_later()
        # The editor's other tabs were left out of the first paint; build them while the worker answers the
        # queries above, so the window has its full minimum size and the first case opens without a wait.
        self.editor.build_pages()
        self.profile_ready.emit()

    def _update_title(self) -> None:
        def work(s: Services) -> str:
            if not s.profile.is_configured():
                return ""
            unit, officer = s.profile.unit(), s.profile.officer()
            return f"{officer.full_name} — {unit.name.title() if unit.name.isupper() else unit.name}"

        self.backend.call(work, lambda who: self.setWindowTitle(
            self.tr("QLTT — Kiểm tra thị trường") + (f" — {who}" if who else "")))

    # -- case list -------------------------------------------------------------------------------------------
    def _search_typed(self, text: str) -> None:
        # Instant feedback on the rows already loaded, then the database answers for all cases.
        self.proxy.set_text(text)
        self._search_timer.start()

    def filters(self) -> dict[str, Any]:
        """The list filters as ``CaseService.list`` keyword arguments."""
        f: dict[str, Any] = {"search": self.search.text().strip(), "status": self.status_filter.currentData(),
                             "kind": self.kind_filter.currentData(), "limit": CASE_LIMIT}
        for key, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            iso = edit.iso()
            edit.setStyleSheet("" if iso is not None else "border: 1px solid #b3261e;")
            if iso:
                f[key] = iso
        return f

    def reload_cases(self) -> None:
        """Query the case list with the current filters (the newest answer wins)."""
        self._query_seq += 1
        seq = self._query_seq
        filters = self.filters()
        self.backend.call(lambda s: s.cases.list(**filters), lambda rows: self._cases(seq, filters, rows))

    def _cases(self, seq: int, filters: dict[str, Any], rows: list[Any]) -> None:
        if seq != self._query_seq:
            return
        current = self.current_case_id()
        self.case_model.set_rows(rows)
        if filters["search"] == self.search.text().strip():
            # The database already matched the text (also in goods and tax codes the table does not show).
            self.proxy.set_text("")
        shown = len(rows)
        self.count_label.setText(
            self.tr("%n vụ việc", "", shown) + (self.tr(" (hiển thị tối đa %1)").replace("%1", str(CASE_LIMIT))
                                                if shown >= CASE_LIMIT else ""))
        target = self._pending_select or current
        self._pending_select = ""
        if target:
            self.select_case(target)
            self.case_view.horizontalScrollBar().setValue(0)  # titles in view, not the last columns
        self.cases_loaded.emit(shown)

    def refresh_case_row(self, case_id: str) -> None:
        """Re-read one listed case after it was saved: its row is replaced in place (the proxy re-sorts it),
        or dropped if it no longer passes the filters; the rest of the page is left as it is."""
        filters = {**self.filters(), "case_id": case_id, "limit": 1}
        seq = self._query_seq

        def done(rows: list[Any]) -> None:
            if seq != self._query_seq:
                return  # a newer list query is on its way and will show the row
            i = self.case_model.find(lambda r: r.id == case_id)
            if i < 0:
                return
            if rows:
                self.case_model.replace_row(i, rows[0])
            else:
                self.case_model.remove_row_at(i)

        self.backend.call(lambda s: s.cases.list(**filters), done)

    def current_case_id(self) -> str:
        """Id of the case selected in the list, or ''."""
        idx = self.case_view.currentIndex()
        if not idx.isValid():
            return ""
        return self.case_model.row_at(self.proxy.mapToSource(idx).row()).id

    def select_case(self, case_id: str) -> bool:
        """Select (and so open) a case in the list."""
        i = self.case_model.find(lambda r: r.id == case_id)
        if i < 0:
            return False
        idx = self.proxy.mapFromSource(self.case_model.index(i, 0))
        if idx.isValid():
            self.case_view.setCurrentIndex(idx)
            self.case_view.scrollTo(idx)
            return True
        return False

    def _case_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        case_id = self.case_model.row_at(self.proxy.mapToSource(current).row()).id
        if self.editor.case is not None and self.editor.case.id == case_id:
            return
        self.editor.save_if_dirty()
        self.editor.open_case(case_id)
        self.reload_deadlines(case_id)

    def ask_profile(self, reason: str = "") -> bool:
        """The first-run dialog (unit and officer, or the demo data); True once a profile is configured."""
        from .first_run import FirstRunDialog

        dialog = FirstRunDialog(self.backend, self.prompter, self, reason=reason)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.configured = True
            return True
        self.statusBar().showMessage(self.tr("Chưa cấu hình đơn vị và công chức (Công cụ → Cài đặt)."))
        return False

    def require_profile(self, reason: str) -> bool:
        """True if a unit and an officer are configured, asking for them first (with ``reason``) if not."""
        return self.configured or self.ask_profile(reason)

    def new_case(self) -> None:
        """Create a case from an inspection decision and open it (the unit and officer first, if they are not
        configured yet: the case and every document carry them, so nothing is typed in vain)."""
        from .new_case import NewCaseDialog

        if not self.require_profile(self.tr(
                "Trước khi lập vụ việc, hãy nhập đơn vị và công chức: mọi biên bản, quyết định đều ghi các thông "
                "tin này.")):
            return

        dialog = NewCaseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.create_case(dialog.values())

    def create_case(self, values: dict[str, Any]) -> None:
        """Create a case with ``CaseService.new_case`` arguments, then select and open it."""
        self.editor.save_if_dirty()

        def done(case: Any) -> None:
            self._pending_select = case.id
            self.search.clear()
            self.editor.show_case(case, [])
            self.editor.tabs.setCurrentIndex(1)
            self.editor.subject_form.edits["name"].setFocus()
            self.reload_cases()

        def failed(exc: BaseException) -> None:
            self.prompter.error(self, self.tr("Không lập được vụ việc"), error_text(exc))

        self.backend.call(lambda s: s.cases.new_case(**values), done, failed)

    def _changed(self, what: str, _id: str) -> None:
        if what == "case" and _id and self.case_model.find(lambda r: r.id == _id) >= 0:
            self.refresh_case_row(_id)  # one row, not the whole page
            self.reload_deadlines()
        elif what in ("case", "document", "all", "sync"):
            self._search_timer.start()
            self.reload_deadlines()
        if what in ("document", "sync", "all"):
            self.reload_sync_state()
        if what in ("sync", "all"):
            self.catch_up_deadlines()  # HQ may have pushed days off; an import may bring old cases
        if what in ("profile", "all"):
            self._update_title()
            self.backend.call(lambda s: s.profile.is_configured(), lambda ok: setattr(self, "configured", ok))
        if what == "all" and self.editor.case is not None:
            self.editor.open_case(self.editor.case.id)

    # -- documents -------------------------------------------------------------------------------------------
    def open_document(self, doc_id: str) -> None:
        """Open a document in its editor (read-only when final)."""
        for ed in self.editors:
            if ed.doc.id == doc_id:
                ed.raise_()
                ed.activateWindow()
                return

        def done(doc: Any) -> None:
            from .document_editor import DocumentEditor

            editor = DocumentEditor(self.backend, self.prompter, self.actions_, doc, self)
            self.editors.append(editor)
            editor.destroyed.connect(lambda *_: self.editors.remove(editor) if editor in self.editors else None)
            editor.show()
            self.document_opened.emit(editor)

        self.backend.call(lambda s: s.documents.get(doc_id), done)

    def _create_document(self, kind: str) -> None:
        if self.editor.case is None:
            self.prompter.info(self, self.tr("Lập văn bản"), self.tr("Hãy chọn hoặc lập một vụ việc trước."))
            return
        self.editor.tabs.setCurrentWidget(self.editor.documents)
        self.editor.documents.create_draft(kind)

    def _doc_action(self, name: str) -> None:
        doc_id = self.editor.documents.selected_id()
        if not doc_id:
            self.prompter.info(self, self.tr("Văn bản"), self.tr("Hãy chọn một văn bản trong thẻ Văn bản."))
            return
        if name == "preview":
            self.actions_.preview(doc_id)
        elif name == "print":
            self.actions_.print(doc_id)
        elif name == "finalize":
            self.actions_.finalize(doc_id)
        elif name == "correct":
            self.actions_.correct(doc_id)

    # -- deadlines and sync state ------------------------------------------------------------------------------
    def reload_deadlines(self, case_id: str = "") -> None:
        """Deadlines of the open case plus the most overdue ones across cases (from the stored deadlines: one
        indexed query, whatever the number of cases)."""
        case_id = case_id or (self.editor.case.id if self.editor.case else "")
        today = SystemClock().now().date()  # Vietnam's date, as the deadlines are

        def work(s: Services) -> tuple[list[DeadlineRow], int]:
            items, total = s.rules.deadline_feed(case_id, DEADLINE_LIMIT, OVERDUE_COUNT_CAP)
            items += s.rules.hq_review_items(DEADLINE_LIMIT)
            rows = []
            for it in items:
                due = parse_date(it.due[:10]) if it.due else None
                rows.append(DeadlineRow(it, f"{it.what} — {it.trigger}" if it.trigger else it.what,
                                        (due - today).days if due else None))
            return sorted(rows, key=lambda r: (r.days_left is None, r.days_left or 0)), total

        self.backend.call(work, self._deadlines, lambda _e: None)

    def _deadlines(self, result: tuple[list[DeadlineRow], int]) -> None:
        rows, total = result
        self.deadline_model.set_rows(rows)
        title = self.tr("Thời hạn sắp đến và quá hạn")
        if total > OVERDUE_COUNT_CAP:
            title += " — " + self.tr("hơn %1 việc quá hạn").replace("%1", str(OVERDUE_COUNT_CAP))
        elif total:
            title += " — " + self.tr("%n việc quá hạn", "", total)
        if total > DEADLINE_LIMIT:
            title += " " + self.tr("(hiển thị %1 việc quá hạn lâu nhất)").replace("%1", str(DEADLINE_LIMIT))
        self.deadline_dock.setWindowTitle(title)

    def catch_up_deadlines(self) -> None:
        """After a change of the calendar or the deadline rules (HQ days off, an app update), recompute the
        stored deadlines in short slices on the worker, with progress in the status bar; scans and saves
        queue between two slices, never behind the whole pass."""
        if self._catching_up:
            return
        self._catching_up = True

        def step(s: Services) -> Any:
            # Load the holiday calendar now, in the background: the first save would otherwise pay for it.
            s.rules.calendar()
            if not s.rules.index.is_stale():
                return None
            return s.rules.index.catch_up(CATCH_UP_SLICE_S)

        def done(result: Any) -> None:
            if result is not None and not result.finished and not self.backend.runner.closed:
                pct = int(100 * result.done / result.total) if result.total else 0
                self.deadline_progress.setText(self.tr("Đang cập nhật thời hạn theo lịch mới… %1%").replace(
                    "%1", str(pct)))
                self.deadline_progress.show()
                self.backend.call(step, done, failed)
                return
            self._catching_up = False
            self.deadline_progress.hide()
            if result is not None:
                self.reload_deadlines()

        def failed(exc: BaseException) -> None:
            self._catching_up = False
            self.deadline_progress.hide()
            self._task_error(exc, "")

        self.backend.call(step, done, failed)

    def _deadline_activated(self, index: QModelIndex) -> None:
        case_id = self.deadline_model.row_at(index.row()).item.case_id
        if case_id and not self.select_case(case_id):
            self.editor.open_case(case_id)

    def check_database_later(self) -> None:
        """Every few days, read every page of the database on a thread and a connection of its own (the check
        that used to make start-up O(database)); a damaged file is reported in a dialog."""

        def due(s: Services) -> BackupService | None:
            import time as _time

            return s.backup if s.backup.full_check_due(_time.time()) else None

        def start(checker: BackupService | None) -> None:
            if checker is None:
                return
            import threading

            # Not the worker: the check takes seconds on a large file and scans must not wait for it.
            threading.Thread(target=lambda: self.integrity_checked.emit(checker.full_check()),
                             name="inspector-integrity", daemon=True).start()

        self.backend.call(due, start, lambda _e: None)

    def _integrity_checked(self, report: Any) -> None:
        if report.ok:
            import time as _time

            now = _time.time()
            self.backend.call(lambda s: s.backup.record_full_check(now), None, lambda _e: None)
            return
        self.prompter.error(self, self.tr("Cơ sở dữ liệu bị hỏng"), report.message())

    def reload_sync_state(self) -> None:
        """Show what waits to be sent and what HQ refused, in the status bar."""

        def work(s: Services) -> tuple[tuple[int, int], str, str]:
            server, _user = s.sync.configured_server()
            return s.sync.waiting_and_stuck(), server, s.sync.last_success_at()

        self.backend.call(work, self._sync_state, lambda _e: None)

    def _sync_state(self, res: tuple[tuple[int, int], str, str]) -> None:
        (waiting, stuck), server, last = res
        if not server:
            text = self.tr("Chưa đăng nhập máy chủ")
        elif waiting == 0 and stuck == 0:
            text = self.tr("Đã đồng bộ")
        else:
            text = self.tr("Chờ gửi: %1").replace("%1", str(waiting))
        if stuck:
            text += " · " + self.tr("Bị từ chối/xung đột: %1").replace("%1", str(stuck))
        if last:
            text += " · " + self.tr("Lần cuối: %1").replace("%1", date_text(last))  # dd/mm/yyyy hh:mm
        self.sync_label.setText(text)
        self.sync_label.setStyleSheet("color: #b3261e;" if stuck else "")

    # -- dialogs ---------------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        """The settings dialog (unit, officer, server, login, language)."""
        from .settings_dialog import SettingsDialog

        SettingsDialog(self.backend, self.prompter, self.settings, self).exec()

    def open_sync(self) -> None:
        """The sync dialog."""
        from .sync_dialog import SyncDialog

        self.editor.save_if_dirty()
        SyncDialog(self.backend, self.prompter, self, self.settings).exec()
        self.reload_sync_state()

    def load_demo(self) -> None:
        """Add the demo dataset, with progress."""
        from .progress import run_with_progress

        run_with_progress(self, self.backend, self.tr("Đang thêm dữ liệu mẫu…"),
                          lambda s, ctx: s.demo.load(progress=ctx.progress), lambda _r: None, self.prompter,
                          changes="all")

    def import_file(self, path: Path | None = None, error: str = "") -> None:
        """Import cases and documents exported by another installation (asking the file's passphrase when it
        is encrypted; a wrong one asks again with the reason)."""
        from inspector_app.services.exchange import is_encrypted_export

        from .progress import run_with_progress

        if path is None:
            paths = self.prompter.open_files(self, self.tr("Nhập dữ liệu"),
                                             self.tr("Tệp dữ liệu (*.qltt *.json *.zip);;Tất cả (*)"))
            if not paths:
                return
            path = paths[0]
        passphrase: str | None = None
        try:
            encrypted = is_encrypted_export(path)  # its first 8 bytes
        except OSError:
            encrypted = False  # the import itself reports the missing or unreadable file
        if encrypted:
            passphrase = self.prompter.passphrase(self, new=False, error=error, export=True)
            if passphrase is None:
                return
        chosen = path

        def done(report: Any) -> None:
            self.prompter.info(self, self.tr("Nhập dữ liệu"), self.tr("Đã nhập xong: %1").replace("%1", str(report)))

        def failed(exc: BaseException) -> bool:
            if getattr(exc, "code", "") != "wrong_passphrase":
                return False
            self.import_file(chosen, str(getattr(exc, "message", exc)))
            return True

        run_with_progress(self, self.backend, self.tr("Đang nhập dữ liệu…"),
                          lambda s, ctx: s.exchange.import_from(chosen, passphrase), done, self.prompter,
                          changes="all", on_failed=failed)

    def export_file(self) -> None:
        """Export everything to a file encrypted under a passphrase the officer sets now."""
        from .progress import run_with_progress

        path = self.prompter.save_file(self, self.tr("Xuất dữ liệu"), "qltt-export.qltt",
                                       self.tr("Tệp dữ liệu mã hóa (*.qltt);;Tất cả (*)"))
        if path is None:
            return
        passphrase = self.prompter.passphrase(self, new=True, export=True)
        if passphrase is None:
            return
        run_with_progress(self, self.backend, self.tr("Đang xuất dữ liệu…"),
                          lambda s, ctx: s.exchange.export_to(path, passphrase),
                          lambda r: self.statusBar().showMessage(self.tr("Đã xuất dữ liệu (mã hóa) ra %1").replace(
                              "%1", str(path)), 8000), self.prompter)

    def about(self) -> None:
        """About the app."""
        self.prompter.info(self, self.tr("Giới thiệu"), self.tr(
            "QLTT Field Inspector — ghi nhận kiểm tra, in biên bản và quyết định theo mẫu TT 22/2021/TT-BCT và "
            "NĐ 118/2021/NĐ-CP, đồng bộ về cơ sở dữ liệu tập trung."))

    # -- errors, busy state, layout ----------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy.hide()

    def _task_error(self, exc: BaseException, tb: str) -> None:
        show_error(self.prompter, self, exc, tb=tb)

    def _restore_layout(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self, 1400, 900)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        split = s.value("window/splitter")
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)
        else:
            self.splitter.setSizes([600, 800])
            self.resizeDocks([self.deadline_dock], [150], Qt.Orientation.Vertical)
        header = s.value("window/caseHeader")
        if isinstance(header, QByteArray):
            self.case_view.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        """Remember window geometry, docks, splitter and columns."""
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/caseHeader", self.case_view.horizontalHeader().saveState())
        s.setValue(_LAST_CASE, self.editor.case.id if self.editor.case is not None else "")
        s.sync()

    def stop_timers(self) -> None:
        """Stop the pending list reload and busy indicator (the worker is being shut down)."""
        self._search_timer.stop()
        self._busy_timer.stop()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for ed in list(self.editors):
            ed.close()
        self.editor.save_if_dirty()
        self.save_layout()
        self.actions_.cleanup()
        super().closeEvent(event)
