"""The lock screen: after N idle minutes or on Ctrl+L the window hides its content until the passphrase
(or the short PIN) is typed again.

The check of the secret (Argon2id, about 0.2 s) runs on the worker thread. Five wrong PINs remove the PIN
(the key service does that), so only the passphrase opens the window again. Idle time is measured from the
officer's own input (keys, mouse, wheel) on any window of the app, not from background work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .backend import Backend
from .errors import error_text
from .prompts import Prompter

if TYPE_CHECKING:
    from inspector_app.services.container import Services

DEFAULT_IDLE_MINUTES = 10
SETTING_IDLE = "lock/idle_minutes"
_INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                 QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


def idle_minutes(settings: QSettings) -> int:
    """The idle time before locking (minutes; 0 turns the automatic lock off)."""
    try:
        return max(0, int(str(settings.value(SETTING_IDLE, DEFAULT_IDLE_MINUTES))))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class LockScreen(QWidget):
    """Covers the main window; one field for the passphrase or the PIN."""

    def __init__(self, window: QMainWindow, backend: Backend) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.window_ = window
        self.backend = backend
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockScreen { background: #f2f2f2; }")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        title = QLabel(self.tr("Ứng dụng đang khóa"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(title)
        hint = QLabel(self.tr("Nhập mật khẩu dữ liệu hoặc mã PIN để tiếp tục."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(hint)
        self.secret = QLineEdit()
        self.secret.setObjectName("lockSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)  # room for a passphrase of several words
        self.secret.setMaximumWidth(320)
        self.secret.returnPressed.connect(self.try_unlock)
        lay.addWidget(self.secret, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button = QPushButton(self.tr("&Mở khóa"))
        self.button.clicked.connect(self.try_unlock)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message = QLabel("")
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.message)
        lay.addStretch(2)
        self._focus: QWidget | None = None
        self.hide()

    @property
    def locked(self) -> bool:
        """True while the content is hidden."""
        return self.isVisible()

    def lock(self) -> None:
        """Hide the window's content and menus; ask for the secret."""
        if self.locked:
            return
        # Where the cursor was (the barcode field, a text being typed): it goes back there on unlock, so the
        # next scan or keystroke lands where it did before, not in the first field of the window.
        focus = QApplication.focusWidget()
        self._focus = focus if focus is not None and self.window_.isAncestorOf(focus) else None
        central = self.window_.centralWidget()
        if central is not None:
            central.hide()
        self.window_.menuBar().setEnabled(False)
        for dock in self.window_.findChildren(QWidget):
            if dock.metaObject().className() == "QDockWidget":
                dock.setProperty("_lock_was_visible", dock.isVisible())
                dock.hide()
        self.setGeometry(self.window_.rect())
        self.message.setText("")
        self.secret.clear()
        self.show()
        self.raise_()
        self.secret.setFocus()

    def unlock(self) -> None:
        """Show the content again."""
        self.hide()
        central = self.window_.centralWidget()
        if central is not None:
            central.show()
        self.window_.menuBar().setEnabled(True)
        for dock in self.window_.findChildren(QWidget):
            if dock.property("_lock_was_visible"):
                dock.show()
                dock.setProperty("_lock_was_visible", None)
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_unlock(self) -> None:
        """Check the typed secret on the worker thread: a PIN if it is all digits and a PIN is set."""
        secret = self.secret.text()
        if not secret:
            return
        self.secret.clear()
        self.button.setEnabled(False)

        def check(s: Services) -> bool:
            if secret.isdigit() and s.keys.has_pin():
                return s.keys.unlock_with_pin(secret).raw == s.master_key.raw
            return bool(s.keys.check(s.master_key, secret))

        def done(ok: bool) -> None:
            self.button.setEnabled(True)
            if ok:
                self.unlock()
            else:
                self.message.setText(self.tr("Mật khẩu không đúng."))
                self.secret.setFocus()

        def failed(exc: BaseException) -> None:
            self.button.setEnabled(True)
            self.message.setText(error_text(exc))
            self.secret.setFocus()

        self.backend.call(check, done, failed)


class IdleLock(QObject):
    """Locks the window after the idle time; Ctrl+L locks at once. Installed on the application."""

    def __init__(self, window: QMainWindow, backend: Backend, settings: QSettings, prompter: Prompter) -> None:
        super().__init__(window)
        self.window_ = window
        self.backend = backend
        self.settings = settings
        self.prompter = prompter
        self.screen = LockScreen(window, backend)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.screen.lock)
        self.restart()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)
        self._add_actions()

    def _add_actions(self) -> None:
        target = self.window_.menuBar().findChild(QMenu, "toolsMenu")
        lock = QAction(self.window_)
        lock.setText(self.tr("Khóa &màn hình"))
        lock.setObjectName("actionLock")
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(lambda _=False: self.screen.lock())
        if target is not None:
            target.addSeparator()
            target.addAction(lock)
        self.window_.addAction(lock)  # works while the menu bar is disabled
        pin = QAction(self.window_)
        pin.setText(self.tr("Đặt mã &PIN mở khóa…"))
        pin.setObjectName("actionSetPin")
        pin.triggered.connect(lambda _=False: self.set_pin())
        if target is not None:
            target.addAction(pin)
        self.lock_action = lock
        self.pin_action = pin

    def restart(self) -> None:
        """Start counting the idle time again (after input, or after the setting changed)."""
        minutes = idle_minutes(self.settings)
        if minutes <= 0:
            self.timer.stop()
        else:
            self.timer.start(minutes * 60 * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT_EVENTS and not self.screen.locked:
            self.restart()
        elif event.type() == QEvent.Type.Resize and watched is self.window_ and self.screen.locked:
            self.screen.setGeometry(self.window_.rect())
        return False

    def set_pin(self) -> None:
        """Ask for a PIN (at least 4 digits) and wrap the key under it on the worker thread."""
        pin = self.prompter.ask_text(self.window_, self.tr("Mã PIN mở khóa"),
                                     self.tr("Mã PIN (ít nhất 4 chữ số) để mở khóa màn hình nhanh:"))
        if not pin:
            return

        def done(_: Any) -> None:
            self.prompter.info(self.window_, self.tr("Mã PIN mở khóa"), self.tr("Đã đặt mã PIN."))

        self.backend.call(lambda s: s.keys.set_pin(s.master_key, pin.strip()), done)
