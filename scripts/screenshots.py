"""Screenshots of every screen with the demo data, for the README and for looking at the UI, at the size of an
officer's laptop screen (the main window fills the screen, as maximised).

Run under a virtual X server of that size so fonts, styles and the screen limits are real (the data is
encrypted: the passphrase comes from the environment, as for any script):
    INSPECTOR_PASSPHRASE=… xvfb-run -a -s "-screen 0 1366x768x24" python scripts/screenshots.py docs/screenshots
    INSPECTOR_PASSPHRASE=… xvfb-run -a -s "-screen 0 1024x768x24" python scripts/screenshots.py \
        docs/screenshots/1024x768
Writes <out_dir>/*.png (docs/screenshots by default).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector_app.app import build_services  # noqa: E402
from inspector_app.paths import resource_path  # noqa: E402
from inspector_app.services.container import Services  # noqa: E402
from inspector_app.ui.startup import Gui, start  # noqa: E402


def pump(seconds: float = 0.3) -> None:
    """Let the event loop run (paint, deliver queued results)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(gui: Gui, cond: Callable[[], bool] = lambda: True, timeout: float = 30.0) -> None:
    """Pump until the worker is idle and ``cond`` holds."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if not gui.runner.is_busy() and cond():
            pump(0.4)
            return
        time.sleep(0.01)
    raise TimeoutError("the UI did not settle")


def grab(widget: QWidget, out: Path, name: str) -> None:
    """Save a screenshot of ``widget``."""
    pump(0.3)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")


def shoot_dialogs(gui: Gui, out: Path) -> None:
    """The small dialogs, the calendar popup and Qt's own dialogs (in Vietnamese with qtbase_vi)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from inspector_app.ui.new_case import NewCaseDialog
    from inspector_app.ui.people import ParticipantDialog, SealDialog
    from inspector_app.ui.prompts import file_dialog

    win = gui.window
    for name, dialog in (("11-new-case", NewCaseDialog(win)), ("12-participant", ParticipantDialog(parent=win)),
                         ("13-seal", SealDialog(parent=win))):
        dialog.show()
        grab(dialog, out, name)
        if name == "11-new-case":
            dialog.started_at.open_calendar()  # type: ignore[attr-defined]
            pump(0.3)
            popup = dialog.started_at.popup  # type: ignore[attr-defined]
            if popup is not None:
                grab(popup, out, "11a-calendar")
                popup.close()
        dialog.close()
    box = QMessageBox(QMessageBox.Icon.Question, "Hoàn tất văn bản",
                      "Sau khi hoàn tất, văn bản được cấp số và KHÔNG THỂ SỬA nữa. Hoàn tất?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, win)
    box.show()
    grab(box, out, "14-question")
    box.close()
    files = file_dialog(win, "Chọn tệp", str(ROOT / "docs"), "Ảnh (*.png)")  # as the app opens it
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.show()
    pump(0.8)
    grab(files, out, "15-file-dialog")
    files.close()
    printer = QPrinter()
    printer.setDocName("nd118.mbb01_01-BB-VPHC-QLTT0215.pdf")
    printing = QPrintDialog(printer, win)
    printing.show()
    grab(printing, out, "16-print-dialog")
    printing.close()


def shoot_encryption(gui: Gui, out: Path) -> None:
    """The passphrase dialog (first start: a new one typed twice; later starts: unlock, after a wrong one)
    and the lock screen (Ctrl+L) over the main window."""
    from inspector_app.ui.passphrase import PassphraseDialog

    win = gui.window
    for name, dialog in (("17-passphrase-new", PassphraseDialog(win, new=True)),
                         ("17a-passphrase-unlock", PassphraseDialog(win, new=False, error="Mật khẩu không đúng."))):
        dialog.show()
        grab(dialog, out, name)
        dialog.close()
    gui.lock.screen.lock()
    grab(win, out, "18-lock")
    gui.lock.screen.unlock()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # kept alive for the whole run
    with tempfile.TemporaryDirectory(prefix="inspector-shots-") as tmp:
        data_dir = Path(tmp) / "data"
        data_dir.mkdir()
        # A real HQ server on loopback (the test suite's helper), so the sync screen shows a real sync.
        sys.path.insert(0, str(ROOT / "tests" / "sync"))
        import keyring
        from sync_hq import HQServer, MemoryKeyring

        keyring.set_keyring(MemoryKeyring())
        hq = HQServer(f"sqlite:///{Path(tmp) / 'hq.sqlite3'}", Path(tmp))
        hq.start()
        account = hq.new_account("QLTT-DN")

        def factory() -> Services:
            s = build_services(data_dir)
            if s.rendering is None:
                from inspector_app.services.rendering import RenderService

                s.rendering = RenderService(s.repo, s.clock)
            s.demo.load()
            s.sync.login(hq.url, account.username, account.password)
            return s

        gui = start(data_dir, factory, resource_path())
        win = gui.window
        free = win.screen().availableGeometry()
        win.setGeometry(free)  # as maximised (a bare X server has no window manager to maximise)
        wait(gui, lambda: win.case_model.rowCount() >= 4)
        # The counterfeit-cosmetics raid has the most in it (120+ goods rows, seals, a decision).
        i = max(range(win.case_model.rowCount()), key=lambda r: win.case_model.row_at(r).documents)
        win.select_case(win.case_model.row_at(i).id)
        wait(gui, lambda: win.editor.case is not None)
        grab(win, out, "01-main-window")
        ed = win.editor
        ed.tabs.setCurrentIndex(1)
        grab(win, out, "02-subject")
        ed.tabs.setCurrentWidget(ed.goods)
        grab(win, out, "03-goods")
        ed.tabs.setCurrentIndex(2)
        grab(win, out, "03a-people")
        ed.tabs.setCurrentIndex(5)
        grab(win, out, "04a-seals")
        ed.tabs.setCurrentIndex(6)
        wait(gui)
        grab(win, out, "04b-attachments")
        ed.tabs.setCurrentWidget(ed.violations)
        wait(gui)
        if ed.violations.model.rowCount():
            ed.violations.view.selectRow(0)
            wait(gui)
        grab(win, out, "04-violations")
        ed.tabs.setCurrentWidget(ed.documents)
        wait(gui, lambda: ed.documents.model.rowCount() > 0)
        grab(win, out, "05-documents")
        rows = ed.documents.model.rows()
        target = next((r for r in rows if r.kind == "nd118.mbb01"), rows[0])
        opened: list[QWidget] = []
        win.document_opened.connect(opened.append)
        win.open_document(target.id)
        wait(gui, lambda: bool(opened))
        grab(opened[0], out, "06-document-editor")
        previews: list[QWidget] = []
        win.actions_.preview_opened.connect(previews.append)
        win.actions_.preview(target.id, "Xem trước")
        wait(gui, lambda: bool(previews))
        pump(1.0)
        grab(previews[0], out, "07-preview")
        previews[0].close()
        opened[0].close()
        from inspector_app.ui.settings_dialog import SettingsDialog
        from inspector_app.ui.sync_dialog import SyncDialog

        settings = SettingsDialog(gui.backend, win.prompter, gui.settings, win)
        settings.show()
        wait(gui)
        grab(settings, out, "08-settings")
        settings.close()
        sync = SyncDialog(gui.backend, win.prompter, win, gui.settings)
        sync.show()
        wait(gui)
        sync.start()
        wait(gui)
        pump(0.5)
        grab(sync, out, "09-sync")
        sync.close()
        from inspector_app.ui.first_run import FirstRunDialog

        first = FirstRunDialog(gui.backend, win.prompter, win)
        first.show()
        grab(first, out, "10-first-run")
        first.close()
        shoot_encryption(gui, out)
        shoot_dialogs(gui, out)
        win.close()
        gui.shutdown()
        hq.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
