"""Search folds diacritics and đ→d: "thuoc la" finds "Thuốc lá", "dong nai" finds "Đồng Nai"."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.domain.model import GoodsRow, new_id
from inspector_app.store.repository import fts_query
from inspector_builders import make_case, person_subject


@pytest.fixture
def cases(services):
    cigarettes = make_case(services, subject=person_subject(), title="Vận chuyển thuốc lá nhập lậu",
                           place="Km 1834 Quốc lộ 1A, xã Xuân Đường")
    cigarettes.goods.append(GoodsRow(id=new_id(), name="Thuốc lá điếu Jet", unit="bao", quantity=Decimal(1500)))
    services.cases.save(cigarettes)
    cosmetics = make_case(services, title="Kiểm tra cửa hàng mỹ phẩm", place="Phường Trấn Biên, Đồng Nai")
    return services, cigarettes, cosmetics


def _found(services, text):
    return {c.id for c in services.cases.list(search=text)}


@pytest.mark.parametrize("query", ["thuoc la", "THUỐC LÁ", "Thuoc", "thuố", "jet", "nhap lau", "xuan duong"])
def test_search_without_diacritics_finds_vietnamese_text(cases, query):
    services, cigarettes, cosmetics = cases
    assert _found(services, query) == {cigarettes.id}


@pytest.mark.parametrize("query", ["dong nai", "Đồng Nai", "ĐỒNG", "tran bien"])
def test_search_folds_d_stroke(cases, query):
    services, _, cosmetics = cases
    assert cosmetics.id in _found(services, query)


def test_decomposed_query_finds_composed_text(cases):
    services, cigarettes, _ = cases
    assert _found(services, unicodedata.normalize("NFD", "Thuốc lá")) == {cigarettes.id}


def test_search_finds_subjects_by_tax_code_and_goods_by_barcode(cases):
    services, _, cosmetics = cases
    assert cosmetics.id in _found(services, "0100109106")
    assert cosmetics.id in _found(services, "4006381333931")
    hits = services.cases.search("hoang gia")
    assert {h.entity for h in hits} == {"subject"} and {h.case_id for h in hits} == {cosmetics.id}


def test_removed_goods_row_is_no_longer_found(cases):
    services, cigarettes, _ = cases
    jet = next(g for g in services.cases.get(cigarettes.id).goods if "Jet" in g.name)
    services.cases.remove_goods_row(cigarettes.id, jet.id)
    assert _found(services, "jet") == set()


def test_search_with_no_word_finds_nothing(cases):
    services, _, _ = cases
    assert _found(services, "  \"  ") == set()
    assert services.cases.search("") == []


def test_fts_query_quotes_every_word_as_a_prefix():
    assert fts_query('Đồng "Nai" OR') == '"dong"* "nai"* "or"*'


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_user_text_is_a_safe_query(cases, text):
    services, _, _ = cases
    services.cases.list(search=text)
    services.cases.search(text)
