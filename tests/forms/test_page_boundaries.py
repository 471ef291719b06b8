"""Page-boundary sweep for every kind: one free-text field grows word by word across two page breaks (the
bảng kê: its goods list, row by row).

At every word count next to a break (found by bisection, so the sweep takes seconds): the signature block
never stands alone on a page (it carries the closing clause of a minutes, the last lines of a decision's
body), the per-page signature strip is on every page of a minutes without the full grid, and "gồm … tờ"
is the number of sheets printed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

import pytest
from form_factories import MAKERS
from pdfcheck import page_texts

from inspector_app.domain.model import Document
from inspector_app.forms import FORMS, render_document

WORDS = ("hàng hóa được kiểm đếm đối chiếu với hóa đơn chứng từ do cơ sở xuất trình tại thời điểm "
         "kiểm tra và ghi nhận đầy đủ vào biên bản này").split()

# Kind → (field that grows, text that must share the page with the signatures).
SWEEP: dict[str, tuple[str, str]] = {
    "tt22.m01": ("scope", "chịu trách nhiệm thi hành Quyết định này"),
    "tt22.m06": ("team_opinion", "Việc kiểm tra kết thúc hồi"),
    "tt22.m10": ("goods", "Bảng kê này gồm"),
    "nd118.mbb01": ("subject_opinion", "Biên bản lập xong hồi"),
    "nd118.mbb15": ("reason", "Biên bản lập xong hồi"),
    "nd118.mbb26": ("method", "Biên bản lập xong hồi"),
    "nd118.mbb27": ("opening_reason", "Biên bản lập xong hồi"),
    "nd118.mqd02": ("mitigating", "để tổ chức thực hiện"),
}
SIGNED = {"tt22.m01": "Trương Công Danh", "nd118.mqd02": "Trương Công Danh"}
STRIP = "Chữ ký của các bên trên trang này"


def grown(base: Document, field: str, n: int) -> Document:
    doc = copy.deepcopy(base)
    text = " ".join(WORDS[i % len(WORDS)] for i in range(n))
    if field == "goods":  # the bảng kê has no free text of its own: its list grows one row at a time
        doc.goods = [copy.deepcopy(doc.goods[i % len(doc.goods)]) for i in range(n + 1)]
    else:
        doc.fields[field] = text
    return doc


def check(kind: str, doc: Document) -> int:
    """Render ``doc``, check the three rules, return its number of sheets."""
    result = render_document(doc)
    texts = page_texts(result.pdf)[:result.sheets]
    anchor = SWEEP[kind][1]
    signer = SIGNED.get(kind)
    last = texts[-1]
    if signer is not None:
        assert signer in last and anchor in last, f"{kind}: signature alone on page {len(texts)}"
    else:
        assert anchor in last, f"{kind}: grid without its closing clause on page {len(texts)}"
        for i, page in enumerate(texts[:-1], start=1):
            assert STRIP in page, f"{kind}: no strip on page {i}"
        assert STRIP not in last
        if kind == "tt22.m10":
            # The totals row and the last goods rows, under the repeated header, go to the last page with
            # the closing clause and the signatures: those never stand alone there (issue 11).
            count = len(doc.goods)
            assert f"Tổng cộng: {count} mục" in last, f"{kind}: {count} rows, totals not with the signatures"
            for i, page in enumerate(texts, start=1):  # and no page without goods under the header
                assert "Tên tang vật, phương tiện, hàng hóa, giấy tờ" in page and "(lô " in page, (kind, count, i)
        counts = [int(n) for n in re.findall(r"gồm (\d+) tờ", " ".join(texts))]
        assert counts and counts[-1] == result.sheets, (kind, counts, result.sheets)
    return result.sheets


def first_break(pages: Callable[[int], int], lo: int, hi: int) -> int:
    """The smallest word count in (lo, hi] with more sheets than at ``lo`` (pages grow with the count)."""
    start = pages(lo)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if pages(mid) > start:
            hi = mid
        else:
            lo = mid
    return hi


@pytest.mark.parametrize("kind", sorted(SWEEP))
def test_signature_strip_and_sheet_count_hold_across_two_page_breaks(kind: str) -> None:
    assert set(SWEEP) == set(FORMS)
    base = MAKERS[kind]()
    field = SWEEP[kind][0]
    seen: dict[int, int] = {}

    def pages(n: int) -> int:
        if n not in seen:
            seen[n] = check(kind, grown(base, field, n))
        return seen[n]

    if field == "goods":  # the bảng kê: row by row, every count, until the list crossed two page breaks
        n = 0
        while len(set(seen.values())) < 3:
            pages(n)
            n += 1
        return
    lo = 0
    for _ in range(2):
        hi = lo + 40
        while pages(hi) == pages(lo):  # widen until the next break is inside
            hi += 200 if field != "goods" else 20
        lo = first_break(pages, lo, hi)
        for n in (lo - 2, lo - 1, lo + 1, lo + 2):  # word by word around the break
            pages(n)
    assert len(set(seen.values())) >= 3, (kind, sorted(seen.items()))
