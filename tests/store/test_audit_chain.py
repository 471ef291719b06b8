"""The hash-chained audit log: every change is recorded, and verify finds the first broken link."""

from __future__ import annotations

import pytest

from inspector_app.store.audit import GENESIS, event_hash
from inspector_builders import make_case, make_final, raw_connection


@pytest.fixture
def chained(services):
    case = make_case(services)
    make_final(services, case, "nd118.mbb01")
    make_final(services, case, "tt22.m06")
    count = services.repo.db.conn.execute("SELECT COUNT(*) FROM audit_events").fetchone()[0]
    assert count >= 6
    raw = raw_connection(services.repo.path)
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("DROP TRIGGER audit_no_delete")
    yield services, raw, count
    raw.close()


def test_every_event_links_to_the_one_before(services):
    case = make_case(services)
    make_final(services, case, "nd118.mbb01")
    rows = services.repo.db.conn.execute("SELECT seq, at, actor, action, entity, entity_id, data, prev_hash, hash"
                                         " FROM audit_events ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0][7] == GENESIS
    for before, after in zip(rows, rows[1:], strict=False):
        assert after[7] == before[8]
    actions = [r[3] for r in rows]
    assert actions[:2] == ["case.create", "case.update"] and "document.finalize" in actions
    report = services.repo.verify_audit()
    assert report.ok and report.checked == len(rows) and report.broken_at is None


def test_event_hash_covers_every_field():
    base = dict(seq=1, at="2026-03-10T09:00:00", actor="QLTT0215", action="a", entity="e", entity_id="i",
                data={"k": 1}, prev_hash=GENESIS)
    digest = event_hash(**base)
    for key, other in (("seq", 2), ("at", "x"), ("actor", "x"), ("action", "x"), ("entity", "x"),
                       ("entity_id", "x"), ("data", {"k": 2}), ("prev_hash", "1" * 64)):
        assert event_hash(**{**base, key: other}) != digest, key


@pytest.mark.parametrize("column,value", [("data", '{"kind":"forged"}'), ("actor", "someone else"),
                                          ("at", "2020-01-01T00:00:00"), ("action", "document.delete")])
def test_verify_finds_a_tampered_event(chained, column, value):
    services, raw, _ = chained
    raw.execute(f"UPDATE audit_events SET {column} = ? WHERE seq = 4", (value,))
    report = services.repo.verify_audit()
    assert not report.ok and report.broken_at == 4 and report.checked == 3
    assert report.reason == "nội dung sự kiện đã bị thay đổi"


def test_verify_reports_the_first_of_several_broken_links(chained):
    services, raw, _ = chained
    raw.execute("UPDATE audit_events SET data = '{}' WHERE seq IN (5, 3)")
    assert services.repo.verify_audit().broken_at == 3


def test_verify_finds_a_rewritten_link(chained):
    services, raw, _ = chained
    raw.execute("UPDATE audit_events SET prev_hash = ? WHERE seq = 2", ("f" * 64,))
    report = services.repo.verify_audit()
    assert report.broken_at == 2 and report.reason == "liên kết với sự kiện trước bị sai"


def test_verify_finds_a_recomputed_event_by_its_successor(chained):
    services, raw, _ = chained
    seq, at, actor, action, entity, entity_id, _data, prev = raw.execute(
        "SELECT seq, at, actor, action, entity, entity_id, data, prev_hash FROM audit_events WHERE seq = 3").fetchone()
    forged = event_hash(seq, at, actor, action, entity, entity_id, {"forged": True}, prev)
    raw.execute("UPDATE audit_events SET data = '{\"forged\":true}', hash = ? WHERE seq = 3", (forged,))
    report = services.repo.verify_audit()
    assert report.broken_at == 4 and report.reason == "liên kết với sự kiện trước bị sai"


def test_verify_finds_a_deleted_event(chained):
    services, raw, _ = chained
    raw.execute("DELETE FROM audit_events WHERE seq = 3")
    report = services.repo.verify_audit()
    assert report.broken_at == 4 and report.reason == "thiếu sự kiện số 3"


def test_verify_finds_unreadable_event_data(chained):
    services, raw, _ = chained
    raw.execute("UPDATE audit_events SET data = 'not json' WHERE seq = 2")
    assert services.repo.verify_audit().broken_at == 2
