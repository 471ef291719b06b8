"""The legal rule set through the services: one problem list for the editor and finalisation, overrides
of warnings recorded in the hash-chained audit log, hard rules never overridden, the demo passing every
rule, and the CLI refusing with exit code 2 and the rule's message."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from inspector_app.app import build_services
from inspector_app.cli import run
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.services.container import Services
from inspector_builders import make_case, make_draft, make_officer, make_unit

TR = 1_000_000


def _decision(services: Services, amount: int):
    """A draft MQĐ02 of the builders' case (điểm c khoản 1 Điều 11, organisation: 10–20 triệu)."""
    case = make_case(services)
    draft = make_draft(services, case, "nd118.mqd02")
    draft.violations[0].fine_amount = amount
    draft.fields["fine_total"] = amount
    return case, services.documents.save_draft(draft)


def test_editor_and_finalisation_see_the_same_problems(services: Services) -> None:
    _, draft = _decision(services, 45 * TR)
    listed = services.documents.problems(draft)
    assert listed == services.documents.problems(draft.id)
    hard = [p for p in listed if p.rule == "fine.range"]
    assert hard and hard[0].severity == "hard" and hard[0].blocking and not hard[0].overridable
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id, "01020015")
    assert [p.rule for p in info.value.problems] == ["fine.range"]
    message = info.value.message
    assert "Mức phạt ngoài khung tiền phạt" in message and "Sửa mức phạt" in message
    assert "10.000.000 đồng – 20.000.000" in message and "fine.range" not in message  # the rule in words
    assert services.documents.get(draft.id).status.value == "draft"  # nothing changed
    assert services.repo.db.conn.execute("SELECT COUNT(*) FROM documents WHERE status = 'final' "
                                         "AND kind = 'nd118.mqd02'").fetchone()[0] == 0


def test_a_hard_rule_cannot_be_overridden(services: Services) -> None:
    _, draft = _decision(services, 45 * TR)
    hard = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.range")
    with pytest.raises(InspectorError) as info:
        services.documents.override(draft.id, hard.key, "Tôi chịu trách nhiệm về mức phạt này")
    assert info.value.code == "not_overridable"
    assert not [e for e in services.repo.audit_events(entity_id=draft.id) if e["action"] == "rules.override"]


def _warned_minutes(services: Services, number: str = "09/QĐ-XPHC"):
    """A draft MBB01 whose subject HQ reports as fined for counterfeits before: the Điều 192 warning, which
    the officer may confirm once the criminal authority has refused to prosecute."""
    case = make_case(services)
    assert case.subject is not None
    services.rules.import_subject_violations([
        {"key": f"hq-{number}", "tax_code": case.subject.tax_code, "date": "2025-12-01", "decree": "98/2020/NĐ-CP",
         "article": 11, "clause": 1, "point": "b", "decision_number": number, "fine_amount": 8 * TR}])
    return case, make_draft(services, case, "nd118.mbb01")


def test_the_doubled_fine_without_its_ground_is_a_hard_problem_and_passes_with_the_ground(services: Services) -> None:
    # 30 triệu for an organisation lies only in the ×2 range of khoản 2 Điều 11 (20–40 triệu).
    case, draft = _decision(services, 30 * TR)
    problem = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.aggravated")
    assert problem.severity == "hard" and problem.blocking and not problem.overridable
    with pytest.raises(InspectorError) as info:
        services.documents.override(draft.id, problem.key, "Hàng giả là mỹ phẩm (khoản 2 Điều 11)")
    assert info.value.code == "not_overridable" and "fine.aggravated" not in info.value.message
    # The ground ticked on the case's violation (the Violations tab) after the draft was made reaches the
    # draft; the same amount is then right. The draft's other fields stay as drafted.
    draft.fields["recipients"] = ["Như Điều 3", "Lưu: VT"]
    services.documents.save_draft(draft)
    case = services.cases.get(case.id)
    case.violations[0].aggravations = ["sensitive_goods"]
    case.violations[0].fine_amount = 12 * TR  # not carried: the amount is the draft's own
    services.cases.save(case)
    carried = services.documents.get(draft.id)
    assert carried.violations[0].aggravations == ["sensitive_goods"]
    assert carried.violations[0].fine_amount == 30 * TR and carried.fields["recipients"] == ["Như Điều 3", "Lưu: VT"]
    assert [p for p in services.documents.problems(draft.id) if p.blocking] == []
    final = services.documents.finalize(draft.id, "01020015")
    assert final.violations[0].aggravations == ["sensitive_goods"]


def test_a_ground_ticked_after_the_mbb01_draft_gives_the_violator_the_right_to_explain(services: Services) -> None:
    # Điều 11 điểm c for an organisation: 10–20 triệu, under the 30 triệu of Điều 61 k1 — no right; the
    # ×2 ground (20–40 triệu) reaches it. The draft made before the ground was ticked follows the case.
    case = make_case(services)
    draft = services.documents.create_draft(case.id, "nd118.mbb01")
    assert draft.fields["explanation_acts"] == ["không"]
    case.violations[0].aggravations = ["sensitive_goods"]
    services.cases.save(case)
    assert services.documents.get(draft.id).fields["explanation_acts"] == ["có"]
    assert services.documents.create_draft(case.id, "nd118.mbb01").fields["explanation_acts"] == ["có"]


def test_a_warning_is_overridden_with_a_reason_written_to_the_audit_log(services: Services) -> None:
    _, draft = _warned_minutes(services)
    warning = next(p for p in services.documents.problems(draft.id) if p.rule == "criminal.threshold")
    assert warning.severity == "warning" and warning.blocking and warning.overridable
    with pytest.raises(ValidationError):
        services.documents.finalize(draft.id)
    with pytest.raises(ValidationError):
        services.documents.override(draft.id, warning.key, "ok")  # a reason must say something checkable
    with pytest.raises(InspectorError) as stale:
        services.documents.override(draft.id, "criminal.threshold|x|y", "Văn bản không khởi tố số 12/CSĐT")
    assert stale.value.code == "unknown_problem"

    reason = "Cơ quan CSĐT trả lời không khởi tố: văn bản số 12/CSĐT-KT ngày 02/03/2026"
    services.documents.override(draft.id, warning.key, reason)
    again = next(p for p in services.documents.problems(draft.id) if p.rule == "criminal.threshold")
    assert again.overridden == reason and not again.blocking
    services.documents.finalize(draft.id)
    events = services.repo.audit_events(entity_id=draft.id)
    override = next(e for e in events if e["action"] == "rules.override")
    assert json.loads(override["data"])["reason"] == reason and json.loads(override["data"])["rule"] == \
        "criminal.threshold"
    finalized = json.loads(next(e for e in events if e["action"] == "document.finalize")["data"])
    assert finalized["overrides"] == [{"rule": "criminal.threshold", "key": warning.key, "reason": reason}]
    assert services.repo.verify_audit().ok


def test_an_override_does_not_cover_changed_facts(services: Services) -> None:
    case, draft = _warned_minutes(services)
    warning = next(p for p in services.documents.problems(draft.id) if p.rule == "criminal.threshold")
    services.documents.override(draft.id, warning.key, "Văn bản không khởi tố số 12/CSĐT-KT ngày 02/03/2026")
    assert case.subject is not None
    services.rules.import_subject_violations([
        {"key": "hq-2", "tax_code": case.subject.tax_code, "date": "2026-01-15", "decree": "98/2020/NĐ-CP",
         "article": 9, "clause": 1, "point": "a", "decision_number": "15/QĐ-XPHC", "fine_amount": 2 * TR}])
    changed = [p for p in services.documents.problems(draft.id) if p.rule == "criminal.threshold"]
    assert len(changed) == 2 and [p.blocking for p in changed if p.key != warning.key] == [True]


def test_beyond_authority_finalisation_names_who_decides(services: Services) -> None:
    case = make_case(services)
    # 18 triệu of fakes (điểm d, 20–40 triệu for an organisation) and 110 triệu of other seized goods:
    # confiscating 128 triệu is beyond a Đội trưởng (NĐ 189/2025 Điều 12 k2: 02 × 30% of the 200 triệu
    # maximum for counterfeits = 120 triệu).
    case.goods[0].value, case.goods[1].value = 18 * TR, 110 * TR
    case.violations[0].point, case.violations[0].fine_amount = "d", 20 * TR
    services.cases.save(case)
    draft = make_draft(services, case, "nd118.mqd02")
    # With its list: the seizure minutes that name the goods, by number and date (forms review M12).
    draft.fields["additional_penalties"] = "Tịch thu toàn bộ tang vật theo Biên bản tạm giữ số 01/BB-TG-QLTT0215 " \
                                           "lập ngày 01/03/2026"
    services.documents.save_draft(draft)
    problems = services.documents.problems(draft.id)
    assert [(p.rule, p.severity) for p in problems if p.blocking] == [("authority.confiscation", "hard")]
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id, "01020015")
    assert "Thẩm quyền thuộc: Chi cục trưởng Chi cục Quản lý thị trường" in info.value.message


def test_every_demo_document_passes_every_rule(bare_services: Services) -> None:
    report = bare_services.demo.load()
    waiting = []
    for doc_id in report["document_ids"]:
        doc = bare_services.documents.get(doc_id)
        blocking = [p for p in bare_services.documents.problems(doc) if p.blocking]
        if doc.status == "draft" and doc.kind == "nd118.mqd02" and [p.rule for p in blocking] == ["time.explanation"]:
            waiting.append(doc)  # a draft decision that must wait for the end of the explanation period
            continue
        assert blocking == [], (doc.kind, doc.number, blocking)
    # The Quốc lộ 1A decision is drafted the day after its MBB01, which gives the right to explain: the app
    # says to wait (a team leader refused to sign it dated that day).
    assert len(waiting) == 1
    # One override only: the Hoàng Gia decision, signed after the company's written explanation came; the ×2
    # for fakes of cosmetics (khoản 2 Điều 11) is the ground recorded on the act, not an override.
    overrides = [e for e in bare_services.repo.audit_events() if e["action"] == "rules.override"]
    assert len(overrides) == 1 and "giải trình" in str(overrides[0])
    for case_id in report["case_ids"]:
        for v in bare_services.cases.get(case_id).violations:
            fine = bare_services.rules.fine_for_case(case_id, v.id, aggravations=v.aggravations,
                                                     illegal_profit=v.illegal_profit)
            assert fine.point == v.point and fine.contains(v.fine_amount)


def test_cli_finalize_refuses_a_hard_rule_with_exit_code_2(tmp_path, capsys) -> None:
    path = tmp_path / "cli"
    services = build_services(path, FixedClock(datetime.now().replace(microsecond=0) - timedelta(minutes=1)))
    try:
        services.profile.set_profile(make_unit(), make_officer())
        _, draft = _decision(services, 45 * TR)
    finally:
        services.close()
    code = run(["finalize", draft.id, "--number", "01020015", "--json", "--data-dir", str(path)])
    out, err = capsys.readouterr()
    assert code == 2
    error = json.loads(out)
    assert error["error"]["code"] == "validation"
    assert [(d["rule"], d["severity"]) for d in error["error"]["details"]] == [("fine.range", "hard")]
    assert "Mức phạt ngoài khung tiền phạt" in err and "fine.range" not in err and "Traceback" not in err


def test_cli_lists_problems_overrides_a_warning_and_refuses_to_override_a_hard_rule(tmp_path, capsys) -> None:
    path = tmp_path / "cli"
    services = build_services(path, FixedClock(datetime.now().replace(microsecond=0) - timedelta(minutes=1)))
    try:
        services.profile.set_profile(make_unit(), make_officer())
        _, wrong = _decision(services, 45 * TR)  # first: the earlier sanction below concerns the same subject
        _, warned = _warned_minutes(services)
    finally:
        services.close()
    assert run(["problems", warned.id, "--json", "--data-dir", str(path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    warning = next(p for p in listed if p.get("rule") == "criminal.threshold")
    assert warning["severity"] == "warning" and warning["blocking"] is True
    # The text the officer reads names the rule in words and gives a short code to type, never the rule id.
    assert run(["problems", warned.id, "--data-dir", str(path)]) == 0
    text = capsys.readouterr().out
    assert f"mã cảnh báo: {warning['code']}" in text and "criminal.threshold" not in text
    assert run(["override", warned.id, warning["code"], "--reason", "Văn bản không khởi tố số 12/CSĐT-KT",
                "--data-dir", str(path)]) == 0
    assert "criminal.threshold" not in capsys.readouterr().out
    assert run(["finalize", warned.id, "--data-dir", str(path)]) == 0
    capsys.readouterr()
    assert run(["problems", wrong.id, "--json", "--data-dir", str(path)]) == 0
    hard = next(p for p in json.loads(capsys.readouterr().out) if p.get("rule") == "fine.range")
    assert run(["override", wrong.id, hard["key"], "--reason", "Tôi chịu trách nhiệm", "--data-dir", str(path)]) == 2
    err = capsys.readouterr().err
    assert "không thể bỏ qua" in err and "Traceback" not in err


def test_an_earlier_decision_pushed_by_hq_warns_of_the_criminal_threshold(services: Services) -> None:
    case = make_case(services)
    assert case.subject is not None
    services.rules.import_subject_violations([
        {"key": "hq-1", "tax_code": case.subject.tax_code, "date": "2025-12-01", "decree": "98/2020/NĐ-CP",
         "article": 11, "clause": 1, "point": "b", "decision_number": "09/QĐ-XPHC", "fine_amount": 8 * TR}])
    draft = make_draft(services, case, "nd118.mbb01")
    warning = next(p for p in services.documents.problems(draft.id) if p.rule == "criminal.threshold")
    assert "09/QĐ-XPHC" in warning.message and warning.blocking
