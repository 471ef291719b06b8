"""The document editor: the form-specific fields generated from the kind's ``FieldSpec`` list, place and
time, the people who sign (with refusals), and the actions (save, check, preview, print, finalise, correct).

A final document opens read-only. The problem list is the one finalisation uses
(``DocumentService.problems``, asked on the worker thread a moment after each edit), so the editor never
says "có thể hoàn tất" about a document that finalisation would refuse; each problem is shown next to its
field or in the list below. When the goods are too many for the minutes, the editor offers to draw up the
bảng kê (TT 22 Mẫu 10) attached to it. A draft is saved automatically at most ``AUTOSAVE_MS`` after an
edit (an unreadable value keeps its stored one until it reads); a final document is never saved.
"""

from __future__ import annotations

import copy
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.clock import SystemClock
from inspector_app.domain.errors import Problem
from inspector_app.domain.format import money, money_or_none
from inspector_app.domain.kinds import KINDS, FieldSpec, FieldType
from inspector_app.domain.model import Document, DocumentStatus, Role, capitalized
from inspector_app.domain.text import nfc
from inspector_app.domain.validation import ANNEX_PROBLEM

from .backend import Backend
from .core_text import core_text
from .document_actions import DocumentActions, kind_label
from .errors import error_text, report_unexpected, show_error
from .models import ParticipantTableModel, form_name
from .people import CASE_ROLES, ParticipantDialog
from .prompts import Prompter
from .widgets import (
    AUTOSAVE_MS,
    DateField,
    FieldWithError,
    date_format_error,
    fit_to_screen,
    moment_format_error,
)


def _placeholder(t: FieldType) -> str:
    if t == FieldType.MONEY:
        return QCoreApplication.translate("FieldEditor", "số tiền (đồng)")
    return "0" if t == FieldType.INT else ""


def field_label(spec: FieldSpec) -> str:
    """The label of a form field in the interface language (the legal Vietnamese label is the source)."""
    return QCoreApplication.translate("FieldLabel", spec.label)


class FieldEditor:
    """One generated editor for a ``FieldSpec``: builds the widget, reads and writes the value."""

    def __init__(self, spec: FieldSpec, parent: QWidget) -> None:
        self.spec = spec
        t = spec.type
        self.widget: QWidget
        if t == FieldType.BOOL:
            self.widget = QCheckBox(field_label(spec), parent)
        elif t == FieldType.CHOICE:
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("FieldEditor", "(chưa chọn)"), "")
            for code, label in spec.choices:
                combo.addItem(QCoreApplication.translate("FieldChoice", label), code)
            self.widget = combo
        elif t in (FieldType.DATE, FieldType.DATETIME):
            self.widget = DateField(with_time=t == FieldType.DATETIME, parent=parent)
        elif t in (FieldType.LONGTEXT, FieldType.LINES):
            edit = QPlainTextEdit(parent)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (4 if t == FieldType.LINES else 3) + 14)
            if t == FieldType.LINES:
                edit.setPlaceholderText(QCoreApplication.translate("FieldEditor", "Mỗi dòng một mục"))
            self.widget = edit
        else:
            line = QLineEdit(parent)
            line.setPlaceholderText(_placeholder(t))
            self.widget = line
        self.widget.setObjectName(f"field_{spec.key}")
        self.wrap = FieldWithError(self.widget)

    def connect(self, slot: Any) -> None:
        """Call ``slot`` on every edit."""
        w = self.widget
        if isinstance(w, QCheckBox):
            w.toggled.connect(slot)
        elif isinstance(w, QComboBox):
            w.currentIndexChanged.connect(slot)
        elif isinstance(w, (QPlainTextEdit, QLineEdit)):
            w.textChanged.connect(slot)

    def set_value(self, value: Any) -> None:
        """Show a stored value."""
        w, t = self.widget, self.spec.type
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            index = w.findData(str(value or ""))
            if index < 0:  # a code this version does not know: shown as it is, never silently replaced
                w.addItem(str(value), str(value))
                index = w.count() - 1
            w.setCurrentIndex(index)
        elif isinstance(w, DateField):
            w.set_iso(str(value or ""))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("\n".join(value) if t == FieldType.LINES and isinstance(value, list) else str(value or ""))
        elif isinstance(w, QLineEdit):
            if t == FieldType.MONEY and isinstance(value, int):
                w.setText(money(value))
            else:
                w.setText("" if value is None else str(value))

    def value(self) -> tuple[Any, str]:
        """(value to store or None for "not entered", error text if the typed text is unreadable)."""
        w, t = self.widget, self.spec.type
        if isinstance(w, QCheckBox):
            return (True if w.isChecked() else None), ""
        if isinstance(w, QComboBox):
            return (str(w.currentData()) or None), ""
        if isinstance(w, DateField):
            iso = w.iso()
            if iso is None:
                return None, date_format_error() if t == FieldType.DATE else moment_format_error()
            return (iso or None), ""
        if isinstance(w, QPlainTextEdit):
            text = nfc(w.toPlainText())
            if t == FieldType.LINES:
                lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
                return (lines or None), ""
            return (text.strip() or None), ""
        assert isinstance(w, QLineEdit)
        text = nfc(w.text().strip())
        if not text:
            return None, ""
        if t == FieldType.INT:
            return (int(text), "") if text.isdigit() else (None, QCoreApplication.translate("FieldEditor", "Phải là số nguyên"))
        if t == FieldType.MONEY:
            amount = money_or_none(text)
            return (amount, "") if amount is not None else (None, QCoreApplication.translate("FieldEditor", "Phải là số tiền (đồng)"))
        return text, ""

    def set_read_only(self, read_only: bool) -> None:
        """Lock the editor (final documents)."""
        w = self.widget
        if isinstance(w, (QCheckBox, QComboBox)):
            w.setEnabled(not read_only)
        else:
            w.setReadOnly(read_only)  # type: ignore[attr-defined]


class DocumentEditor(QDialog):
    """Edit (or view, once final) one document. Modeless, so the case stays at hand."""

    saved = Signal(str)
    problems_shown = Signal(list)

    def __init__(self, backend: Backend, prompter: Prompter, actions: DocumentActions, doc: Document,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.doc_actions = actions
        self.doc = copy.deepcopy(doc)
        self.spec = KINDS[doc.kind]
        self.dirty = False
        self._loading = True
        self.setObjectName("documentEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_to_screen(self, 900, 820)

        self.header = QLabel()
        self.header.setObjectName("documentHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.place = QLineEdit(doc.place)
        self.place.setObjectName("documentPlace")
        self.issued_at = DateField(with_time=True)
        self.issued_at.setObjectName("documentIssuedAt")
        self.issued_at.set_iso(doc.issued_at)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        fields_box = QWidget()
        form = QFormLayout(fields_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.place_wrap = FieldWithError(self.place)
        self.issued_wrap = FieldWithError(self.issued_at)
        form.addRow(self.tr("Địa điểm lập"), self.place_wrap)
        form.addRow(self.tr("Thời điểm lập"), self.issued_wrap)
        self.editors: dict[str, FieldEditor] = {}
        for spec in self.spec.fields:
            fe = FieldEditor(spec, fields_box)
            fe.set_value(doc.fields.get(spec.key))
            fe.connect(self._edited)
            self.editors[spec.key] = fe
            label = "" if spec.type == FieldType.BOOL else field_label(spec) + (" *" if spec.required else "")
            form.addRow(label, fe.wrap)
        self.place.textChanged.connect(self._edited)
        self.issued_at.textChanged.connect(self._edited)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields_box)

        self.people_model = ParticipantTableModel(self)
        self.people_model.set_rows(doc.participants)
        self.people_view = QTableView()
        self.people_view.setObjectName("documentPeople")
        self.people_view.setModel(self.people_model)
        self.people_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.people_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people_view.verticalHeader().setVisible(False)
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people_view.doubleClicked.connect(lambda _: self.edit_person())
        self.add_person_btn = QPushButton(self.tr("Thêm người…"))
        self.add_person_btn.clicked.connect(self.add_person)
        self.edit_person_btn = QPushButton(self.tr("Sửa / ghi không ký…"))
        self.edit_person_btn.clicked.connect(self.edit_person)
        self.remove_person_btn = QPushButton(self.tr("Xóa"))
        self.remove_person_btn.clicked.connect(self.remove_person)
        people_box = QGroupBox(self.tr("Người tham gia, ký biên bản"))
        pl = QVBoxLayout(people_box)
        pl.addWidget(self.people_view)
        prow = QHBoxLayout()
        for b in (self.add_person_btn, self.edit_person_btn, self.remove_person_btn):
            prow.addWidget(b)
        prow.addStretch(1)
        pl.addLayout(prow)

        self.problem_list = QListWidget()
        self.problem_list.setObjectName("documentProblems")
        self.problem_list.setMaximumHeight(84)
        # The legal rules' messages are long (what, which rule, what to do): wrapped, never cut at the edge.
        self.problem_list.setWordWrap(True)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.save_btn = QPushButton(self.tr("Lưu nháp (Ctrl+S)"))
        self.save_btn.setObjectName("saveDocument")
        self.save_btn.clicked.connect(lambda: self.save())
        self.preview_btn = QPushButton(self.tr("Xem trước"))
        self.preview_btn.clicked.connect(self.preview)
        self.print_btn = QPushButton(self.tr("In… (Ctrl+P)"))
        self.print_btn.clicked.connect(self.print)
        self.finalize_btn = QPushButton(self.tr("Hoàn tất…"))
        self.finalize_btn.setObjectName("finalizeDocument")
        self.finalize_btn.clicked.connect(self.finalize)
        self.correct_btn = QPushButton(self.tr("Lập văn bản thay thế…"))
        self.correct_btn.clicked.connect(lambda: self.doc_actions.correct(self.doc.id))
        close_btn = QPushButton(self.tr("Đóng"))
        close_btn.clicked.connect(self.close)
        self.annex_btn = QPushButton(self.tr("Lập Bảng kê (Mẫu 10) kèm theo biên bản này…"))
        self.annex_btn.setObjectName("createAnnex")
        self.annex_btn.clicked.connect(self.create_annex)
        self.annex_btn.hide()
        # A warning where the law leaves the officer a choice (a later deadline for a complex case, a file the
        # criminal authority sent back, a catalog row checked against the text) is confirmed here with a
        # reason for the audit log; hard rules never get this button.
        self.override_btn = QPushButton(self.tr("Xác nhận bỏ qua cảnh báo…"))
        self.override_btn.setObjectName("overrideWarning")
        self.override_btn.clicked.connect(self.override_warning)
        self.override_btn.hide()
        self._pending_warnings: list[Problem] = []
        self.save_state = QLabel()
        self.save_state.setObjectName("documentSaveState")
        buttons = QHBoxLayout()
        for b in (self.save_btn, self.preview_btn, self.print_btn, self.finalize_btn, self.correct_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.save_state)
        buttons.addWidget(close_btn)

        lay = QVBoxLayout(self)
        lay.addWidget(self.header)
        lay.addWidget(self.summary)
        lay.addWidget(scroll, 3)
        lay.addWidget(people_box, 2)
        self.problem_head = QLabel(self.tr("Cần sửa trước khi hoàn tất:"))
        lay.addWidget(self.problem_head)
        lay.addWidget(self.problem_list)
        lay.addWidget(self.annex_btn)
        lay.addWidget(self.override_btn)
        lay.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, lambda: self.save())
        QShortcut(QKeySequence.StandardKey.Print, self, self.print)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.show_problems)
        self._problem_seq = 0
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.autosave)
        actions.finalized.connect(self._finalized_elsewhere)
        backend.changed.connect(self._changed)
        self._loading = False
        self._refresh_header()
        self.show_problems()

    # -- state -----------------------------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """True once the document is final."""
        return self.doc.status != DocumentStatus.DRAFT

    def _refresh_header(self) -> None:
        d = self.doc
        status = self.tr(capitalized(d.status.text))
        number = d.number or self.tr("chưa cấp số")
        number_label = self.tr("Số")
        self.header.setText(f"{kind_label(d.kind)}\n{number_label}: {number} — {status}")
        self.setWindowTitle(f"{form_name(d.kind)} {d.number}".strip())
        subject = d.subject.name if d.subject else self.tr("(chưa có đối tượng)")
        parts = [self.tr("Đối tượng: %1").replace("%1", subject)]
        # Only what this form carries: a "0 niêm phong" on a form that lists no seals read as seals lost.
        spec = self.spec
        if spec.needs_goods or d.goods:
            parts.append(self.tr("%n dòng hàng", "", len(d.goods)))
        if spec.needs_violations or d.violations:
            parts.append(self.tr("%n hành vi vi phạm", "", len(d.violations)))
        if spec.needs_seals or d.seals:
            parts.append(self.tr("%n niêm phong", "", len(d.seals)))
        if d.supersedes:
            parts.append(self.tr("thay thế một văn bản đã hoàn tất"))
        self.summary.setText("; ".join(parts) + ".")
        ro = self.read_only
        for fe in self.editors.values():
            fe.set_read_only(ro)
        self.place.setReadOnly(ro)
        self.issued_at.setReadOnly(ro)
        for b in (self.save_btn, self.finalize_btn, self.add_person_btn, self.edit_person_btn,
                  self.remove_person_btn):
            b.setEnabled(not ro)
        self.correct_btn.setEnabled(ro)

    def current(self, lenient: bool = False) -> tuple[Document, dict[str, str]]:
        """The document as edited, and unreadable-input errors by field key. ``lenient``: an unreadable value
        keeps the stored one (what an automatic save writes)."""
        d = copy.deepcopy(self.doc)
        d.place = nfc(self.place.text().strip())
        issued = self.issued_at.iso()
        if issued is None:  # not a moment yet: an automatic save keeps the stored one
            issued = self.doc.issued_at if lenient else self.issued_at.text().strip()
        d.issued_at = issued
        errors: dict[str, str] = {}
        fields: dict[str, Any] = {}
        for key, fe in self.editors.items():
            value, err = fe.value()
            if err:
                errors[key] = err
                if lenient and self.doc.fields.get(key) is not None:
                    fields[key] = self.doc.fields[key]
            elif value is not None:
                fields[key] = value
        # Keep keys this editor does not know (newer forms), so nothing typed elsewhere is lost.
        for key, value in self.doc.fields.items():
            if key not in self.editors:
                fields[key] = value
        d.fields = fields
        d.participants = self.people_model.rows()
        return d, errors

    def _edited(self, *_: Any) -> None:
        if self._loading or self.read_only:
            return
        self.dirty = True
        self.save_state.setText(self.tr("Chưa lưu"))
        self._timer.start()
        if not self._autosave.isActive():  # not restarted: continuous typing is still saved every second
            self._autosave.start()

    def show_problems(self) -> None:
        """Ask the services for what still stops finalisation (the very list ``finalize`` checks) and show
        it when it comes back; ``problems_shown(messages)`` then fires."""
        if self.read_only:
            self.problem_head.setText(self.tr("Tình trạng:"))  # nothing left to fix in a final document
            self.problem_list.clear()
            self.problem_list.addItem(self.tr("Văn bản đã hoàn tất (chỉ đọc). SHA-256: %1").replace(
                "%1", self.doc.sha256[:16] + "…"))
            for fe in self.editors.values():
                fe.wrap.set_error("")
            self.annex_btn.hide()
            return
        doc, errors = self.current()
        self._problem_seq += 1
        seq = self._problem_seq
        self.backend.call(lambda s: s.documents.problems(doc),
                          lambda problems: self._show_problems(seq, problems, errors))

    def _show_problems(self, seq: int, problems: list[Problem], errors: dict[str, str]) -> None:
        if seq != self._problem_seq or self.read_only:
            return  # an answer about an older state of the form; the newer one is on its way
        self.annex_btn.setVisible(any(p.field == ANNEX_PROBLEM for p in problems))
        self._pending_warnings = [p for p in problems if p.overridable and p.blocking]
        self.override_btn.setVisible(bool(self._pending_warnings))
        by_field: dict[str, str] = dict(errors)
        others: list[str] = []
        for p in problems:
            # A warning the officer may override, or an information item, does not stop finalisation: said so.
            message = p.message if p.blocking else self.tr("Lưu ý: %1").replace("%1", p.message)
            if p.field.startswith("fields."):
                by_field.setdefault(p.field[7:], message)
            elif p.field == "place":
                self.place_wrap.set_error(message)
            elif p.field == "issued_at":
                self.issued_wrap.set_error(message)
            else:
                others.append(message)
        if not any(p.field == "place" for p in problems):
            self.place_wrap.set_error("")
        if not any(p.field == "issued_at" for p in problems):
            self.issued_wrap.set_error("")
        for key, fe in self.editors.items():
            fe.wrap.set_error(by_field.get(key, ""))
        self.problem_list.clear()
        messages = [f"{field_label(self.editors[k].spec)}: {m}" if k in self.editors and not m.startswith(
            self.editors[k].spec.label) and self.editors[k].spec.label not in m else m for k, m in by_field.items()]
        messages += others
        if not errors and not any(p.blocking for p in problems):
            # Exactly when finalisation would accept it (the same list, the same blocking rule).
            self.problem_list.addItem(self.tr("Không còn vấn đề: có thể hoàn tất."))
        messages = [core_text(m) for m in messages]  # the core's messages in the interface's language
        for m in messages:
            self.problem_list.addItem(m)
        self.problems_shown.emit(messages)

    def override_warning(self) -> None:
        """Confirm the first pending warning with a written reason (recorded in the audit log), after saving
        what was typed, so the warning confirmed is the one the stored draft shows."""
        if not self._pending_warnings or self.read_only:
            return
        warning = self._pending_warnings[0]
        reason = self.prompter.ask_text(
            self, self.tr("Xác nhận bỏ qua cảnh báo"),
            self.tr("%1\n\nChỉ xác nhận khi pháp luật cho phép người có thẩm quyền lựa chọn. Ghi lý do: căn cứ, "
                    "số và ngày văn bản đã đối chiếu (lý do được ghi vào nhật ký):").replace("%1", warning.message))
        if reason is None:
            return
        doc_id = self.doc.id

        def failed(exc: BaseException) -> None:
            show_error(self.prompter, self, exc, self.tr("Chưa xác nhận được cảnh báo"))
            self.show_problems()

        self._save_then(lambda: self.backend.mutate(
            lambda s: s.documents.override(doc_id, warning.key, reason), "document",
            lambda _p: self.show_problems(), failed, ident=doc_id))

    def create_annex(self) -> None:
        """Draw up the bảng kê (TT 22 Mẫu 10) that carries this minutes' goods, linked to it, and open it."""
        self.save_if_dirty()
        self.doc_actions.create_annex(self.doc.id)

    # -- people ------------------------------------------------------------------------------------------------
    def _selected(self) -> int:
        rows = self.people_view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_person(self) -> None:
        """Add a person to this document."""
        dialog = ParticipantDialog(roles=CASE_ROLES, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.people_model.append_row(dialog.participant())
            self._edited()

    def edit_person(self) -> None:
        """Edit the selected person (e.g. record a refusal to sign and its reason)."""
        i = self._selected()
        if i < 0 or self.read_only:
            return
        dialog = ParticipantDialog(self.people_model.row_at(i), roles=tuple(Role), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.people_model.replace_row(i, dialog.participant())
            self._edited()

    def remove_person(self) -> None:
        """Remove the selected person from this document."""
        i = self._selected()
        if i >= 0 and not self.read_only:
            self.people_model.remove_row_at(i)
            self._edited()

    # -- actions -----------------------------------------------------------------------------------------------
    def save(self, then: Any = None) -> bool:
        """Save the draft; False if some typed value is unreadable (the readable rest is saved anyway)."""
        if self.read_only:
            if then:
                then()
            return True
        doc, errors = self.current()
        if errors:
            self.show_problems()
            self.autosave()
            return False
        self._submit_save(doc, then)
        return True

    def autosave(self) -> None:
        """Save what reads now, without a dialog (the timer after an edit); drafts only."""
        self._autosave.stop()
        if self.read_only or not self.dirty:
            return
        doc, errors = self.current(lenient=True)
        self._submit_save(doc, quiet=True, complete=not errors)

    def save_if_dirty(self) -> None:
        """Save pending edits (queued before whatever the caller submits next)."""
        if self.dirty:
            self.save()

    def _submit_save(self, doc: Document, then: Any = None, quiet: bool = False, complete: bool = True) -> None:
        self._autosave.stop()
        self.dirty = not complete

        def done(saved: Document) -> None:
            if not shiboken6.isValid(self):  # closed meanwhile (it saves on close); mutate announced it
                return
            self.doc = copy.deepcopy(saved)
            if not self.dirty:
                at = SystemClock().now().strftime("%H:%M:%S")  # Vietnam time, whatever the laptop's zone
                self.save_state.setText((self.tr("Đã lưu tự động lúc %1") if quiet else self.tr("Đã lưu lúc %1"))
                                        .replace("%1", at))
            self.saved.emit(saved.id)
            if then:
                then()

        def failed(exc: BaseException) -> None:
            self.dirty = True
            if quiet:
                self.save_state.setText(self.tr("Chưa lưu tự động được: %1").replace("%1", error_text(exc)))
                report_unexpected(self.backend, exc)
                return
            show_error(self.prompter, self, exc, self.tr("Chưa lưu được"))

        self.backend.mutate(lambda s: s.documents.save_draft(doc), "document", done, failed,
                            ident=lambda saved: saved.id)

    def _save_then(self, fn: Any) -> None:
        # Calls queue in order on the worker, so the action sees what was just saved.
        self.save_if_dirty()
        fn()

    def preview(self) -> None:
        """Save, render off the GUI thread and show the pages."""
        self._save_then(lambda: self.doc_actions.preview(self.doc.id, kind_label(self.doc.kind)))

    def print(self) -> None:
        """Save, render and print."""
        self._save_then(lambda: self.doc_actions.print(self.doc.id))

    def finalize(self) -> None:
        """Save, then check, confirm and finalise."""
        self.doc_actions.parent_widget = self
        self._save_then(lambda: self.doc_actions.finalize(self.doc.id))

    def _finalized_elsewhere(self, doc_id: str, _number: str) -> None:
        if doc_id == self.doc.id:
            self.backend.call(lambda s: s.documents.get(doc_id), self._reload)

    def _changed(self, what: str, doc_id: str) -> None:
        if what == "sync":
            did = self.doc.id
            self.backend.call(lambda s: s.documents.get(did), self._reload, lambda _e: None)

    def _reload(self, doc: Document) -> None:
        self._loading = True
        try:
            self.doc = copy.deepcopy(doc)
            self.place.setText(doc.place)
            self.issued_at.set_iso(doc.issued_at)
            for key, fe in self.editors.items():
                fe.set_value(doc.fields.get(key))
            self.people_model.set_rows(doc.participants)
        finally:
            self._loading = False
        self.dirty = False
        self._refresh_header()
        self.show_problems()

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if self.dirty and not self.read_only:
            self.save()
        self._autosave.stop()
        if self.doc_actions.parent_widget is self:
            self.doc_actions.parent_widget = self.parentWidget()
        super().closeEvent(event)
