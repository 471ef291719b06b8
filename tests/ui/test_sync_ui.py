"""Sync from the UI against the REAL HQ server (a uvicorn subprocess over SQLite, one per module): log in from
the settings dialog (the token goes to the keyring), sync with a progress bar, a conflict listed with its
Vietnamese reason, and Cancel in the middle of a long sync.

The helpers of the sync tests (HQServer, MemoryKeyring, the local-store factories) are imported from
tests/sync, which is put on ``sys.path`` here.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from ui_helpers import press_enter, type_text, wait_idle

from inspector_app.domain.clock import FixedClock
from inspector_app.services.container import Services
from inspector_app.services.sync import KEYRING_SERVICE, SyncService
from inspector_app.store import outbox
from inspector_app.ui.settings_dialog import SettingsDialog
from inspector_app.ui.sync_dialog import SyncDialog

SYNC_TESTS = str(Path(__file__).resolve().parents[1] / "sync")
if SYNC_TESTS not in sys.path:
    sys.path.append(SYNC_TESTS)

from sync_factories import LocalStore, fill, goods_list, local_store  # noqa: E402
from sync_hq import (  # noqa: E402
    Account,
    HQServer,
    MemoryKeyring,
    fast_backoff,
    memory_keyring_installed,
    running_hq,
)


@pytest.fixture(scope="module")
def hq(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """The real HQ server over a SQLite file, once for this module."""
    work = tmp_path_factory.mktemp("hq-ui")
    with running_hq(f"sqlite:///{work / 'hq.sqlite3'}", work) as server:
        yield server


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring for each test; the previous backend is restored after."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture
def account(hq: HQServer) -> Account:
    """A fresh unit and officer on the shared server (keeps the tests independent)."""
    return hq.new_account()


def logged_in_seed(hq: HQServer, account: Account, *, demo: bool = True, extra: int = 0,
                   batch_size: int = 500) -> Any:
    """A ``seed`` callback: demo data (14 final documents) and/or ``extra`` final bảng kê, test backoff, and
    a login done through the service (the UI login has its own test)."""

    def seed(s: Services) -> None:
        assert s.sync is not None
        if demo:
            s.demo.load()
        if extra:
            fill(LocalStore(s.repo, s.data_dir), extra, start=1000)
        s.sync.backoff = fast_backoff()
        s.sync.batch_size = batch_size
        s.sync.login(hq.url, account.username, account.password)

    return seed


def finals(gui: Any) -> dict[str, str]:
    """``{id: sha256}`` of every final local document, read on the worker thread."""
    return gui.runner.run_sync(lambda: {i: sha for i, _c, sha in gui.backend._get().repo.iter_final_canonicals()})


def outbox_counts(gui: Any) -> dict[str, int]:
    """Local outbox rows per state."""
    return gui.runner.run_sync(lambda: outbox.state_counts(gui.backend._get().repo))


def open_sync_dialog(gui: Any, qtbot: Any) -> SyncDialog:
    """The real sync dialog, shown (not modal) with its state loaded."""
    dialog = SyncDialog(gui.backend, gui.window.prompter, gui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, gui)
    return dialog


def run_sync(dialog: SyncDialog, gui: Any, qtbot: Any) -> list[tuple[int, int]]:
    """Press "Đồng bộ ngay" and wait for the outcome; returns every (value, maximum) the bar showed."""
    seen: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(lambda v: seen.append((v, dialog.progress.maximum())))
    dialog.report = None
    assert dialog.start_btn.isEnabled()
    dialog.start_btn.click()
    assert dialog.summary.text() == ""  # the previous outcome is cleared while this run goes
    qtbot.waitUntil(lambda: dialog.report is not None or bool(dialog.summary.text()), timeout=60000)
    wait_idle(qtbot, gui)
    return seen


def table_rows(dialog: SyncDialog) -> list[list[str]]:
    """The problem table as the officer reads it."""
    m = dialog.model
    return [[str(m.index(r, c).data()) for c in range(m.columnCount())] for r in range(m.rowCount())]


# -- (1) login from the settings dialog ------------------------------------------------------------------------
def test_login_from_settings_keeps_the_token_in_the_keyring_only(start_gui: Any, qtbot: Any, hq: HQServer,
                                                                  account: Account,
                                                                  memory_keyring: MemoryKeyring) -> None:
    gui = start_gui()
    assert gui.window.sync_label.text() == "Chưa đăng nhập máy chủ"
    dialog = SettingsDialog(gui.backend, gui.window.prompter, gui.settings, gui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, gui)
    dialog.tabs.setCurrentIndex(1)
    box = dialog.login_box
    assert box.server.text() == "" and box.username.text() == ""

    type_text(box.server, hq.url)
    type_text(box.username, account.username)
    type_text(box.password, "mật khẩu sai")
    box.login_btn.click()
    qtbot.waitUntil(lambda: box.login_btn.isEnabled(), timeout=20000)
    wait_idle(qtbot, gui)
    assert box.result.text() == "Sai tên đăng nhập hoặc mật khẩu"
    # No token kept (the keyring holds only the installation's own data key).
    assert [k for k in memory_keyring.store if k[0] == KEYRING_SERVICE] == []

    box.password.clear()
    type_text(box.password, account.password)  # Vietnamese, typed as key events
    assert box.password.text() == account.password
    box.login_btn.click()
    qtbot.waitUntil(lambda: box.login_btn.isEnabled(), timeout=20000)
    wait_idle(qtbot, gui)
    assert box.result.text().startswith(f"Đã đăng nhập {hq.url} với tài khoản {account.username}"), box.result.text()
    assert account.unit_code in box.result.text()
    assert box.password.text() == ""  # the password is never kept, not even in the widget
    token = memory_keyring.store[(KEYRING_SERVICE, f"{hq.url}|{account.username}")]
    assert len(token) >= 20

    # Neither the token nor the password is in the local database file.
    db_file = gui.runner.run_sync(lambda: gui.backend._get().repo.path)
    raw = Path(db_file).read_bytes()
    assert token.encode() not in raw and account.password.encode() not in raw
    # The server and user are remembered and shown when the dialog opens again; the status bar knows.
    assert gui.runner.run_sync(lambda: gui.backend._get().sync.configured_server()) == (hq.url, account.username)
    qtbot.waitUntil(lambda: gui.window.sync_label.text() != "Chưa đăng nhập máy chủ", timeout=5000)
    dialog.close()
    again = SettingsDialog(gui.backend, gui.window.prompter, gui.settings, gui.window)
    qtbot.addWidget(again)
    wait_idle(qtbot, gui)
    assert (again.login_box.server.text(), again.login_box.username.text()) == (hq.url, account.username)
    again.close()

    # The token in the keyring is what the sync dialog uses: no password asked.
    sync_dialog = open_sync_dialog(gui, qtbot)
    assert hq.url in sync_dialog.server.text() and account.username in sync_dialog.server.text()
    run_sync(sync_dialog, gui, qtbot)
    assert sync_dialog.report is not None and sync_dialog.report.complete
    assert not sync_dialog.login_box.isVisible()
    sync_dialog.close()


# -- (2) the happy path ------------------------------------------------------------------------------------------
def test_sync_sends_every_final_document_once_with_progress(start_gui: Any, qtbot: Any, hq: HQServer,
                                                            account: Account) -> None:
    gui = start_gui(seed=logged_in_seed(hq, account, batch_size=4))
    local = finals(gui)
    assert len(local) == 14
    qtbot.waitUntil(lambda: gui.window.sync_label.text().startswith("Chờ gửi: 14"), timeout=5000)

    dialog = open_sync_dialog(gui, qtbot)
    assert dialog.start_btn.isEnabled() and not dialog.cancel_btn.isEnabled()
    assert hq.url in dialog.server.text()
    seen = run_sync(dialog, gui, qtbot)
    report = dialog.report
    assert report is not None and report.complete, dialog.summary.text()
    assert (report.sent, report.accepted, report.duplicates, report.conflicts) == (14, 14, 0, 0)
    assert report.attachments_uploaded == 1  # the demo's photo

    # The bar moved batch by batch (4 + 4 + 4 + 2) and reached its maximum.
    push = [v for v, m in seen if m == 14]
    assert push == sorted(push) and push[-1] == 14 and {4, 8, 12} <= set(push), seen
    assert dialog.progress.value() == dialog.progress.maximum() > 0
    assert "Đã gửi 14 văn bản (mới 14, đã có 0)" in dialog.summary.text()
    assert "Đồng bộ hoàn tất." in dialog.summary.text()
    assert dialog.model.rowCount() == 0
    assert dialog.start_btn.isEnabled() and not dialog.cancel_btn.isEnabled()

    # Every final document is on the server exactly once, with its hash, complete.
    assert hq.stored(account.unit_code) == {i: (sha, True) for i, sha in local.items()}
    assert outbox_counts(gui) == {"synced": 14}
    qtbot.waitUntil(lambda: gui.window.sync_label.text().startswith("Đã đồng bộ · Lần cuối: "), timeout=5000)
    assert re.fullmatch(r"Đã đồng bộ · Lần cuối: \d\d/\d\d/\d{4} \d\d:\d\d", gui.window.sync_label.text())

    # Syncing again sends nothing and stores nothing twice.
    run_sync(dialog, gui, qtbot)
    assert dialog.report.complete and dialog.report.sent == 0
    assert hq.stored(account.unit_code) == {i: (sha, True) for i, sha in local.items()}
    dialog.close()


# -- (3) a conflict ------------------------------------------------------------------------------------------------
def test_conflict_is_listed_with_its_vietnamese_reason(start_gui: Any, qtbot: Any, hq: HQServer,
                                                       account: Account, tmp_path: Path) -> None:
    gui = start_gui(seed=logged_in_seed(hq, account))
    local = finals(gui)
    clash_id = next(iter(local))
    # Another laptop of the same unit sends a document with the same id and other contents first.
    other = local_store(tmp_path / "other-laptop")
    doc = goods_list(7)
    doc.id = clash_id
    their = other.add_final(doc, "7/BK")
    assert their.id == clash_id and their.sha256 != local[clash_id]
    other_sync = SyncService(other.repo, other.data_dir, FixedClock(gui.runner.run_sync(
        lambda: gui.backend._get().clock.now())), backoff=fast_backoff())
    other_sync.login(hq.url, account.username, account.password)
    assert other_sync.sync().accepted == 1
    other.repo.db.conn.close()

    dialog = open_sync_dialog(gui, qtbot)
    run_sync(dialog, gui, qtbot)
    report = dialog.report
    assert report is not None and not report.complete
    assert (report.accepted, report.conflicts, report.stuck, report.pending) == (13, 1, 1, 0)
    assert "1 văn bản bị từ chối hoặc xung đột (xem lý do bên dưới)." in dialog.summary.text()
    assert "Đồng bộ hoàn tất." not in dialog.summary.text()
    rows = table_rows(dialog)
    assert len(rows) == 1, rows
    label, state, reason = rows[0]
    number = gui.runner.run_sync(lambda: gui.backend._get().repo.get_document(clash_id).number)
    assert number and number in label
    assert state == "Xung đột"
    assert reason.startswith("Xung đột: Máy chủ đã có văn bản này với nội dung khác (SHA-256 "), reason
    assert "không ghi đè" in reason and "lập văn bản thay thế" in reason

    # The server kept the first copy; every other document is there once.
    stored = hq.stored(account.unit_code)
    assert stored == {**{i: (sha, True) for i, sha in local.items()}, clash_id: (their.sha256, True)}
    assert outbox_counts(gui) == {"synced": 13, "conflict": 1}
    qtbot.waitUntil(lambda: "Bị từ chối/xung đột: 1" in gui.window.sync_label.text(), timeout=5000)
    dialog.close()

    # The conflict stays listed when the dialog is opened again, and a new sync does not resend it.
    again = open_sync_dialog(gui, qtbot)
    assert table_rows(again) == rows
    run_sync(again, gui, qtbot)
    assert again.report.sent == 0 and again.report.stuck == 1
    assert table_rows(again) == rows
    again.close()


# -- (4) cancel ----------------------------------------------------------------------------------------------------
def test_cancel_stops_after_the_current_batch_and_a_later_sync_completes(start_gui: Any, qtbot: Any,
                                                                          hq: HQServer, account: Account) -> None:
    total = 14 + 200
    gui = start_gui(seed=logged_in_seed(hq, account, extra=200, batch_size=1))
    local = finals(gui)
    assert len(local) == total
    action = gui.window.findChild(QAction, "actionSync")
    assert action is not None

    # Drive the modal dialog opened by the menu action (F9) while the GUI thread's event loop is watched.
    state: dict[str, Any] = {"dialog": None, "cancelled_at": None, "ticks": [], "timeout": False}
    started = time.monotonic()

    def tick() -> None:
        state["ticks"].append(time.monotonic())

    heartbeat = QTimer()
    heartbeat.timeout.connect(tick)
    heartbeat.start(20)

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if time.monotonic() - started > 60:
            state["timeout"] = True
            if dialog is not None:
                dialog.reject()
            return
        if isinstance(dialog, SyncDialog):
            if state["dialog"] is None:
                state["dialog"] = dialog
                if not dialog.start_btn.isEnabled():  # the server label is still loading
                    QTimer.singleShot(10, drive)
                    state["dialog"] = None
                    return
                dialog.start_btn.click()
            elif state["cancelled_at"] is None and dialog.progress.value() >= 3 and dialog.cancel_btn.isEnabled():
                state["cancelled_at"] = dialog.progress.value()
                dialog.cancel_btn.click()
                assert not dialog.cancel_btn.isEnabled()
                assert dialog.step.text() == "Đang dừng sau lô hiện tại…"
            elif dialog.report is not None and not gui.runner.is_busy():
                dialog.close_btn.click()
                return
        QTimer.singleShot(5, drive)

    QTimer.singleShot(0, drive)
    action.trigger()  # returns when the dialog is closed
    heartbeat.stop()
    assert not state["timeout"], "the sync dialog did not finish after Cancel"
    gaps = [b - a for a, b in zip(state["ticks"], state["ticks"][1:], strict=False)]
    assert gaps and max(gaps) < 2.0, f"the GUI thread was blocked for {max(gaps):.2f} s"

    dialog: SyncDialog = state["dialog"]
    report = dialog.report
    assert report.cancelled and not report.complete
    assert state["cancelled_at"] <= report.sent < total, (state["cancelled_at"], report.sent)
    assert report.pending == total - report.sent
    assert "Đã hủy theo yêu cầu." in dialog.summary.text()
    assert f"Còn {total - report.sent} văn bản chờ gửi." in dialog.summary.text()
    assert dialog.start_btn.isEnabled() and not dialog.cancel_btn.isEnabled()
    # The bar stays where the run stopped (it used to jump to full, as if everything had been sent).
    assert (dialog.progress.value(), dialog.progress.maximum()) == (report.sent, total)

    # A known state: what was sent is synced (and on the server once), the rest is untouched, none 'sending'.
    counts = outbox_counts(gui)
    assert counts == {"synced": report.sent, "final": total - report.sent}, counts
    synced_ids = set(gui.runner.run_sync(lambda: [r.document_id for r in gui.backend._get().sync.status(("synced",))]))
    assert hq.stored(account.unit_code) == {i: (local[i], True) for i in synced_ids}
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: gui.window.sync_label.text() == f"Chờ gửi: {total - report.sent}", timeout=5000)

    # A later sync sends the rest; everything is on the server exactly once.
    later = open_sync_dialog(gui, qtbot)
    run_sync(later, gui, qtbot)
    assert later.report.complete, later.summary.text()
    assert later.report.sent == total - report.sent and later.report.duplicates == 0
    assert hq.stored(account.unit_code) == {i: (sha, True) for i, sha in local.items()}
    assert outbox_counts(gui) == {"synced": total}
    assert later.progress.value() == later.progress.maximum()
    qtbot.waitUntil(lambda: gui.window.sync_label.text().startswith("Đã đồng bộ"), timeout=5000)
    later.close()


# -- Enter logs in; the sync dialog offers the login itself; a server that is down is said so at once -----------
def dialog_texts(widget: Any) -> str:
    """Every label and button text of a dialog, for what it tells the officer."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    return "\n".join([w.text() for w in widget.findChildren(QLabel)]
                     + [w.text() for w in widget.findChildren(QAbstractButton)])


def test_enter_in_the_password_field_logs_in_and_the_server_and_user_stay(start_gui: Any, qtbot: Any,
                                                                          hq: HQServer, account: Account) -> None:
    gui = start_gui()
    dialog = SettingsDialog(gui.backend, gui.window.prompter, gui.settings, gui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, gui)
    dialog.tabs.setCurrentIndex(1)
    box = dialog.login_box
    type_text(box.server, hq.url)
    type_text(box.username, account.username)
    type_text(box.password, "sai")
    press_enter(box.password)
    qtbot.waitUntil(lambda: box.login_btn.isEnabled(), timeout=20000)
    wait_idle(qtbot, gui)
    assert dialog.isVisible() and dialog.result() == 0  # Enter did not close (nor save) the dialog
    assert box.result.text() == "Sai tên đăng nhập hoặc mật khẩu"
    dialog.reject()
    # Opened again after the failure: the server and user name are still there.
    again = SettingsDialog(gui.backend, gui.window.prompter, gui.settings, gui.window)
    qtbot.addWidget(again)
    again.show()
    wait_idle(qtbot, gui)
    box = again.login_box
    assert (box.server.text(), box.username.text()) == (hq.url, account.username)
    type_text(box.password, account.password)
    press_enter(box.password)
    qtbot.waitUntil(lambda: box.result.text().startswith("Đã đăng nhập"), timeout=20000)
    assert again.isVisible()
    again.reject()


def test_sync_dialog_shows_what_waits_and_logs_in_itself(start_gui: Any, qtbot: Any, hq: HQServer,
                                                          account: Account) -> None:
    def seed(s: Services) -> None:
        s.demo.load()
        assert s.sync is not None
        s.sync.backoff = fast_backoff()

    gui = start_gui(seed=seed)
    n = len(finals(gui))
    dialog = open_sync_dialog(gui, qtbot)
    assert dialog.waiting.text() == f"Chờ gửi: {n} văn bản."  # before anything starts
    assert dialog.login_box.isVisible() and not dialog.start_btn.isEnabled()
    assert "inspector login" not in dialog_texts(dialog) and "Cài đặt" not in dialog.server.text()
    box = dialog.login_box
    type_text(box.server, hq.url)
    type_text(box.username, account.username)
    type_text(box.password, account.password)
    press_enter(box.password)  # logs in, then the sync it was opened for runs
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    wait_idle(qtbot, gui)
    assert dialog.report.complete and dialog.report.sent == n, dialog.summary.text()
    assert not dialog.login_box.isVisible() and dialog.isVisible()
    assert dialog.waiting.text() == "Không có văn bản nào chờ gửi."
    dialog.close()


def test_a_revoked_device_logs_in_again_in_the_sync_dialog(start_gui: Any, qtbot: Any, hq: HQServer,
                                                           account: Account,
                                                           memory_keyring: MemoryKeyring) -> None:
    gui = start_gui(seed=logged_in_seed(hq, account))
    n = len(finals(gui))
    # The token this laptop holds is no longer valid (as after inspector-hq revoke-device).
    for key in list(memory_keyring.store):
        memory_keyring.store[key] = "revoked-" + memory_keyring.store[key]
    dialog = open_sync_dialog(gui, qtbot)
    run_sync(dialog, gui, qtbot)
    assert dialog.login_box.isVisible(), dialog.summary.text()
    assert "đăng nhập lại" in dialog.summary.text() and "inspector login" not in dialog_texts(dialog)
    type_text(dialog.login_box.password, account.password)
    dialog.report = None
    press_enter(dialog.login_box.password)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60000)
    wait_idle(qtbot, gui)
    assert dialog.report.complete and dialog.report.sent == n
    dialog.close()


def test_a_server_that_is_down_is_said_within_five_seconds_with_a_countdown(start_gui: Any, qtbot: Any,
                                                                             hq: HQServer,
                                                                             account: Account) -> None:
    from inspector_app.services.sync import Backoff

    class ThreeSeconds(Backoff):
        """Every wait three seconds (the real backoff's jitter could make the first one a blink)."""

        def delay(self, failures: int, rng: Any) -> float:
            return 3.0

    def seed(s: Services) -> None:
        logged_in_seed(hq, account)(s)
        assert s.sync is not None
        s.sync.backoff = ThreeSeconds(max_failures=3)

    gui = start_gui(seed=seed)
    dialog = open_sync_dialog(gui, qtbot)
    hq.kill()
    try:
        started = time.monotonic()
        dialog.start_btn.click()
        qtbot.waitUntil(lambda: "Thử lại sau" in dialog.step.text(), timeout=5000)
        assert time.monotonic() - started < 5
        text = dialog.step.text()
        assert "Không kết nối được máy chủ" in text and "(lần thử 2/3)" in text, text
        first = int(text.split("Thử lại sau ")[1].split()[0])
        qtbot.waitUntil(lambda: "Thử lại sau" in dialog.step.text()
                        and int(dialog.step.text().split("Thử lại sau ")[1].split()[0]) < first, timeout=5000)
        dialog.cancel_btn.click()
        qtbot.waitUntil(lambda: dialog.start_btn.isEnabled(), timeout=30000)
        wait_idle(qtbot, gui)
        assert "không mất dữ liệu" in dialog.summary.text() or "chờ gửi" in dialog.summary.text(), \
            dialog.summary.text()
    finally:
        hq.start()
