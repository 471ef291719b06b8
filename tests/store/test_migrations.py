"""Schema migrations one by one: build the old schema state, upgrade, check the data (and the backup)."""

from __future__ import annotations

import re
import sqlite3
from datetime import datetime

import pytest
import sqlite_utils

from inspector_app.domain.lifecycle import finalized_copy
from inspector_app.store.db import open_database
from inspector_app.store.migrations import (
    MIGRATIONS,
    SCHEMA_SET,
    applied_names,
    backup_before_migrating,
)
from inspector_app.store.repository import Repository
from inspector_app.store.search import case_search_text
from inspector_builders import case_record, valid_document

NOW = datetime(2026, 3, 10, 9, 0, 0)


def _database_at(path, last_applied: str) -> sqlite_utils.Database:
    """A database with the migrations up to and including ``last_applied`` only."""
    names = [name for name, _ in MIGRATIONS]
    db = sqlite_utils.Database(sqlite3.connect(path, isolation_level=None))
    later = names[names.index(last_applied) + 1:]
    SCHEMA_SET.apply(db, stop_before=later[0] if later else None)
    assert applied_names(db) == names[: names.index(last_applied) + 1]
    return db


def _insert_case_0001(db: sqlite_utils.Database, case) -> None:
    """A case (with its subject and goods) as the 0001 schema stores it, written with plain SQL so the test
    does not depend on today's repository."""
    import json

    from inspector_app.domain.model import to_dict

    if case.subject is not None:
        db.conn.execute("INSERT INTO subjects (id, kind, name, tax_code, id_number, data) VALUES (?, ?, ?, ?, ?, ?)",
                        (case.subject.id, case.subject.kind.value, case.subject.name, case.subject.tax_code,
                         case.subject.id_number, json.dumps(to_dict(case.subject), ensure_ascii=False)))
    db.conn.execute(
        "INSERT INTO cases (id, unit_code, title, place, started_at, subject_id, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (case.id, case.unit_code, case.title, case.place, case.started_at,
         case.subject.id if case.subject else None, case.started_at, case.started_at))
    for i, g in enumerate(case.goods, start=1):
        db.conn.execute("INSERT INTO goods (id, case_id, line_no, name, unit, quantity, barcode, data)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        (g.id, case.id, i, g.name, g.unit, str(g.quantity), g.barcode,
                         json.dumps(to_dict(g), ensure_ascii=False)))


def _store_final_document(db: sqlite_utils.Database) -> tuple[str, str]:
    """One case with a final document and its audit event, written with the repository."""
    repo = Repository(db)
    case = case_record(now=NOW)
    draft = valid_document("nd118.mbb01", NOW)
    draft.case_id = case.id
    final = finalized_copy(draft, "01/BB-VPHC-QLTT0215", NOW)
    with repo.write():
        _insert_case_0001(db, case)
        repo.insert_document(final, NOW.isoformat())
        repo.audit(NOW.isoformat(), "test", "document.finalize", "document", final.id, {"n": 1})
    return final.id, final.sha256


def test_migrations_are_named_in_order_and_unique():
    names = [name for name, _ in MIGRATIONS]
    assert names[0] == "0001_initial"
    assert len(set(names)) == len(names)
    assert names == sorted(names)
    assert all(re.fullmatch(r"\d{4}_[a-z0-9_]+", n) for n in names)
    assert [m.name for m in SCHEMA_SET._migrations] == names  # one registry, same order


def test_0001_initial_creates_the_schema_on_a_fresh_file(tmp_path):
    db = _database_at(tmp_path / "inspector.sqlite3", "0001_initial")
    tables = set(db.table_names())
    assert {"settings", "units", "officers", "subjects", "cases", "goods", "violations", "seals", "attachments",
            "case_attachments", "documents", "number_counters", "audit_events", "search_index", "outbox",
            "reference_items"} <= tables
    triggers = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"documents_final_immutable", "documents_final_undeletable", "audit_no_update", "audit_no_delete"} <= triggers


def test_0002_replace_guards_upgrades_a_0001_database_keeping_data_after_a_backup(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = _database_at(path, "0001_initial")
    doc_id, sha = _store_final_document(db)
    db.conn.close()

    db = open_database(path)
    try:
        assert applied_names(db) == [name for name, _ in MIGRATIONS]
        repo = Repository(db, path)
        assert repo.get_document(doc_id).sha256 == sha
        assert repo.verify_audit().ok and repo.verify_audit().checked == 1
        triggers = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"documents_final_unreplaceable", "audit_no_replace"} <= triggers
    finally:
        db.conn.close()

    backups = list((tmp_path / "backups").glob("inspector-before-0002_replace_guards-*.sqlite3"))
    assert len(backups) == 1
    old = sqlite_utils.Database(sqlite3.connect(backups[0]))
    assert applied_names(old) == ["0001_initial"]
    assert old.conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()[0] == sha
    assert old.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    old.conn.close()


def test_0002_replace_guards_refuses_replace_from_a_plain_connection(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = open_database(path)
    doc_id, sha = _store_final_document(db)
    db.conn.close()
    raw = sqlite3.connect(path, isolation_level=None)  # another program: no recursive_triggers
    try:
        assert raw.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
        with pytest.raises(sqlite3.IntegrityError, match="immutable"):
            raw.execute("INSERT OR REPLACE INTO documents (id, case_id, kind, body, created_at, updated_at)"
                        " SELECT id, case_id, kind, '{}', created_at, updated_at FROM documents WHERE id = ?",
                        (doc_id,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            raw.execute("INSERT OR REPLACE INTO audit_events (seq, at, actor, action, entity, entity_id, data,"
                        " prev_hash, hash) VALUES (1, 'x', 'x', 'x', 'x', 'x', '{}', 'x', 'x')")
        assert raw.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()[0] == sha
    finally:
        raw.close()


def test_backup_before_migrating_writes_a_consistent_copy(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = open_database(path)
    _store_final_document(db)
    db.conn.execute("INSERT INTO settings (key, value) VALUES ('uncheckpointed', 'in the WAL')")
    target = backup_before_migrating(db, path, "0003_example")
    db.conn.close()
    assert target.parent == tmp_path / "backups"
    assert target.name.startswith("inspector-before-0003_example-") and target.suffix == ".sqlite3"
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT value FROM settings WHERE key = 'uncheckpointed'").fetchone()[0] == "in the WAL"
        assert copy.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 1
    finally:
        copy.close()


def test_fresh_database_is_not_backed_up(tmp_path):
    open_database(tmp_path / "inspector.sqlite3").conn.close()
    assert not (tmp_path / "backups").exists()


def test_0003_case_search_indexes_existing_cases_and_keeps_them_searchable(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = _database_at(path, "0002_replace_guards")
    case = case_record(now=NOW)
    with db.conn:
        _insert_case_0001(db, case)
    db.conn.close()

    db = open_database(path)
    try:
        repo = Repository(db, path)
        seq = db.conn.execute("SELECT seq FROM cases WHERE id = ?", (case.id,)).fetchone()[0]
        assert isinstance(seq, int) and seq > 0
        assert db.conn.execute("SELECT count(*) FROM case_search").fetchone()[0] == 1
        found = {r.id for r in repo.list_cases(search=case.subject.name if case.subject else case.title)}
        assert found == {case.id}
        # Words from the subject and from a goods row match together: one search document per case.
        if case.goods:
            mixed = f"{case.subject.name.split()[0] if case.subject else ''} {case.goods[0].name}"
            assert {r.id for r in repo.list_cases(search=mixed)} == {case.id}
        indexes = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "documents_kind_case" in indexes
    finally:
        db.conn.close()
    assert list((tmp_path / "backups").glob("inspector-before-0003_case_search-*.sqlite3"))


def test_0004_drops_the_entity_index_and_search_still_finds_cases_by_subject_and_goods(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = _database_at(path, "0003_case_search")
    case = case_record(now=NOW)
    with db.conn:
        _insert_case_0001(db, case)
        db.conn.execute("UPDATE cases SET seq = 1 WHERE id = ?", (case.id,))
        db.conn.execute("INSERT INTO case_search (rowid, text) VALUES (1, ?)", (case_search_text(db, case.id),))
    assert "search_index" in db.table_names()
    db.conn.close()

    db = open_database(path)
    try:
        assert "search_index" not in db.table_names()
        repo = Repository(db, path)
        assert case.subject is not None
        hits = repo.search(case.subject.name)
        assert {(h.case_id, h.entity) for h in hits} == {(case.id, "subject")}
        if case.goods:
            assert (case.id, "goods") in {(h.case_id, h.entity) for h in repo.search(case.goods[0].name)}
    finally:
        db.conn.close()


def test_0005_case_deadlines_starts_empty_and_stale_then_a_catch_up_fills_it(tmp_path):
    from inspector_app.app import build_services
    from inspector_app.domain.clock import FixedClock
    from inspector_app.store.db import DB_FILENAME

    path = tmp_path / DB_FILENAME
    db = _database_at(path, "0004_drop_entity_search")
    case = case_record(now=NOW)
    with db.conn:
        _insert_case_0001(db, case)
        db.conn.execute("UPDATE cases SET seq = 1 WHERE id = ?", (case.id,))
        db.conn.execute("INSERT INTO case_search (rowid, text) VALUES (1, ?)", (case_search_text(db, case.id),))
    db.conn.close()

    services = build_services(tmp_path, FixedClock(NOW))
    try:
        assert services.repo.db.conn.execute("SELECT count(*) FROM case_deadlines").fetchone()[0] == 0
        assert services.rules.index.is_stale()
        step = services.rules.index.catch_up()
        assert step.finished and step.recomputed == 1
        assert services.rules.stored_deadlines(case.id) == services.rules.deadlines_for_case(case.id)
        assert [it.rule for it in services.rules.stored_deadlines(case.id)] == ["inspection"]
        assert not services.rules.index.is_stale()
    finally:
        services.close()
    assert list((tmp_path / "backups").glob("inspector-before-0005_case_deadlines-*.sqlite3"))


def test_0006_indexes_hq_subject_violations_by_tax_code_and_cccd(tmp_path):
    from inspector_app.store.reference import ReferenceStore

    path = tmp_path / "inspector.sqlite3"
    db = _database_at(path, "0005_case_deadlines")
    with db.conn:
        for key, data in (("v1", '{"tax_code": "0100109106", "date": "2025-02-01"}'),
                          ("v2", '{"id_number": "075079001234", "date": "2025-01-01"}'),
                          ("v3", '{"tax_code": "0100109106", "id_number": "075079001234", "date": "2024-06-01"}')):
            db.conn.execute("INSERT INTO reference_items (kind, key, data, updated_at) VALUES"
                            " ('subject_violation', ?, ?, '2026-03-01')", (key, data))
    db.conn.close()
    db = open_database(path)
    try:
        indexes = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"reference_subject_tax", "reference_subject_id"} <= indexes
        store = ReferenceStore(Repository(db, path))
        assert [i.key for i in store.subject_violations("0100109106", "075079001234")] == ["v3", "v2", "v1"]
        assert [i.key for i in store.subject_violations(id_number="075079001234")] == ["v3", "v2"]
        assert store.subject_violations() == []
    finally:
        db.conn.close()
