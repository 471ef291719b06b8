"""The whole raid driven through the widgets: new case, subject typed in Vietnamese, 50 scanned barcodes,
a violation from the catalog, MBB01 and MBB15 created and finalised, MBB01 printed to a PDF file through
the QPrinter path, and that PDF read back."""

from __future__ import annotations

import io
import random
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from ui_helpers import answer_modal, commit_text, press_enter, type_text, wait_idle

from inspector_app.domain.checks import gs1_check_digit, tax_check_digit
from inspector_app.domain.model import Role, SubjectKind
from inspector_app.services.container import Services
from inspector_app.ui.document_editor import DocumentEditor
from inspector_app.ui.new_case import NewCaseDialog
from inspector_app.ui.people import ParticipantDialog

WATCHED = "8934563138165"  # a known counterfeit pushed by HQ as a watch-list entry


def ean13(body12: str) -> str:
    """A valid EAN-13 from its first 12 digits."""
    return body12 + str(gs1_check_digit(body12))


def valid_tax_code(first9: str = "360123456") -> str:
    """A tax code with a correct check digit (searching from ``first9`` for one that has one)."""
    n = int(first9)
    while True:
        digit = tax_check_digit(str(n))
        if digit is not None:
            return f"{n}{digit}"
        n += 1


def seed_watchlist(s: Services) -> None:
    """HQ's watch list, as the sync service stores it."""
    from inspector_app.store.reference import ReferenceItem, ReferenceStore

    store = ReferenceStore(s.repo)
    with store.write():
        store.upsert([ReferenceItem("watchlist", WATCHED, {"name": "Kem chống nắng Anessa (giả)",
                                                           "note": "Lô hàng giả đã thu giữ tại Đồng Nai"})],
                     "2026-01-01T00:00:00")


def fill_new_case(dialog: QWidget) -> None:
    assert isinstance(dialog, NewCaseDialog)
    type_text(dialog.decision_no, "15/QĐ-KT")
    type_text(dialog.decision_issuer, "Đội trưởng Đội Quản lý thị trường số 1")
    type_text(dialog.title, "Kiểm tra cửa hàng mỹ phẩm Hoa Mai")
    commit_text(dialog.place, "Số 12 đường Phạm Văn Thuận, phường Tam Hiệp, Biên Hòa")
    assert dialog.validate()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def add_person(editor: Any, qtbot: Any, role: Role, name: str, refused: bool = False) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipantDialog)
        dialog.role.setCurrentIndex(dialog.role.findData(role))
        type_text(dialog.edits["full_name"], name)
        type_text(dialog.edits["address"], "phường Tam Hiệp, Biên Hòa")
        if refused:
            dialog.refused.setChecked(True)
            assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
            type_text(dialog.reason, "Không đồng ý với kết quả kiểm tra")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(fill)
    editor.add_person()


def close_minutes(editor: DocumentEditor) -> None:
    """Type the moment the minutes were closed (the moment they were drawn up, as the clock stands still)."""
    field = editor.editors["closed_at"].widget
    field.setFocus()
    field.set_iso(editor.doc.issued_at)  # type: ignore[attr-defined]
    assert editor.dirty


def open_document_of_kind(win: Any, qtbot: Any, gui: Any, kind: str) -> DocumentEditor:
    panel = win.editor.documents
    panel.kind.setCurrentIndex(panel.kind.findData(kind))
    with qtbot.waitSignal(win.document_opened, timeout=20000) as blocker:
        panel.create_btn.click()
    wait_idle(qtbot, gui)
    editor = blocker.args[0]
    assert isinstance(editor, DocumentEditor)
    return editor


def test_whole_raid_through_the_widgets(start_gui: Any, qtbot: Any, prompter: Any, tmp_path: Path) -> None:
    gui = start_gui(seed=seed_watchlist)
    win = gui.window
    assert win.case_model.rowCount() == 0

    # -- new case from an inspection decision (Ctrl+N) ------------------------------------------------------
    answer_modal(fill_new_case)
    win.new_action.trigger()
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1)
    editor = win.editor
    assert editor.case is not None
    case_id = editor.case.id
    assert win.current_case_id() == case_id
    assert editor.decision_no.text() == "15/QĐ-KT"

    # -- subject: an organisation, validated as typed ------------------------------------------------------------
    form = editor.subject_form
    form.kind.setCurrentIndex(form.kind.findData(SubjectKind.ORGANIZATION))
    type_text(form.edits["name"], "Công ty TNHH Mỹ phẩm Hoa Mai")
    bad = valid_tax_code()[:9] + str((int(valid_tax_code()[9]) + 1) % 10)
    type_text(form.edits["tax_code"], bad)
    assert form.fields["tax_code"].error.text() == "Mã số thuế sai chữ số kiểm tra"
    assert form.fields["tax_code"].error.isVisibleTo(form)
    form.edits["tax_code"].clear()
    type_text(form.edits["tax_code"], valid_tax_code())
    assert form.fields["tax_code"].error.text() == ""
    commit_text(form.edits["address"], "Số 12 đường Phạm Văn Thuận, phường Tam Hiệp, Biên Hòa, Đồng Nai")
    type_text(form.edits["representative"], "Trần Thị Ngọc Ánh")
    type_text(form.edits["representative_title"], "Giám đốc")
    assert form.validate(show_missing=True) == []

    # -- team and witnesses --------------------------------------------------------------------------------------
    add_person(editor, qtbot, Role.SUBJECT_REPRESENTATIVE, "Trần Thị Ngọc Ánh")
    add_person(editor, qtbot, Role.WITNESS, "Lê Văn Đức")
    add_person(editor, qtbot, Role.WITNESS, "Phạm Thị Hồng Nhung")
    assert editor.people_model.rowCount() == 3
    assert editor.save()
    wait_idle(qtbot, gui)
    assert not prompter.errors, prompter.errors

    # -- 50 scans from a USB scanner: digits + Enter, as fast as it types ----------------------------------------
    editor.tabs.setCurrentWidget(editor.goods)
    rng = random.Random(7)
    products = [ean13("893" + f"{rng.randrange(10**9):09d}") for _ in range(17)]
    scans = [rng.choice(products) for _ in range(46)] + [WATCHED, WATCHED, products[0], products[1]]
    assert len(scans) == 50
    bad_code = products[2][:-1] + str((int(products[2][-1]) + 1) % 10)
    scan_edit = editor.goods.scan
    results: list[Any] = []
    editor.goods.scan_finished.connect(results.append)
    for code in scans[:25] + [bad_code] + scans[25:]:
        type_text(scan_edit, code)
        press_enter(scan_edit)
    wait_idle(qtbot, gui, timeout=60000)
    assert len(results) == 51
    counts = Counter(scans)
    rows = editor.goods.model.rows()
    assert {r.barcode: r.quantity for r in rows} == {code: Decimal(n) for code, n in counts.items()}
    assert len(rows) == len(counts)
    # The misread (bad check digit) added nothing and was flagged.
    bad_results = [r for r in results if r.problem]
    assert len(bad_results) == 1 and "sai chữ số kiểm tra" in bad_results[0].problem
    watched = next(r for r in rows if r.barcode == WATCHED)
    assert watched.suspected_counterfeit and "danh sách cảnh báo" in watched.note
    assert any(r.watchlisted for r in results)

    # The watch-listed goods are valued by typing the unit price into the table cell.
    i = editor.goods.model.find(lambda r: r.barcode == WATCHED)
    price_index = editor.goods.model.index(i, 7)
    assert editor.goods.model.setData(price_index, "385.000", Qt.ItemDataRole.EditRole)
    wait_idle(qtbot, gui)
    watched = editor.goods.model.row_at(i)
    assert watched.unit_price == 385000 and watched.value == 770000

    # Seize the counterfeit goods.
    editor.goods.table.selectRow(i)
    editor.goods.seize_btn.click()
    wait_idle(qtbot, gui)
    assert editor.goods.model.row_at(i).seized

    # -- a violation from the catalog, with the fine range shown ------------------------------------------------
    panel = editor.violations
    editor.tabs.setCurrentWidget(panel)
    fines: list[Any] = []
    panel.fine_shown.connect(fines.append)
    panel.search.clear()
    type_text(panel.search, "buon ban hang gia")  # folded: finds "Buôn bán hàng giả"
    panel._search_enter()
    wait_idle(qtbot, gui)
    entry_row = panel.catalog.find(lambda e: e.id == "nd98.9.1")
    assert entry_row >= 0
    panel.catalog_view.selectRow(entry_row)
    wait_idle(qtbot, gui)
    assert fines
    fine = fines[-1]
    assert not isinstance(fine, str), fine
    assert fine.organization and fine.min <= fine.usual <= fine.max
    assert "đồng" in panel.range_label.text() and "Điều 9" in panel.range_label.text()
    panel.add_btn.click()
    wait_idle(qtbot, gui)
    assert panel.model.rowCount() == 1
    violation = panel.model.row_at(0)
    assert violation.catalog_id == "nd98.9.1" and violation.fine_amount == fine.usual
    assert editor.save()
    wait_idle(qtbot, gui)
    assert not prompter.errors, prompter.errors

    # -- MBB01: created pre-filled from the case, finalised -----------------------------------------------------
    editor.tabs.setCurrentWidget(editor.documents)
    mbb01 = open_document_of_kind(win, qtbot, gui, "nd118.mbb01")
    assert mbb01.doc.subject is not None and mbb01.doc.subject.name == "Công ty TNHH Mỹ phẩm Hoa Mai"
    assert len(mbb01.doc.violations) == 1
    assert mbb01.editors["violation_place"].widget.text().startswith("Số 12 đường Phạm Văn Thuận")  # type: ignore[attr-defined]
    opinion = mbb01.editors["subject_opinion"].widget
    opinion.setFocus()
    commit_text(opinion, "Tôi không biết hàng là hàng giả.")
    assert mbb01.dirty
    # The case has no end time, so the closing time is left for the officer (review M14): typed before signing.
    close_minutes(mbb01)
    with qtbot.waitSignal(win.actions_.finalized, timeout=20000) as fin:
        mbb01.finalize_btn.click()
    wait_idle(qtbot, gui)
    mbb01_id, mbb01_number = fin.args
    assert mbb01_number.endswith("/BB-VPHC") or "BB-VPHC" in mbb01_number
    assert any(kind == "confirm" and "KHÔNG THỂ SỬA" in text for kind, text in prompter.asked)
    qtbot.waitUntil(lambda: mbb01.read_only)
    assert mbb01.doc.fields["subject_opinion"] == "Tôi không biết hàng là hàng giả."
    assert not mbb01.finalize_btn.isEnabled() and mbb01.correct_btn.isEnabled()
    assert mbb01.editors["violation_place"].widget.isReadOnly()  # type: ignore[attr-defined]

    # -- MBB15: seizure minutes, finalised ---------------------------------------------------------------------
    mbb15 = open_document_of_kind(win, qtbot, gui, "nd118.mbb15")
    assert [g.barcode for g in mbb15.doc.goods] == [WATCHED]
    mbb15.editors["storage_place"].widget.setFocus()
    type_text(mbb15.editors["storage_place"].widget, "Kho Đội Quản lý thị trường số 1")
    close_minutes(mbb15)
    with qtbot.waitSignal(win.actions_.finalized, timeout=20000) as fin15:
        mbb15.finalize_btn.click()
    wait_idle(qtbot, gui)
    assert "BB-TG" in fin15.args[1]
    qtbot.waitUntil(lambda: mbb15.read_only)

    # Both show as final in the case's document list.
    qtbot.waitUntil(lambda: editor.documents.model.rowCount() == 2)
    assert {r.status for r in editor.documents.model.rows()} == {"final"}

    # -- print MBB01 through the QPrinter path to a PDF file and read it back ------------------------------------
    with qtbot.waitSignal(win.actions_.printed, timeout=60000) as printed:
        mbb01.print_btn.click()
    doc_id, ok, message = printed.args
    assert ok, message
    assert doc_id == mbb01_id
    assert prompter.printer_copies == [2]  # the legal number of copies of a biên bản
    out = prompter.printed_files[-1]
    reader = PdfReader(str(out))
    rendered = gui.runner.run_sync(lambda: gui.backend._get().rendering.render(
        gui.backend._get().documents.get(mbb01_id)))
    pages = len(PdfReader(io.BytesIO(rendered)).pages)
    assert len(reader.pages) == 2 * pages  # both copies, collated, drawn by the job
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    assert not prompter.errors, prompter.errors
    mbb01.close()
    mbb15.close()
