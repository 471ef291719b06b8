"""Deadlines as data: the stored due items of every case stay equal to a full recomputation, through random
sequences of case edits, documents (finalised, corrected), the clock, HQ days off and a new rule table."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.errors import InspectorError, ValidationError
from inspector_app.domain.model import ViolationRef, new_id
from inspector_app.paths import resource_path
from inspector_app.services.container import Services
from inspector_app.services.rules import DUE_SOON_DAYS, DueItem
from inspector_builders import complete, make_case, make_final, make_officer, make_unit

START = datetime(2026, 3, 10, 9, 0, 0)


def recomputed(services: Services, case_id: str) -> list[DueItem]:
    """A case's items computed from scratch (a case whose data cannot be computed has none)."""
    try:
        return services.rules.deadlines_for_case(case_id)
    except InspectorError:
        return []


def overdue_by_recomputation(services: Services, include_closed: bool = False) -> list[DueItem]:
    """The overdue list as it was computed before deadlines were stored: every case, re-evaluated."""
    result: list[DueItem] = []
    for summary in services.repo.list_cases(limit=100000):
        if summary.status == "closed" and not include_closed:
            continue
        result += [it for it in recomputed(services, summary.id) if it.overdue]
    return sorted(result, key=lambda it: (it.due, it.case_id))


def due_soon_by_recomputation(services: Services) -> list[DueItem]:
    """Tracked items of open cases still running that fall due today or in the next two days, every case
    re-evaluated."""
    today = services.clock.now().date()
    result: list[DueItem] = []
    for summary in services.repo.list_cases(limit=100000):
        if summary.status != "closed":
            result += [it for it in recomputed(services, summary.id) if it.kind == "open" and it.state == "pending"
                       and it.due[:10] < (today + timedelta(days=DUE_SOON_DAYS)).isoformat()]
    return sorted(result, key=lambda it: (it.due, it.case_id))


def case_ids(services: Services) -> list[str]:
    return [r[0] for r in services.repo.db.conn.execute("SELECT id FROM cases ORDER BY seq")]


def assert_current_cases_match(services: Services) -> None:
    """Every case stored with the current stamp holds exactly what a full recomputation gives."""
    stamp = services.rules.deadline_basis()
    current = {r[0] for r in services.repo.db.conn.execute(
        "SELECT case_id FROM deadline_cases WHERE stamp = ?", (stamp,))}
    for case_id in case_ids(services):
        if case_id in current:
            assert services.rules.stored_deadlines(case_id) == recomputed(services, case_id), case_id


def assert_table_equals_recomputation(services: Services) -> None:
    assert not services.rules.index.is_stale()
    for case_id in case_ids(services):
        assert services.rules.stored_deadlines(case_id) == recomputed(services, case_id), case_id
    for include_closed in (False, True):
        expected = overdue_by_recomputation(services, include_closed)
        assert services.rules.overdue_across_cases(include_closed=include_closed) == expected
        assert services.rules.count_overdue(include_closed=include_closed) == len(expected)
    assert services.rules.due_soon_across_cases() == due_soon_by_recomputation(services)


@contextmanager
def installation() -> Iterator[dict[str, Any]]:
    with tempfile.TemporaryDirectory(prefix="deadlines-") as tmp:
        root = Path(tmp)
        shutil.copytree(resource_path("reference"), root / "ref-a")
        shutil.copytree(resource_path("reference"), root / "ref-b")
        # An app update with another rule table: the MBB01 and the penalty decision count one more day.
        rules_b = json.loads((root / "ref-b" / "deadline_rules.json").read_text(encoding="utf-8"))
        rules_b["rules"]["mbb01"]["variants"]["standard"]["amount"] += 1
        rules_b["rules"]["penalty_decision"]["variants"]["standard"]["amount"] += 1
        (root / "ref-b" / "deadline_rules.json").write_text(json.dumps(rules_b, ensure_ascii=False),
                                                            encoding="utf-8")
        clock = FixedClock(START)
        env: dict[str, Any] = {"root": root, "clock": clock, "ref": "ref-a"}
        env["services"] = build_services(root / "data", clock, root / "ref-a")
        env["services"].profile.set_profile(make_unit(), make_officer())
        try:
            yield env
        finally:
            env["services"].close()


OPS = st.one_of(
    st.tuples(st.just("case"), st.integers(0, 200)),
    st.tuples(st.just("edit"), st.integers(0, 9), st.sampled_from(["start", "end", "close", "reopen",
                                                                  "no_violation", "violation", "title"])),
    st.tuples(st.just("final"), st.integers(0, 9),
              st.sampled_from(["tt22.m01", "tt22.m06", "nd118.mbb01", "nd118.mbb15", "nd118.mqd02"])),
    st.tuples(st.just("correct"), st.integers(0, 9)),
    st.tuples(st.just("clock"), st.integers(1, 20)),
    st.tuples(st.just("days_off"), st.integers(0, 40)),
    st.tuples(st.just("slice"), st.integers(1, 3)),
    st.tuples(st.just("update")),
)


def apply(env: dict[str, Any], op: tuple[Any, ...]) -> None:
    s: Services = env["services"]
    clock: FixedClock = env["clock"]
    cases = case_ids(s)
    pick = (lambda i: cases[i % len(cases)]) if cases else None
    name = op[0]
    if name == "case":
        case = make_case(s)
        case.started_at = (clock.now() - timedelta(hours=op[1])).isoformat()
        s.cases.save(case)
    elif name == "edit" and pick:
        case = s.cases.get(pick(op[1]))
        what = op[2]
        if what == "start":
            case.started_at = (datetime.fromisoformat(case.started_at) - timedelta(days=3)).isoformat()
        elif what == "end":
            case.ended_at = clock.now().isoformat()
        elif what in ("close", "reopen"):
            case.status = "closed" if what == "close" else "open"
        elif what == "no_violation":
            case.violations = []
        elif what == "violation":
            case.violations.append(ViolationRef(id=new_id(), decree="98/2020/NĐ-CP", article=11, clause=1,
                                                description="Buôn bán hàng giả", fine_amount=5_000_000))
        else:
            case.title += " (sửa)"
        s.cases.save(case)
    elif name == "final" and pick:
        env["number"] = env.get("number", 0) + 1
        kind = op[2]
        number = str(env["number"]) if kind in ("tt22.m01", "nd118.mqd02") else ""
        try:
            make_final(s, s.cases.get(pick(op[1])), kind, number)
        except ValidationError:
            pass  # the rules refuse this paper now (e.g. minutes drawn up too late): nothing was finalised
    elif name == "correct" and pick:
        finals = [d for d in s.documents.list(case_id=pick(op[1])) if d.status != "draft"]
        superseded = {d.supersedes for d in s.documents.list(case_id=pick(op[1]))}
        finals = [d for d in finals if d.id not in superseded]
        if finals:
            draft = complete(s.documents.correct(finals[0].id), clock.now())
            s.documents.save_draft(draft)
            env["number"] = env.get("number", 0) + 1
            number = str(env["number"]) if draft.kind in ("tt22.m01", "nd118.mqd02") else ""
            try:
                s.documents.finalize(draft.id, number)
            except ValidationError:
                pass  # refused by the rules: the correction stays a draft
    elif name == "clock":
        clock.advance(timedelta(days=op[1]))
    elif name == "days_off":
        # HQ pushes the Government's days off: one weekday of 2026 (from mid-March) becomes a day off.
        day = START.date() + timedelta(days=op[1])
        if day.weekday() < 5:
            s.rules.import_days_off(2026, {"source": "Thông báo thử", "working_days": [],
                                           "days_off": [{"date": day.isoformat(), "name": "Nghỉ thêm"}]})
    elif name == "slice":
        for _ in range(op[1]):
            s.rules.index.catch_up(budget_s=0)
    elif name == "update":
        # Restart with another bundled rule table (an app update): the stored deadlines are now stale.
        s.close()
        env["ref"] = "ref-b" if env["ref"] == "ref-a" else "ref-a"
        env["services"] = build_services(env["root"] / "data", clock, env["root"] / env["ref"])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=1, max_size=14))
def test_stored_deadlines_always_equal_a_full_recomputation(ops: list[tuple[Any, ...]]) -> None:
    with installation() as env:
        for op in ops:
            apply(env, op)
            assert_current_cases_match(env["services"])
        env["services"].rules.index.rebuild()
        assert_table_equals_recomputation(env["services"])


def test_a_change_is_stored_in_the_same_transaction(services: Services) -> None:
    case = make_case(services)
    stored = services.rules.stored_deadlines(case.id)
    assert [it.rule for it in stored] == [it.rule for it in services.rules.deadlines_for_case(case.id)]
    assert {it.rule for it in stored} >= {"inspection", "mbb01"}
    # A save that fails rolls its deadlines back with it.
    case.started_at = (services.clock.now() - timedelta(days=30)).isoformat()
    try:
        with services.repo.write():
            services.repo.save_case(case)
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert services.rules.stored_deadlines(case.id) == stored


def test_superseded_documents_drop_out_of_the_list(services: Services) -> None:
    case = make_case(services)
    first = make_final(services, case, "tt22.m06")
    uploads = [it for it in services.rules.stored_deadlines(case.id) if it.rule == "ins_upload"]
    assert [it.document_id for it in uploads] == [first.id]
    draft = complete(services.documents.correct(first.id), services.clock.now())
    services.documents.save_draft(draft)
    # A correction still in draft changes nothing: the signed minutes are in force.
    assert [it.document_id for it in services.rules.stored_deadlines(case.id) if it.rule == "ins_upload"] \
        == [first.id]
    corrected = services.documents.finalize(draft.id)
    items = services.rules.stored_deadlines(case.id)
    assert [it.document_id for it in items if it.rule == "ins_upload"] == [corrected.id]
    assert all(it.document_id != first.id for it in items)


def test_days_off_pushed_by_hq_make_the_deadlines_stale_until_caught_up(services: Services) -> None:
    case = make_case(services)  # a violation found Tue 10/03/2026 06:00: the MBB01 is due Thu 12/03
    services.rules.index.rebuild()
    assert not services.rules.index.is_stale()
    before = {it.rule: it.due for it in services.rules.stored_deadlines(case.id)}
    assert before["mbb01"] == "2026-03-12"
    services.rules.import_days_off(2026, {"source": "Thông báo thử", "working_days": [],
                                          "days_off": [{"date": "2026-03-11", "name": "Nghỉ thêm"}]})
    assert services.rules.index.is_stale()
    assert services.rules.stored_deadlines(case.id)[0].due == services.rules.stored_deadlines(case.id)[0].due
    step = services.rules.index.catch_up()
    assert step.finished and step.recomputed == 1
    after = {it.rule: it.due for it in services.rules.stored_deadlines(case.id)}
    assert after["mbb01"] == "2026-03-13"
    assert not services.rules.index.is_stale()


def test_items_falling_due_soon_across_cases_follow_the_clock() -> None:
    """Cases found over the last week; the clock walks in 5-hour steps over 8 days: at every step the stored
    due-soon list (one indexed query) equals the one a full recomputation gives, and it is not always empty."""
    with installation() as env:
        s: Services = env["services"]
        clock: FixedClock = env["clock"]
        for hours in range(0, 170, 13):
            case = make_case(s)
            case.started_at = (clock.now() - timedelta(hours=hours)).isoformat()
            s.cases.save(case)
        sizes = []
        for _ in range(40):
            expected = due_soon_by_recomputation(s)
            assert s.rules.due_soon_across_cases() == expected, clock.now()
            sizes.append(len(expected))
            clock.advance(timedelta(hours=5))
        assert max(sizes) > 0 and min(sizes) == 0, sizes  # some due, and later all of them overdue
