"""RulesService on a real temp database: the real Vietnamese calendar, fines for case goods, HQ catalog
updates, case deadlines, the overdue list and subject history."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.model import GoodsRow, ViolationRef, new_id
from inspector_app.paths import resource_path
from inspector_app.services.container import Services
from inspector_builders import make_case, make_draft, make_final, org_subject

TR = 1_000_000


def test_real_calendar_knows_tet_hung_kings_and_swapped_days(services: Services) -> None:
    cal = services.rules.calendar()
    for day in (date(2026, 2, 16), date(2026, 2, 20), date(2027, 2, 8), date(2026, 4, 27), date(2025, 5, 2),
                date(2024, 4, 29), date(2026, 9, 2)):
        assert not cal.is_working_day(day), day
    assert cal.day_off_name(date(2027, 2, 6)).startswith("Tết")
    assert cal.is_working_day(date(2025, 4, 26)) and cal.is_working_day(date(2024, 5, 4))  # make-up Saturdays
    assert cal.day_off_name(date(2026, 3, 8)) == "Chủ nhật"
    assert cal.is_confirmed(2026) and not cal.is_confirmed(2027)


def test_deadlines_across_tet_with_the_real_calendar(services: Services) -> None:
    rules = services.rules
    assert rules.deadline_for_event("mbb01", datetime(2027, 3, 11, 10)).due == date(2027, 3, 22)
    assert rules.deadline_for_event("mbb01", datetime(2027, 2, 3, 15)).due == date(2027, 2, 19)
    assert rules.deadline_for_event("detection", datetime(2026, 2, 13, 16)).due == date(2026, 2, 24)
    assert rules.deadline("payment", datetime(2027, 1, 30, 9)).due == date(2027, 2, 11)
    with pytest.raises(InspectorError, match="sự kiện"):
        rules.deadline_for_event("tet", datetime(2027, 1, 1))


def test_hq_days_off_replace_the_bundled_year(services: Services) -> None:
    rules = services.rules
    before = rules.deadline("mbb01", datetime(2027, 3, 11, 10)).due
    rules.import_days_off(2027, {"source": "Thông báo thử", "days_off": [{"date": "2027-03-12", "name": "Nghỉ thêm"}],
                                 "working_days": []})
    after = rules.deadline("mbb01", datetime(2027, 3, 11, 10))
    assert (before, after.due) == (date(2027, 3, 15), date(2027, 3, 16))
    assert not any("2027" in n for n in after.notes)
    with pytest.raises(ValidationError):
        rules.import_days_off(2027, {"days_off": [{"date": "2028-01-02"}]})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rule=st.sampled_from(["mbb01", "penalty_decision", "explanation", "payment", "seizure_expiry",
                             "inspection", "decision_delivery"]),
       at=st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31)))
def test_real_due_dates_never_fall_on_a_weekend_or_holiday(services: Services, rule: str, at: datetime) -> None:
    dl = services.rules.deadline(rule, at)
    vn = holidays.country_holidays("VN")
    assert dl.due > at.date()
    assert dl.due not in vn
    assert dl.due.weekday() < 5 or dl.due in vn.weekend_workdays or dl.due in (date(2024, 5, 4), date(2025, 4, 26))
    assert services.rules.calendar().day_off_name(dl.due) == ""


def _row(name: str, value: int | None = None, *, smuggled: bool = False, unit_price: int | None = None) -> GoodsRow:
    return GoodsRow(id=new_id(), name=name, unit="cái", quantity=Decimal(10), value=value, unit_price=unit_price,
                    smuggled=smuggled)


def test_fine_for_sums_goods_rows_and_refuses_unvalued_rows(services: Services) -> None:
    v = ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=15, clause=1)
    fine = services.rules.fine_for(v, [_row("Thuốc lá", 20 * TR), _row("Rượu", unit_price=500_000)], False)
    assert (fine.point, fine.min, fine.max) == ("đ", 6 * TR, 10 * TR)
    assert fine.basis_text.startswith("Trị giá tang vật, hàng hóa vi phạm 25.000.000 đồng (tổng 2 dòng hàng")
    with pytest.raises(ValidationError, match="Pin"):
        services.rules.fine_for(v, [_row("Thuốc lá", 20 * TR), _row("Pin")], True)
    with pytest.raises(ValidationError, match="chưa có dòng hàng"):
        services.rules.fine_for(v, [], True)
    assert services.rules.check_amount(fine, 7 * TR) == ("7.000.000 đồng", "Bảy triệu đồng")


def test_goods_of_a_violation_are_the_flagged_rows(services: Services) -> None:
    case = make_case(services)
    case.goods = [_row("Hàng nhập lậu", 40 * TR, smuggled=True), _row("Hàng hợp lệ", 500 * TR)]
    case.violations = [ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=15, clause=1)]
    services.cases.save(case)
    fine = services.rules.fine_for_case(case.id, case.violations[0].id)
    assert (fine.point, fine.organization, fine.min, fine.max) == ("e", True, 20 * TR, 40 * TR)


def _entry_update(**changes: object) -> dict:
    catalog = json.loads(resource_path("reference", "violation_catalog.json").read_text("utf-8"))
    entry = next(e for e in catalog["entries"] if e["id"] == "nd98.15.1")
    entry = {**entry, **changes}
    return entry


def test_catalog_update_from_hq_newer_valid_from_wins_and_keeps_history(services: Services) -> None:
    rules = services.rules
    update = _entry_update(valid_from="2026-07-01", source="Chi cục: NĐ sửa đổi (thử)")
    update["tiers"] = [dict(t) for t in update["tiers"]]
    update["tiers"][0]["max"] = 1_500_000
    report = rules.import_catalog_update([update])
    assert (report.added, report.replaced, report.unchanged) == (1, 0, 0)
    assert rules.find_entry("98/2020/NĐ-CP", 15, 1, date(2026, 7, 1)).tiers[0].max == 1_500_000
    assert rules.find_entry("98/2020/NĐ-CP", 15, 1, date(2026, 6, 30)).tiers[0].max == 1 * TR
    assert rules.get_entry("nd98.15.1").source == "Chi cục: NĐ sửa đổi (thử)"
    assert rules.import_catalog_update([update]).unchanged == 1
    events = services.repo.audit_events()
    assert any(e["action"] == "reference.catalog_update" for e in events)


def test_invalid_catalog_update_is_rejected_as_a_whole(services: Services) -> None:
    good = _entry_update(valid_from="2026-07-01")
    bad = _entry_update(id="nd98.15.9", clause=9, confidence="maybe")
    unknown = _entry_update(id="x", decree="999/2030/NĐ-CP")
    with pytest.raises(ValidationError) as err:
        services.rules.import_catalog_update([good, bad, unknown])
    assert "mức tin cậy" in err.value.message and "999/2030" in err.value.message
    assert services.rules.reference.items("violation_catalog") == []


def test_case_deadlines_follow_the_documents_and_show_what_is_overdue(services: Services) -> None:
    clock = services.clock
    case = make_case(services)  # started 3 h before Tue 10/03/2026 09:00, one violation recorded
    make_final(services, case, "tt22.m06")
    clock.advance(timedelta(days=1))  # type: ignore[attr-defined]
    mbb01 = make_final(services, case, "nd118.mbb01")
    items = {it.rule: it for it in services.rules.deadlines_for_case(case.id)}
    assert items["inspection"].state == "done"
    assert items["mbb01"].state == "done" and items["mbb01"].due == "2026-03-12"
    pd = items["penalty_decision"]
    assert (pd.due, pd.state, pd.document_id) == ("2026-03-20", "pending", mbb01.id)
    assert items["report_24h"].state == "expired"  # the app cannot see the report: a reminder, never overdue
    assert services.rules.overdue_across_cases() == []

    clock.advance(timedelta(days=12))  # type: ignore[attr-defined]  # Mon 23/03/2026
    overdue = services.rules.overdue_across_cases()
    assert [(it.case_id, it.rule) for it in overdue if it.rule == "penalty_decision"] == [(case.id, "penalty_decision")]
    assert all(it.overdue for it in overdue)
    longer = {it.rule: it for it in services.rules.deadlines_for_case(case.id, {"penalty_decision": "explanation"})}
    assert (longer["penalty_decision"].due, longer["penalty_decision"].state) == ("2026-04-13", "pending")

    # A late decision is a warning of the legal rule set: the officer states why before finalising.
    late = make_draft(services, case, "nd118.mqd02")
    warning = next(p for p in services.documents.problems(late.id) if p.rule == "time.decision")
    services.documents.override(late.id, warning.key, "Vụ việc phải xác minh tình tiết (Điều 59 Luật XLVPHC)")
    services.documents.finalize(late.id, "01020015")
    items = {it.rule: it for it in services.rules.deadlines_for_case(case.id)}
    assert items["penalty_decision"].state == "late"
    assert items["payment"].state == "reminder" and items["payment"].due == "2026-04-02"
    assert not any(it.rule == "penalty_decision" for it in services.rules.overdue_across_cases())


def test_subject_history_shows_earlier_local_and_hq_violations(services: Services) -> None:
    clock = services.clock
    subject = org_subject()
    earlier = make_case(services, subject=subject)
    clock.advance(timedelta(days=40))  # type: ignore[attr-defined]
    again = org_subject()
    again.tax_code = subject.tax_code
    current = make_case(services, subject=again)
    services.rules.import_subject_violations([
        {"key": "hq-1", "tax_code": subject.tax_code, "name": subject.name, "date": "2025-11-02",
         "decree": "98/2020/NĐ-CP", "article": 15, "clause": 1, "point": "c", "decision_number": "09/QĐ-XPHC",
         "fine_amount": 4 * TR, "unit": "Đội QLTT số 3"},
        {"key": "hq-later", "tax_code": subject.tax_code, "date": "2027-01-01", "decree": "98/2020/NĐ-CP",
         "article": 9, "clause": 1},
        {"key": "hq-echo", "tax_code": subject.tax_code, "date": "2026-03-10", "case_id": earlier.id,
         "decree": "98/2020/NĐ-CP", "article": 11, "clause": 1},
        {"key": "hq-other", "tax_code": "0301234567", "date": "2025-01-01", "decree": "98/2020/NĐ-CP",
         "article": 15, "clause": 1},
    ])
    history = services.rules.subject_history(current.id)
    assert [(h.origin, h.date) for h in history] == [("local", "2026-03-10"), ("hq", "2025-11-02")]
    local, hq = history
    assert local.case_id == earlier.id and local.possible_repeat and local.matched_by == "tax_code"
    assert hq.citation == "điểm c khoản 1 Điều 15 Nghị định số 98/2020/NĐ-CP" and not hq.same_article
    assert hq.fine_amount == 4 * TR
    # A later case never aggravates an earlier one; HQ's echo of the earlier case itself is not repeated.
    assert [(h.origin, h.date) for h in services.rules.subject_history(earlier.id)] == [("hq", "2025-11-02")]
    with pytest.raises(ValidationError):
        services.rules.import_subject_violations([{"key": "x", "name": "no identifiers"}])


def test_signing_deadlines_name_the_form_not_its_internal_id(services: Services) -> None:
    case = make_case(services)
    final = make_final(services, case, "tt22.m06")
    signing = [it for it in services.rules.deadlines_for_case(case.id) if it.rule == "ins_upload"]
    assert signing and all("tt22." not in it.trigger and "tt22." not in it.what for it in signing)
    assert any(f"TT 22 Mẫu 06 {final.number}" in it.trigger for it in signing), [it.trigger for it in signing]


def test_hq_review_items_lists_open_reviews_a_page_at_a_time(services: Services) -> None:
    from inspector_app.store.reference import OPEN_REVIEWS_SQL, ReferenceItem

    case = make_case(services)
    docs = [make_final(services, case, "nd118.mbb15") for _ in range(4)]
    services.documents.correct(docs[3].id)  # a local correction (still a draft) replaces the fourth
    states = ["has_issues", "approved", "rejected", "has_issues"]
    items = [ReferenceItem("review", d.id, {"state": s, "label": s, "comment": f"Ghi chú {n}", "reviewer": "hq",
                                           "reviewed_at": f"2026-11-2{n}T08:00:00"})
             for n, (d, s) in enumerate(zip(docs, states, strict=True))]
    items.append(ReferenceItem("review", "not-on-this-laptop", {"state": "has_issues", "reviewed_at": "2026-11-29"}))
    with services.rules.reference.write():
        services.rules.reference.upsert(items, "2026-11-30T00:00:00")
    listed = services.rules.hq_review_items()
    assert [i.document_id for i in listed] == [docs[2].id, docs[0].id]  # newest review first
    assert listed[0].case_title == case.title and "Ghi chú 2" in listed[0].what and listed[0].state == "hq_review"
    assert [i.document_id for i in services.rules.hq_review_items(limit=1)] == [docs[2].id]
    plan = [str(r[-1]) for r in services.repo.db.conn.execute("EXPLAIN QUERY PLAN " + OPEN_REVIEWS_SQL, (5,))]
    assert plan[0].startswith("SCAN r USING INDEX reference_open_reviews")  # the open reviews only, newest first
    assert not any("TEMP B-TREE" in p or p.startswith("SCAN") for p in plan[1:])  # no sort, no other full scan


def test_the_right_to_explain_lasts_the_longer_period_the_minutes_print(services: Services) -> None:
    """The 2025 MBB01 prints both periods (02 working days to ask to explain in person, 05 to explain in
    writing): the dock's item ends with the longer, as the decision check counts it (a team leader refused a
    decision the dock had let through after 02 days)."""
    case = make_case(services)
    case.goods[0].value, case.goods[1].value = 18 * 1_000_000, 1_000_000
    case.violations[0].point, case.violations[0].fine_amount = "d", 20 * 1_000_000  # 20–40 triệu for a company
    services.cases.save(case)
    make_final(services, case, "tt22.m06")
    services.clock.advance(timedelta(days=1))  # type: ignore[attr-defined]  # Wed 11/03/2026
    draft = make_draft(services, case, "nd118.mbb01")
    draft.fields["explanation_right"] = "direct"  # the older single choice: "in person" (02 working days)
    services.documents.save_draft(draft)
    mbb01 = services.documents.finalize(draft.id)
    assert "có" in mbb01.fields["explanation_acts"]
    items = {it.rule: it for it in services.rules.deadlines_for_case(case.id)}
    assert items["explanation"].due == "2026-03-18", items["explanation"]  # Thu 12 … Wed 18: 05 working days
