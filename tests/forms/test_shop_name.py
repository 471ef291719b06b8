"""The shop's own name (tên cửa hàng, gian hàng, biển hiệu) prints on its own line, never stuffed into the
person's name (forms review m11), and a subject without one keeps the canonical JSON and hash it had."""

from __future__ import annotations

import copy

from form_factories import make_mbb01, online_seller
from pdfcheck import page_texts

from inspector_app.domain.canonical import canonical_document, document_hash
from inspector_app.forms import render_document


def test_shop_name_prints_on_its_own_line_apart_from_the_name() -> None:
    doc = make_mbb01()
    doc.subject = online_seller()
    doc.subject.shop_name = "Yến Nhi Authentic Store"
    doc.sha256 = document_hash(doc)
    text = " ".join(page_texts(render_document(doc).pdf))
    assert "Họ và tên: Nguyễn Hoàng Yến Nhi" in text
    assert "Tên cửa hàng, gian hàng (biển hiệu): Yến Nhi Authentic Store" in text
    assert "Nguyễn Hoàng Yến Nhi (" not in text


def test_no_shop_name_no_line_and_the_same_canonical_json() -> None:
    doc = make_mbb01()
    before = canonical_document(doc)
    assert b"shop_name" not in before  # documents finalised before the field existed keep their bytes
    assert document_hash(doc) == doc.sha256
    assert "biển hiệu" not in " ".join(page_texts(render_document(doc).pdf))
    named = copy.deepcopy(doc)
    assert named.subject is not None
    named.subject.shop_name = "Hồng Nhung Cosmetics"
    assert '"shop_name":"Hồng Nhung Cosmetics"'.encode() in canonical_document(named)
