"""The deadline dock reads the stored deadlines; days off pushed by HQ are caught up in slices on the worker,
with progress in the status bar, and a save submitted meanwhile does not wait for the whole pass."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ui_helpers import wait_idle

from inspector_app.services.container import Services
from inspector_app.ui import main_window
from inspector_builders import make_case

OVERDUE_CASES = 20


def seed_overdue(services: Services) -> None:
    """Cases whose violation was found three weeks ago and still have no MBB01: overdue."""
    for i in range(OVERDUE_CASES):
        case = make_case(services, title=f"Kiểm tra cửa hàng số {i}")
        case.started_at = (services.clock.now() - timedelta(days=21)).isoformat()
        services.cases.save(case)


def test_dock_lists_the_stored_overdue_items_and_catches_up_after_new_days_off(
        start_gui: Any, qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(main_window, "CATCH_UP_SLICE_S", 0.0)  # one small batch per slice
    gui = start_gui(seed=seed_overdue)
    w = gui.window
    wait_idle(qtbot, gui)
    # Each case is late with its MBB01 and with the end of the inspection (3 working days).
    assert gui.runner.run_sync(lambda: gui.backend._get().rules.count_overdue()) == 2 * OVERDUE_CASES
    assert f"{2 * OVERDUE_CASES} việc quá hạn" in w.deadline_dock.windowTitle()
    rows = [w.deadline_model.row_at(i) for i in range(w.deadline_model.rowCount())]
    assert sum(1 for r in rows if r.item.rule == "mbb01" and r.item.state == "overdue") == OVERDUE_CASES
    assert not w.deadline_progress.isVisible()

    # HQ pushes a day off inside every case's counting window: the stored deadlines are now stale.
    def push(s: Services) -> str:
        start = s.clock.now().date() - timedelta(days=20)
        day = next(start + timedelta(days=k) for k in range(7) if (start + timedelta(days=k)).weekday() < 5)
        s.rules.import_days_off(day.year, {"source": "Thông báo thử", "working_days": [],
                                           "days_off": [{"date": day.isoformat(), "name": "Nghỉ thêm"}]})
        return day.isoformat()

    gui.runner.run_sync(lambda: push(gui.backend._get()))
    assert gui.runner.run_sync(lambda: gui.backend._get().rules.index.is_stale())
    progress: list[str] = []
    order: list[str] = []
    slices = {"n": 0}
    real_call = gui.backend.call

    def spy(fn: Any, on_done: Any = None, on_error: Any = None, on_progress: Any = None) -> int:
        def done(result: Any) -> None:
            if result is not None and hasattr(result, "finished"):
                slices["n"] += 1
                order.append("slice")
                progress.append(w.deadline_progress.text())
                if slices["n"] == 1:
                    # A save submitted while the pass runs goes in before the next slice.
                    gui.backend.call(lambda s: s.cases.list(limit=1), lambda _r: order.append("save"))
            if on_done is not None:
                on_done(result)
        return real_call(fn, done, on_error, on_progress)

    monkeypatch.setattr(gui.backend, "call", spy)
    gui.backend.changed.emit("sync", "")
    qtbot.waitUntil(lambda: not w._catching_up, timeout=20000)
    wait_idle(qtbot, gui)
    assert slices["n"] >= 3 and order.index("save") == 1, order  # sliced, and the save did not wait
    assert any("Đang cập nhật thời hạn" in p for p in progress)
    assert not w.deadline_progress.isVisible()
    assert not gui.runner.run_sync(lambda: gui.backend._get().rules.index.is_stale())
    due = {r.item.due for r in (w.deadline_model.row_at(i) for i in range(w.deadline_model.rowCount()))
           if r.item.rule == "mbb01"}
    expected = gui.runner.run_sync(lambda: {it.due for it in gui.backend._get().rules.overdue_across_cases()
                                            if it.rule == "mbb01"})
    assert due == expected


def test_a_saved_case_refreshes_its_own_row_not_the_whole_list(start_gui: Any, qtbot: Any) -> None:
    def seed(s: Services) -> None:
        for i in range(3):
            make_case(s, title=f"Kiểm tra cửa hàng số {i}")

    gui = start_gui(seed=seed)
    w = gui.window
    qtbot.waitUntil(lambda: w.case_model.rowCount() == 3, timeout=20000)
    target = w.case_model.row_at(1).id
    w.select_case(target)
    qtbot.waitUntil(lambda: w.editor.case is not None and w.editor.case.id == target, timeout=20000)
    wait_idle(qtbot, gui)
    resets: list[int] = []
    w.case_model.modelReset.connect(lambda: resets.append(1))
    w.editor.title.setText("Kiểm tra kho hàng đã sửa tên")
    w.editor.save()
    qtbot.waitUntil(lambda: any(r.title == "Kiểm tra kho hàng đã sửa tên" for r in w.case_model.rows()),
                    timeout=20000)
    wait_idle(qtbot, gui)
    qtbot.wait(300)  # longer than the list's reload timer: nothing else reloads the page
    assert resets == [] and w.case_model.rowCount() == 3
    assert w.current_case_id() == target


def test_with_no_case_open_the_dock_shows_what_falls_due_soon_in_every_case(start_gui: Any, qtbot: Any) -> None:
    def seed(s: Services) -> None:
        late = make_case(s, title="Kiểm tra quá hạn")
        late.started_at = (s.clock.now() - timedelta(days=21)).isoformat()
        s.cases.save(late)
        soon = make_case(s, title="Kiểm tra sắp đến hạn")
        # Found a little while ago: its MBB01 (2 working days) falls due within the next days, weekends or not.
        for hours in range(0, 96, 6):
            soon.started_at = (s.clock.now() - timedelta(hours=hours)).isoformat()
            s.cases.save(soon)
            if any(it.case_id == soon.id for it in s.rules.due_soon_across_cases()):
                return
        raise AssertionError("no start time gives a deadline falling due soon")

    gui = start_gui(seed=seed)
    w = gui.window
    wait_idle(qtbot, gui)
    assert w.editor.case is None  # nothing open
    rows = [w.deadline_model.row_at(i) for i in range(w.deadline_model.rowCount())]
    soon = [r for r in rows if r.item.case_title == "Kiểm tra sắp đến hạn"]
    assert soon and all(r.item.state == "pending" and r.days_left is not None and 0 <= r.days_left <= 2
                        for r in soon), soon
    assert any(r.item.case_title == "Kiểm tra quá hạn" and r.item.state == "overdue" for r in rows)
    view = w.deadline_view
    texts = {view.model().index(i, 3).data() for i in range(view.model().rowCount())}
    assert any(t.startswith("còn ") for t in texts) and any(t.startswith("quá hạn") for t in texts), texts
    assert "2 việc quá hạn" in w.deadline_dock.windowTitle()  # the count is still of overdue items only
