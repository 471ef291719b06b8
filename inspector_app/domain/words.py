"""Vietnamese numbers in words, as printed on decisions ("Bằng chữ: Năm triệu đồng").

Rules followed (common administrative usage):

* groups of three digits read with "nghìn", "triệu", "tỷ" (and "nghìn tỷ", "triệu tỷ" above);
* inside a group: "linh" for a zero tens digit before a non-zero unit ("một trăm linh năm"),
  "mười" for 10–19, "mốt" for a 1 after tens ≥ 20 ("hai mươi mốt"), "lăm" for a 5 after any tens
  ("mười lăm", "hai mươi lăm"), "tư" for a 4 after tens ≥ 20 ("hai mươi tư");
* a group after a larger group that is below 100 still reads its hundreds: 1.005.000 is
  "một triệu không trăm linh năm nghìn" — how banks and treasuries write amounts, so that nobody can
  insert digits into the words.

Standard library only (domain layer).
"""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# Scale words of the three-digit groups below one tỷ; larger amounts repeat "tỷ" (nghìn tỷ, triệu tỷ).
_SCALES = ("", "nghìn", "triệu")
_TY = 1_000_000_000


def _group(n: int, full: bool) -> list[str]:
    """Words of a three-digit group ``n`` (0 < n < 1000); ``full`` reads the hundreds even when zero."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(_DIGITS[units])
        return words
    if tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens >= 2 else "một")
    elif units == 4:
        words.append("tư" if tens >= 2 else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_ty(n: int, lead: bool) -> list[str]:
    """Words of 0 < n < 10^9; ``lead`` is True when nothing has been read before this part."""
    groups: list[int] = []
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        g = groups[index]
        if g == 0:
            continue
        # The most significant group reads naturally; later groups read their hundreds in full.
        words += _group(g, full=bool(words) or not lead)
        if _SCALES[index]:
            words.append(_SCALES[index])
    return words


def _words(n: int, lead: bool) -> list[str]:
    if n >= _TY:
        high, low = divmod(n, _TY)
        words = [*_words(high, lead), "tỷ"]
        if low:
            words += _below_ty(low, lead=False)
        return words
    return _below_ty(n, lead)


def number_in_words(n: int) -> str:
    """A non-negative integer in Vietnamese words, lower case: 105000 → "một trăm linh năm nghìn"."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError("number_in_words expects an int")
    if n < 0:
        return "âm " + number_in_words(-n)
    if n == 0:
        return _DIGITS[0]
    return " ".join(_words(n, lead=True))


def amount_in_words(amount: int, currency: str = "đồng") -> str:
    """An amount of money in words with a capital first letter: 5000000 → "Năm triệu đồng"."""
    text = number_in_words(amount)
    if currency:
        text = f"{text} {currency}"
    return text[0].upper() + text[1:]
