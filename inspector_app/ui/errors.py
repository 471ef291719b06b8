"""The one error display of the UI (style habit 7; Anki shows a failed operation with ``showWarning``).

A failure that comes back from the worker thread is one of three things, shown three ways:

- ``ValidationError``: every problem at once, as a list the officer can work through;
- any other ``InspectorError``: its Vietnamese message, as is;
- anything else is a bug: "Lỗi chương trình" with the traceback as details (and in the log), while the
  data already saved is untouched.

``TaskCancelled`` is the user's own wish and shows nothing. A call with no ``on_error`` of its own reaches
``show_error`` through ``TaskRunner.error`` (the main window connects it); views that report errors inline
(a label under a form) use ``error_text`` and hand bugs on with ``report_unexpected``.
"""

from __future__ import annotations

import logging
import traceback
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.kinds import field_place

from .core_text import core_text
from .tasks import TaskCancelled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .backend import Backend
    from .prompts import Prompter

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    # The main window's context: these texts were its own, and the translation catalogue keeps them there.
    return QCoreApplication.translate("MainWindow", text)


def error_text(exc: BaseException) -> str:
    """One line for a label: the Vietnamese message of an InspectorError, else the exception's text."""
    return core_text(exc.message) if isinstance(exc, InspectorError) else str(exc)


def is_unexpected(exc: BaseException) -> bool:
    """True for a bug (neither an error the user can act on nor a cancellation)."""
    return not isinstance(exc, InspectorError | TaskCancelled)


def report_unexpected(backend: Backend, exc: BaseException) -> None:
    """Hand a bug to the central display (``TaskRunner.error``); errors the user can act on stay inline."""
    if is_unexpected(exc):
        backend.runner.error.emit(exc, _traceback(exc))


def _traceback(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) if exc.__traceback__ is not None else ""


def show_error(prompter: Prompter, parent: QWidget | None, exc: BaseException, title: str = "", tb: str = "",
               *, with_fields: bool = False) -> None:
    """Show ``exc`` in a dialog over ``parent`` (see the module docstring for the three ways).

    ``title`` names what failed ("Chưa lưu được"); ``with_fields`` adds each problem's field path, for
    documents whose problems the officer looks up in the editor.
    """
    if isinstance(exc, TaskCancelled):
        return
    if isinstance(exc, ValidationError):
        # Where each problem is, in words (the field's label, "Hàng hóa, dòng 4"): never the internal path or
        # rule id, which stay in the log and the JSON output.
        log.info("validation problems: %s", [(p.field, p.rule) for p in exc.problems])
        places = [core_text(field_place(p.field)) if with_fields else "" for p in exc.problems]
        texts = [core_text(p.message) for p in exc.problems]
        items = [f"{text} ({place})" if place and place not in text else text
                 for text, place in zip(texts, places, strict=True)]
        prompter.problems(parent, title or _t("Lỗi"), _t("Dữ liệu chưa hợp lệ:"), items)
    elif isinstance(exc, InspectorError):
        prompter.error(parent, title or _t("Lỗi"), core_text(exc.message))
    else:
        details = tb or _traceback(exc) or repr(exc)
        if not tb:  # the runner logged the ones it hands over with their traceback
            log.error("unexpected error: %s", details)
        prompter.error(parent, _t("Lỗi chương trình"),
                       _t("Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng."), details)
