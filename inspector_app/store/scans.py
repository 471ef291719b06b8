"""Scanned signed copies of final documents (``document_scans``, migration 0009).

A final document never changes; the paper the team leader signed, scanned later (the INS 48-hour scan), is
kept beside it: the PDF sealed in the vault like any attachment (``attachments`` row, same SHA-256
address), one row here per (document, file). Sync sends each one to HQ once, after the document itself
(``PUT /attachments/{sha256}/copy?role=scan``); ``sent`` records the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass

from .repository import Repository


@dataclass(frozen=True)
class ScanCopy:
    """One scanned signed copy of a document."""

    document_id: str
    sha256: str
    filename: str
    size: int
    added_at: str
    sent: str = ""  # "" until sync sends it; then "sent" or "refused:<reason>"


def add(repo: Repository, scan: ScanCopy) -> bool:
    """Record a scan (inside the caller's transaction); False if this file is already a scan of the document."""
    cur = repo.db.conn.execute(
        "INSERT OR IGNORE INTO document_scans (document_id, sha256, filename, size, added_at) VALUES (?, ?, ?, ?, ?)",
        (scan.document_id, scan.sha256, scan.filename, scan.size, scan.added_at))
    return cur.rowcount > 0


def of_document(repo: Repository, document_id: str) -> list[ScanCopy]:
    """The scans of a document, oldest first."""
    return [ScanCopy(*r) for r in repo.db.conn.execute(
        "SELECT document_id, sha256, filename, size, added_at, sent FROM document_scans WHERE document_id = ?"
        " ORDER BY added_at, sha256", (document_id,))]


def unsent(repo: Repository, limit: int) -> list[ScanCopy]:
    """Scans not sent yet of documents HQ already has (synced), oldest first, at most ``limit``."""
    return [ScanCopy(*r) for r in repo.db.conn.execute(
        "SELECT s.document_id, s.sha256, s.filename, s.size, s.added_at, s.sent FROM document_scans s"
        " JOIN documents d ON d.id = s.document_id WHERE s.sent = '' AND d.status = 'synced'"
        " ORDER BY s.added_at, s.sha256 LIMIT ?", (limit,))]


def mark_sent(repo: Repository, document_id: str, sha256: str, outcome: str) -> None:
    """Record what HQ answered for one scan (``sent`` or ``refused:<reason>``): it is not sent again."""
    with repo.write():
        repo.db.conn.execute("UPDATE document_scans SET sent = ? WHERE document_id = ? AND sha256 = ?",
                             (outcome, document_id, sha256))
