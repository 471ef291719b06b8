"""Helpers of the desktop-app tests: a scripted prompter, the services factory, typing Vietnamese.

Test modules import these from here, never from a ``conftest`` (several test folders have one, and
``from conftest import`` would pick whichever was loaded first). Vietnamese text is typed as key events that
carry the text (or as input-method commits), never with ``qtbot.keyClicks``, which aborts on non-Latin-1
characters.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from PySide6.QtCore import QEvent, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QInputMethodEvent, QKeyEvent  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from inspector_app.app import build_services  # noqa: E402
from inspector_app.domain.model import Officer, Unit, new_id  # noqa: E402
from inspector_app.services.container import Services  # noqa: E402
from inspector_app.ui.finalize_dialog import FinalizeChoice  # noqa: E402
from inspector_app.ui.prompts import Prompter  # noqa: E402
from inspector_app.ui.startup import Gui  # noqa: E402


class ScriptedPrompter(Prompter):
    """A named fake for the dialogs: answers from scripts and records every question asked."""

    def __init__(self, print_dir: Path) -> None:
        self.asked: list[tuple[str, str]] = []
        self.confirm_answers: list[bool] = []
        self.text_answers: list[str | None] = []
        self.files: list[Path] = []
        self.print_dir = print_dir
        self.printed_files: list[Path] = []
        self.printer_copies: list[int] = []
        self.errors: list[str] = []
        self.problem_lists: list[list[str]] = []
        self.passphrase_answers: list[str] = []
        self.by_hand_answers: list[bool] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.asked.append(("confirm", text))
        return self.confirm_answers.pop(0) if self.confirm_answers else True

    def confirm_finalize(self, parent: QWidget | None, title: str, text: str, *,
                         ask_number: bool) -> FinalizeChoice | None:
        """The finalise dialog answered from the scripts: the blank-number box, then the number, then yes/no."""
        by_hand = self.by_hand_answers.pop(0) if self.by_hand_answers else False
        number = ""
        if ask_number and not by_hand:
            typed = self.ask_text(parent, title, "Số quyết định")
            if typed is None:
                return None
            number = typed.strip()
        return FinalizeChoice(number, by_hand) if self.confirm(parent, title, text) else None

    def ask_text(self, parent: QWidget | None, title: str, label: str, default: str = "") -> str | None:
        self.asked.append(("ask_text", label))
        return self.text_answers.pop(0) if self.text_answers else default

    def problems(self, parent: QWidget | None, title: str, intro: str, items: list[str]) -> None:
        self.asked.append(("problems", intro))
        self.problem_lists.append(items)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.asked.append(("info", text))

    def passphrase(self, parent: QWidget | None, *, new: bool, error: str = "", export: bool = False) -> str | None:
        self.asked.append(("passphrase", f"new={new}{' export' if export else ''} {error}".strip()))
        return self.passphrase_answers.pop(0) if self.passphrase_answers else None

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        self.asked.append(("error", text))
        self.errors.append(text + ("\n" + details if details else ""))

    def open_files(self, parent: QWidget | None, title: str, filter_: str) -> list[Path]:
        files, self.files = self.files, []
        return files

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filter_: str) -> Path | None:
        return self.print_dir / suggested

    def print_setup(self, parent: QWidget | None, printer: object) -> bool:
        """What an officer does in QPrintDialog when choosing "Print to file (PDF)"."""
        assert isinstance(printer, QPrinter)
        self.printer_copies.append(printer.copyCount())
        path = self.print_dir / f"printed-{len(self.printed_files) + 1}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.printed_files.append(path)
        return True


def make_unit() -> Unit:
    """The unit used by the UI tests."""
    return Unit(code="QLTT-DN-01", name="ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1",
                parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", place_name="Biên Hòa")


def make_officer() -> Officer:
    """The officer used by the UI tests."""
    return Officer(id=new_id(), full_name="Nguyễn Thị Thanh Hương", title="Kiểm soát viên thị trường",
                   officer_no="QLTT0215", card_no="KT-0215/2023")


def services_factory(data_dir: Path, configure: bool = True,
                     seed: Callable[[Services], None] | None = None) -> Callable[..., Services]:
    """Build the real services on a temp data dir (called on the worker thread by the app)."""

    def build(passphrase: str | None = None) -> Services:
        s = build_services(data_dir, passphrase=passphrase)
        if configure:
            s.profile.set_profile(make_unit(), make_officer())
        if seed is not None:
            seed(s)
        return s

    return build


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events that carry the text (works for Vietnamese, unlike keyClicks)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else 0
        if ch.isdigit():
            key = Qt.Key(int(Qt.Key.Key_0) + int(ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, ch))


def commit_text(widget: QWidget, text: str) -> None:
    """Send ``text`` as an input-method commit (how Telex/VNI input methods deliver Vietnamese)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def press_enter(widget: QWidget) -> None:
    """Press Enter in ``widget``."""
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Return,
                                             Qt.KeyboardModifier.NoModifier))


def wait_idle(qtbot: Any, gui: Gui, timeout: int = 20000) -> None:
    """Wait until every queued background task has finished and its callback ran."""
    qtbot.waitUntil(lambda: not gui.runner.is_busy(), timeout=timeout)


def answer_modal(fill: Callable[[QWidget], None], timeout_ms: int = 5000) -> None:
    """When the next modal dialog opens, run ``fill(dialog)`` on it (it must close the dialog)."""
    waited = {"ms": 0}

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            fill(dialog)
            return
        waited["ms"] += 20
        if waited["ms"] < timeout_ms:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


