"""Search folding on the HQ server: no diacritics, đ→d, lower case.

The same rule as ``inspector_app.domain.text.fold`` (the laptop's search); the layer contract forbids
``sync`` to import ``inspector_app``, so the rule is written here again and
``tests/sync/console/test_console_text.py`` checks that both give the same answer.
"""

from __future__ import annotations

import re
import unicodedata

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD does not fold them.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: nothing LIKE or FTS5 would read as syntax


def fold(text: str) -> str:
    """Fold for search: "Thuốc lá" → "thuoc la", "ĐỒNG NAI" → "dong nai"."""
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(_EXTRA_FOLD).split())


def search_words(query: str, limit: int = 8) -> list[str]:
    """The folded words of a search box (at most ``limit``, so one query cannot ask for hundreds of terms)."""
    return _WORD.findall(fold(query))[:limit]
