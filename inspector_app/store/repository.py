"""Repositories over the local database: units, officers, cases (with goods, violations, seals,
attachments), documents, numbering, search and the audit log.

Every write runs in one IMMEDIATE transaction together with its audit event and its search-index rows, so
a killed process leaves either all of a change or none of it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_bytes, canonical_document, document_from_canonical
from inspector_app.domain.errors import ImmutableError, NotFoundError
from inspector_app.domain.model import (
    Attachment,
    Case,
    Document,
    DocumentStatus,
    GoodsRow,
    InspectionDecision,
    Officer,
    Participant,
    Seal,
    Subject,
    Unit,
    ViolationRef,
    from_dict,
    to_dict,
)
from inspector_app.domain.text import fold, nfc

from . import settings
from .audit import ChainReport, append_event, verify_chain
from .db import transaction, translate_sqlite_error
from .search import case_search_text, goods_text, subject_text
from .settings import Setting
from .vault import FileVault

# Called inside the committing transaction with the ids of the cases whose header or final documents changed.
CommitHook = Callable[[set[str]], None]


def _json(value: Any) -> str:
    return canonical_bytes(to_dict(value)).decode("utf-8")


def same_subject(tax_code: str, id_number: str) -> list[tuple[str, str]]:
    """What makes two subjects "the same subject" for repeat offences: the same tax code or the same CCCD.

    Returns the known identifiers as ``(field, value)`` pairs (``tax_code``, ``id_number``), empty ones left
    out; callers query one index per pair and join the results, since an ``OR`` of the two defeats the
    partial indexes.
    """
    return [(name, value) for name, value in (("tax_code", tax_code), ("id_number", id_number)) if value]


@dataclass(frozen=True)
class CaseSummary:
    """One row of the case list."""

    id: str
    title: str
    place: str
    started_at: str
    status: str
    subject_name: str
    subject_kind: str
    documents: int
    final_documents: int
    kinds: str


@dataclass(frozen=True)
class DocumentSummary:
    """One row of a document list (no body)."""

    id: str
    case_id: str
    kind: str
    number: str
    status: str
    sha256: str
    supersedes: str
    created_at: str
    finalized_at: str
    hq_review: str = ""  # HQ's review label ("Có vấn đề", …) pulled with the reference data, if any


@dataclass(frozen=True)
class SearchHit:
    """A search result: the case it belongs to and what matched."""

    case_id: str
    entity: str
    ref_id: str
    text: str


# Above this many matching cases a search walks the case list by date instead of looking matches up.
COMMON_MATCHES = 2000


def fts_query(text: str) -> str:
    """Turn user text into an FTS5 query: folded words, each a prefix match, all required."""
    # Only letters and digits matter to the unicode61 tokenizer; anything else (quotes, NUL, operators) could
    # break the FTS5 query syntax, so it becomes a separator.
    words = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    return " ".join(f'"{w}"*' for w in words)


class Repository:
    """Typed access to one open database. Not thread-safe: use it from one thread at a time."""

    def __init__(self, db: sqlite_utils.Database, path: Path | str = "", *, files_key: bytes | None = None) -> None:
        self.db = db
        self.path = Path(path) if path else Path(".")
        self._touched: set[str] = set()
        self._commit_hooks: list[CommitHook] = []
        # Attachment files live beside the database, sealed with the installation's file key.
        self.vault = FileVault(self.path.parent, files_key)

    # -- infrastructure ---------------------------------------------------------------------------
    def write(self) -> Any:
        """A write transaction (IMMEDIATE); nested calls are savepoints of the outer one.

        Before the outermost one commits, the commit hooks get the cases touched inside it (their derived
        data, such as the stored deadlines, is then written in the same transaction).
        """
        return self._write()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite_utils.Database]:
        if self.db.conn.in_transaction:
            with transaction(self.db) as db:
                yield db
            return
        self._touched.clear()
        try:
            with transaction(self.db) as db:
                yield db
                while self._touched:
                    touched, self._touched = self._touched, set()
                    for hook in self._commit_hooks:
                        hook(touched)
        finally:
            self._touched.clear()

    def add_commit_hook(self, hook: CommitHook) -> None:
        """Run ``hook(case_ids)`` inside every write transaction that touched cases, before it commits."""
        self._commit_hooks.append(hook)

    def touch_case(self, case_id: str) -> None:
        """Note that a case's header or its final documents changed in the current transaction."""
        self._touched.add(case_id)

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[dict[str, Any]]:
        cur = self.db.conn.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    def audit(self, at: str, actor: str, action: str, entity: str, entity_id: str,
              data: dict[str, Any] | None = None) -> None:
        """Append an audit event (inside the caller's transaction)."""
        append_event(self.db, at=at, actor=actor, action=action, entity=entity, entity_id=entity_id, data=data)

    def verify_audit(self) -> ChainReport:
        """Verify the audit chain."""
        return verify_chain(self.db)

    def audit_events(self, entity_id: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        """Audit events, newest first, optionally for one entity."""
        if entity_id:
            return self._rows("SELECT * FROM audit_events WHERE entity_id = ? ORDER BY seq DESC LIMIT ?",
                              (entity_id, limit))
        return self._rows("SELECT * FROM audit_events ORDER BY seq DESC LIMIT ?", (limit,))

    # -- settings ---------------------------------------------------------------------------------
    def get_setting(self, setting: Setting) -> str:
        """A settings value (plain text; the setting's default when it was never stored)."""
        return settings.read(self.db.conn, setting)

    def set_setting(self, setting: Setting, value: str, *more: tuple[Setting, str]) -> None:
        """Store one or more settings values together (inside the caller's transaction, or on its own)."""
        with self.write():
            settings.write(self.db.conn, (setting, value), *more)

    # -- units and officers -----------------------------------------------------------------------
    def save_unit(self, unit: Unit) -> None:
        """Insert or replace a unit."""
        self.db["units"].upsert(to_dict(unit), pk="code")  # type: ignore[union-attr]

    def get_unit(self, code: str) -> Unit:
        """The unit with ``code``."""
        rows = self._rows("SELECT * FROM units WHERE code = ?", (code,))
        if not rows:
            raise NotFoundError(f"Không tìm thấy đơn vị {code}")
        return from_dict(Unit, rows[0])

    def list_units(self) -> list[Unit]:
        """All units."""
        return [from_dict(Unit, r) for r in self._rows("SELECT * FROM units ORDER BY code")]

    def save_officer(self, officer: Officer) -> None:
        """Insert or replace an officer."""
        self.db["officers"].upsert(to_dict(officer), pk="id")  # type: ignore[union-attr]

    def get_officer(self, officer_id: str) -> Officer:
        """The officer with ``officer_id``."""
        rows = self._rows("SELECT * FROM officers WHERE id = ?", (officer_id,))
        if not rows:
            raise NotFoundError(f"Không tìm thấy công chức {officer_id}")
        return from_dict(Officer, rows[0])

    def officer_with_no(self, officer_no: str) -> Officer | None:
        """The officer whose số hiệu is ``officer_no`` (unique on this laptop), if any."""
        rows = self._rows("SELECT * FROM officers WHERE officer_no = ?", (officer_no,))
        return from_dict(Officer, rows[0]) if rows else None

    def list_officers(self) -> list[Officer]:
        """All officers."""
        return [from_dict(Officer, r) for r in self._rows("SELECT * FROM officers ORDER BY full_name")]

    # -- subjects ---------------------------------------------------------------------------------
    def _save_subject(self, subject: Subject) -> None:
        self.db.conn.execute(
            "INSERT INTO subjects (id, kind, name, tax_code, id_number, data) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET kind=excluded.kind, name=excluded.name, tax_code=excluded.tax_code,"
            " id_number=excluded.id_number, data=excluded.data",
            (nfc(subject.id), subject.kind.value, nfc(subject.name), nfc(subject.tax_code), nfc(subject.id_number),
             _json(subject)),
        )

    def get_subject(self, subject_id: str) -> Subject:
        """The subject with ``subject_id``."""
        row = self.db.conn.execute("SELECT data FROM subjects WHERE id = ?", (subject_id,)).fetchone()
        if not row:
            raise NotFoundError(f"Không tìm thấy đối tượng {subject_id}")
        return from_dict(Subject, json.loads(row[0]))

    def cases_of_subject(self, tax_code: str = "", id_number: str = "", exclude_case: str = "") -> list[str]:
        """Ids of cases whose subject has the same tax code or CCCD (repeat offences), oldest first.

        One index look-up per code (the ``!= ''`` terms let SQLite use the partial indexes; an ``OR`` of the
        two made it read every case each time a case was opened).
        """
        parts, params = [], []
        for column, value in same_subject(tax_code, id_number):
            parts.append("SELECT c.id, c.started_at FROM subjects s JOIN cases c ON c.subject_id = s.id"
                         f" WHERE s.{column} = ? AND s.{column} != '' AND c.id != ?")
            params += [value, exclude_case]
        if not parts:
            return []
        sql = " UNION ".join(parts) + " ORDER BY 2, 1"
        return [r[0] for r in self.db.conn.execute(sql, params)]

    # -- cases ------------------------------------------------------------------------------------
    def reindex_case(self, case_id: str) -> None:
        """Rebuild the per-case search document (inside the caller's transaction)."""
        row = self.db.conn.execute("SELECT seq FROM cases WHERE id = ?", (case_id,)).fetchone()
        if row is None:
            return
        self.db.conn.execute("DELETE FROM case_search WHERE rowid = ?", (row[0],))
        self.db.conn.execute("INSERT INTO case_search (rowid, text) VALUES (?, ?)",
                             (row[0], case_search_text(self.db, case_id)))

    def save_case_header(self, case: Case) -> None:
        """Insert or update a case's own fields and its subject (not its goods); inside a transaction."""
        if case.subject is not None:
            self._save_subject(case.subject)
        self.db.conn.execute(
            "INSERT INTO cases (id, unit_code, title, place, started_at, ended_at, status, subject_id, decision,"
            " team, findings, created_at, updated_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT COALESCE(MAX(seq), 0) + 1 FROM cases))"
            " ON CONFLICT(id) DO UPDATE SET unit_code=excluded.unit_code, title=excluded.title,"
            " place=excluded.place, started_at=excluded.started_at, ended_at=excluded.ended_at,"
            " status=excluded.status, subject_id=excluded.subject_id, decision=excluded.decision,"
            " team=excluded.team, findings=excluded.findings, updated_at=excluded.updated_at",
            tuple(nfc(v) if isinstance(v, str) else v for v in (
                case.id, case.unit_code, case.title, case.place, case.started_at, case.ended_at, case.status,
                case.subject.id if case.subject else None, _json(case.decision), _json(case.team), case.findings,
                case.created_at, case.updated_at)),
        )
        self.reindex_case(case.id)
        self.touch_case(case.id)

    def save_case(self, case: Case, *, goods: bool = True, attachments: bool = True) -> None:
        """Insert or fully replace a case with all its children (inside the caller's transaction);
        ``goods=False`` / ``attachments=False`` leave the stored goods rows / attachment links as they are
        (the editor saves those one by one)."""
        self.save_case_header(case)
        if goods:
            old_goods = [r[0] for r in self.db.conn.execute("SELECT id FROM goods WHERE case_id = ?", (case.id,))]
            keep = {g.id for g in case.goods}
            for gid in old_goods:
                if gid not in keep:
                    self.delete_goods_row(case.id, gid)
            for i, row in enumerate(case.goods, start=1):
                self.save_goods_row(case.id, row, i, reindex=False)
            self.reindex_case(case.id)
        self.db.conn.execute("DELETE FROM violations WHERE case_id = ?", (case.id,))
        for i, v in enumerate(case.violations, start=1):
            self.db.conn.execute("INSERT INTO violations (id, case_id, line_no, data) VALUES (?, ?, ?, ?)",
                                 (v.id, case.id, i, _json(v)))
        self.db.conn.execute("DELETE FROM seals WHERE case_id = ?", (case.id,))
        for i, s in enumerate(case.seals, start=1):
            self.db.conn.execute("INSERT INTO seals (id, case_id, line_no, data) VALUES (?, ?, ?, ?)",
                                 (s.id, case.id, i, _json(s)))
        if not attachments:
            return
        self.db.conn.execute("DELETE FROM case_attachments WHERE case_id = ?", (case.id,))
        for i, a in enumerate(case.attachments, start=1):
            self.db.conn.execute(
                "INSERT INTO case_attachments (case_id, sha256, line_no, data) VALUES (?, ?, ?, ?)",
                (case.id, a.sha256, i, _json(a)))

    def save_goods_row(self, case_id: str, row: GoodsRow, line_no: int, *, reindex: bool = True) -> None:
        """Insert or update one goods row (inside the caller's transaction)."""
        self.db.conn.execute(
            "INSERT INTO goods (id, case_id, line_no, name, unit, quantity, barcode, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET line_no=excluded.line_no,"
            " name=excluded.name, unit=excluded.unit, quantity=excluded.quantity, barcode=excluded.barcode,"
            " data=excluded.data",
            (nfc(row.id), case_id, line_no, nfc(row.name), nfc(row.unit), to_dict(row.quantity), nfc(row.barcode),
             _json(row)),
        )
        if reindex:
            self.reindex_case(case_id)

    def delete_goods_row(self, case_id: str, row_id: str) -> None:
        """Remove one goods row (inside the caller's transaction)."""
        self.db.conn.execute("DELETE FROM goods WHERE id = ? AND case_id = ?", (row_id, case_id))
        self.reindex_case(case_id)

    def document_exists(self, doc_id: str) -> bool:
        """True if a document (draft or final) has this id."""
        return self.db.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def case_exists(self, case_id: str) -> bool:
        """True if the case exists."""
        return self.db.conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is not None

    def case_violations(self, case_id: str) -> list[ViolationRef]:
        """The violations of a case as stored, in order (no goods or documents read)."""
        return [from_dict(ViolationRef, json.loads(d)) for (d,) in self.db.conn.execute(
            "SELECT data FROM violations WHERE case_id = ? ORDER BY line_no", (case_id,))]

    def get_case(self, case_id: str) -> Case:
        """The case with all its children."""
        rows = self._rows("SELECT * FROM cases WHERE id = ?", (case_id,))
        if not rows:
            raise NotFoundError(f"Không tìm thấy vụ việc {case_id}")
        r = rows[0]
        subject = self.get_subject(r["subject_id"]) if r["subject_id"] else None
        goods = [from_dict(GoodsRow, json.loads(d)) for (d,) in self.db.conn.execute(
            "SELECT data FROM goods WHERE case_id = ? ORDER BY line_no", (case_id,))]
        violations = self.case_violations(case_id)
        seals = [from_dict(Seal, json.loads(d)) for (d,) in self.db.conn.execute(
            "SELECT data FROM seals WHERE case_id = ? ORDER BY line_no", (case_id,))]
        attachments = [from_dict(Attachment, json.loads(d)) for (d,) in self.db.conn.execute(
            "SELECT data FROM case_attachments WHERE case_id = ? ORDER BY line_no", (case_id,))]
        return Case(
            id=r["id"], unit_code=r["unit_code"], title=r["title"], place=r["place"],
            started_at=r["started_at"], ended_at=r["ended_at"], status=r["status"], subject=subject,
            decision=from_dict(InspectionDecision, json.loads(r["decision"])),
            team=[from_dict(Participant, p) for p in json.loads(r["team"])],
            goods=goods, violations=violations, seals=seals, attachments=attachments,
            findings=r["findings"], created_at=r["created_at"], updated_at=r["updated_at"],
        )

    def list_cases(self, *, search: str = "", status: str = "", kind: str = "", date_from: str = "",
                   date_to: str = "", limit: int = 200, offset: int = 0, case_id: str = "") -> list[CaseSummary]:
        """Case list rows, newest first, filtered by search text, case status, document kind and dates (and
        ``case_id``: the one row of a case, if it passes the other filters)."""
        where, params = ["1=1"], []
        if case_id:
            where.append("c.id = ?")
            params.append(case_id)
        if search:
            q = fts_query(search)
            if not q:
                return []
            # Only FTS doclists are read (rowid = cases.seq), never the stored text of every match. Counting
            # is cheap and picks the plan: a rare word looks its few cases up by seq; a common one walks the
            # cases newest first (+seq disables that index) and stops at the page size.
            matches = self.db.conn.execute("SELECT count(*) FROM case_search WHERE case_search MATCH ?",
                                           (q,)).fetchone()[0]
            if not matches:
                return []
            column = "+c.seq" if matches > COMMON_MATCHES else "c.seq"
            where.append(f"{column} IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)")
            params.append(q)
        if status:
            where.append("c.status = ?")
            params.append(status)
        if kind:
            where.append("c.id IN (SELECT case_id FROM documents WHERE kind = ?)")
            params.append(kind)
        if date_from:
            where.append("c.started_at >= ?")
            params.append(date_from)
        if date_to:
            where.append("c.started_at < ?")
            params.append(date_to + "T99")
        sql = (
            "SELECT c.id, c.title, c.place, c.started_at, c.status, COALESCE(s.name, '') AS subject_name,"
            " COALESCE(s.kind, '') AS subject_kind,"
            " (SELECT COUNT(*) FROM documents d WHERE d.case_id = c.id) AS documents,"
            " (SELECT COUNT(*) FROM documents d WHERE d.case_id = c.id AND d.status != 'draft') AS final_documents,"
            " COALESCE((SELECT group_concat(DISTINCT d.kind) FROM documents d WHERE d.case_id = c.id), '') AS kinds"
            " FROM cases c LEFT JOIN subjects s ON s.id = c.subject_id WHERE " + " AND ".join(where)
            + " ORDER BY c.started_at DESC, c.id LIMIT ? OFFSET ?"
        )
        return [CaseSummary(**r) for r in self._rows(sql, (*params, limit, offset))]

    def count_cases(self) -> int:
        """Number of cases."""
        return int(self.db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0])

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        """Full-text search over cases, subjects and goods, folding diacritics and đ→d.

        The per-case index finds the cases; which part of each case matched (its own text, its subject, a
        goods row) is worked out here for those few cases, so writes keep one index only.
        """
        q = fts_query(text)
        if not q:
            return []
        words = [w.strip('"*') for w in q.split()]

        def matches(folded: str) -> bool:
            tokens = "".join(ch if ch.isalnum() else " " for ch in folded).split()
            return all(any(t.startswith(w) for t in tokens) for w in words)

        hits: list[SearchHit] = []
        for (case_id,) in self.db.conn.execute(
                "SELECT c.id FROM cases c JOIN case_search ON case_search.rowid = c.seq"
                " WHERE case_search MATCH ? ORDER BY rank LIMIT ?", (q, limit)):
            case = self.get_case(case_id)
            parts = [("case", case.id, " ".join((case.title, case.place, case.findings, case.decision.number)))]
            if case.subject is not None:
                parts.append(("subject", case.subject.id, subject_text(case.subject)))
            parts += [("goods", g.id, goods_text(g)) for g in case.goods]
            found = [SearchHit(case.id, entity, ref, fold(body)) for entity, ref, body in parts
                     if matches(fold(body))]
            # Words spread over several parts still match the case as a whole.
            hits += found or [SearchHit(case.id, "case", case.id, case_search_text(self.db, case.id))]
        return hits[:limit]

    # -- attachments ------------------------------------------------------------------------------
    def save_attachment_file(self, attachment: Attachment, stored_path: str, created_at: str) -> None:
        """Record a stored attachment file (idempotent by SHA-256)."""
        self.db.conn.execute(
            "INSERT OR IGNORE INTO attachments (sha256, filename, media_type, size, stored_path, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (attachment.sha256, attachment.filename, attachment.media_type, attachment.size, stored_path,
             created_at))

    def attachment_path(self, sha256: str) -> str:
        """Stored path of an attachment (relative to the data dir)."""
        row = self.db.conn.execute("SELECT stored_path FROM attachments WHERE sha256 = ?", (sha256,)).fetchone()
        if not row:
            raise NotFoundError(f"Không tìm thấy tệp đính kèm {sha256[:12]}")
        return str(row[0])

    def keep_attachment_bytes(self, data: bytes, *, sha256: str | None = None) -> tuple[str, str]:
        """Seal and keep a file's bytes in the vault; (sha256, stored path). Record it with save_attachment_file."""
        return self.vault.put(data, sha256=sha256)

    def attachment_bytes(self, sha256: str) -> bytes:
        """The plain content of a kept attachment, checked against its SHA-256."""
        return self.vault.get(sha256, self.attachment_path(sha256))

    # -- documents --------------------------------------------------------------------------------
    def insert_document(self, doc: Document, now: str) -> None:
        """Insert a new draft or a final document (inside the caller's transaction)."""
        canonical = canonical_document(doc).decode() if doc.status != DocumentStatus.DRAFT else None
        self.db.conn.execute(
            "INSERT INTO documents (id, case_id, kind, status, number, officer_no, supersedes, body, canonical,"
            " sha256, created_at, updated_at, finalized_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (doc.id, doc.case_id, doc.kind, doc.status.value, doc.number, doc.officer_no, doc.supersedes,
             _json(doc), canonical, doc.sha256, doc.created_at or now, now, doc.finalized_at),
        )
        if doc.status != DocumentStatus.DRAFT:
            self.touch_case(doc.case_id)

    def update_draft(self, doc: Document, now: str) -> None:
        """Replace the body of a draft (inside the caller's transaction)."""
        status = self.document_status(doc.id)
        if status != DocumentStatus.DRAFT:
            raise ImmutableError("Văn bản đã hoàn tất, không thể sửa. Hãy lập văn bản thay thế.")
        self.db.conn.execute(
            "UPDATE documents SET kind = ?, body = ?, officer_no = ?, updated_at = ? WHERE id = ?",
            (doc.kind, _json(doc), doc.officer_no, now, doc.id))

    def store_final(self, doc: Document, now: str) -> None:
        """Turn a draft row into the final document ``doc`` (inside the caller's transaction)."""
        self.db.conn.execute(
            "UPDATE documents SET status = 'final', number = ?, body = ?, canonical = ?, sha256 = ?,"
            " finalized_at = ?, officer_no = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
            (doc.number, _json(doc), canonical_document(doc).decode(), doc.sha256, doc.finalized_at,
             doc.officer_no, now, doc.id))
        if self.db.conn.execute("SELECT changes()").fetchone()[0] != 1:
            raise ImmutableError("Văn bản không còn là bản nháp")
        self.touch_case(doc.case_id)
        self.db.conn.execute(
            "INSERT INTO outbox (document_id, state, updated_at) VALUES (?, 'final', ?)"
            " ON CONFLICT(document_id) DO NOTHING", (doc.id, now))

    def delete_draft(self, doc_id: str) -> None:
        """Delete a draft (the trigger refuses final documents)."""
        self.db.conn.execute("DELETE FROM documents WHERE id = ? AND status = 'draft'", (doc_id,))

    def mark_synced(self, doc_id: str, now: str) -> None:
        """Move a final document to 'synced' (the only change a final document allows)."""
        self.db.conn.execute("UPDATE documents SET status = 'synced', updated_at = ? WHERE id = ?"
                             " AND status = 'final'", (now, doc_id))

    def document_status(self, doc_id: str) -> DocumentStatus:
        """Current status of a document."""
        row = self.db.conn.execute("SELECT status FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row:
            raise NotFoundError(f"Không tìm thấy văn bản {doc_id}")
        return DocumentStatus(row[0])

    def get_document(self, doc_id: str) -> Document:
        """A document; final ones are rebuilt from their stored canonical JSON (what was hashed)."""
        row = self.db.conn.execute("SELECT status, body, canonical, sha256 FROM documents WHERE id = ?",
                                   (doc_id,)).fetchone()
        if not row:
            raise NotFoundError(f"Không tìm thấy văn bản {doc_id}")
        status, body, canonical, sha = row
        if canonical:
            doc = document_from_canonical(canonical, DocumentStatus(status))
            doc.sha256 = sha
            return doc
        doc = from_dict(Document, json.loads(body))
        doc.status = DocumentStatus(status)
        return doc

    def canonical_of(self, doc_id: str) -> tuple[str, str]:
        """Stored canonical JSON and SHA-256 of a final document."""
        row = self.db.conn.execute("SELECT canonical, sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if not row or not row[0]:
            raise NotFoundError(f"Văn bản {doc_id} chưa hoàn tất")
        return str(row[0]), str(row[1])

    def list_documents(self, *, status: str = "", kind: str = "", case_id: str = "",
                       limit: int = 100000) -> list[DocumentSummary]:
        """Document rows (no bodies), oldest first."""
        where, params = ["1=1"], []
        for col, val in (("status", status), ("kind", kind), ("case_id", case_id)):
            if val:
                where.append(f"{col} = ?")
                params.append(val)
        sql = ("SELECT id, case_id, kind, number, status, sha256, supersedes, created_at, finalized_at,"
               " COALESCE((SELECT json_extract(r.data, '$.label') FROM reference_items r"
               "           WHERE r.kind = 'review' AND r.key = documents.id), '') AS hq_review"
               " FROM documents WHERE " + " AND ".join(where) + " ORDER BY created_at, id LIMIT ?")
        return [DocumentSummary(**r) for r in self._rows(sql, (*params, limit))]

    def iter_final_canonicals(self) -> Iterator[tuple[str, str, str]]:
        """(id, canonical JSON, sha256) of every final or synced document."""
        yield from self.db.conn.execute(
            "SELECT id, canonical, sha256 FROM documents WHERE status != 'draft' ORDER BY finalized_at, id")

    def number_taken(self, kind: str, number: str, year: str) -> bool:
        """True if a final document of ``kind`` already has ``number`` in ``year``.

        Compared by the numeric part, so "15/QĐ-XPHC" and "0015/QĐ-XPHC" are the same decision number.
        """
        head = number.split("/", 1)[0].strip()
        if not head.isdigit():
            return self.db.conn.execute(
                "SELECT 1 FROM documents WHERE kind = ? AND number = ? AND substr(finalized_at, 1, 4) = ?",
                (kind, number, year)).fetchone() is not None
        return self.db.conn.execute(
            "SELECT 1 FROM documents WHERE kind = ? AND status != 'draft' AND substr(finalized_at, 1, 4) = ?"
            " AND (number = ? OR CAST(substr(number, 1, instr(number, '/') - 1) AS INTEGER) = ?)",
            (kind, year, number, int(head))).fetchone() is not None

    # -- numbering --------------------------------------------------------------------------------
    def next_sequence(self, officer_no: str, symbol: str, year: int) -> int:
        """Allocate the next yearly sequence number; must run inside the finalising transaction so that a
        crash before commit releases it (never reused, never skipped)."""
        row = self.db.conn.execute(
            "SELECT last_seq FROM number_counters WHERE officer_no = ? AND symbol = ? AND year = ?",
            (officer_no, symbol, year)).fetchone()
        seq = (row[0] if row else 0) + 1
        self.db.conn.execute(
            "INSERT INTO number_counters (officer_no, symbol, year, last_seq) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(officer_no, symbol, year) DO UPDATE SET last_seq = excluded.last_seq",
            (officer_no, symbol, year, seq))
        return seq

    # -- errors -----------------------------------------------------------------------------------
    def translate(self, exc: Exception) -> Exception:
        """A user-facing error for a sqlite3 error."""
        return translate_sqlite_error(exc, self.path)
