"""Closing the window while long work runs: cancellable work stops, a pending save still lands, and work that
cannot be cancelled is waited for — the app never aborts with "QThread destroyed while still running"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Any

from ui_helpers import wait_idle

from inspector_app.services.container import Services
from inspector_builders import make_case

ROOT = Path(__file__).resolve().parents[2]


def test_closing_cancels_long_work_and_keeps_the_pending_save(start_gui: Any, qtbot: Any, tmp_path: Path) -> None:
    gui = start_gui(seed=lambda s: make_case(s, title="Kiểm tra cửa hàng"))
    w = gui.window
    qtbot.waitUntil(lambda: w.case_model.rowCount() == 1, timeout=20000)
    w.select_case(w.case_model.row_at(0).id)
    qtbot.waitUntil(lambda: w.editor.case is not None, timeout=20000)
    wait_idle(qtbot, gui)
    started = threading.Event()
    stopped: list[str] = []

    def long_work(_s: Services, ctx: Any) -> None:  # e.g. an export that checks for Cancel between cases
        started.set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if ctx.cancelled():
                stopped.append("cancelled")
                return
            time.sleep(0.01)
        stopped.append("ran to the end")

    gui.backend.call_with_progress(long_work)
    assert started.wait(10)
    # An edit not yet saved when the officer closes the window: the close saves it, behind the long work.
    case = w.editor.case
    assert case is not None
    w.editor.findings.setPlainText("Đã ghi nhận trước khi đóng cửa sổ.")
    assert w.editor.dirty
    t0 = time.monotonic()
    w.close()
    gui.shutdown()
    assert time.monotonic() - t0 < 30
    assert stopped == ["cancelled"]
    assert not gui.runner._thread.isRunning()
    from inspector_app.app import build_services

    s = build_services(tmp_path / "data")  # the fixture's data dir
    try:
        assert s.cases.get(case.id).findings == "Đã ghi nhận trước khi đóng cửa sổ."
    finally:
        s.close()


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from ui_helpers import ScriptedPrompter, services_factory
    from inspector_app.paths import resource_path
    from inspector_app.ui import tasks
    from inspector_app.ui.startup import start

    tasks.SHUTDOWN_WAIT_MS = 200  # the old shutdown gave up after this and left the thread running
    app = QApplication([])
    data = Path({data!r})
    gui = start(data, services_factory(data), resource_path(), prompter=ScriptedPrompter(data))

    def busy(_s):  # work that cannot be cancelled (a long render, a network call): 1.5 s
        time.sleep(1.5)
        print("work finished", flush=True)

    def ready():
        gui.backend.call(busy)
        QTimer.singleShot(100, gui.window.close)

    gui.window.profile_ready.connect(ready)
    app.exec()
    gui.shutdown()
    print("closed cleanly", flush=True)
""")


def test_closing_while_uncancellable_work_runs_waits_instead_of_aborting(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(tests=str(ROOT / "tests" / "ui"), data=str(data)), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "tests")}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env,
                         cwd=ROOT)
    assert "QThread" not in out.stderr, out.stderr
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-2:] == ["work finished", "closed cleanly"]


def test_a_damaged_page_is_reported_by_the_background_check_after_start(start_gui: Any, qtbot: Any,
                                                                        tmp_path: Path, prompter: Any) -> None:
    from inspector_app.app import build_services
    from inspector_builders import raw_connection

    data = tmp_path / "data"
    s = build_services(data)
    s.close()
    path = data / "inspector.sqlite3"
    conn = raw_connection(path)  # the file is encrypted: the app's own key, as another program would use it
    conn.execute("BEGIN")  # a table the app never reads, so only the full check can meet the damage
    conn.execute("CREATE TABLE filler (x TEXT)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("dữ liệu " * 200,) for _ in range(200)])
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    # The filler was written last, so the file's last pages are its leaves (SQLCipher has no dbstat); each
    # page carries its own HMAC, so the full check notices the change while the open never reads it.
    pages = path.stat().st_size // page_size
    with path.open("r+b") as fh:
        fh.seek((pages - 2) * page_size)
        fh.write(os.urandom(page_size))
    gui = start_gui(data_dir=data)
    qtbot.waitUntil(lambda: any("bị hỏng" in e for e in prompter.errors), timeout=20000)
    assert gui.window.isEnabled()  # the app opened normally: the check did not hold up start-up
