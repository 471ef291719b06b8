"""The search fold of QLTT Field Inspector: no diacritics, đ→d, lower case, single spaces.

One rule for both ends: the laptop's search (``inspector_app.domain.text.fold``, its FTS index and every
look-up by folded name) and the HQ console's search (``sync.server.console.text``, the folded text under
FTS5 or the trigram index). It lives beside the canonical form because both the domain (standard library
only) and ``sync`` (which never imports the app) may import this package.
"""

from __future__ import annotations

import re
import unicodedata

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD does not fold them.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})
# The combining diacritical marks block, where every mark of Vietnamese lives (U+034F, the grapheme joiner,
# has combining class 0 and is kept): removed in one pass; any other combining mark is found below.
_DIACRITICS = re.compile("[\u0300-\u034e\u0350-\u036f]")


def fold(text: str) -> str:
    """Fold for search: drop every combining mark, map đ→d, lower-case, squeeze white space.

    "Thuốc lá" → "thuoc la", "ĐỒNG NAI" → "dong nai".
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLD))
    stripped = _DIACRITICS.sub("", decomposed)
    if not stripped.isascii():  # marks outside that block (rare): looked up once per distinct character
        marks = {ord(ch): None for ch in set(stripped) if unicodedata.combining(ch)}
        if marks:
            stripped = stripped.translate(marks)
    return " ".join(stripped.casefold().translate(_EXTRA_FOLD).split())
