"""Sync with HQ from the UI: progress bar, Cancel, and the records HQ did not take, with their reasons.

The sync itself runs in ``SyncService.sync`` on the worker thread with a progress callback and a cancel
flag; when the server asks for a login, the dialog asks for the password and tries again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .backend import Backend
from .errors import error_text, report_unexpected
from .models import SyncProblemModel
from .prompts import Prompter

if TYPE_CHECKING:
    from inspector_app.services.container import Services

PROBLEM_STATES = ("conflict", "rejected", "retry")


class SyncDialog(QDialog):
    """Run a sync and show its outcome. ``report`` holds the last SyncReport."""

    def __init__(self, backend: Backend, prompter: Prompter, parent: QWidget | None = None,
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.prompter = prompter
        self.report: Any = None
        self.task = 0
        self.setObjectName("syncDialog")
        self.setWindowTitle(self.tr("Đồng bộ với máy chủ Chi cục"))
        self.server = QLabel()
        self.server.setObjectName("syncServer")
        self.server.setWordWrap(True)
        self.waiting = QLabel()
        self.waiting.setObjectName("syncWaiting")
        # Login right here when the server asks for it (never a terminal command); then the sync goes on.
        from .settings_dialog import LoginBox

        self.login_box = LoginBox(backend, settings)
        self.login_box.hide()
        self.login_box.logged_in.connect(self._logged_in)
        self.password = self.login_box.password
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setValue(0)
        self.step = QLabel()
        self.step.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        self.model = SyncProblemModel(self)
        self.view = QTableView()
        self.view.setObjectName("syncProblems")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(True)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.start_btn = QPushButton(self.tr("Đồng bộ ngay"))
        self.start_btn.setObjectName("startSync")
        self.start_btn.setDefault(True)
        self.start_btn.clicked.connect(self.start)
        self.cancel_btn = QPushButton(self.tr("Hủy"))
        self.cancel_btn.setObjectName("cancelSync")
        self.cancel_btn.setEnabled(False)
        self.cancel_btn.clicked.connect(self.cancel)
        self.close_btn = QPushButton(self.tr("Đóng"))
        self.close_btn.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_btn)
        buttons.addWidget(self.cancel_btn)
        buttons.addStretch(1)
        buttons.addWidget(self.close_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.server)
        lay.addWidget(self.waiting)
        lay.addWidget(self.login_box)
        lay.addWidget(self.progress)
        lay.addWidget(self.step)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("Văn bản chưa được máy chủ nhận:")))
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self.resize(760, 520)
        self.load_state()

    def load_state(self) -> None:
        """Show the server and the records still stuck from earlier runs."""
        def work(s: Services) -> tuple[str, str, list[Any], int]:
            server, user = s.sync.configured_server()
            return server, user, s.sync.status(PROBLEM_STATES), s.sync.waiting_and_stuck()[0]

        def done(res: tuple[str, str, list[Any], int]) -> None:
            server, user, rows, waiting = res
            self.server.setText(self.tr("Máy chủ: %1 — tài khoản %2").replace("%1", server).replace("%2", user)
                                if server else self.tr("Chưa đăng nhập máy chủ: nhập địa chỉ máy chủ, tên đăng nhập "
                                                       "và mật khẩu rồi bấm Đăng nhập."))
            self._show_waiting(waiting)
            self.start_btn.setEnabled(bool(server))
            if not server:
                self._ask_login()
            self.model.set_rows(rows)

        self.backend.call(work, done, self._failed)

    def _show_waiting(self, waiting: int) -> None:
        self.waiting.setText(self.tr("Chờ gửi: %n văn bản.", "", waiting) if waiting
                             else self.tr("Không có văn bản nào chờ gửi."))

    def _ask_login(self) -> None:
        self.login_box.show()
        self.login_box.load()
        (self.login_box.password if self.login_box.server.text() else self.login_box.server).setFocus()

    def _logged_in(self) -> None:
        """Logged in from this dialog: the sync that needed it starts at once."""
        self.login_box.hide()
        self.load_state()
        self.start()

    def start(self) -> None:
        """Start syncing on the worker thread."""
        # Only where no keyring can keep the token does the sync itself need the password typed above.
        password = self.password.text() or None
        self.password.clear()
        self.start_btn.setEnabled(False)
        self.cancel_btn.setEnabled(True)
        self.progress.setRange(0, 0)
        self.step.setText(self.tr("Đang kết nối…"))
        self.summary.clear()  # the previous run's outcome must not read as this run's

        def work(s: Services, ctx: Any) -> tuple[Any, list[Any]]:
            report = s.sync.sync(progress=ctx.progress, cancel=ctx.cancelled, password=password)
            return report, s.sync.status(PROBLEM_STATES)

        self.task = self.backend.mutate(work, "sync", self._done, self._failed, on_progress=self._progress,
                                        progress=True)

    def cancel(self) -> None:
        """Ask the sync to stop after the current batch (what was sent stays sent)."""
        self.backend.cancel(self.task)
        self.cancel_btn.setEnabled(False)
        self.step.setText(self.tr("Đang dừng sau lô hiện tại…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if text:
            self.step.setText(text)

    def _done(self, res: tuple[Any, list[Any]]) -> None:
        report, rows = res
        self.report = report
        self.cancel_btn.setEnabled(False)
        self.start_btn.setEnabled(True)
        if report.cancelled:
            # Not finished: keep the bar where the run stopped rather than show it full.
            if self.progress.maximum() == 0:
                self.progress.setRange(0, 1)
                self.progress.setValue(0)
        else:
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
        self.model.set_rows(rows)
        self._show_waiting(report.pending)
        lines = [self.tr("Đã gửi %1 văn bản (mới %2, đã có %3); %4 tệp đính kèm; %5 mục dữ liệu tham chiếu.")
                 .replace("%1", str(report.sent)).replace("%2", str(report.accepted))
                 .replace("%3", str(report.duplicates)).replace("%4", str(report.attachments_uploaded))
                 .replace("%5", str(report.reference_items))]
        if report.pending:
            lines.append(self.tr("Còn %1 văn bản chờ gửi.").replace("%1", str(report.pending)))
        if report.stuck:
            lines.append(self.tr("%1 văn bản bị từ chối hoặc xung đột (xem lý do bên dưới).").replace(
                "%1", str(report.stuck)))
        if report.cancelled:
            lines.append(self.tr("Đã hủy theo yêu cầu."))
        lines += report.errors
        if report.complete:
            lines.append(self.tr("Đồng bộ hoàn tất."))
        self.step.setText("")
        self.summary.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        self.cancel_btn.setEnabled(False)
        self.start_btn.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.step.setText("")
        if type(exc).__name__ == "AuthRequiredError":
            # The service saved the outbox state first; logging in here lets the sync go on.
            self.summary.setText(self.tr("Máy chủ yêu cầu đăng nhập lại (phiên đăng nhập đã hết hạn hoặc thiết "
                                         "bị đã bị thu hồi). Nhập mật khẩu rồi bấm Đăng nhập; dữ liệu chưa gửi "
                                         "vẫn được giữ nguyên."))
            self._ask_login()
            return
        self.summary.setText(error_text(exc))
        report_unexpected(self.backend, exc)
