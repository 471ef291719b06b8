"""The goods tab never lets a scan edit the table (gui-review B1, M5): scanner bursts typed anywhere on the
tab go to the barcode intake, cells edit only on an explicit action, absurd values are refused or
confirmed, rejected scans stay listed until dismissed, and choosing the tab puts the cursor in the barcode
field."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from ui_helpers import press_enter, type_text, wait_idle

from inspector_app.domain.checks import STORE_CODE_NOTE, gs1_check_digit
from inspector_app.domain.model import GoodsRow, new_id
from inspector_app.services.container import Services
from inspector_app.ui.scanner import HOLD_GAP_MS

KNOWN = "8935049500308"
NEW = "893460400116" + str(gs1_check_digit("893460400116"))


def seed_case(s: Services) -> None:
    """One case with two priced goods rows."""
    case = s.cases.new_case(title="Kiểm tra cửa hàng tạp hóa Bình An", place="Biên Hòa")
    s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Thuốc lá điếu Jet", unit="bao", quantity=Decimal(3),
                                             barcode=KNOWN, unit_price=25_000))
    s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name="Nước hoa Chanel (nghi giả)", unit="chai",
                                             quantity=Decimal(2), unit_price=185_000))


def open_goods(gui: Any, qtbot: Any) -> Any:
    win = gui.window
    # An active window, as on the officer's screen (an inactive one commits a cell editor on any focus move).
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1)
    with qtbot.waitSignal(win.editor.loaded, timeout=20000):
        win.select_case(win.case_model.rows()[0].id)
    wait_idle(qtbot, gui)
    win.editor.tabs.setCurrentWidget(win.editor.goods)
    return win.editor.goods


def stored_goods(gui: Any, case_id: str) -> list[GoodsRow]:
    return gui.runner.run_sync(lambda: gui.backend._get().cases.get(case_id).goods)


def key(widget: Any, k: Qt.Key, text: str = "") -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, k, Qt.KeyboardModifier.NoModifier, text))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, k, Qt.KeyboardModifier.NoModifier, text))


def test_scan_typed_while_a_row_is_selected_goes_to_the_intake_not_the_cell(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    case_id = goods.case_id
    before = {r.id: (r.name, r.quantity) for r in stored_goods(gui, case_id)}
    table = goods.table
    table.setCurrentIndex(goods.model.index(0, 6))  # the Số lượng cell of the first row
    table.selectRow(0)
    with qtbot.waitSignal(goods.scan_finished, timeout=20000) as done:
        type_text(table, KNOWN)
        press_enter(table)
    wait_idle(qtbot, gui)
    assert done.args[0].row.barcode == KNOWN and not done.args[0].created
    after = {r.id: (r.name, r.quantity) for r in stored_goods(gui, case_id)}
    first = next(i for i, (name, _q) in before.items() if name == "Thuốc lá điếu Jet")
    # The scan raised the quantity of its own row by one; no name or quantity became the digits.
    assert after[first] == ("Thuốc lá điếu Jet", Decimal(4))
    assert all(name != KNOWN and q < 1000 for name, q in after.values())
    assert table.state() != table.State.EditingState
    assert goods.scans_received == 1 and "Đã nhận 1 lần quét (0 bị từ chối) · 2 dòng" == goods.scan_count.text()


def test_scan_while_a_cell_is_being_edited_cancels_the_edit_and_is_counted(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    table = goods.table
    table.setCurrentIndex(goods.model.index(1, 1))
    key(table, Qt.Key.Key_F2)  # an explicit edit
    assert table.state() == table.State.EditingState
    editor = QApplication.focusWidget() if isinstance(QApplication.focusWidget(), QLineEdit) else None
    editor = editor or table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Nước hoa Chanel (nghi giả)"
    with qtbot.waitSignal(goods.scan_finished, timeout=20000):
        type_text(editor, NEW)
        press_enter(editor)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    names = [r.name for r in stored_goods(gui, goods.case_id)]
    assert "Nước hoa Chanel (nghi giả)" in names and NEW not in names
    assert any(r.barcode == NEW for r in stored_goods(gui, goods.case_id))
    assert goods.model.rowCount() == 3


def test_typing_on_a_row_never_starts_an_edit_but_enter_f2_and_slow_typing_in_an_editor_do(start_gui: Any,
                                                                                          qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    table = goods.table
    table.setCurrentIndex(goods.model.index(0, 5))
    key(table, Qt.Key.Key_7, "7")
    # A character typed on the table is a code being typed: it goes to the barcode field, never to a cell.
    assert table.state() != table.State.EditingState
    assert goods.scan.text() == "7" and goods.scan.hasFocus()
    goods.scan.clear()
    table.setFocus()
    key(table, Qt.Key.Key_Return)  # Enter on a cell edits it
    assert table.state() == table.State.EditingState
    editor = table.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    for ch in "hộp":  # typed by hand, a key at a time
        key(editor, Qt.Key.Key_unknown, ch)
        qtbot.wait(HOLD_GAP_MS * 2)
    assert editor.text() == "hộp"
    key(editor, Qt.Key.Key_Return)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: goods.model.row_at(0).unit == "hộp")
    assert [r.unit for r in stored_goods(gui, goods.case_id) if r.barcode == KNOWN] == ["hộp"]


def test_absurd_quantity_is_refused_and_a_large_one_needs_confirmation(start_gui: Any, qtbot: Any,
                                                                        prompter: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    index = goods.model.index(0, 6)
    goods.model.setData(index, "8935049500308")  # a barcode landing in the quantity cell
    wait_idle(qtbot, gui)
    assert "Số lượng không được vượt quá" in goods.scan_status.text()
    assert [r.quantity for r in stored_goods(gui, goods.case_id) if r.barcode == KNOWN] == [Decimal(3)]
    prompter.confirm_answers = [False]
    goods.model.setData(index, "250000")
    wait_idle(qtbot, gui)
    assert "rất lớn" in prompter.asked[-1][1]
    assert [r.quantity for r in stored_goods(gui, goods.case_id) if r.barcode == KNOWN] == [Decimal(3)]
    prompter.confirm_answers = [True]
    goods.model.setData(index, "250000")
    wait_idle(qtbot, gui)
    assert [r.quantity for r in stored_goods(gui, goods.case_id) if r.barcode == KNOWN] == [Decimal(250000)]


def test_rejected_scans_stay_listed_until_dismissed(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    bad = KNOWN[:-1] + "1"
    for code in (bad, NEW, KNOWN):
        with qtbot.waitSignal(goods.scan_finished, timeout=20000):
            type_text(goods.scan, code)
            press_enter(goods.scan)
    wait_idle(qtbot, gui)
    # The next scans' green messages did not hide the refusal.
    assert goods.rejected_codes() == [bad]
    assert "sai chữ số kiểm tra" in goods.rejected.item(0).text()
    assert goods.rejected_box.isVisibleTo(goods)
    assert goods.scan_count.text() == "Đã nhận 3 lần quét (1 bị từ chối) · 3 dòng"
    goods.dismiss_btn.click()
    assert goods.rejected_codes() == [] and not goods.rejected_box.isVisibleTo(goods)


def test_store_and_code128_codes_are_accepted_with_a_note(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    goods = open_goods(gui, qtbot)
    with qtbot.waitSignal(goods.scan_finished, timeout=20000) as done:
        type_text(goods.scan, "SP-00123A")
        press_enter(goods.scan)
    res = done.args[0]
    assert not res.problem and res.created and STORE_CODE_NOTE in res.row.note
    wait_idle(qtbot, gui)
    assert any(r.barcode == "SP-00123A" for r in stored_goods(gui, goods.case_id))


def test_choosing_the_goods_tab_puts_the_cursor_in_the_barcode_field(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    win = gui.window
    goods = open_goods(gui, qtbot)
    editor = win.editor
    editor.tabs.setCurrentIndex(0)
    editor.title.setFocus()
    editor.tabs.setCurrentWidget(goods)  # what Alt+H and a click do
    qtbot.waitUntil(goods.scan.hasFocus)
    # Focus on the tab bar itself (a click on the current tab): a scan still reaches the intake.
    editor.tabs.tabBar().setFocus()
    with qtbot.waitSignal(goods.scan_finished, timeout=20000):
        type_text(editor.tabs.tabBar(), NEW)
        press_enter(editor.tabs.tabBar())
    wait_idle(qtbot, gui)
    assert any(r.barcode == NEW for r in stored_goods(gui, goods.case_id))


def test_a_slow_burst_in_a_cell_editor_is_typing_not_a_scan(qtbot: Any) -> None:
    from PySide6.QtWidgets import QLineEdit

    from inspector_app.ui.scanner import ScanBurstFilter

    intake, cell = QLineEdit(), QLineEdit()
    qtbot.addWidget(intake)
    qtbot.addWidget(cell)
    burst = ScanBurstFilter(intake)
    burst.watch(cell)
    scanned: list[str] = []
    burst.scanned.connect(scanned.append)
    for ch in "12345":  # a person: about 100 ms a key, within the hold window
        key(cell, Qt.Key.Key_unknown, ch)
        qtbot.wait(100)
    key(cell, Qt.Key.Key_Return)
    assert scanned == [] and cell.text() == "12345"
    cell.clear()
    type_text(cell, "8934604001168")  # a scanner: all at once
    press_enter(cell)
    assert scanned == ["8934604001168"] and cell.text() == ""
