"""Start-up paths: first run (profile typed in Vietnamese, or demo data), a database that cannot open, the
settings dialog, the background runner, and the window layout remembered between runs."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from ui_helpers import answer_modal, commit_text, services_factory, type_text, wait_idle

from inspector_app.paths import resource_path
from inspector_app.ui.first_run import FirstRunDialog
from inspector_app.ui.settings_dialog import SettingsDialog
from inspector_app.ui.startup import start, ui_settings
from inspector_app.ui.tasks import TaskRunner


def test_first_run_saves_the_profile_typed_in_vietnamese(start_gui: Any, qtbot: Any) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstRunDialog)
        form = dialog.form
        dialog.save_btn.click()  # nothing typed: every required field is flagged, nothing is saved
        assert form.wraps["name"].error.text() == "Trường bắt buộc"
        assert dialog.isVisible()
        type_text(form.edits["parent_name"], "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI")
        type_text(form.edits["name"], "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3")
        type_text(form.edits["code"], "QLTT-DN-03")
        commit_text(form.edits["place_name"], "Long Khánh")
        commit_text(form.edits["full_name"], "Hoàng Văn Thắng")
        type_text(form.edits["title"], "Kiểm soát viên thị trường")
        type_text(form.edits["officer_no"], "QLTT0342")
        dialog.save_btn.click()

    answer_modal(fill)
    gui = start_gui(configure=False)
    qtbot.waitUntil(lambda: gui.window.menuBar().isEnabled(), timeout=20000)
    wait_idle(qtbot, gui)
    assert "Hoàng Văn Thắng" in gui.window.windowTitle()
    unit = gui.runner.run_sync(lambda: gui.backend._get().profile.unit())
    assert unit.place_name == "Long Khánh" and unit.code == "QLTT-DN-03"


def test_first_run_offers_the_demo_data(start_gui: Any, qtbot: Any) -> None:
    answer_modal(lambda dialog: dialog.demo_btn.click())  # type: ignore[attr-defined]
    gui = start_gui(configure=False)
    qtbot.waitUntil(lambda: gui.window.case_model.rowCount() == 4, timeout=30000)
    wait_idle(qtbot, gui)
    # Deadlines of the demo raids are listed (the demo has decisions and minutes with legal time limits).
    assert gui.window.deadline_model.columnCount() == 4


def test_database_that_cannot_open_gives_a_clear_dialog(qtbot: Any, tmp_path: Path, prompter: Any) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    from inspector_app.store.db import DB_FILENAME

    (data_dir / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    failures: list[BaseException] = []
    codes: list[int] = []
    gui = start(data_dir, services_factory(data_dir), resource_path(), prompter=prompter, exit_app=codes.append)
    qtbot.addWidget(gui.window)
    # The error is shown, then the app ends with code 2 (no crash, no traceback).
    gui.backend.open_failed.connect(failures.append)
    try:
        qtbot.waitUntil(lambda: codes == [2], timeout=10000)
    finally:
        gui.window.close()
        gui.shutdown()
    assert "Không mở được cơ sở dữ liệu" in prompter.errors[0]
    assert str(data_dir) in prompter.errors[0]
    assert not gui.window.isVisible()
    assert failures and "Traceback" not in prompter.errors[0]


def test_settings_dialog_changes_profile_and_language(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui()
    dialog = SettingsDialog(gui.backend, gui.window.prompter, gui.settings, gui.window)
    qtbot.addWidget(dialog)
    wait_idle(qtbot, gui)
    assert dialog.profile.edits["full_name"].text() == "Nguyễn Thị Thanh Hương"
    dialog.profile.edits["full_name"].clear()
    commit_text(dialog.profile.edits["full_name"], "Nguyễn Thị Thanh Hương Giang")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.accepted.emit()
    wait_idle(qtbot, gui)
    officer = gui.runner.run_sync(lambda: gui.backend._get().profile.officer())
    assert officer.full_name == "Nguyễn Thị Thanh Hương Giang"
    assert gui.settings.value("ui/language") == "en"


def test_window_layout_is_remembered(start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    gui = start_gui()
    gui.window.resize(1111, 777)
    gui.window.splitter.setSizes([300, 800])
    size = gui.window.size()
    gui.window.save_layout()
    settings = ui_settings(tmp_path / "data")
    assert settings.value("window/geometry") is not None
    gui2 = start_gui(data_dir=tmp_path / "data")
    # Offscreen windows have no decorations, so the frame margins may shift the size by a few pixels;
    # the point is that the saved size comes back instead of the 1400×900 default.
    restored = gui2.window.size()
    # Qt fits a restored window to its screen: on the 800-pixel offscreen screen the saved width comes back
    # as the narrowest the window allows.
    free = gui2.window.screen().availableGeometry()
    width = size.width() if size.width() <= free.width() else max(gui2.window.minimumSizeHint().width(), free.width())
    assert abs(restored.width() - width) <= 10 and abs(restored.height() - size.height()) <= 10
    assert gui2.window.splitter.sizes()[0] < gui2.window.splitter.sizes()[1]


def test_runner_runs_everything_on_one_worker_thread_in_order(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, str]] = []
    gui_thread = threading.get_ident()
    try:
        for i in range(20):
            runner.submit(lambda i=i: (i, threading.current_thread().name, threading.get_ident()),
                          lambda res: seen.append((res[0], str(res[2] != gui_thread))))
        failures: list[BaseException] = []
        runner.submit(lambda: 1 / 0, None, failures.append)
        progress: list[tuple[int, int, str]] = []

        def long(ctx: Any) -> str:
            for step in range(5):
                ctx.progress(step + 1, 5, f"bước {step + 1}")
            return "xong"

        done: list[str] = []
        runner.submit(long, done.append, None, lambda d, t, s: progress.append((d, t, s)), progress=True)
        qtbot.waitUntil(lambda: not runner.is_busy(), timeout=5000)
    finally:
        runner.shutdown()
    assert [i for i, _ in seen] == list(range(20))
    assert all(flag == "True" for _, flag in seen)
    assert isinstance(failures[0], ZeroDivisionError)
    assert done == ["xong"] and progress[-1] == (5, 5, "bước 5")


def test_english_is_selectable_and_every_menu_is_translated(start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from inspector_app.ui.i18n import set_language

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    set_language(ui_settings(data_dir), "en")
    gui = start_gui(data_dir=data_dir)
    try:
        assert gui.translator is not None
        assert gui.window.windowTitle().startswith("QLTT — Market inspection")
        menus = [a.text() for a in gui.window.menuBar().actions()]
        assert menus == ["&File", "&Documents", "S&ync", "&Tools", "&Help"]
        assert gui.window.case_model.headerData(0, Qt.Orientation.Horizontal) == "Case"
        assert gui.window.editor.tabs.tabText(3) == "G&oods"
    finally:
        QApplication.removeTranslator(gui.translator)


def test_first_window_fits_the_screen(start_gui: Any, qtbot: Any) -> None:
    """On a small laptop screen the default window must not hide its status bar below the screen edge, nor
    be wider than the screen allows (offscreen the screen is 800×800, smaller than the 1400×900 default)."""
    gui = start_gui()
    free = gui.window.screen().availableGeometry()
    assert gui.window.height() <= free.height()
    assert gui.window.width() <= max(free.width(), gui.window.minimumSizeHint().width())


def test_fit_to_screen_never_sizes_a_window_beyond_the_free_area(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from inspector_app.ui.widgets import fit_to_screen

    widget = QWidget()
    qtbot.addWidget(widget)
    fit_to_screen(widget, 5000, 5000)
    free = widget.screen().availableGeometry()
    assert 0 < widget.width() <= free.width() and 0 < widget.height() <= free.height()
    fit_to_screen(widget, 300, 250)
    assert (widget.width(), widget.height()) == (300, 250)


def test_main_window_fits_a_1024_pixel_wide_laptop_screen(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui()
    gui.window.editor.build_pages()  # every tab built: the widest page counts
    assert gui.window.minimumSizeHint().width() <= 1024 - 16  # room for the window frame
