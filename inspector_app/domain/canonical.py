"""Canonical JSON and SHA-256 of documents: the byte form that is hashed at finalisation, exported and synced.

The serialisation itself ("RFC 8785 + NFC": UTF-8, keys sorted, no insignificant white space, every string
NFC, no floats) is ``qltt_canonical``, the one implementation the HQ server checks the wire with too
(docs/data-format.md). Here: which part of a document is hashed, and the round trip to a ``Document``.
The same document always gives the same bytes, on every machine and Python version.
"""

from __future__ import annotations

import json
from typing import Any

from qltt_canonical import canonical_bytes as canonical_bytes
from qltt_canonical import sha256_hex as sha256_hex

from .model import Document, DocumentStatus, from_dict, to_dict

# Fields that may change after finalisation (life-cycle bookkeeping) and so are not part of the hash.
VOLATILE_DOCUMENT_FIELDS = ("status", "sha256")
CANONICAL_FORMAT = "qltt-inspector/1"


def document_payload(doc: Document) -> dict[str, Any]:
    """The hashed part of a document: everything except the life-cycle fields."""
    data = to_dict(doc)
    for key in VOLATILE_DOCUMENT_FIELDS:
        data.pop(key, None)
    return data


def canonical_document(doc: Document) -> bytes:
    """Canonical JSON bytes of a document (what its SHA-256 is taken over)."""
    return canonical_bytes(document_payload(doc))


def document_hash(doc: Document) -> str:
    """SHA-256 of the canonical JSON of a document."""
    return sha256_hex(canonical_document(doc))


def document_from_canonical(data: bytes | str, status: DocumentStatus = DocumentStatus.FINAL) -> Document:
    """Rebuild a document from its canonical JSON (the status is not part of the hash)."""
    raw = json.loads(data)
    doc = from_dict(Document, raw)
    doc.status = status
    return doc
