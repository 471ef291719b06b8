"""Text normalisation: NFC for storage, folding (no diacritics, đ→d, lower case) for search."""

from __future__ import annotations

import unicodedata
from typing import Any

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD does not fold them.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (Vietnamese IMEs may produce decomposed marks)."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Fold for search: drop every combining mark, map đ→d, lower-case, squeeze white space.

    "Thuốc lá" → "thuoc la", "ĐỒNG NAI" → "dong nai".
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(_EXTRA_FOLD).split())


def clean(text: str | None) -> str:
    """NFC-normalise and strip a user-entered string; ``None`` becomes an empty string."""
    if text is None:
        return ""
    return nfc(text).strip()


def normalize_tree(value: Any) -> Any:
    """Return a copy of a JSON-like tree with every string (keys included) in NFC."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc(k) if isinstance(k, str) else k: normalize_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalize_tree(v) for v in value]
    return value
