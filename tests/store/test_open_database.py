"""open_database(): pragmas, integrity check, corrupt, locked and newer files, and migrating."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from pathlib import Path

import pytest

from inspector_app.store.db import (
    BUSY_TIMEOUT_MS,
    CorruptDatabaseError,
    LockedDatabaseError,
    NewerDatabaseError,
    StoreError,
    check_integrity,
    open_database,
)
from inspector_app.store.migrations import MIGRATIONS, applied_names


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_database(path: Path) -> None:
    """A real app database with some rows, checkpointed into the main file and closed."""
    db = open_database(path)
    with db.conn:
        db.conn.execute("BEGIN")
        for i in range(300):
            db.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (f"k{i}", "giá trị " * 40))
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()


def test_fresh_database_has_wal_foreign_keys_full_sync_and_busy_timeout(tmp_path):
    db = open_database(tmp_path / "new" / "inspector.sqlite3")
    try:
        pragma = lambda name: db.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == BUSY_TIMEOUT_MS
        assert pragma("recursive_triggers") == 1
        assert applied_names(db) == [name for name, _ in MIGRATIONS]
        assert {"documents", "audit_events", "number_counters", "case_search"} <= set(db.table_names())
        assert "search_index" not in set(db.table_names())
    finally:
        db.conn.close()


def test_reopening_applies_nothing_and_makes_no_backup(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = open_database(path)
    before = db.conn.execute("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id").fetchall()
    db.conn.close()
    db = open_database(path)
    after = db.conn.execute("SELECT name, applied_at FROM _sqlite_migrations ORDER BY id").fetchall()
    db.conn.close()
    assert before == after
    assert not (tmp_path / "backups").exists()


def test_foreign_keys_are_enforced(tmp_path):
    db = open_database(tmp_path / "inspector.sqlite3")
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("INSERT INTO goods (id, case_id, line_no, name, unit, quantity, data)"
                        " VALUES ('g', 'no-such-case', 1, 'x', 'cái', '1', '{}')")
    db.conn.close()


def test_random_bytes_file_is_corrupt_and_left_alone(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    path.write_bytes(os.urandom(64 * 1024))
    digest = _digest(path)
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path)
    assert str(path) in info.value.message and "\n" not in info.value.message
    assert _digest(path) == digest


def test_text_file_is_corrupt(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    path.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


@pytest.mark.parametrize("fraction", [0.5, 0.25])
def test_truncated_real_database_is_corrupt(tmp_path, fraction):
    path = tmp_path / "inspector.sqlite3"
    _filled_database(path)
    size = path.stat().st_size
    assert size > 100 * 1024
    with path.open("r+b") as fh:
        fh.truncate(int(size * fraction))
    with pytest.raises(CorruptDatabaseError):
        open_database(path)


def test_database_with_a_damaged_page_fails_the_full_check_not_the_quick_open(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    _filled_database(path)
    assert check_integrity(path) == "ok"
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:  # overwrite a b-tree page in the middle, keep the header intact
        fh.seek(page * 20)
        fh.write(os.urandom(page))
    # Start-up reads the header, the journal and the schema only (O(1) in the file's size) …
    open_database(path).conn.close()
    # … and the full check, run beside the app or by ``inspector doctor``, finds the damaged page.
    assert check_integrity(path) != "ok"


def test_doctor_command_reports_a_damaged_page(tmp_path, capsys):
    from inspector_app.cli import run

    data = tmp_path / "data"
    data.mkdir()
    path = data / "inspector.sqlite3"
    _filled_database(path)
    assert run(["doctor", "--data-dir", str(data)]) == 0
    assert "toàn vẹn" in capsys.readouterr().out
    page = sqlite3.connect(path).execute("PRAGMA page_size").fetchone()[0]
    with path.open("r+b") as fh:
        fh.seek(page * 20)
        fh.write(os.urandom(page))
    assert run(["doctor", "--data-dir", str(data), "--json"]) == 1
    assert '"ok": false' in capsys.readouterr().out


def test_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    path.touch()
    db = open_database(path)
    assert "documents" in db.table_names()
    db.conn.close()


def test_locked_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    open_database(path).conn.close()
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
        started = time.monotonic()
        with pytest.raises(LockedDatabaseError) as info:
            open_database(path)
        assert time.monotonic() - started < BUSY_TIMEOUT_MS / 1000 + 5
        assert "khóa" in info.value.message and str(path) in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_database_from_a_newer_version_is_refused_and_not_changed(tmp_path):
    path = tmp_path / "inspector.sqlite3"
    db = open_database(path)
    db.conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                    " VALUES ('inspector', '0099_from_the_future', '2030-01-01')")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    digest = _digest(path)
    with pytest.raises(NewerDatabaseError) as info:
        open_database(path)
    assert "0099_from_the_future" in info.value.message and "phiên bản" in info.value.message
    assert _digest(path) == digest
    assert not (tmp_path / "backups").exists()


def test_data_dir_that_cannot_be_created_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError) as info:
        open_database(blocker / "inspector.sqlite3")
    assert info.value.code == "database_access"
