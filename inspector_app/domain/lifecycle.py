"""Document state machine: draft → final → synced; corrections supersede, never overwrite."""

from __future__ import annotations

import copy
from datetime import datetime

from .canonical import document_hash
from .errors import ImmutableError, StateError, ValidationError
from .model import Document, DocumentStatus, new_id
from .validation import validate_document


def ensure_editable(doc: Document) -> None:
    """Raise ImmutableError if ``doc`` is no longer a draft."""
    if doc.status != DocumentStatus.DRAFT:
        raise ImmutableError("Văn bản đã hoàn tất, không thể sửa. Hãy lập văn bản đính chính (thay thế).")


def finalized_copy(doc: Document, number: str, now: datetime) -> Document:
    """A final copy of draft ``doc`` with its number, time of finalisation and SHA-256.

    Raises ValidationError listing every problem if the document is not complete.
    """
    ensure_editable(doc)
    problems = validate_document(doc, now)
    if problems:
        raise ValidationError(problems, "Chưa thể hoàn tất văn bản:\n" + "\n".join(f"- {p}" for p in problems))
    final = copy.deepcopy(doc)
    final.number = number
    final.finalized_at = now.replace(microsecond=0).isoformat()
    final.status = DocumentStatus.FINAL
    final.sha256 = document_hash(final)
    return final


def correction_of(doc: Document, now: datetime) -> Document:
    """A new draft that corrects final document ``doc`` (same content, new id, ``supersedes`` set)."""
    if doc.status == DocumentStatus.DRAFT:
        raise StateError("Bản nháp có thể sửa trực tiếp, không cần lập văn bản thay thế")
    new = copy.deepcopy(doc)
    new.id = new_id()
    new.status = DocumentStatus.DRAFT
    new.number = ""
    new.sha256 = ""
    new.finalized_at = ""
    new.supersedes = doc.id
    new.created_at = now.replace(microsecond=0).isoformat()
    return new
