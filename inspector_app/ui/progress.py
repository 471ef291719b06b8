"""The shared progress dialog for long work (demo, import, export): the work runs on the worker, the window
stays responsive, and Cancel asks the work to stop."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .backend import Backend
from .errors import show_error
from .prompts import Prompter


def run_with_progress(parent: QWidget, backend: Backend, label: str, work: Callable[[Any, Any], Any],
                      on_done: Callable[[Any], None], prompter: Prompter, *, changes: str = "",
                      on_failed: Callable[[BaseException], bool] | None = None) -> int:
    """Run ``work(services, ctx)`` on the worker with a progress dialog (Cancel asks the work to stop); with
    ``changes`` it is a mutation that announces ``changed(changes, "")`` when it succeeded. ``on_failed``
    may handle an error itself (returns True); otherwise it is shown."""
    dialog = QProgressDialog(label, parent.tr("Hủy"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if text:
            dialog.setLabelText(f"{label}\n{text}")

    def finished(result: Any) -> None:
        dialog.close()
        dialog.deleteLater()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if on_failed is None or not on_failed(exc):
            show_error(prompter, parent, exc)

    if changes:
        task = backend.mutate(work, changes, finished, failed, on_progress=progress, progress=True)
    else:
        task = backend.call_with_progress(work, finished, failed, progress)
    dialog.canceled.connect(lambda: backend.cancel(task))
    return task
