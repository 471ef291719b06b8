"""A violation with a ×2 ground cites, in the minutes and the decision, the clause of the catalog entry that
grounds the doubling beside the act's own point ("điểm c khoản 1, khoản 2 Điều 11 …"); a document without
grounds keeps the canonical JSON and SHA-256 it had before ``ViolationRef.grounds`` existed."""

from __future__ import annotations

import io

from pypdf import PdfReader

from inspector_app.domain.canonical import canonical_document, document_hash
from inspector_app.domain.model import ClauseRef, legal_citation, to_dict
from inspector_app.forms import render_document
from inspector_app.services.container import Services
from inspector_builders import make_case, make_final


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_minutes_and_decision_cite_the_clause_of_the_doubling(services: Services) -> None:
    case = make_case(services)
    # Điều 11 khoản 2 NĐ 98/2020: ×2 when the fake goods are food, cosmetics… (catalog "sensitive_goods");
    # the organisation's 10–20 triệu of điểm c becomes 20–40 triệu.
    case.violations[0].aggravations = ["sensitive_goods"]
    case.violations[0].fine_amount = 30_000_000
    services.cases.save(case)
    minutes = make_final(services, case, "nd118.mbb01")
    decision = make_final(services, case, "nd118.mqd02", "01020007")
    cited = "điểm c khoản 1, khoản 2 Điều 11 Nghị định số 98/2020/NĐ-CP"
    for doc in (minutes, decision):
        assert doc.violations[0].grounds == [ClauseRef(2)]
        assert cited in _text(render_document(doc).pdf), doc.kind
        assert b'"grounds":[{"clause":2' in canonical_document(doc)


def test_a_document_without_grounds_keeps_its_canonical_json(services: Services) -> None:
    case = make_case(services)
    doc = make_final(services, case, "nd118.mbb01")
    assert doc.violations[0].grounds == []
    data = canonical_document(doc)
    assert b"grounds" not in data and b"aggravations" not in data
    assert document_hash(doc) == doc.sha256
    assert "grounds" not in to_dict(doc.violations[0])
    assert "điểm c khoản 1 Điều 11 Nghị định số 98/2020/NĐ-CP" in _text(render_document(doc).pdf)


def test_legal_citation_lists_the_grounding_points_of_one_article() -> None:
    assert legal_citation(9, 1, "b", "98/2020/NĐ-CP", grounds=[ClauseRef(2, "a"), ClauseRef(2, "b")]) == (
        "điểm b khoản 1, điểm a khoản 2, điểm b khoản 2 Điều 9 Nghị định số 98/2020/NĐ-CP")
    assert legal_citation(15, 1, "đ", grounds=[ClauseRef(2), ClauseRef(2)]) == "điểm đ khoản 1, khoản 2 Điều 15"
    assert legal_citation(15, 1, "đ", "98/2020/NĐ-CP", decree_prefix="NĐ") == "điểm đ khoản 1 Điều 15 NĐ 98/2020/NĐ-CP"


def test_the_catalog_names_the_point_of_the_ground(services: Services) -> None:
    entry = services.rules.catalog_data().find("98/2020/NĐ-CP", 9, 1)
    assert entry.grounds(["food_medicine"]) == [ClauseRef(2, "a")]
    assert entry.grounds([]) == []
