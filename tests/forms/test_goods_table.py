"""Goods tables: dense enough for long lists (≈ 21 rows a page), still legible and never cutting words."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from form_factories import make_mbb15
from pdfcheck import page_texts

from inspector_app.domain.model import Document
from inspector_app.forms import render_document
from inspector_app.forms.blocks import PAD_X, column_widths
from inspector_app.forms.fonts import SERIF, SERIF_BOLD, register_fonts, string_width
from inspector_app.forms.styles import CELL_SIZE, TEXT_WIDTH
from inspector_app.forms.texts import load_texts

ROW = re.compile(r"\(lô \d+\)")


@pytest.fixture(scope="module")
def thousand(m10_1000: Document) -> list[str]:
    return page_texts(render_document(m10_1000).pdf)


def test_thousand_row_bang_ke_is_dense_at_eleven_points(thousand: list[str]) -> None:
    # Review m15. 11 pt cells (NĐ 30 sets no size for tables; the team keeps 11 pt for a paper every party
    # signs page by page), 1 / 1.5 pt padding, the header repeated; the text columns share their width so
    # that the rows take the fewest lines: 14 rows on every full page, 73 pages (76 with proportional widths;
    # architecture.md's 47 predates the unit price and value columns of review M7). docs/benchmarks.md.
    assert len(thousand) <= 73
    rows = [len(ROW.findall(t)) for t in thousand]
    assert sum(rows) == 1000
    assert min(rows[1:-2]) >= 14, rows


def test_headers_and_numbers_are_never_cut(thousand: list[str]) -> None:
    for text in thousand[:-1]:
        assert "Số lượng" in text and "Tình trạng, đặc điểm" in text and "Ghi chú" in text
        # The per-page signature strip is still there (TT 22 Điều 5 khoản 2d).
        assert "Chữ ký của các bên trên trang này" in text
    assert "1000 Kem dưỡng da Ohui" in thousand[-2] + thousand[-1]


def _columns(kind: str, key: str = "goods_columns") -> list[dict[str, object]]:
    return list(load_texts(kind, "2021").raw(key))


@pytest.mark.parametrize("kind", ["tt22.m10", "tt22.m06", "nd118.mbb15"])
def test_widths_fill_the_text_width_and_fit_columns_shrink(kind: str) -> None:
    register_fonts()
    cols = _columns(kind)
    keys = [c["key"] for c in cols]
    values = [["1" if k == "stt" else "12" if k == "quantity" else "hộp" if k == "unit" else "" for k in keys]]
    widths = column_widths(cols, values)
    assert sum(widths) == pytest.approx(TEXT_WIDTH)
    note = widths[keys.index("note")]
    # An unused "Ghi chú" is just wide enough for its header words.
    assert note == pytest.approx(max(string_width(w, SERIF_BOLD, CELL_SIZE) for w in ("Ghi", "chú")) + 2 * PAD_X)
    # The wide text columns get the room.
    assert min(widths[keys.index(k)] for k in ("name", "model_brand_origin", "condition")) > 2.5 * note


def test_a_long_quantity_widens_its_column_instead_of_being_cut() -> None:
    register_fonts()
    cols = _columns("tt22.m10")
    keys = [c["key"] for c in cols]
    sample = {"stt": "1", "name": "x", "model_brand_origin": "y", "unit": "bao", "quantity": "125.000",
              "condition": "z"}
    values = [[sample.get(k, "") for k in keys]]
    widths = column_widths(cols, values)
    assert widths[keys.index("quantity")] >= string_width("125.000", SERIF, CELL_SIZE) + 2 * PAD_X
    doc = make_mbb15()
    doc.goods[0].quantity = Decimal(125000)
    text = " ".join(page_texts(render_document(doc).pdf))
    assert "125.000" in text


def test_seized_notes_stay_whole() -> None:
    # Seal numbers in "Ghi chú" (NP-0001) widen the column up to its maximum rather than break mid-number.
    text = " ".join(page_texts(render_document(make_mbb15()).pdf))
    assert re.search(r"NP-000\d", text)

