"""RenderService: load, check, render and write atomically; bad input lists every problem, writes nothing."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from form_factories import CASE_ID, MAKERS, NOW, make_draft_mbb01, make_mbb01, make_mbb01_short
from pdfcheck import all_text, page_images, reader

from inspector_app.domain.canonical import canonical_document
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.errors import NotFoundError, ValidationError
from inspector_app.domain.model import Document, to_dict
from inspector_app.services.rendering import RenderService, document_from_file, pdf_file_name


class InMemoryDocuments:
    """A named fake of the store's document reads (get_document, list_documents)."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = {d.id: d for d in docs}

    def get_document(self, doc_id: str) -> Document:
        if doc_id not in self.docs:
            raise NotFoundError(f"Không tìm thấy văn bản {doc_id}")
        return self.docs[doc_id]

    def list_documents(self, *, status: str = "", kind: str = "", case_id: str = "",
                       limit: int = 100000) -> list[Any]:
        class Row:
            def __init__(self, d: Document) -> None:
                self.id, self.kind = d.id, d.kind

        return [Row(d) for d in self.docs.values() if not case_id or d.case_id == case_id][:limit]


@pytest.fixture
def service() -> RenderService:
    docs = [make() for make in MAKERS.values()]
    return RenderService(InMemoryDocuments(docs), FixedClock(NOW))


def test_render_by_id_writes_a_pdf(service: RenderService, tmp_path: Path) -> None:
    out = tmp_path / "bb.pdf"
    written = service.render_id("d-mbb01-2021", out)
    assert written.page_count == len(reader(out.read_bytes()).pages)
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" in all_text(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["bb.pdf"]  # no temp file left


def test_render_case_writes_one_file_per_document(service: RenderService, tmp_path: Path) -> None:
    files = service.render_case(CASE_ID, tmp_path / "out")
    assert len(files) == len(MAKERS)
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert "nd118.mbb01_03-BB-VPHC-QLTT0123.pdf" in names
    assert len(names) == len(MAKERS)


def test_incomplete_document_is_refused_with_every_problem(tmp_path: Path) -> None:
    doc = make_mbb01_short()
    doc.fields.pop("violation_time")
    doc.violations = []
    svc = RenderService(InMemoryDocuments([doc]), FixedClock(NOW))
    out = tmp_path / "x.pdf"
    with pytest.raises(ValidationError) as err:
        svc.render_id(doc.id, out)
    fields = {p.field for p in err.value.problems}
    assert {"violations", "fields.violation_time"} <= fields
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_render_keeps_the_previous_file(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")
    bad = make_mbb01_short()
    bad.kind = "tt22.m99"
    with pytest.raises(ValidationError):
        RenderService(None, FixedClock(NOW)).render_to_file(bad, out)
    assert out.read_bytes() == b"old"


def test_case_with_one_bad_document_writes_nothing(tmp_path: Path) -> None:
    bad = make_mbb01_short()
    bad.id = "bad"
    bad.participants = []
    svc = RenderService(InMemoryDocuments([make_mbb01(), bad]), FixedClock(NOW))
    with pytest.raises(ValidationError) as err:
        svc.render_case(CASE_ID, tmp_path / "out")
    assert any("nd118.mbb01" in p.field for p in err.value.problems)
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_canonical_json_file_renders_as_final(tmp_path: Path) -> None:
    doc = make_mbb01()
    path = tmp_path / "doc.json"
    path.write_bytes(canonical_document(doc))
    loaded = document_from_file(path)
    assert loaded.status == "final" and loaded.number == doc.number
    svc = RenderService(None, FixedClock(NOW))
    written = svc.render_file(path, tmp_path / "doc.pdf")
    assert written.number == "03/BB-VPHC-QLTT0123"
    assert "BẢN NHÁP" not in all_text((tmp_path / "doc.pdf").read_bytes())


def test_draft_json_renders_with_watermark(tmp_path: Path) -> None:
    draft = make_draft_mbb01()
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(to_dict(draft), ensure_ascii=False), encoding="utf-8")
    RenderService(None, FixedClock(NOW)).render_file(path, tmp_path / "d.pdf")
    pdf = (tmp_path / "d.pdf").read_bytes()
    assert "BẢN NHÁP" not in all_text(pdf) and all(page_images(pdf))  # the mark is a picture (m12)
    assert pdf_file_name(draft) == "nd118.mbb01_nhap-d-mbb01-draft.pdf"


@pytest.mark.parametrize("content", [b"not json at all", b"[1, 2, 3]", b'{"id": "x"}',
                                     b'{"kind": "tt22.m01", "bogus": 1}'])
def test_a_file_that_is_not_a_document_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as err:
        RenderService(None, FixedClock(NOW)).render_file(path, tmp_path / "o.pdf")
    assert err.value.problems
    assert not (tmp_path / "o.pdf").exists()


def test_future_dated_document_is_refused(tmp_path: Path) -> None:
    svc = RenderService(None, FixedClock(datetime(2026, 3, 1)))
    with pytest.raises(ValidationError) as err:
        svc.render_to_file(make_mbb01_short(), tmp_path / "o.pdf")
    assert "issued_at" in {p.field for p in err.value.problems}
