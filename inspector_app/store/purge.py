"""Removing synced records from a laptop: retention (old, approved at HQ) and a device revoked by HQ.

Only documents HQ already has (status ``synced``) are ever removed. Each removal is recorded twice: in
``purge_marks`` (which the delete trigger requires, with the document's SHA-256) and in the hash-chained
audit log, so the laptop can still prove what it once held. A case goes only when none of its documents is
left (no draft, no unsynced final); its subject goes when no other case names it; an attachment file goes
when no remaining case, scan or kept printed PDF uses it. Everything of one call happens in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .audit import append_event
from .db import transaction
from .repository import Repository


@dataclass
class PurgeReport:
    """What a purge removed and what it kept (and why)."""

    documents: int = 0
    cases: int = 0
    subjects: int = 0
    attachments: int = 0
    kept_unsynced: list[str] = field(default_factory=list)  # ids of drafts and unsynced finals left in place


def purge(repo: Repository, document_ids: Iterable[str], *, reason: str, now: str, actor: str) -> PurgeReport:
    """Remove the given synced documents, then the cases, subjects and files nothing refers to any more."""
    report = PurgeReport()
    conn = repo.db.conn
    removed_files: list[Path] = []
    with transaction(repo.db):
        cases: set[str] = set()
        for doc_id in dict.fromkeys(document_ids):
            row = conn.execute("SELECT case_id, kind, number, status, sha256 FROM documents WHERE id = ?",
                               (doc_id,)).fetchone()
            if row is None:
                continue
            case_id, kind, number, status, sha = row
            if status != "synced":
                report.kept_unsynced.append(doc_id)
                continue
            conn.execute("INSERT INTO purge_marks (document_id, sha256, kind, number, reason, purged_at)"
                         " VALUES (?, ?, ?, ?, ?, ?)", (doc_id, sha, kind, number, reason, now))
            append_event(repo.db, at=now, actor=actor, action="document.purge", entity="document", entity_id=doc_id,
                         data={"sha256": sha, "kind": kind, "number": number, "reason": reason})
            conn.execute("DELETE FROM outbox WHERE document_id = ?", (doc_id,))
            # Its scans and its kept printed PDF: their rows cascade with the document, their files go with it
            # unless something else still uses the same content.
            doc_shas = [r[0] for r in conn.execute("SELECT sha256 FROM document_scans WHERE document_id = ? UNION"
                                                   " SELECT sha256 FROM printed_copies WHERE document_id = ?",
                                                   (doc_id, doc_id))]
            conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            for sha in doc_shas:
                _drop_unused_file(repo, sha, removed_files, report)
            report.documents += 1
            cases.add(case_id)
        for case_id in sorted(cases):
            if conn.execute("SELECT 1 FROM documents WHERE case_id = ? LIMIT 1", (case_id,)).fetchone():
                continue  # a draft or an unsynced final is still there: the case stays with it
            seq, subject_id = conn.execute("SELECT seq, subject_id FROM cases WHERE id = ?", (case_id,)).fetchone()
            shas = [r[0] for r in conn.execute("SELECT sha256 FROM case_attachments WHERE case_id = ?", (case_id,))]
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (seq,))
            conn.execute("DELETE FROM cases WHERE id = ?", (case_id,))  # goods, violations, seals cascade
            append_event(repo.db, at=now, actor=actor, action="case.purge", entity="case", entity_id=case_id,
                         data={"reason": reason})
            report.cases += 1
            if subject_id and not conn.execute("SELECT 1 FROM cases WHERE subject_id = ? LIMIT 1",
                                               (subject_id,)).fetchone():
                conn.execute("DELETE FROM subjects WHERE id = ?", (subject_id,))
                report.subjects += 1
            for sha in shas:
                _drop_unused_file(repo, sha, removed_files, report)
    # Files go only after the commit: a crash before it leaves the rows and their files together.
    for path in removed_files:
        path.unlink(missing_ok=True)
    return report


def _drop_unused_file(repo: Repository, sha: str, removed_files: list[Path], report: PurgeReport) -> None:
    """Remove the attachment row of ``sha`` when no case, scan or kept printed PDF uses it any more; its
    file is queued in ``removed_files`` (deleted after the commit)."""
    conn = repo.db.conn
    if conn.execute("SELECT 1 FROM case_attachments WHERE sha256 = ? UNION ALL SELECT 1 FROM document_scans"
                    " WHERE sha256 = ? UNION ALL SELECT 1 FROM printed_copies WHERE sha256 = ? LIMIT 1",
                    (sha, sha, sha)).fetchone():
        return
    stored = conn.execute("SELECT stored_path FROM attachments WHERE sha256 = ?", (sha,)).fetchone()
    if stored is None:
        return
    conn.execute("DELETE FROM attachments WHERE sha256 = ?", (sha,))
    removed_files.append(repo.path.parent / stored[0])
    report.attachments += 1


def unsynced_documents(repo: Repository) -> list[tuple[str, str, str]]:
    """(id, kind, status) of every draft and unsynced final: what a wipe must keep and report."""
    return [(r[0], r[1], r[2]) for r in repo.db.conn.execute(
        "SELECT id, kind, status FROM documents WHERE status != 'synced' ORDER BY created_at, id")]


def approved_before(repo: Repository, cutoff: str) -> list[str]:
    """Ids of synced documents that HQ approved before ``cutoff`` (ISO time): the review states come down
    with the reference data (kind ``review``, keyed by document id)."""
    return [r[0] for r in repo.db.conn.execute(
        "SELECT d.id FROM documents d JOIN reference_items r ON r.kind = 'review' AND r.key = d.id"
        " WHERE d.status = 'synced' AND json_extract(r.data, '$.state') = 'approved'"
        " AND substr(json_extract(r.data, '$.reviewed_at'), 1, 19) < substr(?, 1, 19)"
        " ORDER BY d.finalized_at", (cutoff,))]


def all_synced(repo: Repository) -> list[str]:
    """Ids of every synced document."""
    return [r[0] for r in repo.db.conn.execute("SELECT id FROM documents WHERE status = 'synced'")]
