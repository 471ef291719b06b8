"""Dates typed and shown as dd/mm/yyyy (times hh:mm) with a calendar popup, stored as ISO; Vietnam time
whatever the laptop's time zone; choice fields are lists of Vietnamese labels that store their codes."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QComboBox
from ui_helpers import type_text, wait_idle

from inspector_app.domain.model import InspectionDecision
from inspector_app.services.container import Services
from inspector_app.ui.document_editor import DocumentEditor
from inspector_app.ui.new_case import NewCaseDialog
from inspector_app.ui.widgets import DateField


def seed_case(s: Services) -> None:
    """One case with an MBB01 draft."""
    case = s.cases.new_case(title="Kiểm tra cửa hàng", place="Biên Hòa", started_at="2026-03-10T08:30:00",
                            decision=InspectionDecision(number="15/QĐ-KT", date="2026-03-09", issuer="Đội trưởng"))
    s.documents.create_draft(case.id, "nd118.mbb01")


@pytest.fixture
def new_york() -> Iterator[None]:
    """The laptop set to New York time (UTC−5/−4), eleven or twelve hours behind Vietnam."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_new_case_proposes_vietnam_time_whatever_the_laptops_zone(qtbot: Any, new_york: None) -> None:
    vietnam = datetime.now(timezone(timedelta(hours=7))).replace(tzinfo=None)
    assert abs((datetime.now() - vietnam).total_seconds()) > 3600  # the zone really differs
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    shown = datetime.strptime(dialog.started_at.text(), "%d/%m/%Y %H:%M")
    assert abs((shown - vietnam).total_seconds()) < 120
    assert dialog.decision_date.text() == f"{vietnam:%d/%m/%Y}"


def test_new_case_takes_dates_as_officers_write_them(qtbot: Any) -> None:
    dialog = NewCaseDialog()
    qtbot.addWidget(dialog)
    for field, text in ((dialog.decision_date, "28/11/2026"), (dialog.started_at, "01/12/2026 08:30")):
        field.clear()
        type_text(field, text)
    type_text(dialog.title, "Kiểm tra")
    type_text(dialog.place, "Biên Hòa")
    assert dialog.validate()
    values = dialog.values()
    assert values["started_at"] == "2026-12-01T08:30:00"
    assert values["decision"].date == "2026-11-28"  # type: ignore[attr-defined]
    dialog.started_at.clear()
    type_text(dialog.started_at, "2026-12-01")  # a date without a time is not a start time
    assert not dialog.validate()
    assert "ngày/tháng/năm giờ:phút" in dialog.wraps["started_at"].error.text()


@pytest.mark.qt_log_ignore(r"This plugin does not support (grabbing the keyboard|raise)")  # offscreen popups
def test_calendar_popup_writes_the_picked_day(qtbot: Any) -> None:
    field = DateField(with_time=True)
    qtbot.addWidget(field)
    field.setText("05/03/2026 14:05")
    field.open_calendar()
    calendar = field.popup.findChild(QCalendarWidget, "calendarPopup")  # type: ignore[union-attr]
    assert calendar.selectedDate() == QDate(2026, 3, 5)
    calendar.clicked.emit(QDate(2026, 3, 17))
    assert field.text() == "17/03/2026 14:05"  # the typed time is kept
    assert field.iso() == "2026-03-17T14:05:00"


def test_case_dates_are_shown_and_typed_as_dd_mm_yyyy_and_stored_iso(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1, timeout=20000)
    win.select_case(win.case_model.row_at(0).id)
    qtbot.waitUntil(lambda: win.editor.case is not None, timeout=20000)
    editor = win.editor
    assert editor.started_at.text() == "10/03/2026 08:30"
    assert editor.decision_date.text() == "09/03/2026"
    editor.ended_at.setText("10/03/2026 11:45")
    editor.decision_date.setText("08/03/2026")
    assert editor.save()
    wait_idle(qtbot, gui)
    stored: list[Any] = []
    gui.backend.call(lambda s: s.cases.get(editor.case.id), stored.append)  # type: ignore[union-attr]
    wait_idle(qtbot, gui)
    assert stored[0].ended_at == "2026-03-10T11:45:00"
    assert stored[0].decision.date == "2026-03-08"


def test_explanation_right_is_a_choice_of_vietnamese_labels_storing_the_code(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_case)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1, timeout=20000)
    win.select_case(win.case_model.row_at(0).id)
    docs = win.editor.documents
    qtbot.waitUntil(lambda: docs.model.rowCount() == 1, timeout=20000)
    with qtbot.waitSignal(win.document_opened, timeout=20000) as opened:
        win.open_document(docs.model.row_at(0).id)
    editor: DocumentEditor = opened.args[0]
    combo = editor.editors["explanation_right"].widget
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    # 2025 MBB01: whenever the right exists both terms print (02 days in person, 05 days in writing), so no
    # choice may say "in writing only" (issue 11 item 8).
    assert "Được quyền giải trình (in cả thời hạn 02 ngày giải trình trực tiếp và 05 ngày bằng văn bản)" in labels
    assert not any("Chỉ được" in label for label in labels)
    assert all("02" in label and "05" in label for label in labels if label.startswith("Được quyền"))
    assert not any(code in " ".join(labels) for code in ("none", "direct", "written"))
    assert combo.currentData() == "written"  # the prefilled code shows as its label
    combo.setCurrentIndex(combo.findData("direct"))
    doc, errors = editor.current()
    assert not errors and doc.fields["explanation_right"] == "direct"
    editor.close()  # saves the change on the way out
    wait_idle(qtbot, gui)
    stored: list[Any] = []
    gui.backend.call(lambda s: s.documents.get(doc.id), stored.append)
    wait_idle(qtbot, gui)
    assert stored[0].fields["explanation_right"] == "direct"
