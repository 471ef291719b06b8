"""SQLite itself refuses to change or delete a final document (raw SQL, bypassing the services)."""

from __future__ import annotations

import pytest
import sqlcipher3

from inspector_builders import make_case, make_draft, make_final, raw_connection


@pytest.fixture
def final_and_draft(services):
    case = make_case(services)
    final = make_final(services, case, "nd118.mbb01")
    draft = make_draft(services, case, "tt22.m06")
    return services, final, draft


@pytest.fixture
def raw(services):
    """A second, plain connection to the same file, as another program would open it."""
    conn = raw_connection(services.repo.path)
    yield conn
    conn.close()


@pytest.mark.parametrize("assignment", [
    "body = '{}'", "canonical = '{}'", "sha256 = 'deadbeef'", "number = '99/BB-VPHC-QLTT0215'",
    "kind = 'tt22.m06'", "case_id = case_id || 'x'", "id = 'other'", "supersedes = 'x'",
    "finalized_at = '2020-01-01T00:00:00'", "officer_no = 'QLTT9999'", "status = 'draft'",
])
def test_raw_update_of_a_final_document_is_refused(final_and_draft, raw, assignment):
    services, final, _ = final_and_draft
    before = raw.execute("SELECT * FROM documents WHERE id = ?", (final.id,)).fetchone()
    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
        raw.execute(f"UPDATE documents SET {assignment} WHERE id = ?", (final.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="immutable"):
        services.repo.db.conn.execute(f"UPDATE documents SET {assignment} WHERE id = ?", (final.id,))
    assert raw.execute("SELECT * FROM documents WHERE id = ?", (final.id,)).fetchone() == before


def test_raw_delete_of_a_final_document_is_refused_but_a_draft_can_go(final_and_draft, raw):
    _, final, draft = final_and_draft
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
        raw.execute("DELETE FROM documents WHERE id = ?", (final.id,))
    with pytest.raises(sqlcipher3.IntegrityError):
        raw.execute("DELETE FROM documents")
    raw.execute("DELETE FROM documents WHERE id = ?", (draft.id,))
    ids = {r[0] for r in raw.execute("SELECT id FROM documents")}
    assert final.id in ids and draft.id not in ids


def test_final_may_only_move_on_to_synced_and_never_back(final_and_draft, raw):
    _, final, _ = final_and_draft
    raw.execute("UPDATE documents SET status = 'synced' WHERE id = ?", (final.id,))
    for status in ("final", "draft"):
        with pytest.raises(sqlcipher3.IntegrityError):
            raw.execute("UPDATE documents SET status = ? WHERE id = ?", (status, final.id))
    assert raw.execute("SELECT status FROM documents WHERE id = ?", (final.id,)).fetchone()[0] == "synced"


def test_replace_cannot_overwrite_a_final_document(final_and_draft, raw):
    services, final, _ = final_and_draft
    sql = ("INSERT OR REPLACE INTO documents (id, case_id, kind, number, finalized_at, body, created_at, updated_at)"
           " SELECT ?, case_id, kind, number, finalized_at, '{}', created_at, updated_at FROM documents WHERE id = ?")
    for conn in (raw, services.repo.db.conn):
        with pytest.raises(sqlcipher3.IntegrityError):
            conn.execute(sql, (final.id, final.id))  # same id
        with pytest.raises(sqlcipher3.IntegrityError):
            conn.execute(sql, ("another-id", final.id))  # same kind, number and year
    assert services.repo.canonical_of(final.id)[1] == final.sha256


def test_update_or_replace_through_the_app_connection_cannot_delete_a_final_document(final_and_draft):
    services, final, draft = final_and_draft
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):  # recursive_triggers at work
        services.repo.db.conn.execute("UPDATE OR REPLACE documents SET id = ? WHERE id = ?", (final.id, draft.id))
    assert services.repo.get_document(final.id).sha256 == final.sha256


def test_drafts_stay_freely_editable_with_raw_sql(final_and_draft, raw):
    _, _, draft = final_and_draft
    cur = raw.execute("UPDATE documents SET body = '{}' WHERE id = ?", (draft.id,))
    assert cur.rowcount == 1  # a trigger that silently ignored the update (RAISE(IGNORE)) would leave 0
    assert raw.execute("SELECT body FROM documents WHERE id = ?", (draft.id,)).fetchone()[0] == "{}"


@pytest.mark.parametrize("sql", ["UPDATE audit_events SET actor = 'x'", "DELETE FROM audit_events WHERE seq = 1",
                                 "INSERT OR REPLACE INTO audit_events (seq, at, actor, action, entity, entity_id,"
                                 " data, prev_hash, hash) VALUES (1, 'x', 'x', 'x', 'x', 'x', '{}', 'x', 'x')"])
def test_audit_log_is_append_only_for_raw_sql(final_and_draft, raw, sql):
    services, _, _ = final_and_draft
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        raw.execute(sql)
    assert services.repo.verify_audit().ok
