"""Small shared widgets: a line edit with an inline error line under it, busy indicator helpers, the
OK/Cancel dialog frame and the read-only table every list view starts from."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

# Room left for the window frame and title bar, which resize() does not count.
_FRAME_W, _FRAME_H = 16, 48


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height`` but never beyond the free area of its screen: officers'
    laptops are often 1366×768, where a fixed 1400×900 window hides its right edge and the status bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, max(free.width() - _FRAME_W, 320))
        height = min(height, max(free.height() - _FRAME_H, 240))
    widget.resize(width, height)


def ok_cancel_layout(dialog: QDialog, form: QLayout) -> QDialogButtonBox:
    """Lay ``dialog`` out as ``form`` above an OK/Cancel box wired to accept/reject; returns the box (its
    OK button is what validation enables and disables)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    lay = QVBoxLayout(dialog)
    lay.addLayout(form)
    lay.addWidget(buttons)
    return buttons


def read_only_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table named ``name`` showing ``model``: whole rows, one at a time, not editable in place, no row
    numbers. Callers add their own column sizing."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    return view


class FieldWithError(QWidget):
    """An editor with a red message line under it; the message is Vietnamese from domain validation."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(editor)
        lay.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_error(self, text: str) -> None:
        """Show ``text`` under the editor (empty hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        editor = self.editor
        editor.setProperty("invalid", bool(text))
        editor.setStyleSheet("border: 1px solid #b3261e;" if text else "")


class ScanLineEdit(QLineEdit):
    """A line edit for a USB barcode scanner: the scanner types digits and presses Enter.

    ``scanned(code)`` fires on Enter with the trimmed text and clears the field at once, so the next scan
    (which may arrive a few milliseconds later) starts in an empty field.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.returnPressed.connect(self._emit)

    def _emit(self) -> None:
        code = self.text().strip()
        self.clear()
        if code:
            self.scanned.emit(code)
