"""Telling a USB barcode scanner from a person typing, so a scan never lands in the wrong widget.

A scanner is a keyboard that types a code in a few milliseconds per character and presses Enter. On the
goods tab, key presses that reach anything but the barcode field go through ``ScanBurstFilter``:

- on a widget that takes no text (the goods table, a button, the tab bar), a printable character has no use
  but a code: it moves the cursor to the barcode field and goes there, with the rest of the burst and its
  Enter, however fast or slow it was typed (nothing is dropped, nothing is typed into a cell);
- in a text editor (a goods cell being edited), printable characters are held back while they keep coming
  less than ``HOLD_GAP_MS`` apart. A burst of at least ``MIN_SCAN_CHARS`` characters typed at scanner speed
  (on average ``SCAN_CHAR_MS`` or less per character) that ends in Enter is a scan: the editor never sees it
  and ``scanned(code)`` fires. Anything else (a pause, a slower burst, an arrow, Esc, a shortcut) hands the
  held keys to the editor unchanged, in order, so typing by hand works as before with at most
  ``HOLD_GAP_MS`` of delay.

Key events do not arrive evenly: the X server and the USB stack deliver them in clumps, with pauses of
50 ms and more in the middle of one scan (seen under Xvfb with ``xdotool type --delay 15``), and a loaded
machine stretches a burst further. So the hold window is wide and the decision is taken on the average speed
of the whole burst.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

# Scanners type 2-20 ms per character; a person types 100 ms or more per character on average.
HOLD_GAP_MS = 150
SCAN_CHAR_MS = 60
MIN_SCAN_CHARS = 4
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_TEXT_EDITORS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class ScanBurstFilter(QObject):
    """An event filter for the widgets around the barcode field ``intake``; ``scanned(code)`` for each
    scanner burst caught in a text editor (bursts on other widgets go to ``intake`` itself).

    ``watch(widget)`` installs it on a widget; ``active`` (when given) decides per key press whether the
    filter applies at all (e.g. only while the goods tab is shown).
    """

    scanned = Signal(str)

    def __init__(self, intake: QLineEdit, parent: QObject | None = None,
                 active: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.intake = intake
        self._active = active
        self._held: list[QKeyEvent] = []
        self._first_at = 0.0  # when the first held key arrived (monotonic seconds)
        self._target: QObject | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOLD_GAP_MS)
        self._timer.timeout.connect(self.flush)

    def watch(self, widget: QWidget) -> None:
        """Route scanner bursts typed into ``widget`` to ``scanned`` instead."""
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or self._replaying:
            return False
        if self._active is not None and not self._active():
            return False
        assert isinstance(event, QKeyEvent)
        if obj is not self.intake and not isinstance(obj, _TEXT_EDITORS):
            return self._to_intake(event)
        if obj is not self._target and self._held:
            self.flush()  # focus moved in the middle: the earlier keys belong to the earlier widget
        key = event.key()
        if event.modifiers() & _CHORD:
            self.flush()
            return False
        if key in _ENTER:
            n = len(self._held)
            fast = n >= MIN_SCAN_CHARS and (time.monotonic() - self._first_at) * 1000 <= SCAN_CHAR_MS * n
            if fast:
                code = "".join(e.text() for e in self._held)
                self._held.clear()
                self._target = None
                self._timer.stop()
                self.scanned.emit(code)
                return True
            self.flush()
            return False
        text = event.text()
        if len(text) == 1 and text.isprintable() and not text.isspace():
            if not self._held:
                self._first_at = time.monotonic()
            self._held.append(QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), text,
                                        event.isAutoRepeat(), event.count()))
            self._target = obj
            self._timer.start()
            return True
        self.flush()
        return False

    def _to_intake(self, event: QKeyEvent) -> bool:
        # A widget without text: characters (and the Enter that ends them) belong to the barcode field.
        text = event.text()
        printable = len(text) == 1 and text.isprintable() and not text.isspace()
        enter = event.key() in _ENTER and bool(self.intake.text())
        if event.modifiers() & _CHORD or not (printable or enter) or not self.intake.isEnabled():
            return False
        self.intake.setFocus(Qt.FocusReason.OtherFocusReason)
        self._replaying = True
        try:
            QApplication.sendEvent(self.intake, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), text,
                                                          event.isAutoRepeat(), event.count()))
        finally:
            self._replaying = False
        return True

    def flush(self) -> None:
        """Give the held keys to the widget they were typed into (a person typing, not a scanner)."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held or target is None:
            return
        self._replaying = True
        try:
            for e in held:
                try:
                    QApplication.sendEvent(target, e)
                    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, e.key(), e.modifiers(),
                                                             e.text()))
                except RuntimeError:  # the widget was deleted meanwhile (an editor closed)
                    break
        finally:
            self._replaying = False

    def pending(self) -> str:
        """The characters held back right now (for tests and the status line)."""
        return "".join(e.text() for e in self._held)
