"""Layout on officers' laptops: every tab in view at 1366×768 and 1024×768, dialogs wide enough for long
Vietnamese names, one mnemonic per letter wherever Alt+letter can reach, the window back on the last case,
and "Print to file" proposing a file name the system accepts."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QMenu, QTabBar, QWidget
from ui_helpers import ScriptedPrompter, wait_idle

from inspector_app.domain.model import InspectionDecision, Participant, Role
from inspector_app.services.container import Services
from inspector_app.ui.i18n import set_language
from inspector_app.ui.startup import ui_settings

LONG_NAME = ("Công ty Trách nhiệm hữu hạn Thương mại Dịch vụ Xuất nhập khẩu Mỹ phẩm và Thực phẩm chức năng "
             "Hoàng Gia Phương Nam chi nhánh Đồng Nai tại khu công nghiệp Biên Hòa hai, phường An Bình")[:200]


def seed_cases(s: Services) -> None:
    """Two cases, each with a person of a very long organisation name."""
    for title in ("Kiểm tra cửa hàng mỹ phẩm Hoa Mai", "Kiểm tra kho hàng ven quốc lộ"):
        case = s.cases.new_case(title=title, place="Biên Hòa", started_at="2026-03-10T08:30:00",
                                decision=InspectionDecision(number="15/QĐ-KT", date="2026-03-09"))
        case.team = [Participant(role=Role.WITNESS, full_name="Lê Văn Bình", organization=LONG_NAME)]
        s.cases.save(case)


def _mnemonic(text: str) -> str:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else ""


def clashes(texts: list[str]) -> list[str]:
    """Letters used by more than one of ``texts``."""
    counts = Counter(_mnemonic(t) for t in texts if _mnemonic(t))
    return [f"{letter}: {[t for t in texts if _mnemonic(t) == letter]}" for letter, n in counts.items() if n > 1]


def reachable_mnemonics(window: QWidget) -> list[str]:
    """Texts whose Alt+letter works at the same time: the menu bar, the tab bars and the visible buttons."""
    texts = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts += [bar.tabText(i) for i in range(bar.count())]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    return texts


def menu_clashes(menu: QMenu) -> list[str]:
    """Clashes inside one menu and its submenus."""
    found = clashes([a.text() for a in menu.actions()])
    for a in menu.actions():
        if isinstance(a.menu(), QMenu):
            found += menu_clashes(a.menu())
    return found


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_every_tab_is_in_view_on_a_laptop_screen(size: tuple[int, int], start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_cases)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 2, timeout=20000)
    width, height = size[0] - 16, size[1] - 48  # the free area less a window frame
    assert win.minimumSizeHint().width() <= width and win.minimumSizeHint().height() <= height
    win.resize(width, height)
    win.splitter.setSizes([1, 10_000])  # however the officer drags the splitter, the editor keeps its tabs
    win.select_case(win.case_model.row_at(0).id)
    qtbot.waitUntil(lambda: win.editor.case is not None, timeout=20000)
    QApplication.processEvents()
    assert win.width() <= width
    bar = win.editor.tabs.tabBar()
    for i in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(i)), (bar.tabText(i), bar.tabRect(i), bar.rect())
    assert bar.width() <= win.editor.tabs.width()
    left = win.splitter.widget(0)
    assert left.width() >= 240  # the case list keeps a usable width beside it


def test_alt_letters_are_unique_in_both_languages(start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    for language in ("vi", "en"):
        data_dir = tmp_path / language
        data_dir.mkdir()
        set_language(ui_settings(data_dir), language)
        gui = start_gui(seed=seed_cases, data_dir=data_dir)
        win = gui.window
        qtbot.waitUntil(lambda w=win: w.case_model.rowCount() == 2, timeout=20000)
        win.select_case(win.case_model.row_at(0).id)
        qtbot.waitUntil(lambda w=win: w.editor.case is not None, timeout=20000)
        for page in range(win.editor.tabs.count()):
            win.editor.tabs.setCurrentIndex(page)
            QApplication.processEvents()
            assert not clashes(reachable_mnemonics(win)), (language, page, clashes(reachable_mnemonics(win)))
        for act in win.menuBar().actions():
            assert isinstance(act.menu(), QMenu)
            assert not menu_clashes(act.menu()), (language, act.text(), menu_clashes(act.menu()))
        win.close()
        if gui.translator is not None:  # the next language starts without this one
            QApplication.removeTranslator(gui.translator)


def test_settings_has_a_shortcut_on_every_platform(start_gui: Any) -> None:
    gui = start_gui()
    tools = gui.window.menuBar().actions()[3].menu()
    settings = next(a for a in tools.actions() if "Cài đặt" in a.text())
    assert not settings.shortcut().isEmpty()


def test_dialogs_are_wide_enough_for_a_200_character_organisation_name(qtbot: Any) -> None:
    from inspector_app.ui.new_case import NewCaseDialog
    from inspector_app.ui.people import ParticipantDialog, SealDialog

    for dialog in (NewCaseDialog(), ParticipantDialog(Participant(role=Role.WITNESS, full_name="Bình",
                                                                  organization=LONG_NAME)), SealDialog()):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisible()]
        narrowest = min(e.width() for e in edits)
        # ~90 characters of a long name in view at once (half of 200), the rest scrolls in the field.
        assert narrowest >= edits[0].fontMetrics().averageCharWidth() * 60, (type(dialog).__name__, narrowest)


def test_people_table_shows_a_long_organisation_name_whole(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_cases)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 2, timeout=20000)
    win.select_case(win.case_model.row_at(0).id)
    qtbot.waitUntil(lambda: win.editor.case is not None, timeout=20000)
    win.show()
    win.editor.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    view = win.editor.people_view
    model = win.editor.people_model
    col = next(c for c in range(model.columnCount()) if model.index(0, c).data() == LONG_NAME)
    needed = view.fontMetrics().horizontalAdvance(LONG_NAME)
    assert view.columnWidth(col) >= needed  # not elided: the table scrolls sideways instead


def test_the_window_reopens_on_the_last_case(start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    gui = start_gui(seed=seed_cases, data_dir=data_dir)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 2, timeout=20000)
    last = win.case_model.row_at(1).id
    win.select_case(last)
    qtbot.waitUntil(lambda: win.editor.case is not None and win.editor.case.id == last, timeout=20000)
    win.close()  # remembers the layout and the case
    again = start_gui(configure=False, data_dir=data_dir)
    qtbot.waitUntil(lambda: again.window.editor.case is not None, timeout=20000)
    assert again.window.editor.case.id == last
    assert again.window.current_case_id() == last


def test_print_to_file_proposes_a_name_without_the_slash_of_the_number(start_gui: Any, qtbot: Any,
                                                                        prompter: ScriptedPrompter) -> None:
    names: list[str] = []
    real_setup = prompter.print_setup

    def setup(parent: Any, printer: Any) -> bool:
        names.append(printer.docName())  # what QPrintDialog turns into "<folder>/<docName>.pdf"
        return real_setup(parent, printer)

    prompter.print_setup = setup  # type: ignore[method-assign]
    gui = start_gui(seed=lambda s: s.demo.load())
    finals = gui.runner.run_sync(lambda: [d for d in gui.backend._get().documents.list(status="final")
                                          if "/" in d.number])
    assert finals
    gui.window.actions_.print(finals[0].id)
    qtbot.waitUntil(lambda: bool(names), timeout=20000)
    wait_idle(qtbot, gui)
    assert "/" not in names[0] and "\\\\" not in names[0] and names[0].endswith(".pdf"), names
    assert finals[0].number.replace("/", "-") in names[0]


def test_document_header_counts_only_what_the_form_carries(start_gui: Any, qtbot: Any) -> None:
    from inspector_app.domain.model import Seal, new_id

    def seed(s: Services) -> None:
        case = s.cases.new_case(title="Kiểm tra kho", place="Biên Hòa", started_at="2026-03-10T08:30:00",
                                decision=InspectionDecision(number="15/QĐ-KT", date="2026-03-09"))
        case.seals = [Seal(id=new_id(), numbers=["NP-0001", "NP-0002"], covers="Thùng hàng")]
        s.cases.save(case)
        s.documents.create_draft(case.id, "tt22.m06")
        s.documents.create_draft(case.id, "nd118.mbb26")

    gui = start_gui(seed=seed)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1, timeout=20000)
    win.select_case(win.case_model.row_at(0).id)
    docs = win.editor.documents
    qtbot.waitUntil(lambda: docs.model.rowCount() == 2, timeout=20000)
    summaries = {}
    for row in docs.model.rows():
        with qtbot.waitSignal(win.document_opened, timeout=20000) as opened:
            win.open_document(row.id)
        summaries[row.kind] = opened.args[0].summary.text()
        opened.args[0].close()
    assert "niêm phong" not in summaries["tt22.m06"]  # the inspection record lists no seals: no "0 niêm phong"
    assert "niêm phong" in summaries["nd118.mbb26"]


def test_violation_fields_never_show_the_previous_cases_values(start_gui: Any, qtbot: Any) -> None:
    from test_subject_history import seed_two_cases

    gui = start_gui(seed=seed_two_cases)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 2, timeout=20000)
    first, second = (r.id for r in win.case_model.rows())
    win.select_case(first)
    qtbot.waitUntil(lambda: win.editor.case is not None and win.editor.case.id == first, timeout=20000)
    panel = win.editor.violations
    panel.view.selectRow(0)
    assert panel.description.text() and panel.amount.text()
    win.select_case(second)
    qtbot.waitUntil(lambda: win.editor.case is not None and win.editor.case.id == second, timeout=20000)
    wait_idle(qtbot, gui)
    assert (panel.description.text(), panel.point.text(), panel.amount.text()) == ("", "", "")
