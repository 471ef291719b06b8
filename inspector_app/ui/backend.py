"""The UI's door to the services: builds them on the worker thread and runs every call there.

Screens refresh from one signal (as in Anki): a mutation announces ``changed(what, id)`` and every view
that shows ``what`` reloads itself. Views submit a mutation with ``mutate``, which emits ``changed`` itself
once the work succeeded (Anki's ``CollectionOp``), so no view can forget to; reads use ``call``. A call
without ``on_error`` has its failure shown by the one error display (``errors.show_error``, through
``TaskRunner.error``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .tasks import Done, Failed, ProgressFn, TaskRunner

if TYPE_CHECKING:  # the services (and sqlite_utils) load on the worker thread, not before the window
    from inspector_app.services.container import Services

class Backend(QObject):
    """Holds the services (owned by the worker thread) and submits calls on them.

    ``ready()`` is emitted once the services are built; ``open_failed(exc)`` if the database could not be
    opened (the app then shows a clear dialog instead of crashing).
    """

    ready = Signal()
    open_failed = Signal(object)
    changed = Signal(str, str)  # what ("case", "document", "profile", "sync", "all"), id

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._services: Services | None = None
        self.is_ready = False

    def start(self, factory: Callable[[], Services]) -> None:
        """Build the services on the worker thread (opening the database is I/O too)."""

        def build() -> bool:
            self._services = factory()
            return True

        def done(_: Any) -> None:
            self.is_ready = True
            self.ready.emit()

        self.runner.submit(build, done, self.open_failed.emit)

    def _get(self) -> Services:
        # Only ever called on the worker thread, after ``build`` ran there.
        if self._services is None:
            from inspector_app.domain.errors import InspectorError

            raise InspectorError("Cơ sở dữ liệu chưa được mở")
        return self._services

    def call(self, fn: Callable[[Services], Any], on_done: Done | None = None, on_error: Failed | None = None,
             on_progress: ProgressFn | None = None) -> int:
        """Run ``fn(services)`` on the worker thread; ``on_done(result)`` runs on the GUI thread.

        After shutdown (the last results, e.g. of the save made on close, are delivered while the worker
        stops) views still ask for refreshes: those are dropped, as nothing can run any more (returns 0)."""
        if self.runner.closed:
            return 0
        return self.runner.submit(lambda: fn(self._get()), on_done, on_error, on_progress)

    def call_with_progress(self, fn: Callable[[Services, Any], Any], on_done: Done | None = None,
                           on_error: Failed | None = None, on_progress: ProgressFn | None = None) -> int:
        """Like ``call`` but ``fn(services, ctx)`` gets a TaskContext to report progress and see Cancel."""
        return self.runner.submit(lambda ctx: fn(self._get(), ctx), on_done, on_error, on_progress,
                                  progress=True)

    def mutate(self, fn: Callable[..., Any], what: str, on_done: Done | None = None, on_error: Failed | None = None,
               *, ident: str | Callable[[Any], str] = "", on_progress: ProgressFn | None = None,
               progress: bool = False) -> int:
        """Run a change on the services like ``call`` (``call_with_progress`` with ``progress=True``); once it
        succeeded, announce ``changed(what, id)`` (``ident`` is the id, or makes it from the result), then
        run ``on_done(result)``."""

        def done(result: Any) -> None:
            self.changed.emit(what, ident(result) if callable(ident) else ident)
            if on_done is not None:
                on_done(result)

        if progress:
            return self.call_with_progress(fn, done, on_error, on_progress)
        return self.call(fn, done, on_error, on_progress)

    def cancel(self, task_id: int) -> None:
        """Ask a running call to stop."""
        self.runner.cancel(task_id)

    def shutdown(self) -> None:
        """Close the database on the worker thread and stop it."""

        def close() -> None:
            if self._services is not None:
                self._services.close()
                self._services = None

        self.runner.shutdown(close)
