"""The case editor: header (inspection decision, place, times, findings), subject, people, goods,
violations, seals, attachments and the documents of the case, as tabs that work from the keyboard.

The editor keeps a plain ``Case`` and saves it (``CaseService.save``) on Ctrl+S (the main window's File
action), at most ``AUTOSAVE_MS`` after any edit (a kill -9 or a flat battery loses at most that much typing),
before a document is created from it, and when the officer moves to another case. Goods are saved row by
row as they are scanned or edited, and a case save leaves them alone, so a save queued behind a scan never
undoes it. A field that does not parse yet (a date half typed, an invalid tax code) keeps its stored value in
an automatic save; the rest of the typing is saved.

Only the first tab (the header) is built with the main window; the other pages, and the modules behind
them, are built on first use (a case opened, a tab chosen, a page attribute read) or when the main window
is idle, so the window appears sooner (architecture.md start-up budget).
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.format import date_text
from inspector_app.domain.model import Attachment, AttachmentKind, Case, InspectionDecision, Participant, Role
from inspector_app.domain.text import agency_in_text, nfc

from .backend import Backend
from .core_text import core_text
from .errors import error_text, report_unexpected, show_error
from .prompts import Prompter
from .widgets import (
    AUTOSAVE_MS,
    DateField,
    FieldWithError,
    date_format_error,
    moment_format_error,
    read_only_table,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from inspector_app.services.container import Services

    from .documents_panel import DocumentsPanel
    from .goods_panel import GoodsPanel
    from .models import AttachmentTableModel, ParticipantTableModel, SealTableModel
    from .subject_form import SubjectForm
    from .violations_panel import ViolationsPanel

THUMB = 64


def officer_as_participant(s: Services) -> Participant | None:
    """The logged-in officer as a team member (work function: runs on the worker thread)."""
    if not s.profile.is_configured():
        return None
    officer, unit = s.profile.officer(), s.profile.unit()
    return Participant(role=Role.TEAM_LEAD, full_name=officer.full_name, title=officer.title,
                       organization=agency_in_text(unit.name), officer_no=officer.officer_no,
                       card_no=officer.card_no)


def make_thumbnail(data: bytes, size: int = THUMB) -> QImage:
    """A small image of a photo's bytes (decrypted in memory); runs on the worker thread (QImage, unlike
    QPixmap, is thread-safe)."""
    from PySide6.QtGui import QImage  # here, not at start-up: thumbnails come after the first paint

    image = QImage.fromData(data)
    if image.isNull():
        return QImage()
    return image.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)


def _table(model: Any, name: str) -> QTableView:
    view = read_only_table(model, name)
    # Columns as wide as their contents (names, roles, file names are never cut to "t… v…"); a table wider
    # than the tab scrolls sideways instead. The few rows of these tables make measuring cheap.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(False)  # a stretched last column would be cut to the view
    view.setAlternatingRowColors(True)
    return view


class CaseEditor(QWidget):
    """Edit one case. ``saved(case_id)`` after every successful save."""

    saved = Signal(str)
    loaded = Signal(str)
    attachment_opened = Signal(object)  # AttachmentViewer

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.case: Case | None = None
        self.me: Participant | None = None  # the logged-in officer, offered as team lead
        self.dirty = False
        self._loading = False

        self.heading = QLabel(self.tr("Chọn một vụ việc trong danh sách, hoặc lập vụ việc mới (Ctrl+N)."))
        self.heading.setObjectName("caseHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.save_btn = QPushButton(self.tr("Lưu vụ việc (Ctrl+S)"))
        self.save_btn.setObjectName("saveCase")
        self.save_btn.clicked.connect(lambda: self.save())
        self.save_state = QLabel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("caseTabs")
        # Every tab always in view (no scroll arrows hiding the last ones): the bar asks for its full width,
        # with a little less padding than the default so the editor fits beside the case list at 1024 px.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 7px; }")

        # -- general ---------------------------------------------------------------------------------------
        general = QWidget()
        form = QFormLayout(general)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.title = QLineEdit()
        self.title.setObjectName("caseTitle")
        self.place = QLineEdit()
        self.place.setObjectName("casePlace")
        self.started_at = DateField(with_time=True)
        self.started_at.setObjectName("caseStarted")
        self.ended_at = DateField(with_time=True)
        self.ended_at.setObjectName("caseEnded")
        self.decision_no = QLineEdit()
        self.decision_no.setObjectName("decisionNumber")
        self.decision_date = DateField()
        self.decision_date.setObjectName("decisionDate")
        self.decision_issuer = QLineEdit()
        self.status = QComboBox()
        self.status.addItem(self.tr("Đang xử lý"), "open")
        self.status.addItem(self.tr("Đã kết thúc"), "closed")
        self.findings = QPlainTextEdit()
        self.findings.setObjectName("caseFindings")
        self.findings.setTabChangesFocus(True)
        self._wraps: dict[str, FieldWithError] = {}
        for key, label, w in (("title", self.tr("Tên vụ việc"), self.title), ("place", self.tr("Địa điểm"), self.place),
                              ("started_at", self.tr("Bắt đầu"), self.started_at),
                              ("ended_at", self.tr("Kết thúc"), self.ended_at),
                              ("decision_no", self.tr("Số quyết định kiểm tra"), self.decision_no),
                              ("decision_date", self.tr("Ngày quyết định"), self.decision_date),
                              ("decision_issuer", self.tr("Người ban hành quyết định"), self.decision_issuer)):
            wrap = FieldWithError(w)
            self._wraps[key] = wrap
            form.addRow(label, wrap)
            w.textChanged.connect(self._edited)
        form.addRow(self.tr("Trạng thái"), self.status)
        form.addRow(self.tr("Kết quả kiểm tra, nhận xét"), self.findings)
        self.status.currentIndexChanged.connect(self._edited)
        self.findings.textChanged.connect(self._edited)
        self.tabs.addTab(general, self.tr("Thông tin ch&ung"))

        # The other pages start as empty placeholders with their final labels, so the tab bar is complete
        # from the first paint; ``build_pages`` swaps the real pages in.
        # Mnemonics: one letter per tab, none shared with the menu bar (Tệp, Văn bản, Đồng bộ, Công cụ,
        # Trợ giúp), so Alt+letter always reaches the one place it names.
        for label in (self.tr("Đố&i tượng"), self.tr("Người th&am gia"), self.tr("&Hàng hóa"),
                      self.tr("Vi phạ&m"), self.tr("Niêm ph&ong"), self.tr("Ả&nh && chứng cứ"),
                      self.tr("&Văn bản")):
            self.tabs.addTab(QWidget(), label)
        self._pages_built = False
        self._enabled = False
        self._on_pages_built: list[Callable[[], None]] = []
        self.tabs.currentChanged.connect(lambda _i: self.build_pages())

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.save_state)
        top.addWidget(self.save_btn)
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.tabs, 1)
        # Ctrl+S is the main window's "Lưu vụ việc" action: a second Ctrl+S shortcut here made both
        # ambiguous, and then Qt runs neither.
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.tabBarClicked.connect(self._tab_clicked)
        self._set_enabled(False)

    # -- pages built on first use ----------------------------------------------------------------------------
    # Attributes that exist once ``build_pages`` ran; reading one earlier builds the pages (see __getattr__).
    subject_form: SubjectForm
    history: QLabel
    people_model: ParticipantTableModel
    people_view: QTableView
    goods: GoodsPanel
    violations: ViolationsPanel
    seal_model: SealTableModel
    seal_view: QTableView
    att_model: AttachmentTableModel
    att_view: QTableView
    documents: DocumentsPanel
    _LAZY = frozenset({"subject_form", "history", "people_model", "people_view", "goods", "violations",
                       "seal_model", "seal_view", "att_model", "att_view", "documents"})

    def __getattr__(self, name: str) -> Any:
        # Only called when normal lookup fails: a page attribute before the pages exist.
        if name in CaseEditor._LAZY and not self.__dict__.get("_pages_built", True):
            self.build_pages()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def when_pages_built(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the pages exist (now if they already do), e.g. to wire the documents panel."""
        if self._pages_built:
            fn()
        else:
            self._on_pages_built.append(fn)

    def build_pages(self) -> None:
        """Build the subject, people, goods, violations, seals, attachments and documents tabs (once)."""
        if self._pages_built:
            return
        self._pages_built = True  # first: attribute reads below must not re-enter through __getattr__
        # The panels' modules (and the domain rules behind them) load here, not with the main window.
        from .documents_panel import DocumentsPanel
        from .goods_panel import GoodsPanel
        from .models import AttachmentTableModel, ParticipantTableModel, SealTableModel
        from .subject_form import SubjectForm
        from .violations_panel import ViolationsPanel

        pages: list[QWidget] = []
        # -- subject -----------------------------------------------------------------------------------------
        subject_tab = QWidget()
        self.subject_form = SubjectForm()
        self.subject_form.changed.connect(self._edited)
        self.history = QLabel()
        self.history.setObjectName("subjectHistory")
        self.history.setWordWrap(True)
        lay = QVBoxLayout(subject_tab)
        lay.addWidget(self.subject_form)
        lay.addWidget(self.history)
        lay.addStretch(1)
        pages.append(subject_tab)

        # -- people ------------------------------------------------------------------------------------------
        people_tab = QWidget()
        self.people_model = ParticipantTableModel(self)
        self.people_view = _table(self.people_model, "peopleTable")
        self.people_view.doubleClicked.connect(lambda _: self.edit_person())
        add_p = QPushButton(self.tr("Thêm người…"))
        add_p.clicked.connect(self.add_person)
        edit_p = QPushButton(self.tr("Sửa…"))
        edit_p.clicked.connect(self.edit_person)
        del_p = QPushButton(self.tr("Xóa"))
        del_p.clicked.connect(self.remove_person)
        row = QHBoxLayout()
        for b in (add_p, edit_p, del_p):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(people_tab)
        lay.addWidget(QLabel(self.tr("Đoàn kiểm tra, người chứng kiến, đại diện chính quyền và người liên quan.")))
        lay.addWidget(self.people_view, 1)
        lay.addLayout(row)
        pages.append(people_tab)

        # -- goods -------------------------------------------------------------------------------------------
        self.goods = GoodsPanel(self.backend, self.prompter)
        self.goods.goods_changed.connect(self._goods_changed)
        # A scan while the tab bar or the save button has focus (the goods tab shown) goes to the intake too.
        self.goods.burst.watch(self.tabs.tabBar())
        self.goods.burst.watch(self.save_btn)
        pages.append(self.goods)

        # -- violations --------------------------------------------------------------------------------------
        self.violations = ViolationsPanel(self.backend, self.prompter)
        self.violations.changed.connect(self._edited)
        self.violations.case_provider = self.current_case
        pages.append(self.violations)

        # -- seals -------------------------------------------------------------------------------------------
        seals_tab = QWidget()
        self.seal_model = SealTableModel(self)
        self.seal_view = _table(self.seal_model, "sealTable")
        self.seal_view.doubleClicked.connect(lambda _: self.edit_seal())
        add_s = QPushButton(self.tr("Thêm niêm phong…"))
        add_s.clicked.connect(self.add_seal)
        edit_s = QPushButton(self.tr("Sửa…"))
        edit_s.clicked.connect(self.edit_seal)
        del_s = QPushButton(self.tr("Xóa"))
        del_s.clicked.connect(self.remove_seal)
        row = QHBoxLayout()
        for b in (add_s, edit_s, del_s):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(seals_tab)
        lay.addWidget(self.seal_view, 1)
        lay.addLayout(row)
        pages.append(seals_tab)

        # -- attachments -------------------------------------------------------------------------------------
        att_tab = QWidget()
        self.att_model = AttachmentTableModel(self)
        self.att_view = _table(self.att_model, "attachmentTable")
        self.att_view.setIconSize(QSize(THUMB, THUMB))
        self.att_view.verticalHeader().setDefaultSectionSize(THUMB + 6)
        add_photo = QPushButton(self.tr("Thêm ảnh, bản quét…"))
        add_photo.clicked.connect(lambda: self.add_attachments(AttachmentKind.PHOTO))
        add_web = QPushButton(self.tr("Thêm chứng cứ từ gian hàng trực tuyến…"))
        add_web.clicked.connect(lambda: self.add_attachments(AttachmentKind.WEB_CAPTURE))
        open_att = QPushButton(self.tr("Xem / phóng to"))
        open_att.setObjectName("openAttachment")
        open_att.clicked.connect(self.open_attachment)
        self.att_view.activated.connect(lambda _: self.open_attachment())
        caption_att = QPushButton(self.tr("Sửa ghi chú…"))
        caption_att.setObjectName("captionAttachment")
        caption_att.clicked.connect(self.caption_attachment)
        remove_att = QPushButton(self.tr("Xóa tệp"))
        remove_att.setObjectName("removeAttachment")
        remove_att.clicked.connect(self.remove_attachment)
        row = QHBoxLayout()
        for b in (open_att, caption_att, remove_att):
            row.addWidget(b)
        row.addStretch(1)
        add_row = QHBoxLayout()  # a row of its own: one row of five buttons is wider than a 1024-pixel screen
        for b in (add_photo, add_web):
            add_row.addWidget(b)
        add_row.addStretch(1)
        lay = QVBoxLayout(att_tab)
        lay.addWidget(self.att_view, 1)
        lay.addLayout(row)
        lay.addLayout(add_row)
        pages.append(att_tab)

        # -- documents ---------------------------------------------------------------------------------------
        self.documents = DocumentsPanel(self.backend, self.prompter)
        self.documents.before_create = self.save_if_dirty
        pages.append(self.documents)

        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)  # swapping pages is not the officer changing tabs
        try:
            for index, page in enumerate(pages, start=1):
                label = self.tabs.tabText(index)
                placeholder = self.tabs.widget(index)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, page, label)
                if placeholder is not None:
                    placeholder.deleteLater()
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(blocked)
        self.goods.set_read_only(not self._enabled)
        # Settle the layouts now, so the window takes the pages' minimum size at once, as when the pages were
        # built with it; otherwise that waits for one LayoutRequest per nesting level, over several event-loop
        # turns (a layout saved or restored in between would see the smaller window).
        from PySide6.QtCore import QCoreApplication, QEvent

        for _ in range(16):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        callbacks, self._on_pages_built = self._on_pages_built, []
        for fn in callbacks:
            fn()

    # -- loading ---------------------------------------------------------------------------------------------
    def _set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        self.tabs.setEnabled(enabled)
        self.save_btn.setEnabled(enabled)
        if self._pages_built:  # else build_pages applies it
            self.goods.set_read_only(not enabled)

    def open_case(self, case_id: str) -> None:
        """Load a case from the services (asynchronously) and show it."""
        # Earlier violations of the same subject, local and from HQ (a repeat offence aggravates).
        self.backend.call(lambda s: (s.cases.get(case_id), s.rules.subject_history(case_id), officer_as_participant(s)),
                          lambda res: self._opened(*res))

    def _opened(self, case: Case, history: list[Any], me: Participant | None) -> None:
        self.me = me
        self.show_case(case, history)

    def _tab_changed(self, index: int) -> None:
        if self._pages_built and self.tabs.widget(index) is self.goods:
            # Alt+H or a click on "Hàng hóa": the next scan must land in the barcode field.
            self.goods.focus_scan()

    def _tab_clicked(self, index: int) -> None:
        if index == self.tabs.currentIndex():
            self._tab_changed(index)

    def show_case(self, case: Case, history: list[Any] | None = None) -> None:
        """Show ``case`` (a copy is kept, so unsaved edits never leak into other views)."""
        self._loading = True
        try:
            self.case = copy.deepcopy(case)
            c = self.case
            self.heading.setText(c.title)
            self.title.setText(c.title)
            self.place.setText(c.place)
            self.started_at.set_iso(c.started_at)
            self.ended_at.set_iso(c.ended_at)
            self.decision_no.setText(c.decision.number)
            self.decision_date.set_iso(c.decision.date)
            self.decision_issuer.setText(c.decision.issuer)
            self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
            self.findings.setPlainText(c.findings)
            self.subject_form.set_subject(c.subject)
            self.people_model.set_rows(c.team)
            self.goods.set_case(c.id, c.goods)
            self.violations.set_case(c.id, c.violations, c.goods, c.subject)
            self.seal_model.set_rows(c.seals)
            self.att_model.set_rows(c.attachments)
            self.documents.set_case(c.id)
            self._show_history(history or [])
            self._validate_header()
        finally:
            self._loading = False
        self.dirty = False
        self._autosave.stop()
        self.save_state.setText("")
        self._set_enabled(True)
        self._load_thumbnails()
        self.loaded.emit(case.id)

    def _show_history(self, history: list[Any]) -> None:
        if not history:
            self.history.setText("")
            return
        lines = [self.tr("Đối tượng này đã có vi phạm trước đây:")]
        for h in history[:10]:
            origin = self.tr("trên máy này") if h.origin == "local" else self.tr("theo dữ liệu Chi cục")
            repeat = self.tr(" — có thể là tái phạm") if h.possible_repeat else ""
            lines.append(f"• {date_text(h.date)} — {core_text(h.citation)} ({origin}){repeat}")
        self.history.setText("\n".join(lines))
        self.history.setStyleSheet("color: #8a4b00;")

    def _load_thumbnails(self) -> None:
        for att in self.att_model.rows():
            if not att.media_type.startswith("image/"):
                continue
            self._request_thumbnail(att.sha256)

    def _request_thumbnail(self, sha: str) -> None:
        self.backend.call(lambda s: make_thumbnail(s.cases.attachment_bytes(sha)),
                          lambda img: self._thumb(sha, img), lambda _e: None)

    def _thumb(self, sha: str, image: QImage) -> None:
        from PySide6.QtGui import QIcon, QPixmap

        if not image.isNull():
            self.att_model.set_icon(sha, QIcon(QPixmap.fromImage(image)))

    # -- editing ---------------------------------------------------------------------------------------------
    def _edited(self, *_: Any) -> None:
        if self._loading or self.case is None:
            return
        self.dirty = True
        self.save_state.setText(self.tr("Chưa lưu"))
        self._validate_header()
        if not self._autosave.isActive():  # not restarted: continuous typing is still saved every second
            self._autosave.start()

    def _goods_changed(self) -> None:
        self.violations.set_goods(self.goods.goods())

    def _validate_header(self) -> bool:
        errors = {
            "title": "" if self.title.text().strip() else self.tr("Chưa nhập tên vụ việc"),
            "place": "" if self.place.text().strip() else self.tr("Chưa nhập địa điểm"),
            "started_at": "" if self.started_at.iso() else moment_format_error(),
            "ended_at": "" if self.ended_at.iso() is not None else moment_format_error(),
            "decision_date": "" if self.decision_date.iso() is not None else date_format_error(),
        }
        for key, wrap in self._wraps.items():
            wrap.set_error(errors.get(key, ""))
        return not any(errors.values())

    def current_case(self, lenient: bool = False) -> Case | None:
        """The case as edited (not yet saved). ``lenient``: a field that is not valid yet keeps its stored
        value instead (what an automatic save writes)."""
        if self.case is None:
            return None
        c = copy.deepcopy(self.case)
        stored = self.case
        title = nfc(self.title.text().strip())
        c.title = title if title or not lenient else stored.title
        place = nfc(self.place.text().strip())
        c.place = place if place or not lenient else stored.place
        started = self.started_at.iso()  # None: not a moment (kept as stored when lenient)
        if not lenient or started:
            c.started_at = started or ""
        ended = self.ended_at.iso()
        if not lenient or ended is not None:
            c.ended_at = ended or ""
        decision_date = self.decision_date.iso()
        if decision_date is None:
            decision_date = stored.decision.date if lenient else ""
        c.decision = InspectionDecision(number=nfc(self.decision_no.text().strip()), date=decision_date,
                                        issuer=nfc(self.decision_issuer.text().strip()))
        c.status = str(self.status.currentData())
        c.findings = nfc(self.findings.toPlainText().strip())
        c.subject = self.subject_form.subject() if not lenient or not self.subject_form.validate() \
            else stored.subject
        c.team = self.people_model.rows()
        c.goods = self.goods.goods()
        c.violations = self.violations.violations()
        c.seals = self.seal_model.rows()
        c.attachments = self.att_model.rows()
        return c

    def autosave(self) -> None:
        """Save what can be saved now, without a dialog (the timer after an edit; see the module doc)."""
        self._autosave.stop()
        if self.case is None or not self.dirty:
            return
        complete = self._validate_header() and not self.subject_form.validate()
        case = self.current_case(lenient=True)
        assert case is not None
        self._submit_save(case, quiet=True, complete=complete)

    def save(self, then: Any = None) -> bool:
        """Save the case through the services; returns False (and says why) if it is not valid yet."""
        case = self.current_case()
        if case is None:
            return False
        if not self._validate_header():
            self.tabs.setCurrentIndex(0)
            self.save_state.setText(self.tr("Chưa lưu được: sửa các ô báo đỏ"))
            self.autosave()  # the valid rest of the typing is kept all the same
            return False
        subject_problems = self.subject_form.validate()
        if subject_problems:
            self.tabs.setCurrentIndex(1)
            self.save_state.setText(self.tr("Chưa lưu được: thông tin đối tượng chưa hợp lệ"))
            self.autosave()
            return False
        self._submit_save(case, then=then)
        return True

    def _submit_save(self, case: Case, then: Any = None, quiet: bool = False, complete: bool = True) -> None:
        # On the worker thread like every service call: the window never waits for the disk.
        self._autosave.stop()
        self.save_state.setText(self.tr("Đang lưu…"))
        self.dirty = not complete

        def done(saved: Case) -> None:
            if self.case is not None and saved.id == self.case.id:
                self.case = copy.deepcopy(saved)
                self.heading.setText(saved.title)
                if not self.dirty:
                    self.save_state.setText(self.tr("Đã lưu tự động") if quiet else self.tr("Đã lưu"))
                elif not complete:
                    self.save_state.setText(self.tr("Đã lưu phần hợp lệ; các ô báo đỏ chưa lưu"))
            self.saved.emit(saved.id)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self.dirty = True
            if quiet:
                # No dialog for an automatic save: the state line says it, and the next edit retries.
                self.save_state.setText(self.tr("Chưa lưu tự động được: %1").replace("%1", error_text(exc)))
                report_unexpected(self.backend, exc)
                return
            show_error(self.prompter, self, exc, self.tr("Chưa lưu được vụ việc"))
            self.save_state.setText(self.tr("Chưa lưu"))

        # Goods and attachments are saved one by one as they are scanned or attached: the case save must not
        # write an older copy of them.
        self.backend.mutate(lambda s: s.cases.save(case, goods=False, attachments=False), "case", done, failed,
                            ident=lambda saved: saved.id)

    def save_if_dirty(self) -> bool:
        """Save pending edits (queued before whatever the caller submits next); False if they are invalid."""
        if self.case is None or not self.dirty:
            return True
        return self.save()

    # -- people --------------------------------------------------------------------------------------------
    def _selected(self, view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_person(self) -> None:
        """Add a team member, witness or other person."""
        from .people import TEAM_ROLES, ParticipantDialog

        me = self.me
        team = self.people_model.rows()
        if me is not None and any(p.officer_no == me.officer_no and p.role in TEAM_ROLES for p in team):
            me = None  # already in the team: nothing to offer
        elif me is not None and any(p.role == Role.TEAM_LEAD for p in team):
            me = dataclasses.replace(me, role=Role.TEAM_MEMBER)
        dialog = ParticipantDialog(parent=self, me=me)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.people_model.append_row(dialog.participant())
            self._edited()

    def edit_person(self) -> None:
        """Edit the selected person."""
        i = self._selected(self.people_view)
        if i < 0:
            return
        from .people import ParticipantDialog

        dialog = ParticipantDialog(self.people_model.row_at(i), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.people_model.replace_row(i, dialog.participant())
            self._edited()

    def remove_person(self) -> None:
        """Remove the selected person."""
        i = self._selected(self.people_view)
        if i >= 0:
            self.people_model.remove_row_at(i)
            self._edited()

    # -- seals -----------------------------------------------------------------------------------------------
    def add_seal(self) -> None:
        """Record a seal."""
        from .people import SealDialog

        dialog = SealDialog(parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.seal_model.append_row(dialog.seal())
            self._edited()

    def edit_seal(self) -> None:
        """Edit the selected seal (e.g. its state when opened)."""
        i = self._selected(self.seal_view)
        if i < 0:
            return
        from .people import SealDialog

        dialog = SealDialog(self.seal_model.row_at(i), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.seal_model.replace_row(i, dialog.seal())
            self._edited()

    def remove_seal(self) -> None:
        """Remove the selected seal."""
        i = self._selected(self.seal_view)
        if i >= 0:
            self.seal_model.remove_row_at(i)
            self._edited()

    # -- attachments -----------------------------------------------------------------------------------------
    def add_attachments(self, kind: AttachmentKind, paths: list[Path] | None = None, url: str = "") -> None:
        """Copy files into the data dir (by hash) and link them to the case; web captures ask for the URL."""
        if self.case is None:
            return
        if paths is None:
            flt = self.tr("Ảnh và tài liệu (*.jpg *.jpeg *.png *.webp *.pdf);;Tất cả (*)")
            paths = self.prompter.open_files(self, self.tr("Chọn tệp"), flt)
        if not paths:
            return
        if kind == AttachmentKind.WEB_CAPTURE and not url:
            url = self.prompter.ask_text(self, self.tr("Chứng cứ trực tuyến"),
                                         self.tr("Địa chỉ trang bán hàng (https://…):")) or ""
        case_id = self.case.id
        # Unsaved edits go first, so attach_file (which re-reads the case) does not lose them.
        self.save_if_dirty()
        from inspector_app.domain.clock import SystemClock

        # Vietnam time, whatever the laptop's time zone (as every time the app records).
        captured = SystemClock().now().isoformat() if kind == AttachmentKind.WEB_CAPTURE else ""

        def work(s: Services) -> tuple[Case, list[str]]:
            # Each file on its own: one refused (too large for HQ) does not drop the others.
            refused = []
            for p in paths or []:
                try:
                    s.cases.attach_file(case_id, p, kind=kind, url=url, captured_at=captured)
                except InspectorError as exc:
                    refused.append(exc.message)
            return s.cases.get(case_id), refused

        def done(res: tuple[Case, list[str]]) -> None:
            case, refused = res
            self._show_attachments(case)
            if self.case is not None and case.id == self.case.id:
                self.tabs.setCurrentIndex(6)
            if refused:
                self.prompter.error(self, self.tr("Không đính kèm được"), "\n\n".join(refused))

        self.backend.call(work, done, self._failed)

    def _show_attachments(self, case: Case) -> None:
        if self.case is not None and case.id == self.case.id:
            self.case.attachments = case.attachments
            self.att_model.set_rows(case.attachments)
            self._load_thumbnails()

    def _selected_attachment(self) -> Attachment | None:
        i = self._selected(self.att_view)
        return self.att_model.row_at(i) if i >= 0 else None

    def open_attachment(self) -> None:
        """Show the selected photo enlarged (other files open in the system viewer)."""
        att = self._selected_attachment()
        if att is None:
            return
        sha = att.sha256

        if att.media_type.startswith("image/"):
            from .attachment_viewer import AttachmentViewer

            viewer = AttachmentViewer(self.backend, att, self)
            self.attachment_opened.emit(viewer)
            viewer.show()
            return
        # Another program can only open a file, and the kept copy is encrypted: the officer chooses where the
        # decrypted copy goes (an explicit export), rather than a clear copy left in the temp folder.
        target = self.prompter.save_file(self, self.tr("Lưu bản giải mã của tệp"), att.filename, "*")
        if target is None:
            return

        def write(s: Services) -> Path:
            return s.cases.save_attachment_as(sha, target)

        def done(path: Path) -> None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.backend.call(write, done, self._failed)

    def caption_attachment(self) -> None:
        """Edit the caption (ghi chú) of the selected attachment."""
        att = self._selected_attachment()
        if att is None or self.case is None:
            return
        text = self.prompter.ask_text(self, self.tr("Ghi chú tệp đính kèm"),
                                      self.tr("Ghi chú cho “%1”:").replace("%1", att.filename), att.caption)
        if text is None:
            return
        case_id, sha = self.case.id, att.sha256
        self.backend.mutate(lambda s: s.cases.set_attachment_caption(case_id, sha, nfc(text)), "case",
                            self._show_attachments, self._failed, ident=case_id)

    def remove_attachment(self) -> None:
        """Remove the selected attachment from the case (refused while a final document carries it)."""
        att = self._selected_attachment()
        if att is None or self.case is None:
            return
        if not self.prompter.confirm(self, self.tr("Xóa tệp đính kèm"), self.tr(
                "Xóa “%1” khỏi vụ việc? Tệp sẽ không được gửi về Chi cục.").replace("%1", att.filename)):
            return
        case_id, sha = self.case.id, att.sha256
        self.backend.mutate(lambda s: s.cases.remove_attachment(case_id, sha), "case", self._show_attachments,
                            self._failed, ident=case_id)

    def _failed(self, exc: BaseException) -> None:
        show_error(self.prompter, self, exc, self.tr("Lỗi"))
