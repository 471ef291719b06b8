"""The case editor shows a subject's earlier violations (repeat offence is an aggravating circumstance)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ui_helpers import wait_idle

from inspector_app.domain.model import (
    InspectionDecision,
    Subject,
    SubjectKind,
    ViolationRef,
    new_id,
)
from inspector_app.services.container import Services


def _subject() -> Subject:
    return Subject(id=new_id(), kind=SubjectKind.INDIVIDUAL, name="Hoàng Văn Đức", address="Ấp 3, xã Xuân Đường",
                   id_number="038085001234", birth_date="1985-02-20", gender="Nam")


def seed_two_cases(services: Services) -> None:
    """An earlier case with a smuggling violation and a new case of the same person (same CCCD)."""
    now = services.clock.now()
    earlier = services.cases.new_case(title="Vận chuyển thuốc lá nhập lậu", place="Quốc lộ 1A",
                                      started_at=(now - timedelta(days=60)).isoformat(),
                                      decision=InspectionDecision(), subject=_subject())
    earlier.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=15, clause=1, point="g",
                                       description="Vận chuyển hàng hóa nhập lậu", fine_amount=25_000_000)]
    services.cases.save(earlier)
    later = services.cases.new_case(title="Kiểm tra kho hàng ven quốc lộ", place="Xuân Đường",
                                    started_at=now.isoformat(), decision=InspectionDecision(), subject=_subject())
    later.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=15, clause=1, point="d",
                                     description="Kinh doanh hàng hóa nhập lậu", fine_amount=5_000_000)]
    services.cases.save(later)


def test_case_of_a_subject_with_earlier_violations_shows_them_as_possible_repeat(start_gui: Any,
                                                                                  qtbot: Any) -> None:
    gui = start_gui(seed=seed_two_cases)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 2)
    later_id = next(r.id for r in win.case_model.rows() if r.title.startswith("Kiểm tra kho"))
    win.editor.open_case(later_id)
    wait_idle(qtbot, gui)
    text = win.editor.history.text()
    assert "Đối tượng này đã có vi phạm trước đây" in text
    assert "khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP" in text
    assert "tái phạm" in text
