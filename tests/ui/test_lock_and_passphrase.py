"""The passphrase at start and the lock screen, driven as an officer would (pytest-qt, real services)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from ui_helpers import press_enter, type_text, wait_idle

SYNC_TESTS = str(Path(__file__).resolve().parent.parent / "sync")  # the keyring helpers live there
if SYNC_TESTS not in sys.path:
    sys.path.append(SYNC_TESTS)
from sync_hq import no_keyring_installed  # noqa: E402

PASSPHRASE = os.environ["INSPECTOR_PASSPHRASE"]


def unlock_with(qtbot: Any, gui: Any, secret: str) -> None:
    field = gui.window.findChild(QLineEdit, "lockSecret")
    assert field is not None and field.isVisible()
    type_text(field, secret)
    press_enter(field)
    wait_idle(qtbot, gui)


def test_ctrl_l_hides_the_content_until_the_passphrase_is_typed(qtbot, start_gui):
    gui = start_gui()
    window = gui.window
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gui.lock.screen.locked and not window.centralWidget().isVisible()
    assert not window.menuBar().isEnabled()
    unlock_with(qtbot, gui, "sai mật khẩu rồi")
    assert gui.lock.screen.locked
    assert gui.lock.screen.message.text() == "Mật khẩu không đúng."
    unlock_with(qtbot, gui, PASSPHRASE)
    assert not gui.lock.screen.locked and window.centralWidget().isVisible() and window.menuBar().isEnabled()


def test_idle_time_locks_the_window(qtbot, start_gui):
    gui = start_gui()
    gui.lock.timer.start(50)  # the idle period, shortened: the timer is what the setting drives
    qtbot.waitUntil(lambda: gui.lock.screen.locked, timeout=5000)
    assert not gui.window.centralWidget().isVisible()


def test_a_pin_unlocks_and_five_wrong_pins_leave_only_the_passphrase(qtbot, start_gui, prompter):
    gui = start_gui()
    prompter.text_answers.append("2468")
    gui.lock.set_pin()
    wait_idle(qtbot, gui)
    qtbot.keyClick(gui.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    unlock_with(qtbot, gui, "2468")
    assert not gui.lock.screen.locked
    qtbot.keyClick(gui.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    for left in (4, 3, 2, 1):
        unlock_with(qtbot, gui, "1111")
        assert f"còn {left} lần" in gui.lock.screen.message.text()
    unlock_with(qtbot, gui, "1111")
    assert "mã PIN đã bị hủy" in gui.lock.screen.message.text()
    unlock_with(qtbot, gui, "2468")  # the PIN no longer works …
    assert gui.lock.screen.locked
    unlock_with(qtbot, gui, PASSPHRASE)  # … the passphrase does
    assert not gui.lock.screen.locked


@pytest.fixture
def no_keyring():
    """A laptop without an OS keyring (``sync_hq.no_keyring_installed``)."""
    with no_keyring_installed():
        yield


def test_first_start_without_a_keyring_asks_for_a_new_passphrase(qtbot, start_gui, prompter, monkeypatch,
                                                                   tmp_path: Path, no_keyring):
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    prompter.passphrase_answers.append("mật khẩu mới của tôi")
    gui = start_gui(data_dir=tmp_path / "new")
    assert ("passphrase", "new=True") in prompter.asked
    assert (tmp_path / "new" / "keys.json").is_file()
    gui.window.close()
    gui.shutdown()
    # The next start asks for it again (no keyring here); a wrong one is asked again with the reason.
    prompter.passphrase_answers.extend(["không đúng đâu", "mật khẩu mới của tôi"])
    start_gui(data_dir=tmp_path / "new")
    asked = [a for a in prompter.asked if a[0] == "passphrase"]
    assert asked[1] == ("passphrase", "new=False")
    assert asked[2] == ("passphrase", "new=False Mật khẩu không đúng.")


def another_officer(s: Any) -> None:
    """The laptop of a colleague (another officer number than the demo's officer)."""
    from inspector_builders import make_officer, make_unit

    s.profile.set_profile(make_unit(), make_officer("QLTT0999"))


def test_export_is_encrypted_under_its_own_passphrase_and_imports_on_another_laptop(qtbot, start_gui, prompter,
                                                                                       tmp_path: Path):
    gui = start_gui(seed=lambda s: s.demo.load())
    names = gui.runner.run_sync(lambda: [gui.backend._get().cases.get(c.id).subject.name
                                         for c in gui.backend._get().cases.list()])
    prompter.passphrase_answers.append("mật khẩu tệp xuất")
    gui.window.export_file()
    wait_idle(qtbot, gui)
    exported = prompter.print_dir / "qltt-export.qltt"
    blob = exported.read_bytes()
    assert ("passphrase", "new=True export") in prompter.asked
    assert blob.startswith(b"QLTTPWF1") and not any(n.encode() in blob for n in names)
    gui.window.close()
    gui.shutdown()
    # Another laptop: its own data passphrase and key; the file's passphrase is asked, a wrong one again.
    other = start_gui(configure=False, data_dir=tmp_path / "other", seed=another_officer)
    qtbot.waitUntil(lambda: other.backend.is_ready or bool(prompter.errors), timeout=20000)
    assert prompter.errors == [], prompter.errors
    prompter.files = [exported]
    prompter.passphrase_answers.extend(["đoán sai mật khẩu", "mật khẩu tệp xuất"])
    other.window.import_file()
    qtbot.waitUntil(lambda: any(a[0] in ("info", "error") for a in prompter.asked), timeout=60000)
    assert prompter.errors == [], prompter.asked
    asked = [a for a in prompter.asked if a[0] == "passphrase"][-2:]
    assert asked[0] == ("passphrase", "new=False export")
    assert asked[1][1].startswith("new=False export Mật khẩu của tệp không đúng")
    imported = other.runner.run_sync(lambda: [c.title for c in other.backend._get().cases.list()])
    assert len(imported) == len(names)
    assert prompter.errors == []


def test_preview_and_print_keep_the_pdf_in_memory_not_in_the_temp_folder(qtbot, start_gui, prompter, tmp_path,
                                                                         monkeypatch):
    import tempfile

    temp = tmp_path / "tmp"  # this process's temp folder (others' tests write to the machine's own)
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    gui = start_gui(seed=lambda s: s.demo.load())
    docs = gui.runner.run_sync(lambda: gui.backend._get().documents.list(status="final"))
    doc_id = docs[0].id
    with qtbot.waitSignal(gui.window.actions_.preview_opened, timeout=60000) as opened:
        gui.window.actions_.preview(doc_id)
    window = opened.args[0]
    assert window.page_count() >= 1
    with qtbot.waitSignal(gui.window.actions_.printed, timeout=60000) as printed:
        gui.window.actions_.print(doc_id)
    assert printed.args[1] is True, printed.args
    window.close()
    written = [p for p in temp.rglob("*") if p.is_file()]
    assert written == []  # the printed copy went where the officer chose (the scripted printer's folder)


def test_first_start_asks_the_new_passphrase_then_the_unit_and_officer(qtbot, start_gui, prompter, monkeypatch,
                                                                       tmp_path: Path, no_keyring):
    from PySide6.QtWidgets import QWidget
    from ui_helpers import answer_modal

    from inspector_app.ui.first_run import FirstRunDialog

    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    prompter.passphrase_answers.append("mật khẩu mới của tôi")
    seen: list[tuple[str, int]] = []

    def first_run(dialog: QWidget) -> None:
        # The passphrase was asked before (the unit is stored in the encrypted database it opens).
        seen.append((type(dialog).__name__, sum(1 for a in prompter.asked if a[0] == "passphrase")))
        assert isinstance(dialog, FirstRunDialog)
        form = dialog.form
        for key, text in (("parent_name", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI"),
                          ("name", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1"), ("code", "QLTT-DN-01"),
                          ("place_name", "Biên Hòa"), ("full_name", "Nguyễn Thị Thanh Hương"),
                          ("title", "Kiểm soát viên thị trường"), ("officer_no", "QLTT0215")):
            type_text(form.edits[key], text)
        dialog.save_btn.click()

    answer_modal(first_run, timeout_ms=30000)
    gui = start_gui(configure=False, data_dir=tmp_path / "new")
    qtbot.waitUntil(lambda: gui.window.configured, timeout=30000)
    wait_idle(qtbot, gui)
    assert seen == [("FirstRunDialog", 1)]
    assert prompter.asked[0] == ("passphrase", "new=True")
    officer = gui.runner.run_sync(lambda: gui.backend._get().profile.officer())
    assert officer.full_name == "Nguyễn Thị Thanh Hương"
    assert "Nguyễn Thị Thanh Hương" in gui.window.windowTitle()


def test_unlocking_puts_the_cursor_back_in_the_barcode_field(qtbot, start_gui):
    """Locked in the middle of scanning: after the unlock the next scan goes to the barcode intake again, not
    to the first field of the window (the search), where it would be lost."""
    from inspector_builders import make_case

    gui = start_gui(seed=make_case)
    window = gui.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.case_model.rowCount() == 1, timeout=20000)
    with qtbot.waitSignal(window.editor.loaded, timeout=20000):
        window.select_case(window.case_model.rows()[0].id)
    wait_idle(qtbot, gui)
    goods = window.editor.goods
    window.editor.tabs.setCurrentWidget(goods)
    barcode = goods.scan
    barcode.setFocus()
    qtbot.waitUntil(barcode.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert gui.lock.screen.locked and not barcode.hasFocus()
    unlock_with(qtbot, gui, PASSPHRASE)
    assert not gui.lock.screen.locked
    qtbot.waitUntil(barcode.hasFocus, timeout=2000)
