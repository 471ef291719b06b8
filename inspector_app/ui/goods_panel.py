"""Goods of a case: a barcode field for a USB scanner, the goods table, manual rows and flags.

A scanner types digits and presses Enter, often faster than a person can read. Each scan becomes one
``scan_barcode`` call on the worker thread; calls run in order, so two quick scans of the same product raise
its quantity to 2 instead of adding two rows. The table is updated row by row (never reset), so a 300-row
table stays smooth while scanning.

A scan never edits the table: cells edit only on an explicit action (double-click, F2, Enter on a cell), and
a scanner burst typed while the table, a cell editor or a button of the tab has focus goes to the barcode
intake (``scanner.ScanBurstFilter``). A rejected scan stays in the list of rejected scans until dismissed;
the tab counts scans received against rows. A quantity or price beyond the sanity limits is refused, and an
unusually large one is saved only after the officer confirms it.
"""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.format import money, money_or_none, parse_quantity, quantity_or_none
from inspector_app.domain.model import GoodsRow, new_id
from inspector_app.domain.text import nfc
from inspector_app.domain.validation import goods_row_warnings, validate_goods_row

from .backend import Backend
from .errors import error_text, report_unexpected
from .models import GoodsTableModel, quantity_text
from .prompts import Prompter
from .scanner import ScanBurstFilter
from .widgets import FieldWithError, ScanLineEdit, ok_cancel_layout

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class GoodsTableView(QTableView):
    """The goods table: Enter on a cell edits it (or opens the row dialog for a cell that is not edited in
    place), like double-click and F2; typing alone never starts an edit."""

    edit_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                self.edit(index)
            elif index.isValid():
                self.edit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ScanAwareDelegate(QStyledItemDelegate):
    """Cell editors that a scanner burst cannot write into: each editor is watched by the panel's
    ``ScanBurstFilter``, so the burst never reaches it; the editor then closes with its value unchanged when
    the cursor moves to the barcode field."""

    def __init__(self, burst: ScanBurstFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.burst = burst

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = super().createEditor(parent, option, index)
        self.burst.watch(editor)
        return editor


class GoodsRowDialog(QDialog):
    """Add or edit one goods row by hand, validated as you type."""

    def __init__(self, row: GoodsRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hàng hóa, tang vật"))
        self._row = copy.deepcopy(row) if row else GoodsRow(id=new_id(), name="", unit="cái", quantity=Decimal(1))
        r = self._row
        self.edits: dict[str, QLineEdit] = {}
        self.wraps: dict[str, FieldWithError] = {}
        form = QFormLayout()
        for key, label, value in (
            ("name", self.tr("Tên hàng hóa"), r.name), ("model", self.tr("Chủng loại, quy cách"), r.model),
            ("brand", self.tr("Nhãn hiệu"), r.brand), ("origin", self.tr("Xuất xứ"), r.origin),
            ("barcode", self.tr("Mã vạch"), r.barcode), ("unit", self.tr("Đơn vị tính"), r.unit),
            ("quantity", self.tr("Số lượng"), quantity_text(r.quantity)),
            ("unit_price", self.tr("Đơn giá (đồng)"), "" if r.unit_price is None else str(r.unit_price)),
            ("condition", self.tr("Tình trạng, đặc điểm"), r.condition), ("note", self.tr("Ghi chú"), r.note),
        ):
            edit = QLineEdit(value)
            edit.setObjectName(f"goods_{key}")
            edit.textChanged.connect(self._validate)
            self.edits[key] = edit
            wrap = FieldWithError(edit)
            self.wraps[key] = wrap
            form.addRow(label, wrap)
        self.counterfeit = QCheckBox(self.tr("Nghi hàng giả"))
        self.counterfeit.setChecked(r.suspected_counterfeit)
        self.smuggled = QCheckBox(self.tr("Hàng nhập lậu"))
        self.smuggled.setChecked(r.smuggled)
        self.unknown = QCheckBox(self.tr("Không rõ nguồn gốc"))
        self.unknown.setChecked(r.unknown_origin)
        self.seized = QCheckBox(self.tr("Tạm giữ"))
        self.seized.setChecked(r.seized)
        flags = QHBoxLayout()
        for box in (self.counterfeit, self.smuggled, self.unknown, self.seized):
            flags.addWidget(box)
        form.addRow(self.tr("Đánh dấu"), flags)
        self.buttons = ok_cancel_layout(self, form)
        self._validate()

    def row(self) -> GoodsRow:
        """The row as typed (quantity 0 when unreadable, so validation names it)."""
        r = copy.deepcopy(self._row)
        e = {k: nfc(v.text().strip()) for k, v in self.edits.items()}
        r.name, r.model, r.brand, r.origin = e["name"], e["model"], e["brand"], e["origin"]
        r.barcode, r.unit, r.condition, r.note = e["barcode"], e["unit"], e["condition"], e["note"]
        r.quantity = quantity_or_none(e["quantity"]) or Decimal(0)
        r.unit_price = money_or_none(e["unit_price"])
        r.value = None if r.unit_price is None else int((r.quantity * r.unit_price).to_integral_value())
        r.suspected_counterfeit = self.counterfeit.isChecked()
        r.smuggled = self.smuggled.isChecked()
        r.unknown_origin = self.unknown.isChecked()
        r.seized = self.seized.isChecked()
        return r

    def _validate(self) -> bool:
        messages: dict[str, str] = {}
        for p in validate_goods_row(self.row(), "goods"):
            messages.setdefault(p.field.split(".", 1)[1], p.message)
        typed_quantity = self.edits["quantity"].text()
        if typed_quantity.strip():
            try:
                parse_quantity(typed_quantity)
            except InspectorError as exc:  # say why ("1.500": 1500 or 1,5?) rather than "must be > 0"
                messages["quantity"] = exc.message
        if self.edits["unit_price"].text().strip() and money_or_none(self.edits["unit_price"].text()) is None:
            messages["unit_price"] = self.tr("Đơn giá phải là số nguyên đồng")
        for key, wrap in self.wraps.items():
            wrap.set_error(messages.get(key, ""))
        ok = not messages
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok


class GoodsPanel(QWidget):
    """The goods of one case; every change is saved at once through the services."""

    goods_changed = Signal()
    scan_finished = Signal(object)  # ScanResult, for the status line and tests
    scan_rerouted = Signal(str)  # a scanner burst caught outside the barcode field (tests, status line)

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.case_id = ""
        self.read_only = False
        self.scans_received = 0
        self.scans_rejected = 0
        self.scan = ScanLineEdit()
        self.scan.setObjectName("barcodeInput")
        self.scan.setPlaceholderText(self.tr("Quét hoặc gõ mã vạch rồi nhấn Enter"))
        self.scan.scanned.connect(self.submit_scan)
        self.scan_status = QLabel()
        self.scan_status.setObjectName("scanStatus")
        self.scan_status.setWordWrap(True)
        self.scan_count = QLabel()
        self.scan_count.setObjectName("scanCount")
        # Scans typed anywhere on this tab but the barcode field go to the intake, never into a cell.
        self.burst = ScanBurstFilter(self.scan, self, active=self.isVisible)
        self.burst.scanned.connect(self._burst_scanned)
        self.rejected = QListWidget()
        self.rejected.setObjectName("rejectedScans")
        self.rejected.setMaximumHeight(self.fontMetrics().height() * 5)
        self.rejected.setStyleSheet("color: #b3261e;")
        self.dismiss_btn = QPushButton(self.tr("Bỏ qua mã đã chọn"))
        self.dismiss_btn.setObjectName("dismissRejected")
        self.dismiss_btn.clicked.connect(self.dismiss_rejected)
        self.dismiss_all_btn = QPushButton(self.tr("Bỏ qua tất cả"))
        self.dismiss_all_btn.setObjectName("dismissAllRejected")
        self.dismiss_all_btn.clicked.connect(self.dismiss_all_rejected)
        self.rejected_box = QWidget()
        rb = QVBoxLayout(self.rejected_box)
        rb.setContentsMargins(0, 0, 0, 0)
        rb.addWidget(QLabel(self.tr("Mã bị từ chối (chưa ghi vào bảng hàng hóa):")))
        rrow = QHBoxLayout()
        rrow.addWidget(self.rejected, 1)
        rbuttons = QVBoxLayout()
        rbuttons.addWidget(self.dismiss_btn)
        rbuttons.addWidget(self.dismiss_all_btn)
        rbuttons.addStretch(1)
        rrow.addLayout(rbuttons)
        rb.addLayout(rrow)
        self.rejected_box.hide()
        self.model = GoodsTableModel(self)
        self.model.row_edited.connect(self._row_edited)
        self.table = GoodsTableView()
        self.table.setObjectName("goodsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        # No AnyKeyPressed: a scan typed while a row is selected must never become the cell's value.
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.delegate = ScanAwareDelegate(self.burst, self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.edit_requested.connect(self.edit_row)
        vh = self.table.verticalHeader()
        vh.setVisible(False)
        # Fixed row heights: the view never measures 300 rows to lay them out.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.table.horizontalHeader()
        for col, width in enumerate((36, 200, 112, 90, 90, 50, 70, 86, 100, 180)):
            self.table.setColumnWidth(col, width)
        hh.setStretchLastSection(True)
        self.add_btn = QPushButton(self.tr("Thêm hàng hóa…"))
        self.add_btn.clicked.connect(self.add_row)
        self.edit_btn = QPushButton(self.tr("Sửa…"))
        self.edit_btn.clicked.connect(self.edit_row)
        self.seize_btn = QPushButton(self.tr("Tạm giữ / bỏ tạm giữ"))
        self.seize_btn.clicked.connect(self.toggle_seized)
        self.remove_btn = QPushButton(self.tr("Xóa dòng"))
        self.remove_btn.clicked.connect(self.remove_row)
        self.totals = QLabel()
        self.totals.setObjectName("goodsTotals")
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_row,
                  context=Qt.ShortcutContext.WidgetShortcut)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mã vạch:")))
        top.addWidget(self.scan, 1)
        top.addWidget(self.scan_count)
        buttons = QHBoxLayout()
        for b in (self.add_btn, self.edit_btn, self.seize_btn, self.remove_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.totals)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.scan_status)
        lay.addWidget(self.rejected_box)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        for w in (self, self.table, self.add_btn, self.edit_btn, self.seize_btn, self.remove_btn, self.rejected,
                  self.dismiss_btn, self.dismiss_all_btn):
            self.burst.watch(w)
        self._update_totals()

    # -- loading ------------------------------------------------------------------------------------------
    def set_case(self, case_id: str, goods: list[GoodsRow]) -> None:
        """Show the goods of a case."""
        if case_id != self.case_id:
            self.scans_received = 0
            self.scans_rejected = 0
            self.rejected.clear()
            self.rejected_box.hide()
        self.case_id = case_id
        self.model.set_rows(goods)
        self.scan_status.clear()
        self._update_totals()

    def set_read_only(self, read_only: bool) -> None:
        """Lock the panel (no case open)."""
        self.read_only = read_only
        for w in (self.scan, self.add_btn, self.edit_btn, self.seize_btn, self.remove_btn):
            w.setEnabled(not read_only)

    def goods(self) -> list[GoodsRow]:
        """The rows as shown (the case editor saves these with the case)."""
        return self.model.rows()

    def focus_scan(self) -> None:
        """Put the cursor in the barcode field (the tab was just chosen: the next scan must land there)."""
        if self.scan.isEnabled():
            self.scan.setFocus(Qt.FocusReason.TabFocusReason)

    # -- scanning -----------------------------------------------------------------------------------------
    def _burst_scanned(self, code: str) -> None:
        # A scan typed into the table, a cell editor or a button: the intake takes it. An open cell editor
        # never saw the burst; it closes with the value it had when the scanned row is selected (the model
        # ignores an unchanged value), and the cursor then goes to the barcode field.
        self.scan_rerouted.emit(code)
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.focus_scan()
        self.submit_scan(code)

    def submit_scan(self, code: str) -> None:
        """Send one scanned code to the service; the table updates when it answers."""
        if not self.case_id or self.read_only:
            return
        self.scans_received += 1
        self._update_totals()
        case_id = self.case_id
        self.backend.call(lambda s: s.cases.scan_barcode(case_id, code),
                          lambda res: self._scanned(case_id, code, res), self._failed)

    def _scanned(self, case_id: str, code: str, res: Any) -> None:
        if case_id != self.case_id:
            return  # the officer moved to another case meanwhile; that case reloads from the database
        if res.problem:
            QApplication.beep()
            message = self.tr("Mã %1: %2").replace("%1", code).replace("%2", res.problem)
            self._status(message, error=True)
            self._reject(code, message)
        else:
            row: GoodsRow = res.row
            i = self.model.find(lambda r: r.id == row.id)
            if i >= 0:
                self.model.replace_row(i, row)
            else:
                self.model.append_row(row)
                i = self.model.rowCount() - 1
            editing = self.table.state() == QAbstractItemView.State.EditingState
            self.table.scrollTo(self.model.index(i, 1))
            self.table.selectRow(i)
            if editing:
                self.focus_scan()
            text = (self.tr("Đã thêm: %1") if res.created else self.tr("Tăng số lượng: %1 — %2")).replace(
                "%1", row.name).replace("%2", quantity_text(row.quantity))
            if res.watchlisted:
                QApplication.beep()
                text += " — " + self.tr("CẢNH BÁO: mã vạch thuộc danh sách cảnh báo") + (
                    f": {res.watch_note}" if res.watch_note else "")
            self._status(text, error=res.watchlisted)
            self._update_totals()
            self.goods_changed.emit()
        self.scan_finished.emit(res)

    def _reject(self, code: str, message: str) -> None:
        # Kept until dismissed: the next scan's green message must not hide that this one was refused.
        self.scans_rejected += 1
        item = QListWidgetItem(f"{QTime.currentTime().toString('HH:mm:ss')}  {message}")
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.rejected.addItem(item)
        self.rejected.scrollToBottom()
        self.rejected_box.show()
        self._update_totals()

    def rejected_codes(self) -> list[str]:
        """The rejected scans not yet dismissed, oldest first."""
        return [str(self.rejected.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.rejected.count())]

    def dismiss_rejected(self) -> None:
        """Remove the selected rejected scan from the list (the officer has dealt with it)."""
        for item in self.rejected.selectedItems() or ([self.rejected.item(0)] if self.rejected.count() else []):
            self.rejected.takeItem(self.rejected.row(item))
        self.rejected_box.setVisible(self.rejected.count() > 0)
        if not self.rejected.count():
            self.focus_scan()

    def dismiss_all_rejected(self) -> None:
        """Clear the list of rejected scans."""
        self.rejected.clear()
        self.rejected_box.hide()
        self.focus_scan()

    def _status(self, text: str, error: bool) -> None:
        self.scan_status.setText(text)
        self.scan_status.setStyleSheet("color: #b3261e; font-weight: bold;" if error else "color: #1b5e20;")

    # -- manual editing -----------------------------------------------------------------------------------
    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def add_row(self) -> None:
        """Add a row typed by hand."""
        if not self.case_id or self.read_only:
            return
        self._row_dialog(None)

    def edit_row(self) -> None:
        """Edit the selected row in a dialog."""
        i = self._selected_row()
        if i < 0 or self.read_only:
            return
        self._row_dialog(self.model.row_at(i))

    def _row_dialog(self, row: GoodsRow | None) -> None:
        # An unusually large value is confirmed; "no" reopens the dialog with what was typed.
        while True:
            dialog = GoodsRowDialog(row, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            row = dialog.row()
            if self.confirm_values(row):
                self.save_row(row)
                return

    def confirm_values(self, row: GoodsRow) -> bool:
        """True if ``row`` has no unusual value or the officer confirmed them."""
        warnings = goods_row_warnings(row)
        if not warnings:
            return True
        return self.prompter.confirm(self, self.tr("Giá trị bất thường"), self.tr(
            "Dòng “%1”: %2. Có đúng không? Chọn Không để sửa lại.").replace("%1", row.name).replace(
            "%2", "; ".join(warnings)))

    def toggle_seized(self) -> None:
        """Mark the selected rows as seized (tạm giữ) or not: MBB15 lists the seized goods."""
        for index in self.table.selectionModel().selectedRows():
            row = copy.deepcopy(self.model.row_at(index.row()))
            row.seized = not row.seized
            self.save_row(row)

    def save_row(self, row: GoodsRow) -> None:
        """Save one row through the service and show it."""
        case_id = self.case_id
        self.backend.call(lambda s: s.cases.save_goods_row(case_id, row), lambda saved: self._saved(case_id, saved),
                          self._failed)

    def _row_edited(self, _index: int, row: GoodsRow) -> None:
        # A cell edit: refused beyond the limits, confirmed when unusual; the model keeps the stored value
        # until the service answers, so a refusal changes nothing.
        problems = validate_goods_row(row, "goods")
        if problems:
            QApplication.beep()
            self._status(self.tr("Không lưu: %1").replace("%1", "; ".join(p.message for p in problems)), error=True)
            return
        if not self.confirm_values(row):
            self._status(self.tr("Đã bỏ qua thay đổi của dòng “%1”.").replace("%1", row.name), error=False)
            return
        self.save_row(row)

    def _saved(self, case_id: str, row: GoodsRow) -> None:
        if case_id != self.case_id:
            return
        i = self.model.find(lambda r: r.id == row.id)
        if i >= 0:
            self.model.replace_row(i, row)
        else:
            self.model.append_row(row)
        self._update_totals()
        self.goods_changed.emit()

    def remove_row(self) -> None:
        """Delete the selected row."""
        i = self._selected_row()
        if i < 0 or self.read_only:
            return
        row = self.model.row_at(i)
        if not self.prompter.confirm(self, self.tr("Xóa hàng hóa"),
                                     self.tr("Xóa dòng “%1”?").replace("%1", row.name)):
            return
        case_id = self.case_id
        self.backend.call(lambda s: s.cases.remove_goods_row(case_id, row.id), lambda _: self._removed(row.id),
                          self._failed)

    def _removed(self, row_id: str) -> None:
        i = self.model.find(lambda r: r.id == row_id)
        if i >= 0:
            self.model.remove_row_at(i)
        self._update_totals()
        self.goods_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._status(error_text(exc), error=True)
        report_unexpected(self.backend, exc)

    def _update_totals(self) -> None:
        rows = self.model.rows()
        total = sum(r.value or 0 for r in rows)
        self.totals.setText(self.tr("%1 dòng — tổng trị giá %2 đồng").replace("%1", str(len(rows))).replace(
            "%2", money(total)))
        self.scan_count.setText(self.tr("Đã nhận %1 lần quét (%2 bị từ chối) · %3 dòng").replace(
            "%1", str(self.scans_received)).replace("%2", str(self.scans_rejected)).replace("%3", str(len(rows))))
