"""Search words on the HQ server: the folded words of a search box.

Folding (no diacritics, đ→d, lower case) is ``qltt_canonical.search.fold``, the one rule the laptop's search
uses too (``sync`` never imports the app; both import the shared package).
"""

from __future__ import annotations

import re

from qltt_canonical.search import fold

__all__ = ["fold", "search_words"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # letters and digits: nothing LIKE or FTS5 would read as syntax


def search_words(query: str, limit: int = 8) -> list[str]:
    """The folded words of a search box (at most ``limit``, so one query cannot ask for hundreds of terms)."""
    return _WORD.findall(fold(query))[:limit]
