"""Nothing typed is lost or silently wrong (gui-review M1-M4, M6 and minors): Ctrl+S saves, every edit of a
case or a draft is saved within 2 s, a fine outside its range is flagged as typed, the editor's problem list
is finalisation's (and offers the bảng kê), attachments can be viewed, captioned and removed, the officer is
offered as team lead, replaced documents are marked, and the first-run dialog cannot be skipped into a form
that is refused at the end."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from ui_helpers import answer_modal, commit_text, type_text, wait_idle

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.model import AttachmentKind, GoodsRow, Role, ViolationRef, new_id
from inspector_app.paths import resource_path
from inspector_app.services.container import Services
from inspector_app.ui.first_run import FirstRunDialog
from inspector_app.ui.models import DocumentTableModel
from inspector_app.ui.people import ParticipantDialog
from inspector_builders import make_case, make_final, make_officer, make_unit

CASE_TITLE = "Kiểm tra cửa hàng mỹ phẩm"


def seed(s: Services) -> None:
    """One complete case (subject, team, two seized rows, a violation, a seal)."""
    make_case(s)


def open_case(gui: Any, qtbot: Any, tab: int = 0) -> Any:
    win = gui.window
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.waitUntil(lambda: win.case_model.rowCount() >= 1)
    with qtbot.waitSignal(win.editor.loaded, timeout=20000):
        win.select_case(win.case_model.rows()[0].id)
    wait_idle(qtbot, gui)
    win.editor.tabs.setCurrentIndex(tab)
    return win.editor


def stored_case(gui: Any, case_id: str) -> Any:
    return gui.runner.run_sync(lambda: gui.backend._get().cases.get(case_id))


def services_of(gui: Any) -> Services:
    return gui.backend._get()


def test_ctrl_s_saves_the_case(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed)
    editor = open_case(gui, qtbot)
    editor.title.setFocus()
    editor.title.end(False)
    type_text(editor.title, " — lần 2")
    editor._autosave.stop()  # only Ctrl+S may save it now
    qtbot.keyClick(editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, gui)
    assert stored_case(gui, editor.case.id).title == CASE_TITLE + " — lần 2"
    assert editor.save_state.text() == "Đã lưu"


def test_case_edits_are_saved_within_two_seconds_even_with_a_half_typed_date(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed)
    editor = open_case(gui, qtbot)
    case_id = editor.case.id
    started = stored_case(gui, case_id).started_at
    commit_text(editor.findings, "Phát hiện 12 chai nước hoa nghi giả trên kệ")
    editor.started_at.setText("2026-03-1")  # half typed: not a time yet
    typed_at = time.monotonic()
    qtbot.waitUntil(lambda: stored_case(gui, case_id).findings.startswith("Phát hiện 12 chai"), timeout=2000)
    assert time.monotonic() - typed_at < 2.0
    stored = stored_case(gui, case_id)
    assert stored.started_at == started  # the half-typed value never replaced the stored one
    assert len(stored.goods) == 2
    assert "ô báo đỏ" in editor.save_state.text()


def seed_with_fine_range(s: Services) -> None:
    """A case whose violation is a catalog entry with a confirmed fine range for its goods."""
    case = make_case(s)
    for entry in s.rules.catalog():
        v = ViolationRef(id=new_id(), decree=entry.decree, article=entry.article, clause=entry.clause,
                         description=entry.text, catalog_id=entry.id)
        try:
            fine = s.rules.fine_for(v, s.rules.goods_for_violation(case, v), True)
        except InspectorError:
            continue
        v.point, v.fine_amount = fine.point, fine.usual
        case.violations = [v]
        s.cases.save(case)
        return
    raise AssertionError("no catalog entry with a fine range")


def test_fine_outside_the_range_of_its_point_is_flagged_as_typed(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_with_fine_range)
    editor = open_case(gui, qtbot)
    panel = editor.violations
    editor.tabs.setCurrentWidget(panel)
    panel.view.selectRow(0)
    wait_idle(qtbot, gui)
    case = stored_case(gui, editor.case.id)
    violation = case.violations[0]
    fine = gui.runner.run_sync(lambda: services_of(gui).rules.fine_for_case(case.id, violation.id))
    panel.amount.clear()
    with qtbot.waitSignal(panel.fine_checked, timeout=5000) as outside:
        type_text(panel.amount, str(fine.max + 1_000_000))
    assert "nằm ngoài khung" in outside.args[0] and panel.fine_check.text() == outside.args[0]
    panel.amount.clear()
    with qtbot.waitSignal(panel.fine_checked, timeout=5000) as inside:
        type_text(panel.amount, str(fine.min))
    assert inside.args[0] == "" and panel.fine_check.text() == ""
    # Another case: its (empty) violation list, and no value left over in the edit fields.
    panel.set_case("other", [], [], None)
    assert (panel.description.text(), panel.point.text(), panel.amount.text(), panel.fine_check.text()) == \
        ("", "", "", "")


def test_the_doubling_ground_and_the_illegal_profit_are_chosen_and_stored_on_the_violation(
        start_gui: Any, qtbot: Any) -> None:
    # The builders' case: điểm c khoản 1 Điều 11 for an organisation (10–20 triệu); khoản 2 doubles it.
    gui = start_gui(seed=seed)
    editor = open_case(gui, qtbot)
    panel = editor.violations
    editor.tabs.setCurrentWidget(panel)
    panel.view.selectRow(0)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: len(panel.ground_checks) == 1)
    assert panel.grounds_box.isVisible() and not panel.ground_checks[0].isChecked()
    assert "mỹ phẩm" in panel.ground_checks[0].text()  # the ground as the catalog words it, in Vietnamese
    panel.amount.clear()
    with qtbot.waitSignal(panel.fine_checked, timeout=5000) as doubled:
        type_text(panel.amount, "30000000")
    assert "nằm ngoài khung" in doubled.args[0]  # 30 triệu is only in the ×2 range (20–40 triệu)
    with qtbot.waitSignal(panel.fine_checked, timeout=5000) as grounded:
        panel.ground_checks[0].click()
    assert grounded.args[0] == ""
    type_text(panel.profit, "7.000.000")
    panel.apply_btn.click()
    wait_idle(qtbot, gui)
    assert editor.save()
    wait_idle(qtbot, gui)
    stored = stored_case(gui, editor.case.id).violations[0]
    assert (stored.aggravations, stored.illegal_profit, stored.fine_amount) == (["sensitive_goods"], 7_000_000,
                                                                               30_000_000)
    assert "gấp 2 lần" in panel.range_label.text()
    # Selecting it again shows what was recorded.
    panel.view.clearSelection()
    panel.view.selectRow(0)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: len(panel.ground_checks) == 1)
    assert panel.ground_checks[0].isChecked() and panel.profit.text() == "7.000.000"


def seed_unconfirmed_row(s: Services) -> None:
    """The builders' case, and an HQ version of NĐ 98 Điều 11 khoản 1 whose point c is only recalled (R)."""
    make_case(s)
    catalog = json.loads(resource_path("reference", "violation_catalog.json").read_text("utf-8"))
    entry = next(e for e in catalog["entries"] if e["id"] == "nd98.11.1")
    entry = {**entry, "valid_from": "2026-01-01", "tiers": [dict(t) for t in entry["tiers"]]}
    entry["tiers"][2]["confidence"] = "R"
    s.rules.import_catalog_update([entry])


def test_an_unconfirmed_catalog_range_is_shown_as_unverified(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed_unconfirmed_row)
    editor = open_case(gui, qtbot)
    panel = editor.violations
    editor.tabs.setCurrentWidget(panel)
    with qtbot.waitSignal(panel.fine_shown, timeout=5000):
        panel.view.selectRow(0)
    wait_idle(qtbot, gui)
    assert "CHƯA XÁC MINH (độ tin cậy R)" in panel.range_label.text() and "đối chiếu văn bản" in \
        panel.range_label.text()
    qtbot.waitUntil(lambda: panel.catalog.rowCount() > 0)
    row = panel.catalog.find(lambda e: e.id == "nd98.11.1")
    assert panel.catalog.index(row, 2).data().endswith("(chưa xác minh)")
    confirmed = panel.catalog.find(lambda e: e.id == "nd98.15.1")
    assert "xác minh" not in panel.catalog.index(confirmed, 2).data()


def test_editor_problem_list_is_finalisations_and_offers_the_bang_ke(start_gui: Any, qtbot: Any,
                                                                      prompter: Any) -> None:
    def long_list(s: Services) -> None:
        case = make_case(s)
        for i in range(12):
            s.cases.save_goods_row(case.id, GoodsRow(id=new_id(), name=f"Son môi loại {i}", unit="thỏi",
                                                     quantity=Decimal(2), unit_price=120_000))

    gui = start_gui(seed=long_list)
    win = gui.window
    editor = open_case(gui, qtbot)
    panel = editor.documents
    panel.kind.setCurrentIndex(panel.kind.findData("tt22.m06"))
    with qtbot.waitSignal(win.document_opened, timeout=20000) as opened:
        panel.create_btn.click()
    doc_editor = opened.args[0]
    with qtbot.waitSignal(doc_editor.problems_shown, timeout=5000) as shown:
        doc_editor.show_problems()
    assert any("Bảng kê" in m for m in shown.args[0])
    assert doc_editor.annex_btn.isVisibleTo(doc_editor)
    assert doc_editor.problem_list.item(0).text() != "Không còn vấn đề: có thể hoàn tất."
    with qtbot.waitSignal(win.document_opened, timeout=20000) as annex_opened:
        doc_editor.annex_btn.click()
    annex = annex_opened.args[0]
    assert annex.doc.kind == "tt22.m10" and annex.doc.fields["attached_to_id"] == doc_editor.doc.id
    wait_idle(qtbot, gui)
    with qtbot.waitSignal(doc_editor.problems_shown, timeout=5000) as again:
        doc_editor.show_problems()
    assert not any("Bảng kê" in m for m in again.args[0])


def seed_earlier_sanction(s: Services) -> None:
    """The builders' case, whose subject HQ reports as fined for counterfeits before (a Điều 192 warning)."""
    case = make_case(s)
    assert case.subject is not None
    s.rules.import_subject_violations([
        {"key": "hq-1", "tax_code": case.subject.tax_code, "date": "2026-06-01", "decree": "98/2020/NĐ-CP",
         "article": 11, "clause": 1, "point": "b", "decision_number": "09/QĐ-XPHC", "fine_amount": 8_000_000}])


def test_a_warning_is_confirmed_in_the_editor_with_a_reason_for_the_audit_log(start_gui: Any, qtbot: Any,
                                                                               prompter: Any) -> None:
    gui = start_gui(seed=seed_earlier_sanction)
    win = gui.window
    editor = open_case(gui, qtbot)
    panel = editor.documents
    panel.kind.setCurrentIndex(panel.kind.findData("nd118.mbb01"))
    with qtbot.waitSignal(win.document_opened, timeout=20000) as opened:
        panel.create_btn.click()
    doc_editor = opened.args[0]
    with qtbot.waitSignal(doc_editor.problems_shown, timeout=5000) as shown:
        doc_editor.show_problems()
    assert any("09/QĐ-XPHC" in m and not m.startswith("Lưu ý") for m in shown.args[0])
    assert doc_editor.override_btn.isVisibleTo(doc_editor)
    prompter.text_answers = [None]  # cancelled: nothing recorded
    doc_editor.override_btn.click()
    wait_idle(qtbot, gui)
    doc_id = doc_editor.doc.id
    audit = lambda: [e for e in services_of(gui).repo.audit_events(entity_id=doc_id)  # noqa: E731
                     if e["action"] == "rules.override"]
    assert gui.runner.run_sync(audit) == []
    reason = "Cơ quan CSĐT trả lời không khởi tố: văn bản số 12/CSĐT-KT ngày 02/11/2026"
    prompter.text_answers = [reason]
    with qtbot.waitSignal(doc_editor.problems_shown, timeout=10000) as after:
        doc_editor.override_btn.click()
    asked = [label for kind, label in prompter.asked if kind == "ask_text"]
    assert len(asked) == 2 and "09/QĐ-XPHC" in asked[-1] and "nhật ký" in asked[-1]  # which warning, and why
    assert any(m.startswith("Lưu ý") and "09/QĐ-XPHC" in m for m in after.args[0])
    assert not doc_editor.override_btn.isVisibleTo(doc_editor)
    events = gui.runner.run_sync(audit)
    assert len(events) == 1 and json.loads(events[0]["data"])["reason"] == reason


def test_a_draft_is_saved_within_two_seconds_of_typing(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui(seed=seed)
    win = gui.window
    editor = open_case(gui, qtbot)
    panel = editor.documents
    panel.kind.setCurrentIndex(panel.kind.findData("tt22.m06"))
    with qtbot.waitSignal(win.document_opened, timeout=20000) as opened:
        panel.create_btn.click()
    doc_editor = opened.args[0]
    wait_idle(qtbot, gui)
    results = doc_editor.editors["results"].widget
    results.setFocus()
    commit_text(results, " Đã niêm phong 2 thùng hàng.")
    doc_id = doc_editor.doc.id

    def stored_results() -> str:
        return str(gui.runner.run_sync(lambda: services_of(gui).documents.get(doc_id)).fields.get("results", ""))

    qtbot.waitUntil(lambda: "Đã niêm phong 2 thùng hàng." in stored_results(), timeout=2000)
    assert "Đã lưu tự động" in doc_editor.save_state.text()


def test_attachments_open_caption_and_remove_until_a_final_document_uses_them(start_gui: Any, qtbot: Any,
                                                                              prompter: Any, tmp_path: Path) -> None:
    gui = start_gui(seed=seed)
    editor = open_case(gui, qtbot)
    photo = tmp_path / "ảnh kho hàng 02.png"
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor("#3366aa"))
    assert image.save(str(photo))
    wrong = tmp_path / "nhầm.png"
    image.fill(QColor("#aa3333"))
    assert image.save(str(wrong))
    editor.add_attachments(AttachmentKind.PHOTO, [photo, wrong])
    wait_idle(qtbot, gui)
    assert [a.filename for a in editor.att_model.rows()] == ["ảnh kho hàng 02.png", "nhầm.png"]
    editor.att_view.selectRow(0)
    with qtbot.waitSignal(editor.attachment_opened, timeout=5000) as opened:
        editor.open_attachment()
    viewer = opened.args[0]
    qtbot.waitUntil(lambda: viewer.image is not None)
    assert viewer.image.width() == 640 and not viewer.picture.pixmap().isNull()
    viewer.close()
    prompter.text_answers = ["Kệ hàng phía trong kho"]
    editor.caption_attachment()
    wait_idle(qtbot, gui)
    assert stored_case(gui, editor.case.id).attachments[0].caption == "Kệ hàng phía trong kho"
    editor.att_view.selectRow(1)
    prompter.confirm_answers = [True]
    editor.remove_attachment()
    wait_idle(qtbot, gui)
    assert [a.filename for a in stored_case(gui, editor.case.id).attachments] == ["ảnh kho hàng 02.png"]
    # Once a final document carries the photo, it stays.
    gui.runner.run_sync(lambda: make_final(services_of(gui), services_of(gui).cases.get(editor.case.id),
                                           "tt22.m06"))
    editor.att_view.selectRow(0)
    prompter.confirm_answers = [True]
    editor.remove_attachment()
    wait_idle(qtbot, gui)
    assert "Văn bản hoàn tất không thể thay đổi" in prompter.errors[-1]
    assert [a.filename for a in stored_case(gui, editor.case.id).attachments] == ["ảnh kho hàng 02.png"]


def test_the_logged_in_officer_is_offered_as_team_lead(start_gui: Any, qtbot: Any) -> None:
    def empty_case(s: Services) -> None:
        s.cases.new_case(title=CASE_TITLE, place="Biên Hòa")

    gui = start_gui(seed=empty_case)
    editor = open_case(gui, qtbot, tab=2)
    seen: list[tuple[str, str, str]] = []

    def accept(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipantDialog)
        seen.append((dialog.role.currentData(), dialog.edits["full_name"].text(), dialog.edits["card_no"].text()))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(accept)
    editor.add_person()
    assert seen == [(Role.TEAM_LEAD, "Nguyễn Thị Thanh Hương", "KT-0215/2023")]
    lead = editor.people_model.row_at(0)
    assert lead.officer_no == "QLTT0215" and lead.organization

    def witness(dialog: QWidget) -> None:
        assert isinstance(dialog, ParticipantDialog)
        seen.append((dialog.role.currentData(), dialog.edits["full_name"].text(), ""))
        dialog.reject()

    answer_modal(witness)
    editor.add_person()
    assert seen[-1] == (Role.TEAM_LEAD, "", "")  # already in the team: an empty form


def test_replaced_documents_are_marked_in_the_list(qtbot: Any) -> None:
    from inspector_app.store.repository import DocumentSummary

    old = DocumentSummary(id="a", case_id="c", kind="tt22.m10", number="01/BK-QLTT0215", status="final",
                          sha256="x", supersedes="", created_at="2026-03-10T09:00:00", finalized_at="")
    new = DocumentSummary(id="b", case_id="c", kind="tt22.m10", number="02/BK-QLTT0215", status="final",
                          sha256="y", supersedes="a", created_at="2026-03-10T10:00:00", finalized_at="")
    model = DocumentTableModel()
    model.set_rows([old, new])
    assert model.data(model.index(0, 2)) == "Đã bị thay thế (bởi số 02/BK-QLTT0215)"
    assert model.data(model.index(1, 2)) == "Hoàn tất"
    replaces = next(c for c in range(model.columnCount())
                    if model.headerData(c, Qt.Orientation.Horizontal) == "Thay thế")  # by name: columns move
    assert model.data(model.index(1, replaces)) == "thay thế số 01/BK-QLTT0215"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.FontRole).strikeOut()


def test_no_case_form_before_the_unit_and_officer_are_configured(start_gui: Any, qtbot: Any) -> None:
    shown: list[str] = []

    def skip(dialog: QWidget) -> None:
        shown.append(type(dialog).__name__)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    answer_modal(skip)
    gui = start_gui(configure=False)
    qtbot.waitUntil(lambda: gui.window.menuBar().isEnabled(), timeout=20000)
    wait_idle(qtbot, gui)
    assert shown == ["FirstRunDialog"] and not gui.window.configured
    answer_modal(skip)
    gui.window.new_action.trigger()  # Ctrl+N: the profile is asked for first, not after the whole form
    assert shown == [FirstRunDialog.__name__, FirstRunDialog.__name__]


def fill_profile(dialog: QWidget) -> None:
    """Type a unit and an officer into the first-run dialog and save."""
    assert isinstance(dialog, FirstRunDialog)
    form = dialog.form
    for key, text in (("parent_name", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI"),
                      ("name", "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1"), ("code", "QLTT-DN-01"), ("place_name", "Biên Hòa"),
                      ("full_name", "Nguyễn Thị Thanh Hương"), ("title", "Kiểm soát viên thị trường"),
                      ("officer_no", "QLTT0215")):
        type_text(form.edits[key], text)
    dialog.save_btn.click()


def test_no_document_form_before_the_unit_and_officer_are_configured(start_gui: Any, qtbot: Any) -> None:
    """Cases imported on a laptop not set up yet: Lập văn bản asks for the unit and officer first (the draft
    carries them), instead of an error after the choice; once they are given, the draft is made."""
    from inspector_app.store.settings import PROFILE_OFFICER, PROFILE_UNIT

    def imported(s: Services) -> None:
        s.profile.set_profile(make_unit(), make_officer())
        make_case(s)
        with s.repo.write():
            s.repo.set_setting(PROFILE_UNIT, "")
            s.repo.set_setting(PROFILE_OFFICER, "")

    shown: list[str] = []

    def skip(dialog: QWidget) -> None:
        shown.append(dialog.findChild(QLabel).text() if isinstance(dialog, FirstRunDialog) else type(dialog).__name__)
        dialog.reject()  # type: ignore[attr-defined]

    answer_modal(skip)
    gui = start_gui(configure=False, seed=imported)
    qtbot.waitUntil(lambda: gui.window.menuBar().isEnabled(), timeout=20000)
    editor = open_case(gui, qtbot, 4)
    docs = editor.documents
    answer_modal(skip)
    docs.create_draft("nd118.mbb01")
    wait_idle(qtbot, gui)
    assert len(shown) == 2 and "Trước khi lập văn bản" in shown[1], shown
    assert docs.model.rowCount() == 0 and not gui.window.prompter.errors  # nothing made, no error after the fact
    answer_modal(fill_profile)
    with qtbot.waitSignal(gui.window.document_opened, timeout=20000) as opened:
        docs.create_draft("nd118.mbb01")
    opened.args[0].close()
    wait_idle(qtbot, gui)
    assert docs.model.rowCount() == 1 and gui.window.configured
    assert "Nguyễn Thị Thanh Hương" in gui.window.windowTitle()


def test_the_first_run_dialog_marks_required_fields_and_closes_its_gap(start_gui: Any, qtbot: Any) -> None:
    gui = start_gui()
    dialog = FirstRunDialog(gui.backend, gui.window.prompter, gui.window)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    # Required fields carry a star (an example in grey is not a value); the optional ones do not.
    assert {"Chức vụ *", "Họ và tên *", "Mã đơn vị *", "Địa chỉ trụ sở", "Số thẻ kiểm tra thị trường"} <= labels
    assert "Các ô có dấu * là bắt buộc." in labels
    empty = dialog.height()
    dialog.save_btn.click()
    assert dialog.form.error_count() == 7 and dialog.height() > empty  # grown for the red messages
    fill_profile_fields = {"parent_name": "CHI CỤC", "name": "ĐỘI 1", "code": "QLTT-DN-01", "place_name": "Biên Hòa",
                           "full_name": "Hương", "title": "Kiểm soát viên", "officer_no": "QLTT0215"}
    for key, text in fill_profile_fields.items():
        type_text(dialog.form.edits[key], text)
    assert dialog.form.error_count() == 0
    assert dialog.height() == empty  # no empty gap where the messages were
    dialog.reject()


def test_a_recorded_doubled_fine_is_not_flagged_when_its_violation_is_selected(start_gui: Any, qtbot: Any) -> None:
    """The builders' violation with its ×2 ground recorded and 30 triệu (inside the doubled 20–40 triệu): selecting
    it shows no "outside the range" message, also before and after its grounds are loaded."""
    def doubled(s: Services) -> None:
        case = make_case(s)
        case.violations[0].aggravations = ["sensitive_goods"]
        case.violations[0].fine_amount = 30_000_000
        s.cases.save(case)

    gui = start_gui(seed=doubled)
    editor = open_case(gui, qtbot)
    panel = editor.violations
    editor.tabs.setCurrentWidget(panel)
    checked: list[str] = []
    panel.fine_checked.connect(checked.append)
    panel.view.selectRow(0)
    wait_idle(qtbot, gui)
    qtbot.waitUntil(lambda: len(panel.ground_checks) == 1 and bool(checked))
    wait_idle(qtbot, gui)
    assert panel.ground_checks[0].isChecked()
    assert checked == [""] * len(checked) and panel.fine_check.text() == "", checked
