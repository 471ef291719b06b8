"""The canonical JSON of QLTT Field Inspector — RFC 8785 (JSON Canonicalization Scheme) + Unicode NFC.

One implementation for both ends: the app hashes, stores and exports documents with it
(``inspector_app.domain.canonical``) and the HQ server checks the wire with it (``sync.protocol``). It is
a package of its own, standard library only, because the domain may import nothing but the standard library
and ``sync`` may not import the app. The format is specified in docs/data-format.md, so that another client
can produce the same bytes without this code:

- every string, object keys included, in Unicode NFC;
- no floats (money is integer đồng, quantities are decimal strings), integers below 2**53 in magnitude;
- UTF-8, object keys sorted, no insignificant white space (``,`` and ``:``), non-ASCII characters written
  as themselves, the JSON escapes of RFC 8785.

For this data that is byte-for-byte RFC 8785 (keys are sorted by code point where RFC 8785 sorts by
UTF-16 code unit; the two orders differ only for keys outside the Basic Multilingual Plane).
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping
from typing import Any

__all__ = ["canonical_bytes", "canonical_text", "is_canonical_text", "manifest_of", "nfc_tree", "sha256_hex"]


def nfc_tree(value: Any) -> Any:
    """A copy of a JSON-like tree with every string (keys included) in NFC."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {unicodedata.normalize("NFC", k) if isinstance(k, str) else k: nfc_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [nfc_tree(v) for v in value]
    return value


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise TypeError("canonical JSON does not allow floats")
    if isinstance(value, dict):
        for v in value.values():
            _reject_floats(v)
    elif isinstance(value, list | tuple):
        for v in value:
            _reject_floats(v)


def canonical_text(data: Any) -> str:
    """The canonical JSON text of plain JSON data; TypeError for a float anywhere in it."""
    _reject_floats(data)
    return json.dumps(nfc_tree(data), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def canonical_bytes(data: Any) -> bytes:
    """The canonical JSON of plain JSON data as UTF-8 bytes (what is hashed)."""
    return canonical_text(data).encode("utf-8")


def is_canonical_text(data: Any, text: str) -> bool:
    """True if ``text`` is exactly the canonical text of ``data`` (sorted, compact, NFC, no floats)."""
    try:
        return canonical_text(data) == text
    except TypeError:
        return False


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def manifest_of(document: Mapping[str, Any]) -> list[str]:
    """The attachment manifest of a parsed canonical document: the SHA-256 of every attachment it names, in
    order, without repeats."""
    seen: dict[str, None] = {}
    for att in document.get("attachments") or []:
        if isinstance(att, dict) and isinstance(att.get("sha256"), str):
            seen.setdefault(att["sha256"], None)
    return list(seen)
