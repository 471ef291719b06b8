"""The PDF printed at finalisation, kept beside the final document (``printed_copies``, migration 0010).

A final document never changes, and neither may the paper that was signed: its PDF is rendered once, at
finalisation, sealed in the vault like every attachment (an ``attachments`` row at the same SHA-256 address)
and linked here, one row per document. Preview, print, ``inspector render`` and the printed-copy upload at
sync read these bytes instead of drawing the document again with whatever layout the current version has.
"""

from __future__ import annotations

from dataclasses import dataclass

from .repository import Repository


@dataclass(frozen=True)
class PrintedCopy:
    """The link from a final document to its kept PDF, with the counts the PDF had when it was printed."""

    document_id: str
    sha256: str
    size: int
    pages: int
    sheets: int
    annex_sheets: int
    kept_at: str


def add(repo: Repository, copy: PrintedCopy) -> None:
    """Record a kept PDF (inside the caller's transaction); a document keeps the first one it got."""
    repo.db.conn.execute(
        "INSERT OR IGNORE INTO printed_copies (document_id, sha256, size, pages, sheets, annex_sheets, kept_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (copy.document_id, copy.sha256, copy.size, copy.pages, copy.sheets, copy.annex_sheets, copy.kept_at))


def of_document(repo: Repository, document_id: str) -> PrintedCopy | None:
    """The kept PDF of a document, or None (a draft, or a final document from before this version)."""
    row = repo.db.conn.execute(
        "SELECT document_id, sha256, size, pages, sheets, annex_sheets, kept_at FROM printed_copies"
        " WHERE document_id = ?", (document_id,)).fetchone()
    return PrintedCopy(*row) if row else None
