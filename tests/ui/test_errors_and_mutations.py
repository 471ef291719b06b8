"""The one error display (ui/errors.py) and mutations that announce themselves (Backend.mutate)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui_helpers import ScriptedPrompter, wait_idle

from inspector_app.domain.errors import InspectorError, Problem, ValidationError
from inspector_app.ui.errors import error_text, show_error
from inspector_app.ui.startup import Gui
from inspector_app.ui.tasks import TaskCancelled


def test_show_error_three_ways(prompter: ScriptedPrompter) -> None:
    show_error(prompter, None, ValidationError([Problem("goods.0.quantity", "Số lượng phải lớn hơn 0")]), "Chưa lưu")
    assert prompter.problem_lists[-1] == ["Số lượng phải lớn hơn 0"]
    # Where a problem lies, in words: the field's label, the goods row; never the internal path (issue 11).
    show_error(prompter, None, ValidationError([Problem("fields.closed_at", "Bắt buộc"),
                                                Problem("goods[3].name", "Chưa nhập tên hàng hóa"),
                                                Problem("fields.x", "Thiếu")]), with_fields=True)
    assert prompter.problem_lists[-1] == ["Bắt buộc (Thời điểm lập xong biên bản)",
                                          "Chưa nhập tên hàng hóa (Hàng hóa, dòng 4)", "Thiếu"]
    assert not any("fields." in item or "goods[" in item for item in prompter.problem_lists[-1])
    show_error(prompter, None, InspectorError("Cơ sở dữ liệu đang bị khóa"))
    assert prompter.errors[-1] == "Cơ sở dữ liệu đang bị khóa"
    try:
        raise KeyError("bug")
    except KeyError as exc:
        show_error(prompter, None, exc)
    assert prompter.errors[-1].startswith("Đã xảy ra lỗi không mong muốn")
    assert "KeyError" in prompter.errors[-1] and "Traceback" in prompter.errors[-1]
    asked = len(prompter.asked)
    show_error(prompter, None, TaskCancelled())
    assert len(prompter.asked) == asked
    assert error_text(InspectorError("Sai")) == "Sai" and error_text(ValueError("x")) == "x"


def test_a_failed_call_without_handler_reaches_the_one_display(
        qtbot: Any, start_gui: Callable[..., Gui], prompter: ScriptedPrompter) -> None:
    gui = start_gui()

    def boom(_s: Any) -> None:
        raise InspectorError("Không đọc được tệp")

    gui.backend.call(boom)
    wait_idle(qtbot, gui)
    assert prompter.errors[-1] == "Không đọc được tệp"


def test_mutate_announces_the_change_only_after_success(qtbot: Any, start_gui: Callable[..., Gui]) -> None:
    gui = start_gui()
    seen: list[tuple[str, str]] = []
    order: list[str] = []
    gui.backend.changed.connect(lambda what, ident: (seen.append((what, ident)), order.append("changed")))
    gui.backend.mutate(lambda s: s.cases.new_case(title="Kiểm tra cửa hàng", place="Hà Nội"), "case",
                       lambda case: order.append("done"), ident=lambda case: case.id)
    wait_idle(qtbot, gui)
    assert [w for w, _ in seen] == ["case"] and seen[0][1]
    assert order == ["changed", "done"]
    failures: list[BaseException] = []
    gui.backend.mutate(lambda s: s.documents.get("no-such-id"), "document", on_error=failures.append)
    wait_idle(qtbot, gui)
    assert len(seen) == 1 and failures
