"""Settings: unit, officer profile, HQ server and login (the token goes to the OS keyring, through the sync
service), and the language of the interface (applied at the next start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .backend import Backend
from .errors import error_text
from .i18n import LANGUAGES, current_language, set_language
from .profile_form import ProfileForm
from .prompts import Prompter
from .widgets import fit_to_screen

if TYPE_CHECKING:
    from inspector_app.services.container import Services

_LAST_SERVER, _LAST_USER = "sync/lastServer", "sync/lastUsername"


class LoginBox(QGroupBox):
    """Server address, user name, password and a Login button (the password is never stored).

    Enter in any of the three fields logs in (and never reaches the dialog's default button, which would
    close the dialog before the result shows); the server and user name typed last are remembered in the UI
    settings, also after a failed attempt. ``logged_in`` fires after a successful login."""

    logged_in = Signal()

    def __init__(self, backend: Backend, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Máy chủ Chi cục (đồng bộ)"))
        self.setObjectName("loginBox")
        self.backend = backend
        self.settings = settings
        self.server = QLineEdit()
        self.server.setObjectName("serverUrl")
        self.server.setPlaceholderText(self.tr("vd: https://qltt.dongnai.gov.vn"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_btn = QPushButton(self.tr("Đăng nhập"))
        self.login_btn.setObjectName("loginButton")
        self.login_btn.clicked.connect(self.login)
        self.logout_btn = QPushButton(self.tr("Đăng xuất thiết bị"))
        self.logout_btn.clicked.connect(self.logout)
        self.result = QLabel()
        self.result.setObjectName("loginResult")
        self.result.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Địa chỉ máy chủ"), self.server)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Mật khẩu"), self.password)
        row = QHBoxLayout()
        row.addWidget(self.login_btn)
        row.addWidget(self.logout_btn)
        row.addStretch(1)
        form.addRow(row)
        form.addRow(self.result)
        for edit in (self.server, self.username, self.password):
            edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if self.login_btn.isEnabled():
                self.login()
            return True
        return super().eventFilter(watched, event)

    def load(self) -> None:
        """Show the server and user of the last login."""
        def work(s: Services) -> tuple[str, str, bool]:
            server, user = s.sync.configured_server()
            return server, user, s.sync.keyring_available()

        def done(res: tuple[str, str, bool]) -> None:
            remembered = self.settings
            self.server.setText(res[0] or (str(remembered.value(_LAST_SERVER, "")) if remembered else ""))
            self.username.setText(res[1] or (str(remembered.value(_LAST_USER, "")) if remembered else ""))
            if not res[2]:
                self.result.setText(self.tr("Máy này không có kho khóa (keyring): mật khẩu sẽ được hỏi mỗi lần "
                                            "đồng bộ."))

        self.backend.call(work, done, lambda _e: None)

    def login(self, then: Any = None) -> None:
        """Log in on the worker thread; the service keeps the token in the keyring."""
        server, user, password = self.server.text().strip(), self.username.text().strip(), self.password.text()
        if self.settings is not None:  # kept whatever the outcome: a typo in the password costs no retyping
            self.settings.setValue(_LAST_SERVER, server)
            self.settings.setValue(_LAST_USER, user)
        self.login_btn.setEnabled(False)
        self.result.setText(self.tr("Đang đăng nhập…"))

        def done(info: Any) -> None:
            self.password.clear()
            self.login_btn.setEnabled(True)
            self.result.setStyleSheet("color: #1b5e20;")
            self.result.setText(info.message)
            self.logged_in.emit()
            if callable(then):
                then()

        def failed(exc: BaseException) -> None:
            self.login_btn.setEnabled(True)
            self.result.setStyleSheet("color: #b3261e;")
            self.result.setText(error_text(exc))

        self.backend.mutate(lambda s: s.sync.login(server, user, password), "sync", done, failed)

    def logout(self) -> None:
        """Forget (and revoke) this device's token."""
        self.backend.call(lambda s: s.sync.logout(),
                          lambda _: self.result.setText(self.tr("Đã đăng xuất thiết bị.")),
                          lambda e: self.result.setText(error_text(e)))


class SettingsDialog(QDialog):
    """Profile, server/login and language."""

    def __init__(self, backend: Backend, prompter: Prompter, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Cài đặt"))
        self.tabs = QTabWidget()
        self.profile = ProfileForm()
        self.tabs.addTab(self.profile, self.tr("Đơn vị và công chức"))
        self.login_box = LoginBox(backend, settings)
        server_tab = QWidget()
        sl = QVBoxLayout(server_tab)
        sl.addWidget(self.login_box)
        sl.addStretch(1)
        self.tabs.addTab(server_tab, self.tr("Máy chủ và đăng nhập"))
        lang_tab = QWidget()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language(settings))))
        lf = QFormLayout(lang_tab)
        lf.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại ứng dụng. Biên bản, quyết định luôn in bằng "
                              "tiếng Việt."))
        note.setWordWrap(True)
        lf.addRow(note)
        self.tabs.addTab(lang_tab, self.tr("Ngôn ngữ"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        fit_to_screen(self, 760, 600)  # room for long unit names; never beyond the screen
        self._load()

    def _load(self) -> None:
        def work(s: Services) -> tuple[Any, Any]:
            if not s.profile.is_configured():
                return None, None
            return s.profile.unit(), s.profile.officer()

        self.backend.call(work, lambda res: self.profile.set_profile(res[0], res[1]))
        self.login_box.load()

    def save(self) -> None:
        """Save the profile (through the service) and the language (UI settings)."""
        old_lang = current_language(self.settings)
        new_lang = str(self.language.currentData())
        set_language(self.settings, new_lang)
        if not self.profile.validate(show_missing=True):
            self.tabs.setCurrentIndex(0)
            return
        unit, officer = self.profile.unit(), self.profile.officer()

        def done(_: Any) -> None:
            if new_lang != old_lang:
                self.prompter.info(self, self.tr("Ngôn ngữ"),
                                   self.tr("Ngôn ngữ mới sẽ được dùng khi mở lại ứng dụng."))
            self.accept()

        def failed(exc: BaseException) -> None:
            self.error.setText(error_text(exc))

        self.backend.mutate(lambda s: s.profile.set_profile(unit, officer), "profile", done, failed)
