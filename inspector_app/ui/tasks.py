"""The one background-task runner (after Anki's ``taskman``): every service call runs on ONE worker thread.

The Repository holds one SQLite connection that must be used by one thread at a time, and rendering, sync
and imports are slow; so the GUI thread never calls a service itself. It hands a plain function to
``TaskRunner.submit``; the function runs on the worker thread, in submission order, and its result (or its
exception) comes back on the GUI thread through a queued signal. Work functions never touch widgets.

Long work can report progress and be cancelled: a function submitted with ``progress=True`` is called as
``fn(ctx)`` where ``ctx.progress(done, total, text)`` reports and ``ctx.cancelled()`` asks whether the user
pressed Cancel (a ``threading.Event``, because the worker's event loop is busy while the function runs).
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
ProgressFn = Callable[[int, int, str], None]

SHUTDOWN_WAIT_MS = 10000  # between two "still waiting" log lines while closing


class TaskContext:
    """Handed to progress-reporting work functions: report progress, check for cancellation."""

    def __init__(self, report: Callable[[int, int, str], None], cancel_event: threading.Event) -> None:
        self._report = report
        self._cancel = cancel_event

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report ``done`` of ``total`` steps (delivered to the GUI thread, never blocks)."""
        self._report(int(done), int(total), str(text))

    def cancelled(self) -> bool:
        """True once the user asked to cancel; long loops check this between steps."""
        return self._cancel.is_set()


@dataclass
class _Task:
    id: int
    fn: Callable[..., Any]
    wants_context: bool
    cancel: threading.Event = field(default_factory=threading.Event)


class _Worker(QObject):
    """Lives on the worker thread; runs tasks one after another and reports through signals."""

    finished = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, int, int, str)

    @Slot(object)
    def run(self, task: _Task) -> None:
        """Run one task (called through a queued connection, so on the worker thread)."""
        try:
            if task.cancel.is_set():
                raise TaskCancelled()
            if task.wants_context:
                ctx = TaskContext(lambda d, t, s: self.progressed.emit(task.id, d, t, s), task.cancel)
                result = task.fn(ctx)
            else:
                result = task.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI, never kill the thread
            self.failed.emit(task.id, exc, traceback.format_exc())
        else:
            self.finished.emit(task.id, result)


class TaskCancelled(Exception):
    """Raised inside a work function (or before it starts) when the user cancelled it."""


@dataclass
class _Callbacks:
    on_done: Done | None
    on_error: Failed | None
    on_progress: ProgressFn | None
    task: _Task


class TaskRunner(QObject):
    """Submit work to the single worker thread; callbacks run on the GUI thread.

    ``busy_changed(bool)`` tells the status bar when something is running; ``error(exc, tb)`` carries a
    failure that had no ``on_error`` of its own, so one place (the main window) can show it.
    """

    busy_changed = Signal(bool)
    error = Signal(object, str)
    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Callbacks] = {}
        self._thread = QThread()
        self._thread.setObjectName("inspector-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.progressed.connect(self._on_progress)
        self._thread.start()
        self._closed = False

    # -- API ----------------------------------------------------------------------------------------
    def submit(self, fn: Callable[..., Any], on_done: Done | None = None, on_error: Failed | None = None,
               on_progress: ProgressFn | None = None, *, progress: bool = False) -> int:
        """Queue ``fn`` on the worker thread and return a task id (for ``cancel``).

        With ``progress=True`` the function is called with a ``TaskContext``; otherwise with no arguments.
        """
        if self._closed:
            # Callbacks delivered while shutting down (a save's "changed" → list and dock reloads) may ask for
            # more; the window is closing, so that work is not needed.
            log.debug("task submitted after shutdown ignored")
            return 0
        task = _Task(next(self._ids), fn, progress)
        was_idle = not self._pending
        self._pending[task.id] = _Callbacks(on_done, on_error, on_progress, task)
        if was_idle:
            self.busy_changed.emit(True)
        self._submit.emit(task)
        return task.id

    @property
    def closed(self) -> bool:
        """True once ``shutdown`` ran: nothing can be submitted any more."""
        return self._closed

    def cancel(self, task_id: int) -> None:
        """Ask a running or queued task to stop (it stops at its next ``ctx.cancelled()`` check)."""
        cb = self._pending.get(task_id)
        if cb is not None:
            cb.task.cancel.set()

    def is_busy(self) -> bool:
        """True while any task is queued or running."""
        return bool(self._pending)

    def pending(self) -> int:
        """How many tasks are queued or running."""
        return len(self._pending)

    def run_sync(self, fn: Callable[[], Any], timeout_ms: int = 30000) -> Any:
        """Run ``fn`` on the worker and wait for it, pumping the GUI event loop meanwhile.

        Only for tests and shutdown: normal code uses callbacks so the window never waits.
        """
        from PySide6.QtCore import QEventLoop, QTimer

        box: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: Any) -> None:
            box["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        self.submit(fn, done, failed)
        QTimer.singleShot(timeout_ms, loop.quit)
        if "result" not in box and "error" not in box:
            loop.exec()
        if "error" in box:
            raise box["error"]
        if "result" not in box:
            raise TimeoutError("background task did not finish in time")
        return box["result"]

    def shutdown(self, final: Callable[[], Any] | None = None, timeout_ms: int | None = None) -> None:
        """Stop the worker: long work that can stop (tasks with progress) is asked to, plain tasks (a save
        queued by closing the window) still run, then ``final`` (e.g. close the database), then the thread ends.

        Never returns while the thread still runs: destroying a running QThread aborts the process ("QThread:
        Destroyed while thread is still running"), so a task that cannot be cancelled is waited for.
        """
        if self._closed:
            return
        for cb in self._pending.values():
            if cb.task.wants_context:
                cb.task.cancel.set()
        if final is not None:
            self.submit(final)
        # The worker quits its own loop as its last task: QThread.quit() called from here would end the loop
        # as soon as the running task returns, dropping the tasks still queued (the save of the window being
        # closed behind an export, say).
        self.submit(self._thread.quit)
        self._closed = True
        wait_ms = SHUTDOWN_WAIT_MS if timeout_ms is None else timeout_ms
        while not self._thread.wait(wait_ms):
            log.warning("still waiting for background work to finish before closing (%d ms more)", wait_ms)
        self._deliver_remaining()

    # -- delivery (GUI thread) ------------------------------------------------------------------------
    def _deliver_remaining(self) -> None:
        # Signals emitted by the worker just before it stopped are still queued for this thread.
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)

    def _pop(self, task_id: int) -> _Callbacks | None:
        cb = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        return cb

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: Any) -> None:
        cb = self._pop(task_id)
        if cb is not None and cb.on_done is not None:
            cb.on_done(result)

    @Slot(int, object, str)
    def _on_failed(self, task_id: int, exc: BaseException, tb: str) -> None:
        cb = self._pop(task_id)
        if cb is not None and cb.on_error is not None:
            cb.on_error(exc)
            return
        if isinstance(exc, TaskCancelled):
            return
        log.error("background task failed:\n%s", tb)
        self.error.emit(exc, tb)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, text: str) -> None:
        cb = self._pending.get(task_id)
        if cb is not None and cb.on_progress is not None:
            cb.on_progress(done, total, text)
