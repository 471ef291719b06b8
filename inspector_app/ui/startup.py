"""Start-up of the desktop app: fonts, language, the worker thread, the services (built on the worker) and
the main window; a database that cannot open gets a clear dialog instead of a crash."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .backend import Backend
from .errors import error_text, is_unexpected
from .i18n import current_language, install_translator
from .main_window import MainWindow
from .prompts import Prompter
from .tasks import TaskRunner

if TYPE_CHECKING:  # the services (and sqlite_utils) load on the worker thread, not before the window
    from inspector_app.services.container import Services

    from .lock import IdleLock

UI_FONT = "Liberation Sans"
SERVICES_FALLBACK_MS = 500
BACKUP_CHECK_MS = 60 * 60 * 1000  # start the services by then even if the window has not been painted


def ensure_application() -> QApplication:
    """The widgets application, created if there is none yet (the self-test runs without a window)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    import sys

    return QApplication(sys.argv[:1])


def load_fonts(fonts_dir: Path, point_size: float = 10.0) -> str:
    """Register the bundled Liberation Sans and make it the UI font, so the app looks the same everywhere.

    Returns the family in use (the system default if the files are missing).
    """
    app = QApplication.instance()
    families: set[str] = set()
    for path in sorted(Path(fonts_dir).glob("LiberationSans-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    if UI_FONT in families and isinstance(app, QApplication):
        font = QFont(UI_FONT)
        font.setPointSizeF(point_size)
        app.setFont(font)
        return UI_FONT
    return QApplication.font().family()


def ui_settings(data_dir: Path) -> QSettings:
    """The UI settings file (window layout, language) beside the database, one per installation."""
    return QSettings(str(Path(data_dir) / "ui.ini"), QSettings.Format.IniFormat)


@dataclass
class Gui:
    """What ``start`` built; the caller keeps it alive and calls ``shutdown`` after the event loop."""

    window: MainWindow
    backend: Backend
    runner: TaskRunner
    settings: QSettings
    translator: QTranslator | None
    lock: IdleLock | None = None

    def shutdown(self) -> None:
        """Close the database on the worker and stop the thread."""
        self.backend.shutdown()
        # Callbacks delivered during the shutdown can restart the window's timers (a change → list reload
        # 200 ms later); left running, they would submit to the stopped worker.
        self.window.stop_timers()


def start(data_dir: Path, services_factory: Callable[..., Services], resources_dir: Path,
          prompter: Prompter | None = None, exit_app: Callable[[int], None] | None = None) -> Gui:
    """Build and show the main window; the services are built on the worker thread meanwhile.

    ``services_factory()`` unlocks and opens the data (the keyring or the environment has the key);
    ``services_factory(passphrase)`` with the passphrase the officer typed.
    When it needs the passphrase, the officer is asked for it (a new one at first start) and the opening
    is tried again; a wrong one asks again. If the database cannot be opened, the user gets a dialog
    saying which folder and why, the window closes and ``exit_app(2)`` ends the application
    (``QApplication.exit`` in the real app).
    """
    app = QApplication.instance()
    assert isinstance(app, QApplication), "create the QApplication first"
    app.setApplicationName("QLTT Field Inspector")
    load_fonts(Path(resources_dir) / "fonts")
    settings = ui_settings(data_dir)
    translator = install_translator(app, current_language(settings), Path(resources_dir) / "i18n")
    runner = TaskRunner()
    backend = Backend(runner)
    prompter = prompter or Prompter()
    window = MainWindow(backend, prompter, settings)

    def open_failed(exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        if code in ("passphrase_needed", "wrong_passphrase", "weak_passphrase"):
            new = bool(getattr(exc, "new", False)) or code == "weak_passphrase"
            error = "" if code == "passphrase_needed" else str(getattr(exc, "message", ""))
            secret = prompter.passphrase(window, new=new, error=error)
            if secret is not None:
                backend.start(lambda: services_factory(secret))
                return
            window.close()
            if exit_app is not None:
                exit_app(2)
            return
        message = error_text(exc) if not is_unexpected(exc) else f"{type(exc).__name__}: {exc}"
        prompter.error(window, window.tr("Không mở được dữ liệu"),
                       window.tr("Không mở được cơ sở dữ liệu trong thư mục %1.").replace("%1", str(data_dir))
                       + "\n\n" + message)
        window.close()
        if exit_app is not None:
            exit_app(2)

    backend.open_failed.connect(open_failed)
    started = False

    def start_services() -> None:
        nonlocal started
        if not started:
            started = True
            backend.start(services_factory)

    # Build the services once the window has painted its first frame: the worker's imports and migrations
    # would otherwise compete (GIL) with that paint, which comes a few event-loop turns after show().
    # The timer is a fallback for a window that is not painted soon (e.g. started minimised).
    window.first_painted.connect(lambda: QTimer.singleShot(0, start_services))
    fallback = QTimer(window)
    fallback.setSingleShot(True)
    fallback.timeout.connect(start_services)
    fallback.start(SERVICES_FALLBACK_MS)
    # Encryption at rest: lock after idle minutes or Ctrl+L, and the daily encrypted backup while the app
    # runs (checked at start and every hour; cheap when today's exists). Imported here: after the window.
    from .lock import IdleLock

    lock = IdleLock(window, backend, settings, prompter)

    def daily_backup() -> None:
        if backend.is_ready:
            # Today's backup first, then retention (documents HQ approved more than N days ago leave).
            backend.call(lambda s: (s.backup.daily_if_due(), s.retention.run()), None,
                         lambda exc: window.statusBar().showMessage(
                             window.tr("Chưa sao lưu được: %1").replace("%1", error_text(exc)), 15000))

    backend.ready.connect(daily_backup)
    backups = QTimer(window)
    backups.timeout.connect(daily_backup)
    backups.start(BACKUP_CHECK_MS)
    window.show()
    return Gui(window, backend, runner, settings, translator, lock)
