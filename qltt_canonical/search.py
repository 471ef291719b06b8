"""The search fold of QLTT Field Inspector: no diacritics, đ→d, lower case, single spaces.

One rule for both ends: the laptop's search (``inspector_app.domain.text.fold``, its FTS index and every
look-up by folded name) and the HQ console's search (``sync.server.console.text``, the folded text under
FTS5 or the trigram index). It lives beside the canonical form because both the domain (standard library
only) and ``sync`` (which never imports the app) may import this package.
"""

from __future__ import annotations

import unicodedata

# đ/Đ are letters of their own in Unicode, not d + a combining mark, so NFD does not fold them.
_EXTRA_FOLD = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"})


def fold(text: str) -> str:
    """Fold for search: drop every combining mark, map đ→d, lower-case, squeeze white space.

    "Thuốc lá" → "thuoc la", "ĐỒNG NAI" → "dong nai".
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(_EXTRA_FOLD).split())
