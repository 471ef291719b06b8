"""NFC storage form and search folding (diacritics and đ→d)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspector_app.domain.text import agency_in_text, clean, fold, nfc, normalize_tree

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
vietnamese_text = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " \t\n-.,0123456789", max_size=60)
any_text = st.text(max_size=60)


def test_fold_drops_diacritics_and_maps_d_stroke():
    assert fold("Thuốc lá") == "thuoc la"
    assert fold("ĐỒNG NAI") == "dong nai"
    assert fold("Đồng  Nai\n") == "dong nai"


def test_fold_treats_decomposed_input_like_composed():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Thanh Hương")
    assert decomposed != "Nguyễn Thị Thanh Hương"
    assert fold(decomposed) == "nguyen thi thanh huong"


def test_clean_returns_nfc_and_strips():
    assert clean(unicodedata.normalize("NFD", "  Biên Hòa ")) == "Biên Hòa"
    assert unicodedata.is_normalized("NFC", clean(unicodedata.normalize("NFD", "Thuốc lá")))
    assert clean(None) == ""


def test_normalize_tree_normalises_keys_and_nested_values():
    nfd = unicodedata.normalize("NFD", "Đà Lạt")
    tree = {nfd: [nfd, {"k": nfd}, 3, None, True]}
    out = normalize_tree(tree)
    assert out == {"Đà Lạt": ["Đà Lạt", {"k": "Đà Lạt"}, 3, None, True]}


@given(any_text)
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_fold_of_nfc_equals_fold_of_nfd(text):
    assert fold(nfc(text)) == fold(unicodedata.normalize("NFD", text))


@given(any_text)
def test_fold_of_nfc_equals_fold_of_nfd_for_any_text(text):
    assert fold(nfc(text)) == fold(unicodedata.normalize("NFD", text))


@given(any_text)
def test_fold_output_has_no_combining_marks_and_no_d_stroke(text):
    folded = fold(text)
    assert not any(unicodedata.combining(ch) for ch in folded)
    assert "đ" not in folded and "Đ" not in folded


@given(vietnamese_text)
def test_fold_of_vietnamese_is_plain_ascii(text):
    assert fold(text).isascii()


@given(any_text)
def test_nfc_is_idempotent_and_normalised(text):
    once = nfc(text)
    assert nfc(once) == once
    assert unicodedata.is_normalized("NFC", once)


@pytest.mark.parametrize("header,in_text", [
    ("ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 1", "Đội Quản lý thị trường số 1"),
    ("CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI", "Chi cục Quản lý thị trường tỉnh Đồng Nai"),
    ("CỤC QUẢN LÝ THỊ TRƯỜNG THÀNH PHỐ HỒ CHÍ MINH", "Cục Quản lý thị trường thành phố Hồ Chí Minh"),
    ("ĐỘI QLTT SỐ 2", "Đội QLTT số 2"),
    ("SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI", "Sở Công Thương tỉnh Đồng Nai"),
    ("ĐỘI QUẢN LÝ THỊ TRƯỜNG THỊ TRẤN TRẢNG BOM", "Đội Quản lý thị trường thị trấn Trảng Bom"),
    ("Đội Quản lý thị trường số 3", "Đội Quản lý thị trường số 3"),  # typed in mixed case: kept
])
def test_agency_name_in_running_text_follows_vietnamese_capitalisation(header, in_text):
    assert agency_in_text(header) == in_text


def _fold_by_definition(text: str) -> str:
    """The fold spelled out character by character (the implementation removes marks in bulk)."""
    decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans("đĐðÐ", "dddd")))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().translate(str.maketrans("đĐðÐ", "dddd")).split())


@given(st.one_of(any_text, vietnamese_text, st.text(st.characters(min_codepoint=0x2B0, max_codepoint=0x20FF))))
def test_fold_is_its_definition(text):
    assert fold(text) == _fold_by_definition(text)
