"""A goods or seal cell longer than a page (a 3,000-character description, a 400-character word without a
space) is cut between two of its lines and continues on the next page: the layout never fails, and the
whole text is printed, in order, under the repeated table header."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from form_factories import (
    MAKERS,
    make_m06,
    make_m10,
    make_mbb01,
    make_mbb15,
    make_mbb26,
    make_mbb27,
    make_mqd02,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdfcheck import page_texts

from inspector_app.domain.canonical import document_hash
from inspector_app.domain.model import Document
from inspector_app.forms import render_document

WORDS = ["Mỹ", "phẩm", "dưỡng", "trắng", "da", "nhập", "khẩu", "Hàn", "Quốc", "hộp", "100ml", "loại",
         "đặc", "biệt", "nghi", "giả", "mạo", "nhãn", "hàng", "hóa", "Đồng", "Nai", "lô", "số"]

# Long texts an officer could type or paste: many words, one word without a space, or both with line breaks.
# Every token is numbered, so the read-back can tell a lost piece from a repeated one.
long_texts = st.one_of(
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=250, max_size=520)).map(
        lambda t: " ".join(f"{w}{i}" for i, w in enumerate(t[0]))),
    st.integers(min_value=75, max_value=150).map(lambda n: "".join(f"{i:03d}X" for i in range(n))),
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=80, max_size=200),
              st.integers(min_value=50, max_value=110)).map(
        lambda t: "\n".join([" ".join(f"{w}{i}" for i, w in enumerate(t[0][:40])),
                             "".join(f"{i:03d}Y" for i in range(t[1])),
                             " ".join(f"{w}{i}" for i, w in enumerate(t[0][40:], start=40))])),
)


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _refinalized(doc: Document) -> Document:
    out = copy.deepcopy(doc)
    out.sha256 = document_hash(out)
    return out


def _with_long_goods(make: Callable[[], Document], text: str) -> Document:
    doc = make()
    doc.goods[0].name = text
    doc.goods[-1].condition = text
    return _refinalized(doc)


def _with_long_seal(make: Callable[[], Document], text: str) -> Document:
    doc = make()
    doc.seals[0].covers = text
    return _refinalized(doc)


def _mqd02_with_goods(text: str) -> Document:
    # A decision lists the goods it confiscates in its body (it has no annex).
    doc = make_mqd02()
    doc.goods = copy.deepcopy(make_mbb15().goods[:3])
    doc.goods[1].name = text
    return _refinalized(doc)


CASES: dict[str, Callable[[str], Document]] = {
    "tt22.m06": lambda s: _with_long_goods(make_m06, s),
    "tt22.m10": lambda s: _with_long_goods(lambda: make_m10(6), s),
    "nd118.mbb01": lambda s: _with_long_goods(make_mbb01, s),
    "nd118.mbb15": lambda s: _with_long_goods(make_mbb15, s),
    "nd118.mbb26": lambda s: _with_long_seal(make_mbb26, s),
    "nd118.mbb27": lambda s: _with_long_seal(make_mbb27, s),
    "nd118.mqd02": _mqd02_with_goods,
}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(sorted(CASES)), text=long_texts)
def test_a_cell_longer_than_a_page_is_split_never_a_layout_error(kind: str, text: str) -> None:
    doc = CASES[kind](text)
    pages = page_texts(render_document(doc).pdf)
    # Every character of the long cell is printed, in order (a cut word continues on the next line); only
    # a piece that straddles a page break (header, strip and page number in between) is not found whole.
    assert _missing_pieces(_squeeze(text), _squeeze(" ".join(pages))) <= len(pages), kind


def _missing_pieces(needle: str, haystack: str) -> int:
    """How many 12-character pieces of ``needle`` are not found, in order, in ``haystack``."""
    pos, missing = 0, 0
    for piece in re.findall(r".{1,12}", needle):
        found = haystack.find(piece, pos)
        if found < 0:
            missing += 1
        else:
            pos = found + len(piece)
    return missing


def test_a_three_thousand_character_description_continues_under_the_repeated_header() -> None:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(700))[:3000]
    doc = _with_long_goods(lambda: make_m10(3), text)
    result = render_document(doc)
    pages = page_texts(result.pdf)
    assert result.page_count >= 3
    # The long row spans pages: each page it reaches shows the header again and the strip of the parties.
    spanned = [t for t in pages if "trắng da nhập khẩu" in t]
    assert len(spanned) >= 2
    for t in spanned:
        assert "Số lượng" in t and "Tình trạng, đặc điểm" in t
        assert "Chữ ký của các bên trên trang này" in t or "Bảng kê này gồm" in t
    assert f"gồm {result.sheets:02d} tờ" in " ".join(pages)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(["nd118.mbb01", "nd118.mbb15", "tt22.m06", "nd118.mqd02"]), text=long_texts)
def test_a_subject_address_longer_than_a_page_continues_on_the_next(kind: str, text: str) -> None:
    doc = MAKERS[kind]()
    assert doc.subject is not None
    doc.subject.address = text
    pages = page_texts(render_document(_refinalized(doc)).pdf)
    assert _missing_pieces(_squeeze(text), _squeeze(" ".join(pages))) <= len(pages), kind
