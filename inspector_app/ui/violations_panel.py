"""Violations of a case, picked from the violation catalog, with the fine range shown for the goods.

Search runs in the rules service (diacritics folded, so "nhap lau" finds "nhập lậu"); the fine range is
computed there too, from the catalog entry, the goods linked to the violation, whether the subject is an
organisation, the ×2 grounds of the article the officer ticks (khoản 2: hàng giả là thực phẩm, thuốc…) and
the illegal profit typed. The panel only shows what it gets and keeps the chosen violations as plain
``ViolationRef``; the grounds and the profit are stored on it, so finalisation checks the same range.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.format import money, money_or_none
from inspector_app.domain.model import Case, GoodsRow, Subject, ViolationRef, new_id
from inspector_app.domain.text import nfc

from .backend import Backend
from .core_text import core_text
from .errors import error_text, report_unexpected
from .models import CatalogTableModel, ViolationTableModel
from .prompts import Prompter
from .widgets import read_only_table

if TYPE_CHECKING:
    from inspector_app.services.container import Services


def _view(model: Any, name: str) -> QTableView:
    view = read_only_table(model, name)
    view.setWordWrap(True)
    # A row of five wrapped lines can be taller than the table at 768 pixels: scroll by pixels, so its last
    # line can be brought into view (per item, the bottom of a tall row stayed out of reach).
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    hh = view.horizontalHeader()
    hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    # Wrapped texts (the legal basis, the description) get the rows they need instead of being cut off.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ViolationsPanel(QWidget):
    """Catalog search on top, the case's violations below; ``changed`` when the list changes."""

    changed = Signal()
    fine_shown = Signal(object)  # FineRange or an error message, for the status line and tests
    fine_checked = Signal(str)  # the typed fine outside its range ("" when inside), for tests

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.case_id = ""
        self._goods: list[GoodsRow] = []
        self._subject: Subject | None = None
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setPlaceholderText(self.tr("Tìm hành vi trong danh mục (vd: hàng giả, nhập lậu, Điều 15)"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.catalog = CatalogTableModel(self)
        self.catalog_view = _view(self.catalog, "catalogTable")
        self.catalog_view.selectionModel().currentRowChanged.connect(self._catalog_current)
        self.catalog_view.activated.connect(lambda _: self.add_selected())
        self.add_btn = QPushButton(self.tr("Thêm vào vụ việc"))
        self.add_btn.setObjectName("addViolation")
        self.add_btn.clicked.connect(self.add_selected)
        self.range_label = QLabel()
        self.range_label.setObjectName("fineRange")
        self.range_label.setWordWrap(True)
        self.range_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ViolationTableModel(self)
        self.view = _view(self.model, "violationTable")
        self.view.setMinimumHeight(7 * self.fontMetrics().lineSpacing())  # the header and a 5-line row whole
        self.view.selectionModel().currentRowChanged.connect(self._violation_current)
        self.description = QLineEdit()
        self.description.setObjectName("violationDescription")
        self.point = QLineEdit()
        self.point.setMaximumWidth(60)
        self.amount = QLineEdit()
        self.amount.setObjectName("fineAmount")
        self.amount.setPlaceholderText(self.tr("đồng"))
        self.apply_btn = QPushButton(self.tr("Cập nhật"))
        self.apply_btn.clicked.connect(self.apply_edit)
        self.remove_btn = QPushButton(self.tr("Xóa vi phạm"))
        self.remove_btn.clicked.connect(self.remove_selected)
        # The ×2 grounds of the article (khoản 2), one box per ground of the selected violation's catalog entry.
        self.grounds_box = QGroupBox(self.tr("Căn cứ phạt gấp hai lần (khoản 2 của điều)"))
        self.grounds_box.setObjectName("aggravationGrounds")
        self._grounds_layout = QVBoxLayout(self.grounds_box)
        self.ground_checks: list[QCheckBox] = []
        self.grounds_box.hide()
        self._grounds_seq = 0
        self.profit = QLineEdit()
        self.profit.setObjectName("illegalProfit")
        self.profit.setPlaceholderText(self.tr("đồng (nếu xác định được)"))
        self.profit.setToolTip(self.tr("Số lợi bất hợp pháp thu được: với điều có khung theo số lợi, điểm áp dụng "
                                       "là điểm cao hơn giữa trị giá hàng và số lợi."))
        self.amount_words = QLabel()
        self.amount_words.setWordWrap(True)
        # The typed fine checked against the range of its point as it is typed (the rules service decides;
        # finalisation refuses the same amounts).
        self.fine_check = QLabel()
        self.fine_check.setObjectName("fineCheck")
        self.fine_check.setWordWrap(True)
        self.fine_check.setStyleSheet("color: #b3261e; font-weight: bold;")
        # Two lines kept for it (a wrapped label's height is not passed on by the form layout, so the
        # message with its citation was squeezed to half a line on a 768-pixel screen).
        self.fine_check.setMinimumHeight(2 * self.fontMetrics().lineSpacing())
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.check_amount)
        self.amount.textEdited.connect(lambda _: self._check_timer.start())
        self.point.textEdited.connect(lambda _: self._check_timer.start())
        self.profit.textEdited.connect(lambda _: self._check_timer.start())
        self._check_seq = 0

        top = QGroupBox(self.tr("Danh mục hành vi vi phạm"))
        tl = QVBoxLayout(top)
        tl.addWidget(self.search)
        tl.addWidget(self.catalog_view, 1)
        # The range with its citation and valuation basis runs to 6–8 lines on a 768-pixel screen: it scrolls
        # inside its own box rather than being cut off by the catalog above it.
        range_box = QScrollArea()
        range_box.setObjectName("fineRangeBox")
        range_box.setWidgetResizable(True)
        range_box.setFrameShape(QFrame.Shape.NoFrame)
        range_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        range_box.setWidget(self.range_label)
        range_box.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        self.range_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(range_box, 1)
        row.addWidget(self.add_btn, 0, Qt.AlignmentFlag.AlignTop)
        tl.addLayout(row)
        bottom = QGroupBox(self.tr("Vi phạm của vụ việc"))
        bl = QVBoxLayout(bottom)
        bl.addWidget(self.view, 1)
        form = QFormLayout()
        form.addRow(self.tr("Mô tả hành vi"), self.description)
        line = QHBoxLayout()
        line.addWidget(QLabel(self.tr("Điểm")))
        line.addWidget(self.point)
        line.addWidget(QLabel(self.tr("Mức phạt")))
        line.addWidget(self.amount, 1)
        line.addWidget(self.apply_btn)
        line.addWidget(self.remove_btn)
        form.addRow(line)
        form.addRow(self.tr("Số lợi bất hợp pháp"), self.profit)
        form.addRow(self.grounds_box)
        form.addRow(self.amount_words)
        form.addRow(self.fine_check)
        bl.addLayout(form)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self.case_provider: Callable[[], Case | None] | None = None

    # -- state ---------------------------------------------------------------------------------------------
    def set_case(self, case_id: str, violations: list[ViolationRef], goods: list[GoodsRow],
                 subject: Subject | None) -> None:
        """Show the violations of a case; goods and subject decide the fine range."""
        self.case_id = case_id
        self._goods = list(goods)
        self._subject = subject
        self.model.set_rows(violations)
        self.range_label.clear()
        self.amount_words.clear()
        # The edit fields belong to the selected violation: another case's values must not stay in them.
        for edit in (self.description, self.point, self.amount, self.profit):
            edit.clear()
        self._set_grounds([], [])
        self.fine_check.clear()
        if not self.catalog.rowCount():
            self.run_search()

    def set_goods(self, goods: list[GoodsRow]) -> None:
        """The goods changed (a scan): fine ranges depend on their value."""
        self._goods = list(goods)

    def violations(self) -> list[ViolationRef]:
        """The violations as shown."""
        return self.model.rows()

    def _organization(self) -> bool:
        case = self.case_provider() if self.case_provider else None
        subject = case.subject if case else self._subject
        return subject is not None and subject.fined_as_organization()

    def _case_for_rules(self) -> Case:
        case = self.case_provider() if self.case_provider else None
        if case is None:
            case = Case(id=self.case_id, unit_code="", title="", place="", started_at="", subject=self._subject)
        case.goods = list(self._goods)
        return case

    # -- catalog -------------------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Search the catalog for the typed text (all entries in force when empty)."""
        text = self.search.text()

        def work(s: Services) -> list[Any]:
            return s.rules.search_catalog(text) if text.strip() else s.rules.catalog()

        self.backend.call(work, lambda rows: self._results(text, rows), self._failed)

    def _results(self, text: str, rows: list[Any]) -> None:
        if text != self.search.text():
            return  # an older answer; the newer query is on its way
        self.catalog.set_rows(rows)
        if rows:
            self.catalog_view.selectRow(0)

    def _search_enter(self) -> None:
        self._timer.stop()
        self.run_search()
        self.catalog_view.setFocus()

    def selected_entry(self) -> Any:
        """The catalog entry under the cursor, or None."""
        idx = self.catalog_view.currentIndex()
        return self.catalog.row_at(idx.row()) if idx.isValid() else None

    def _probe(self, entry: Any) -> ViolationRef:
        return ViolationRef(id=new_id(), decree=entry.decree, article=entry.article, clause=entry.clause,
                            description=entry.text, catalog_id=entry.id)

    def _catalog_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if current.isValid():
            self.show_fine(self._probe(self.catalog.row_at(current.row())))

    def show_fine(self, violation: ViolationRef) -> None:
        """Compute and show the fine range of ``violation`` for the current goods and subject."""
        case = self._case_for_rules()
        org = self._organization()

        def work(s: Services) -> Any:
            return s.rules.fine_for(violation, s.rules.goods_for_violation(case, violation), org)

        def done(fine: Any) -> None:
            who = self.tr("tổ chức") if fine.organization else self.tr("cá nhân")
            text = self.tr("Khung phạt (%1): %2 – %3 đồng; mức thường áp dụng %4 đồng.").replace(
                "%1", who).replace("%2", money(fine.min)).replace("%3", money(fine.max)).replace(
                "%4", money(fine.usual))
            text += "\n" + core_text(fine.citation)
            if fine.basis_text:
                text += "\n" + core_text(fine.basis_text)
            if fine.warning_allowed:
                text += "\n" + self.tr("Có thể phạt cảnh cáo.")
            if fine.unconfirmed:
                # An R/I row of the catalog: shown, never presented as the law (finalisation asks the same).
                text = self.tr("Khung phạt CHƯA XÁC MINH (độ tin cậy %1): đối chiếu văn bản chính thức (Công báo, "
                               "văn bản hợp nhất) trước khi áp dụng.").replace("%1", fine.confidence) + "\n" + text
                self.range_label.setStyleSheet("color: #8a4b00;")
            else:
                self.range_label.setStyleSheet("")
            self.range_label.setText(text)
            self.fine_shown.emit(fine)

        def failed(exc: BaseException) -> None:
            msg = error_text(exc)
            self.range_label.setStyleSheet("color: #8a4b00;")
            self.range_label.setText(msg)
            self.fine_shown.emit(msg)

        self.backend.call(work, done, failed)

    def add_selected(self) -> None:
        """Add the selected catalog entry as a violation of the case (fine: the usual amount if known)."""
        entry = self.selected_entry()
        if entry is None or not self.case_id:
            return
        violation = self._probe(entry)
        case = self._case_for_rules()
        org = self._organization()

        def work(s: Services) -> ViolationRef:
            try:
                fine = s.rules.fine_for(violation, s.rules.goods_for_violation(case, violation), org)
            except InspectorError:
                return violation  # the officer types the amount once the goods are valued
            violation.point = fine.point
            violation.fine_amount = fine.usual
            return violation

        self.backend.call(work, self._added, self._failed)

    def _added(self, violation: ViolationRef) -> None:
        self.model.append_row(violation)
        self.view.selectRow(self.model.rowCount() - 1)
        self.changed.emit()

    # -- case violations -----------------------------------------------------------------------------------
    def _selected(self) -> int:
        idx = self.view.currentIndex()
        return idx.row() if idx.isValid() else -1

    def _violation_current(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        v = self.model.row_at(current.row())
        self.description.setText(v.description)
        self.point.setText(v.point)
        self.amount.setText(money(v.fine_amount))
        self.profit.setText(money(v.illegal_profit))
        self._load_grounds(v)  # checks the amount once the recorded ×2 grounds are ticked
        self.show_fine(v)
        self._words(v.fine_amount)

    # -- the ×2 grounds ---------------------------------------------------------------------------------------
    def _load_grounds(self, violation: ViolationRef) -> None:
        """Show the ×2 grounds of ``violation``'s catalog entry, ticked as recorded on it."""
        self._grounds_seq += 1
        seq = self._grounds_seq
        self._set_grounds([], [])

        def work(s: Services) -> list[Any]:
            try:
                return list(s.rules.entry_for(violation).aggravations)
            except InspectorError:
                return []  # not in the catalog: no grounds to offer (the range label says why)

        def done(grounds: list[Any]) -> None:
            if seq == self._grounds_seq:
                self._set_grounds(grounds, violation.aggravations)
                # Checked with the grounds as recorded: checked before they were loaded, a fine inside the
                # doubled range was flagged as outside the plain one.
                self.check_amount()

        def failed(_exc: BaseException) -> None:
            if seq == self._grounds_seq:
                self.check_amount()

        self.backend.call(work, done, failed)

    def _set_grounds(self, grounds: list[Any], ticked: list[str]) -> None:
        for box in self.ground_checks:
            self._grounds_layout.removeWidget(box)
            box.deleteLater()
        self.ground_checks = []
        for g in grounds:
            box = QCheckBox(g.text)
            box.setProperty("code", g.code)
            box.setToolTip(self.tr("Phạt gấp %1 lần mức phạt (khoản %2 của điều)").replace(
                "%1", str(g.factor)).replace("%2", str(g.clause)))
            box.setChecked(g.code in ticked)
            box.toggled.connect(lambda _on: self._check_timer.start())
            self._grounds_layout.addWidget(box)
            self.ground_checks.append(box)
        self.grounds_box.setVisible(bool(grounds))
        # Every ground readable: the splitter may not squeeze the box below its contents.
        self.grounds_box.setMinimumHeight(self.grounds_box.sizeHint().height() if grounds else 0)

    def ticked_grounds(self) -> list[str]:
        """The codes of the ×2 grounds ticked for the selected violation."""
        return [str(box.property("code")) for box in self.ground_checks if box.isChecked()]

    def check_amount(self) -> None:
        """Flag a typed fine outside the range of its point (``fine_checked(message)``, "" when inside)."""
        self._check_timer.stop()
        i = self._selected()
        text = self.amount.text().strip()
        amount = money_or_none(text)
        self._check_seq += 1
        seq = self._check_seq
        if i < 0 or amount is None:
            self._show_check(seq, self.tr("Mức phạt phải là số nguyên đồng") if text and i >= 0 else "")
            return
        profit_text = self.profit.text().strip()
        profit = money_or_none(profit_text)
        if profit_text and profit is None:
            self._show_check(seq, self.tr("Số lợi bất hợp pháp phải là số nguyên đồng"))
            return
        v = copy.deepcopy(self.model.row_at(i))
        v.point = self.point.text().strip()
        v.aggravations = self.ticked_grounds()
        v.illegal_profit = profit
        case = self._case_for_rules()
        org = self._organization()

        def work(s: Services) -> str:
            try:
                fine = s.rules.fine_for(v, s.rules.goods_for_violation(case, v), org)
                s.rules.check_amount(fine, amount)
            except ValidationError as exc:
                if any(p.field == "fine_amount" for p in exc.problems):
                    text = "; ".join(p.message for p in exc.problems)
                    # Only the first letter: str.capitalize() would lower "NĐ-CP" and "Điều" in the citation.
                    return text[:1].upper() + text[1:]
                return ""  # no range yet (goods not valued): the range label says why
            return ""

        self.backend.call(work, lambda message: self._show_check(seq, message), lambda _e: None)

    def _show_check(self, seq: int, message: str) -> None:
        if seq != self._check_seq:
            return
        message = core_text(message)
        self.fine_check.setText(message)
        self.fine_checked.emit(message)

    def _words(self, amount: int | None) -> None:
        if not amount:
            self.amount_words.clear()
            return
        self.backend.call(lambda s: s.rules.amount_texts(amount),
                          lambda texts: self.amount_words.setText(self.tr("Bằng chữ: %1").replace("%1", texts[1])),
                          lambda _e: None)

    def apply_edit(self) -> None:
        """Save the edited description, point, amount, illegal profit and ×2 grounds of the selected violation."""
        i = self._selected()
        if i < 0:
            return
        v = copy.deepcopy(self.model.row_at(i))
        v.description = nfc(self.description.text().strip())
        v.point = self.point.text().strip()
        text = self.amount.text().strip()
        amount = money_or_none(text)
        if text and amount is None:
            self.amount_words.setText(self.tr("Mức phạt phải là số nguyên đồng"))
            return
        v.fine_amount = amount
        profit_text = self.profit.text().strip()
        profit = money_or_none(profit_text)
        if profit_text and profit is None:
            self.amount_words.setText(self.tr("Số lợi bất hợp pháp phải là số nguyên đồng"))
            return
        v.illegal_profit = profit
        v.aggravations = self.ticked_grounds()
        self.model.replace_row(i, v)
        self.show_fine(v)  # the range with the grounds now recorded
        self._words(amount)
        self.check_amount()
        self.changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected violation from the case."""
        i = self._selected()
        if i >= 0:
            self.model.remove_row_at(i)
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.range_label.setStyleSheet("color: #b3261e;")
        self.range_label.setText(error_text(exc))
        report_unexpected(self.backend, exc)
