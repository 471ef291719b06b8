"""Telling a USB barcode scanner from a person typing, so a scan never lands in the wrong widget.

A scanner is a keyboard that types a code in a few milliseconds per character and presses Enter. On the
goods tab, key presses that reach anything but the barcode field (the goods table, a cell being edited, a
button, the tab bar) go through ``ScanBurstFilter``: printable characters are held back for ``SCAN_GAP_MS``;
if the next one comes sooner, it joins the burst. A burst of at least ``MIN_SCAN_CHARS`` characters that ends
in Enter is a scan: the widget never sees it and ``scanned(code)`` fires. Anything else (a pause, an arrow,
Esc, a shortcut) hands the held keys to the widget unchanged, in order, so typing by hand works as before
with at most ``SCAN_GAP_MS`` of delay.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

# Scanners type 2-20 ms per character; a person rarely types four keys in a row under 50 ms apart.
SCAN_GAP_MS = 50
MIN_SCAN_CHARS = 4
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


class ScanBurstFilter(QObject):
    """An event filter for the widgets around a barcode field; ``scanned(code)`` for each scanner burst.

    ``watch(widget)`` installs it on a widget; ``active`` (when given) decides per key press whether the
    filter applies at all (e.g. only while the goods tab is shown).
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, active: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._active = active
        self._held: list[QKeyEvent] = []
        self._target: QObject | None = None
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SCAN_GAP_MS)
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
        if obj is not self._target and self._held:
            self.flush()  # focus moved in the middle: the earlier keys belong to the earlier widget
        key = event.key()
        if event.modifiers() & _CHORD:
            self.flush()
            return False
        if key in _ENTER:
            if len(self._held) >= MIN_SCAN_CHARS:
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
            self._held.append(QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), text,
                                        event.isAutoRepeat(), event.count()))
            self._target = obj
            self._timer.start()
            return True
        self.flush()
        return False

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
