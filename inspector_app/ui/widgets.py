"""Small shared widgets: a line edit with an inline error line under it, busy indicator helpers, the
OK/Cancel dialog frame, the read-only table every list view starts from, and the date fields (dd/mm/yyyy
typed or picked on a calendar, hh:mm for times; the value handed on is ISO, as stored)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QKeyEvent, QPainter, QPixmap
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

from .core_text import core_text

# From the first unsaved edit of a case or a draft to its automatic save (the save itself takes milliseconds):
# a kill -9 or a flat battery loses at most this much typing.
AUTOSAVE_MS = 1000

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


def fit_dialog(dialog: QWidget, width: int) -> None:
    """Give a form dialog room for long Vietnamese names (a 200-character organisation name shows ~90
    characters at once): ``width`` pixels, never wider than the screen."""
    fit_to_screen(dialog, width, max(dialog.sizeHint().height(), 120))


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
        # One line: a wrapped label has a height-for-width that form layouts do not pass on to the dialog,
        # so a two-line message was cut off and overlapped the next row. The whole text is in the tool tip.
        self.error.setWordWrap(False)
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(1)
        lay.addWidget(editor)
        lay.addWidget(self.error)
        self.setFocusProxy(editor)

    def set_error(self, text: str) -> None:
        """Show ``text`` under the editor (empty hides it); a message of the core in the interface's language."""
        text = core_text(text)
        self.error.setText(text)
        self.error.setToolTip(text)
        self.error.setVisible(bool(text))
        editor = self.editor
        editor.setProperty("invalid", bool(text))
        editor.setStyleSheet("QLineEdit, QPlainTextEdit, QComboBox { border: 1px solid #b3261e; }" if text else "")


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


def date_format_error() -> str:
    """The message under a date field that does not hold a date."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DateField", "Ngày phải có dạng ngày/tháng/năm, vd: 28/11/2026")


def moment_format_error() -> str:
    """The message under a date-and-time field that does not hold one."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("DateField", "Thời gian phải có dạng ngày/tháng/năm giờ:phút, vd: 28/11/2026 08:30")


def _calendar_icon() -> QIcon:
    """A small calendar drawn here (no icon file or theme needed): a frame, a header bar and day dots."""
    pix = QPixmap(16, 16)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QColor("#455a64"))
    p.drawRect(QRectF(1.5, 2.5, 13, 12))
    p.fillRect(QRectF(2, 3, 12, 3), QColor("#b3261e"))
    p.setBrush(QColor("#455a64"))
    for row in range(2):
        for col in range(3):
            p.drawEllipse(QPointF(4.5 + col * 3.5, 8.7 + row * 3), 0.8, 0.8)
    p.end()
    return QIcon(pix)


class DateField(QLineEdit):
    """A date (``with_time`` False: dd/mm/yyyy) or a moment (True: dd/mm/yyyy hh:mm) in a line edit, with a
    calendar popup (the icon, F4 or Alt+Down). ``iso()`` gives the stored form; ``set_iso`` shows one."""

    def __init__(self, with_time: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_time = with_time
        self.setPlaceholderText(self.tr("ngày/tháng/năm giờ:phút") if with_time else self.tr("ngày/tháng/năm"))
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(_calendar_icon())
        self.calendar_action.setToolTip(self.tr("Chọn ngày trên lịch (F4)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup: QWidget | None = None
        # Room for the longest text in the officer's format (plus the icon), never narrower.
        sample = "00/00/0000 00:00" if with_time else "00/00/0000"
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 44)

    def iso(self) -> str | None:
        """The typed value as stored (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS``), "" if empty, None if the
        text is not a date/moment."""
        from inspector_app.domain.dates import date_iso, datetime_iso

        return datetime_iso(self.text()) if self.with_time else date_iso(self.text())

    def set_iso(self, iso: str) -> None:
        """Show a stored value in the officer's format."""
        from inspector_app.domain.format import date_text

        self.setText(date_text(iso[:16] if self.with_time else iso[:10]) if iso else "")

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 - Qt override
        """Read-only (a final document) hides the calendar too."""
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                             and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Show the calendar under the field; picking a day writes it (keeping a typed time)."""
        if self.isReadOnly():
            return
        from PySide6.QtWidgets import QCalendarWidget, QMenu, QWidgetAction

        from inspector_app.domain.clock import SystemClock
        from inspector_app.domain.dates import read_date, read_time

        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("calendarPopup")
        calendar.setGridVisible(True)
        calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        parts = self.text().split()
        current = read_date(parts[0]) if parts else None
        day = current or SystemClock().now().date()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(qd: QDate) -> None:
            d = date(qd.year(), qd.month(), qd.day())
            text = f"{d:%d/%m/%Y}"
            if self.with_time:
                hm = read_time(parts[1]) if len(parts) > 1 else None
                hm = hm or (SystemClock().now().hour, SystemClock().now().minute)
                text += f" {hm[0]:02d}:{hm[1]:02d}"
            self.setText(text)
            self.editingFinished.emit()
            menu.close()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        self.popup = menu
        calendar.setFocus()
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
