"""The page-by-page check of the database runs beside the window every few days (not at start-up's cost): on a
thread of its own, its pass remembered through the services, so the next start does not run it again."""

from __future__ import annotations

import time
from typing import Any

from ui_helpers import wait_idle

from inspector_app.store.settings import INTEGRITY_CHECKED


def test_due_check_runs_off_the_worker_and_its_pass_is_remembered(start_gui: Any, qtbot: Any, prompter: Any) -> None:
    gui = start_gui()
    w = gui.window
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: not gui.runner.run_sync(lambda: gui.backend._get().backup.full_check_due(time.time())),
                    timeout=20000)  # the first start's check passed and was recorded

    # Days later the check is due again (the test moves the stamp back instead of the clock).
    gui.runner.run_sync(lambda: gui.backend._get().repo.set_setting(INTEGRITY_CHECKED, "0"))
    assert gui.runner.run_sync(lambda: gui.backend._get().backup.full_check_due(time.time()))
    with qtbot.waitSignal(w.integrity_checked, timeout=20000) as blocker:
        w.check_database_later()
    report = blocker.args[0]
    assert report.ok, report.message()
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: not gui.runner.run_sync(lambda: gui.backend._get().backup.full_check_due(time.time())),
                    timeout=5000)
    assert prompter.errors == []
