"""Text normalisation: NFC for storage, folding (no diacritics, đ→d, lower case) for search (the rule itself
is ``qltt_canonical.search.fold``, shared with the HQ server)."""

from __future__ import annotations

import unicodedata
from typing import Any

from qltt_canonical import nfc_tree
from qltt_canonical.search import fold as fold  # one rule for the laptop and the HQ server


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (Vietnamese IMEs may produce decomposed marks)."""
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC-normalise and strip a user-entered string; ``None`` becomes an empty string."""
    if text is None:
        return ""
    return nfc(text).strip()


def normalize_tree(value: Any) -> Any:
    """Return a copy of a JSON-like tree with every string (keys included) in NFC (the canonical form's own
    normalisation, so stored and hashed text agree)."""
    return nfc_tree(value)


# Organ types that open an agency name, longest first; the word after them names the field ("Quản lý thị
# trường") and is capitalised, as are place names after an administrative level (NĐ 30/2020 Phụ lục II).
_ORGAN_TYPES = ("ủy ban nhân dân", "tổng cục", "chi cục", "cục", "đội", "sở", "phòng", "bộ", "vụ", "ban")
# Proper names inside agency names whose every word is capitalised ("Sở Công Thương", "Bộ Công Thương").
_PROPER_NAMES = (("công", "thương"),)
_PLACE_LEVELS = (("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("tỉnh",), ("huyện",), ("quận",), ("xã",), ("phường",))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def agency_in_text(name: str) -> str:
    """An agency name as it is written inside a sentence: "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1" → "Đội Quản lý thị
    trường số 1", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI" → "Chi cục Quản lý thị trường tỉnh Đồng Nai".

    Header lines are stored in capitals; a name already typed in mixed case is returned as it is."""
    name = " ".join(nfc(name).split())
    if not name or name != name.upper():
        return name
    words = name.lower().split()
    # Words with no vowel are acronyms (QLTT, TNHH): they stay in capitals.
    out = [w.upper() if not set(fold(w)) & set("aeiouy") else w for w in words]
    out[0] = _cap(out[0])
    joined = " ".join(words)
    for organ in _ORGAN_TYPES:
        if joined == organ or joined.startswith(organ + " "):
            n = len(organ.split())
            if n < len(out):
                out[n] = _cap(out[n])
            break
    for proper in _PROPER_NAMES:
        for i in range(len(words) - len(proper) + 1):
            if tuple(words[i:i + len(proper)]) == proper:
                out[i:i + len(proper)] = [_cap(w) for w in out[i:i + len(proper)]]
    i = 0
    while i < len(words):
        for level in _PLACE_LEVELS:
            if tuple(words[i:i + len(level)]) == level and i + len(level) < len(words):
                for j in range(i + len(level), len(words)):
                    out[j] = _cap(out[j])
                i = len(words)
                break
        i += 1
    return " ".join(out)
