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
    assert "quy tắc fine.range" in message and "Sửa mức phạt" in message and "10.000.000 đồng – 20.000.000" in message
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


def test_a_warning_is_overridden_with_a_reason_written_to_the_audit_log(services: Services) -> None:
    # 30 triệu for an organisation lies only in the ×2 range of khoản 2 Điều 11 (20–40 triệu).
    _, draft = _decision(services, 30 * TR)
    warning = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.aggravated")
    assert warning.severity == "warning" and warning.blocking
    with pytest.raises(ValidationError):
        services.documents.finalize(draft.id, "01020015")
    with pytest.raises(ValidationError):
        services.documents.override(draft.id, warning.key, "ok")  # a reason must say something checkable
    with pytest.raises(InspectorError) as stale:
        services.documents.override(draft.id, "fine.aggravated|x|y", "Hàng giả là mỹ phẩm (khoản 2 Điều 11)")
    assert stale.value.code == "unknown_problem"

    reason = "Hàng giả là mỹ phẩm: khoản 2 Điều 11 Nghị định số 98/2020/NĐ-CP"
    services.documents.override(draft.id, warning.key, reason)
    again = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.aggravated")
    assert again.overridden == reason and not again.blocking
    final = services.documents.finalize(draft.id, "01020015")
    events = services.repo.audit_events(entity_id=draft.id)
    override = next(e for e in events if e["action"] == "rules.override")
    assert json.loads(override["data"])["reason"] == reason and json.loads(override["data"])["rule"] == \
        "fine.aggravated"
    finalized = json.loads(next(e for e in events if e["action"] == "document.finalize")["data"])
    assert finalized["overrides"] == [{"rule": "fine.aggravated", "key": warning.key, "reason": reason}]
    assert final.number == "01020015/QĐ-XPHC" and services.repo.verify_audit().ok


def test_an_override_does_not_cover_changed_facts(services: Services) -> None:
    _, draft = _decision(services, 30 * TR)
    warning = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.aggravated")
    services.documents.override(draft.id, warning.key, "Hàng giả là mỹ phẩm (khoản 2 Điều 11)")
    draft.violations[0].fine_amount = draft.fields["fine_total"] = 35 * TR
    services.documents.save_draft(draft)
    changed = next(p for p in services.documents.problems(draft.id) if p.rule == "fine.aggravated")
    assert changed.key != warning.key and changed.blocking


def test_beyond_authority_finalisation_names_who_decides(services: Services) -> None:
    case = make_case(services)
    # 18 triệu of fakes (điểm d, 20–40 triệu for an organisation) and 40 triệu of other seized goods:
    # confiscating 58 triệu is beyond a Đội trưởng (legal_rules.json, R data: 50 triệu).
    case.goods[0].value, case.goods[1].value = 18 * TR, 40 * TR
    case.violations[0].point, case.violations[0].fine_amount = "d", 20 * TR
    services.cases.save(case)
    draft = make_draft(services, case, "nd118.mqd02")
    # With its list: the seizure minutes that name the goods, by number and date (forms review M12).
    draft.fields["additional_penalties"] = "Tịch thu toàn bộ tang vật theo Biên bản tạm giữ số 01/BB-TG-QLTT0215 " \
                                           "lập ngày 01/03/2026"
    services.documents.save_draft(draft)
    problems = services.documents.problems(draft.id)
    assert [(p.rule, p.severity) for p in problems] == [("authority.confiscation", "hard")]
    with pytest.raises(ValidationError) as info:
        services.documents.finalize(draft.id, "01020015")
    assert "Thẩm quyền thuộc: Chi cục trưởng Chi cục Quản lý thị trường" in info.value.message


def test_every_demo_document_passes_every_rule(bare_services: Services) -> None:
    report = bare_services.demo.load()
    for doc_id in report["document_ids"]:
        doc = bare_services.documents.get(doc_id)
        blocking = [p for p in bare_services.documents.problems(doc) if p.blocking]
        assert blocking == [], (doc.kind, doc.number, blocking)
    overrides = [json.loads(e["data"]) for e in bare_services.repo.audit_events() if e["action"] == "rules.override"]
    # The one override: fakes of cosmetics are fined ×2 (khoản 2 Điều 11), with the reason recorded.
    assert [o["rule"] for o in overrides] == ["fine.aggravated"] and "mỹ phẩm" in overrides[0]["reason"]
    for case_id in report["case_ids"]:
        for v in bare_services.cases.get(case_id).violations:
            fine = bare_services.rules.fine_for_case(case_id, v.id)
            assert fine.point == v.point
            assert fine.contains(v.fine_amount) or fine.min * 2 <= v.fine_amount <= fine.max * 2


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
    assert "quy tắc fine.range" in err and "Traceback" not in err


def test_cli_lists_problems_overrides_a_warning_and_refuses_to_override_a_hard_rule(tmp_path, capsys) -> None:
    path = tmp_path / "cli"
    services = build_services(path, FixedClock(datetime.now().replace(microsecond=0) - timedelta(minutes=1)))
    try:
        services.profile.set_profile(make_unit(), make_officer())
        _, warned = _decision(services, 30 * TR)
        _, wrong = _decision(services, 45 * TR)
    finally:
        services.close()
    assert run(["problems", warned.id, "--json", "--data-dir", str(path)]) == 0
    listed = json.loads(capsys.readouterr().out)
    warning = next(p for p in listed if p.get("rule") == "fine.aggravated")
    assert warning["severity"] == "warning" and warning["blocking"] is True
    assert run(["override", warned.id, warning["key"], "--reason", "Hàng giả là mỹ phẩm (khoản 2 Điều 11)",
                "--data-dir", str(path)]) == 0
    assert run(["finalize", warned.id, "--number", "01020016", "--data-dir", str(path)]) == 0
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
