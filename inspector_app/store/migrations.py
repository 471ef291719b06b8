"""Named, append-only schema migrations (sqlite-utils ``Migrations``), each in its own transaction.

Never edit a migration that has shipped: add a new one at the end of ``MIGRATIONS``. A database that has
applied a migration this version does not know is refused by ``open_database()``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from .copying import backup_to

SCHEMA_SET = Migrations("inspector")
MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = []


def migration(name: str) -> Callable[[Callable[[sqlite_utils.Database], None]], Callable[[sqlite_utils.Database], None]]:
    """Register a migration under ``name`` (``0001_initial`` …) in order."""

    def register(fn: Callable[[sqlite_utils.Database], None]) -> Callable[[sqlite_utils.Database], None]:
        SCHEMA_SET(name=name)(fn)
        MIGRATIONS.append((name, fn))
        return fn

    return register


def applied_names(db: sqlite_utils.Database) -> list[str]:
    """Names of the migrations already applied to ``db``."""
    return [m.name for m in SCHEMA_SET.applied(db)]


def backup_before_migrating(db: sqlite_utils.Database, path: Path, first_pending: str,
                            key: bytes | None = None) -> Path:
    """Copy the database (online backup API, consistent under WAL) next to it before changing its schema.

    An encrypted database is copied into a file encrypted with the same key (SQLCipher's backup API needs
    both sides keyed alike), so the backup is no weaker than the database.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    backup_dir = path.parent / "backups"
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"{path.stem}-before-{first_pending}-{stamp}{path.suffix}"
    backup_to(db.conn, target, key)
    return target


def run_script(db: sqlite_utils.Database, script: str) -> None:
    """Execute a multi-statement script inside the current transaction.

    ``sqlite3.executescript`` would COMMIT the migration's transaction first, so statements are split with
    ``sqlite3.complete_statement`` (which understands trigger bodies) and run one by one.
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement.strip(";").strip():
                db.conn.execute(statement)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer[:80]!r}")


@migration("0001_initial")
def m0001_initial(db: sqlite_utils.Database) -> None:
    """Units, officers, subjects, cases with goods/violations/seals, documents, numbering, audit, FTS."""
    run_script(
        db,
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE units (
            code TEXT PRIMARY KEY, name TEXT NOT NULL, parent_name TEXT NOT NULL,
            place_name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '');

        CREATE TABLE officers (
            id TEXT PRIMARY KEY, full_name TEXT NOT NULL, title TEXT NOT NULL,
            officer_no TEXT NOT NULL UNIQUE, card_no TEXT NOT NULL DEFAULT '',
            unit_code TEXT NOT NULL DEFAULT '');

        CREATE TABLE subjects (
            id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
            tax_code TEXT NOT NULL DEFAULT '', id_number TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL);
        CREATE INDEX subjects_tax_code ON subjects(tax_code) WHERE tax_code != '';
        CREATE INDEX subjects_id_number ON subjects(id_number) WHERE id_number != '';

        CREATE TABLE cases (
            id TEXT PRIMARY KEY, unit_code TEXT NOT NULL, title TEXT NOT NULL, place TEXT NOT NULL,
            started_at TEXT NOT NULL, ended_at TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            subject_id TEXT REFERENCES subjects(id),
            decision TEXT NOT NULL DEFAULT '{}', team TEXT NOT NULL DEFAULT '[]',
            findings TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
        CREATE INDEX cases_started ON cases(started_at DESC);
        CREATE INDEX cases_subject ON cases(subject_id);

        CREATE TABLE goods (
            id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL, name TEXT NOT NULL, unit TEXT NOT NULL, quantity TEXT NOT NULL,
            barcode TEXT NOT NULL DEFAULT '', data TEXT NOT NULL);
        CREATE INDEX goods_case ON goods(case_id, line_no);
        CREATE INDEX goods_barcode ON goods(barcode) WHERE barcode != '';

        CREATE TABLE violations (
            id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX violations_case ON violations(case_id, line_no);

        CREATE TABLE seals (
            id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            line_no INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX seals_case ON seals(case_id, line_no);

        CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY, filename TEXT NOT NULL, media_type TEXT NOT NULL,
            size INTEGER NOT NULL, stored_path TEXT NOT NULL, created_at TEXT NOT NULL);
        CREATE TABLE case_attachments (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL REFERENCES attachments(sha256),
            line_no INTEGER NOT NULL, data TEXT NOT NULL,
            PRIMARY KEY (case_id, sha256));

        CREATE TABLE documents (
            id TEXT PRIMARY KEY, case_id TEXT NOT NULL REFERENCES cases(id),
            kind TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'draft'
                CHECK (status IN ('draft', 'final', 'synced')),
            number TEXT NOT NULL DEFAULT '', officer_no TEXT NOT NULL DEFAULT '',
            supersedes TEXT NOT NULL DEFAULT '', body TEXT NOT NULL,
            canonical TEXT, sha256 TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL, updated_at TEXT NOT NULL, finalized_at TEXT NOT NULL DEFAULT '');
        CREATE INDEX documents_case ON documents(case_id);
        CREATE INDEX documents_status ON documents(status, kind);
        CREATE UNIQUE INDEX documents_number ON documents(kind, number, substr(finalized_at, 1, 4))
            WHERE number != '';

        -- A final document never changes: only its status may move final -> synced.
        CREATE TRIGGER documents_final_immutable BEFORE UPDATE ON documents
        WHEN OLD.status != 'draft' AND (
            NEW.body IS NOT OLD.body OR NEW.canonical IS NOT OLD.canonical OR NEW.sha256 IS NOT OLD.sha256
            OR NEW.number IS NOT OLD.number OR NEW.kind IS NOT OLD.kind OR NEW.case_id IS NOT OLD.case_id
            OR NEW.id IS NOT OLD.id OR NEW.supersedes IS NOT OLD.supersedes
            OR NEW.finalized_at IS NOT OLD.finalized_at OR NEW.officer_no IS NOT OLD.officer_no
            OR (OLD.status = 'synced' AND NEW.status != 'synced')
            OR (OLD.status = 'final' AND NEW.status NOT IN ('final', 'synced')))
        BEGIN SELECT RAISE(ABORT, 'final document is immutable'); END;
        CREATE TRIGGER documents_final_undeletable BEFORE DELETE ON documents
        WHEN OLD.status != 'draft'
        BEGIN SELECT RAISE(ABORT, 'final document cannot be deleted'); END;

        CREATE TABLE number_counters (
            officer_no TEXT NOT NULL, symbol TEXT NOT NULL, year INTEGER NOT NULL,
            last_seq INTEGER NOT NULL, PRIMARY KEY (officer_no, symbol, year));

        CREATE TABLE audit_events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, actor TEXT NOT NULL,
            action TEXT NOT NULL, entity TEXT NOT NULL, entity_id TEXT NOT NULL,
            data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

        -- Search index: text is folded in Python (diacritics and đ->d) before it is stored or queried.
        CREATE VIRTUAL TABLE search_index USING fts5(
            text, entity UNINDEXED, ref_id UNINDEXED, case_id UNINDEXED,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');

        CREATE TABLE outbox (
            document_id TEXT PRIMARY KEY REFERENCES documents(id),
            state TEXT NOT NULL CHECK (state IN ('final', 'sending', 'synced', 'retry', 'conflict', 'rejected')),
            attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);
        CREATE INDEX outbox_state ON outbox(state, next_attempt_at);

        CREATE TABLE reference_items (
            kind TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,
            valid_from TEXT NOT NULL DEFAULT '', valid_to TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'bundled', updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, key));
        """
    )


@migration("0002_replace_guards")
def m0002_replace_guards(db: sqlite_utils.Database) -> None:
    """Close the REPLACE hole in the immutability triggers.

    ``INSERT OR REPLACE`` deletes the conflicting row without firing DELETE triggers (unless the connection
    has ``recursive_triggers`` on, which ``open_database`` sets but another program may not), so it could
    overwrite a final document or an audit event. Refuse such inserts up front.
    """
    run_script(
        db,
        """
        CREATE TRIGGER documents_final_unreplaceable BEFORE INSERT ON documents
        WHEN EXISTS (SELECT 1 FROM documents WHERE status != 'draft' AND (id = NEW.id OR (
            NEW.number != '' AND kind = NEW.kind AND number = NEW.number
            AND substr(finalized_at, 1, 4) = substr(NEW.finalized_at, 1, 4))))
        BEGIN SELECT RAISE(ABORT, 'final document is immutable'); END;

        CREATE TRIGGER audit_no_replace BEFORE INSERT ON audit_events
        WHEN EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq)
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        """,
    )


def _case_search_text_0003(db: sqlite_utils.Database, case_id: str) -> str:
    """Folded text of one case as migration 0003 indexed it: the case, its subject and all its goods.

    Frozen with the migration (a shipped migration never changes); the live definition, which the
    repository writes on every case change, is ``store.search.case_search_text``."""
    from inspector_app.domain.text import fold

    row = db.conn.execute(
        "SELECT c.title, c.place, c.findings, json_extract(c.decision, '$.number'), s.data"
        " FROM cases c LEFT JOIN subjects s ON s.id = c.subject_id WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        return ""
    parts = [str(x) for x in row[:4] if x]
    if row[4]:
        import json

        subject = json.loads(row[4])
        parts += [str(subject.get(k, "")) for k in ("name", "tax_code", "id_number", "address", "representative",
                                                    "platform", "shop_url", "account_id")]
    goods = db.conn.execute(
        "SELECT group_concat(name || ' ' || barcode || ' ' || COALESCE(json_extract(data, '$.brand'), '') || ' '"
        " || COALESCE(json_extract(data, '$.model'), '') || ' ' || COALESCE(json_extract(data, '$.origin'), '')"
        " || ' ' || COALESCE(json_extract(data, '$.note'), ''), ' ') FROM goods WHERE case_id = ?",
        (case_id,)).fetchone()[0]
    if goods:
        parts.append(goods)
    return fold(" ".join(p for p in parts if p))


@migration("0003_case_search")
def m0003_case_search(db: sqlite_utils.Database) -> None:
    """One search document per case, keyed by a stable integer ``cases.seq``.

    Lists filter by search text with ``seq IN (SELECT rowid …)``, which reads only the FTS doclists: the
    entity-level ``search_index`` had to read a stored case id for every match (about 180 ms for a common
    word in 100,000 cases). It also lets words match across the case, its subject and its goods. The
    document-kind filter gets an index of its own.
    """
    run_script(
        db,
        """
        ALTER TABLE cases ADD COLUMN seq INTEGER;
        UPDATE cases SET seq = rowid;
        CREATE UNIQUE INDEX cases_seq ON cases(seq);
        CREATE VIRTUAL TABLE case_search USING fts5(
            text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
        CREATE INDEX documents_kind_case ON documents(kind, case_id);
        """,
    )
    for case_id, seq in db.conn.execute("SELECT id, seq FROM cases").fetchall():
        db.conn.execute("INSERT INTO case_search (rowid, text) VALUES (?, ?)", (seq, _case_search_text_0003(db, case_id)))


@migration("0004_drop_entity_search")
def m0004_drop_entity_search(db: sqlite_utils.Database) -> None:
    """Drop the entity-level ``search_index``: ``case_search`` (0003) answers every search, and keeping both
    meant indexing every case, subject and goods change twice (each barcode scan included)."""
    run_script(db, "DROP TABLE search_index;")


@migration("0005_case_deadlines")
def m0005_case_deadlines(db: sqlite_utils.Database) -> None:
    """Deadlines as data: each case's due items, computed when the case or one of its documents changes.

    ``kind`` says how an item's state follows from the clock (``open``: pending until ``expires_at``, then
    overdue; ``untracked``: a reminder, then expired; ``done``/``late``/``invalid`` do not move);
    ``case_open`` copies the case's status (rewritten with it). The overdue list of open cases is then a walk
    of one partial index in due order that stops at the page size; ``deadline_cases`` records which calendar
    and rule data (a stamp) each case was computed with, so a change of either is caught up in the background.
    """
    run_script(
        db,
        """
        CREATE TABLE case_deadlines (
            case_id TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
            line INTEGER NOT NULL, rule TEXT NOT NULL, what TEXT NOT NULL, due TEXT NOT NULL,
            due_text TEXT NOT NULL, expires_at TEXT NOT NULL, kind TEXT NOT NULL
                CHECK (kind IN ('open', 'untracked', 'done', 'late', 'invalid')),
            case_open INTEGER NOT NULL,
            basis TEXT NOT NULL, rule_text TEXT NOT NULL, trigger TEXT NOT NULL, confidence TEXT NOT NULL,
            document_id TEXT NOT NULL, done_at TEXT NOT NULL, notes TEXT NOT NULL,
            PRIMARY KEY (case_id, line));
        CREATE INDEX case_deadlines_due ON case_deadlines(due, case_id, line)
            WHERE kind = 'open' AND case_open = 1;
        CREATE INDEX case_deadlines_open ON case_deadlines(expires_at) WHERE kind = 'open';
        CREATE TABLE deadline_cases (
            case_id TEXT PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
            stamp TEXT NOT NULL);
        CREATE INDEX deadline_cases_stamp ON deadline_cases(stamp);
        """,
    )


@migration("0006_subject_history_lookups")
def m0006_subject_history_lookups(db: sqlite_utils.Database) -> None:
    """Earlier violations of a subject are looked up on every opening of a case: index the HQ-pushed ones by
    tax code and CCCD (they were found by reading every pushed item)."""
    run_script(
        db,
        """
        CREATE INDEX reference_subject_tax ON reference_items(json_extract(data, '$.tax_code'))
            WHERE kind = 'subject_violation';
        CREATE INDEX reference_subject_id ON reference_items(json_extract(data, '$.id_number'))
            WHERE kind = 'subject_violation';
        """,
    )


@migration("0007_purge_marks")
def m0007_purge_marks(db: sqlite_utils.Database) -> None:
    """Purging synced documents from a laptop (retention, or a device revoked by HQ).

    A final document still may never be deleted; a synced one only once its purge is recorded in
    ``purge_marks`` with the very SHA-256 it had (the audit log keeps that hash too). An unsynced final
    document can never be purged: HQ does not have it yet.
    """
    run_script(
        db,
        """
        CREATE TABLE purge_marks (
            document_id TEXT PRIMARY KEY, sha256 TEXT NOT NULL, kind TEXT NOT NULL, number TEXT NOT NULL,
            reason TEXT NOT NULL, purged_at TEXT NOT NULL);
        DROP TRIGGER documents_final_undeletable;
        CREATE TRIGGER documents_final_undeletable BEFORE DELETE ON documents
        WHEN OLD.status = 'final' OR (OLD.status = 'synced' AND NOT EXISTS (
            SELECT 1 FROM purge_marks WHERE document_id = OLD.id AND sha256 = OLD.sha256))
        BEGIN SELECT RAISE(ABORT, 'final document cannot be deleted'); END;
        CREATE TRIGGER purge_marks_append_only BEFORE UPDATE ON purge_marks
        BEGIN SELECT RAISE(ABORT, 'purge marks are append-only'); END;
        """,
    )


@migration("0008_open_reviews")
def m0008_open_reviews(db: sqlite_utils.Database) -> None:
    """The deadline dock lists HQ reviews that still need the officer (has issues / rejected, not replaced by
    a local correction) on every refresh: index those reviews newest first and the documents by the version
    they supersede, so the list is read a page at a time instead of every review item."""
    run_script(
        db,
        """
        CREATE INDEX reference_open_reviews ON reference_items(json_extract(data, '$.reviewed_at'), key)
            WHERE kind = 'review' AND json_extract(data, '$.state') IN ('has_issues', 'rejected');
        CREATE INDEX documents_supersedes ON documents(supersedes) WHERE supersedes != '';
        """,
    )


@migration("0009_document_scans")
def m0009_document_scans(db: sqlite_utils.Database) -> None:
    """Scanned signed copies of final documents (the INS 48-hour scan): not part of the document, which never
    changes, but kept beside it (the file sealed in the vault like every attachment) and sent to HQ after
    the document itself, once (``sent`` holds the outcome)."""
    run_script(
        db,
        """
        CREATE TABLE document_scans (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL, filename TEXT NOT NULL, size INTEGER NOT NULL, added_at TEXT NOT NULL,
            sent TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (document_id, sha256));
        CREATE INDEX document_scans_unsent ON document_scans(added_at) WHERE sent = '';
        """,
    )


@migration("0010_printed_copies")
def m0010_printed_copies(db: sqlite_utils.Database) -> None:
    """The PDF printed at finalisation, kept: a final document never changes, and neither may its paper. A
    re-rendering by a later version of the forms (another column width, another page count) would differ
    from what was signed, so the bytes rendered once at finalisation are sealed in the vault (an
    ``attachments`` row, same SHA-256 address) and linked here; final document rows are immutable by trigger,
    hence a table beside them rather than a column."""
    run_script(
        db,
        """
        CREATE TABLE printed_copies (
            document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL, size INTEGER NOT NULL, pages INTEGER NOT NULL, sheets INTEGER NOT NULL,
            annex_sheets INTEGER NOT NULL DEFAULT 0, kept_at TEXT NOT NULL);
        CREATE INDEX printed_copies_sha256 ON printed_copies(sha256);
        CREATE TRIGGER printed_copies_unchangeable BEFORE UPDATE ON printed_copies
        BEGIN SELECT RAISE(ABORT, 'a printed copy cannot be changed'); END;
        """,
    )
