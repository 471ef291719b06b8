"""Canonical JSON and SHA-256: the byte form that is hashed at finalisation, exported and synced.

Rules: UTF-8, keys sorted, no insignificant white space, every string NFC, no floats (money is integer
đồng, quantities are decimal strings), dates and times as fixed ISO strings. The same document always gives
the same bytes, on every machine and Python version.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .model import Document, DocumentStatus, from_dict, to_dict
from .text import normalize_tree

# Fields that may change after finalisation (life-cycle bookkeeping) and so are not part of the hash.
VOLATILE_DOCUMENT_FIELDS = ("status", "sha256")
CANONICAL_FORMAT = "qltt-inspector/1"


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("canonical JSON does not allow floats")
    if isinstance(value, dict):
        for v in value.values():
            _reject_floats(v)
    elif isinstance(value, list):
        for v in value:
            _reject_floats(v)


def canonical_bytes(data: Any) -> bytes:
    """Serialise plain JSON data canonically (sorted keys, compact, NFC, UTF-8)."""
    _reject_floats(data)
    return json.dumps(
        normalize_tree(data), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


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
