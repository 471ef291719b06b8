"""Every demo document, rendered through the real services, read back as a team leader would check it: the
header number, the QR code decoded on every page at 100 dpi, references with number and date, no annex
cited that does not exist, "gồm … tờ" equal to the sheets printed, the 2025 căn cứ of the decisions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfcheck import page_texts, qr_codes

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import Document, DocumentStatus
from inspector_app.forms import qr_payload, render_document
from inspector_app.forms.checks import content_problems, vague_references


@pytest.fixture(scope="module")
def demo_docs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Document]]:
    from datetime import datetime

    data = Path(tmp_path_factory.mktemp("demo-data"))
    services = build_services(data, clock=FixedClock(datetime(2026, 12, 1, 9, 0, 0)))
    services.demo.load()
    docs = [services.documents.get(row.id) for row in services.documents.list()]
    yield docs
    services.repo.db.conn.close()


def test_every_demo_document_reads_right_and_its_qr_decodes_on_every_page(demo_docs: list[Document]) -> None:
    assert {d.kind for d in demo_docs} == set(KINDS)
    for doc in demo_docs:
        result = render_document(doc)
        texts = page_texts(result.pdf)
        body = " ".join(texts[:result.sheets])
        name = f"{doc.kind} {doc.number or doc.id}"
        # QR on every page, at 100 dpi, with the document's own payload (m14).
        assert qr_codes(result.pdf, dpi=100) == [[qr_payload(doc)]] * len(texts), name
        if doc.status != DocumentStatus.DRAFT:
            assert f"Số: {doc.number}" in texts[0], name
            assert content_problems(doc) == [], name
        # Never an annex that does not exist (B3): a long list is printed as this document's own bảng kê,
        # or it is the separate Mẫu 10 drawn up with it, carrying its number and the announced sheets.
        own = re.search(r"kèm theo biên bản này, gồm (\d+) tờ", body)
        if own:
            separate = [d for d in demo_docs if d.kind == "tt22.m10" and d.fields.get("attached_to") == doc.number]
            if "Bảng kê này gồm" in body:
                assert not separate and result.annex_sheets == int(own.group(1)), name
            else:
                assert len(separate) == 1 and render_document(separate[0]).sheets == int(own.group(1)), name
        # "gồm … tờ" is the number of sheets of the minutes (and of its own bảng kê, if any).
        # (A citation of another document's bảng kê, "(gồm NN tờ)", is that document's count.)
        counts = [int(n) for n in re.findall(r"(?<!\()gồm (\d+) tờ", body)]
        if counts and doc.kind != "tt22.m10":
            assert sum(set(counts)) == result.sheets or counts[-1] == result.sheets, (name, counts)
        for key in ("basis", "measures", "preventive_measures", "additional_penalties", "contents_check"):
            value = doc.fields.get(key)
            if isinstance(value, str) and doc.status != DocumentStatus.DRAFT:
                assert vague_references(value) == [], (name, key, value)
        if doc.kind == "nd118.mqd02":
            assert "Luật số 88/2025/QH15" in body and "189/2025/NĐ-CP" in body, name
            assert "Đồng Nai, ngày" in texts[0], name  # m3: the unit's place name, not a former city
        if doc.kind == "tt22.m01":
            assert "241/2025/NĐ-CP" in body and "45/2025/TT-BCT" in body and "- Như Điều 3;" in body, name
            assert re.search(r"Số: \d{8}/QĐ-KT", texts[0]), name  # M6


def test_demo_goods_are_listed_in_one_document_and_cited_exactly_elsewhere(demo_docs: list[Document]) -> None:
    # Item 5 of issue 11: the BB-KT announces its separate bảng kê instead of printing the 126 rows too, and
    # every other minutes cites that bảng kê by number, date, sheet count and parent minutes.
    bk = next(d for d in demo_docs if d.kind == "tt22.m10" and d.status != DocumentStatus.DRAFT)
    sheets = render_document(bk).sheets
    row = bk.goods[57].name
    listing = [d for d in demo_docs if d.status != DocumentStatus.DRAFT and d.case_id == bk.case_id
               and row in " ".join(page_texts(render_document(d).pdf))]
    assert [d.id for d in listing] == [bk.id]
    exact = f"Bảng kê số {bk.number} ngày {bk.issued_at[8:10]}/{bk.issued_at[5:7]}/{bk.issued_at[:4]} (gồm {sheets:02d}"
    citing = [d for d in demo_docs if d.status != DocumentStatus.DRAFT and d.case_id == bk.case_id
              and d.kind in ("nd118.mbb01", "nd118.mbb15", "nd118.mbb26", "nd118.mqd02")]
    assert len(citing) == 4
    for d in citing:
        text = " ".join(page_texts(render_document(d).pdf))
        assert exact in text and f"kèm theo Biên bản kiểm tra số {bk.fields['attached_to']}" in text, d.kind


def test_demo_bang_ke_is_signed_by_the_parties_of_its_minutes(demo_docs: list[Document]) -> None:
    bk = next(d for d in demo_docs if d.kind == "tt22.m10" and d.status != DocumentStatus.DRAFT)
    bb_kt = next(d for d in demo_docs if d.number == bk.fields["attached_to"])
    result = render_document(bk)
    last = page_texts(result.pdf)[result.sheets - 1]
    signers = [p.full_name for p in bb_kt.participants if p.role.value in ("team_lead", "team_member")]
    assert signers and all(n in last for n in signers)
    # M5: its number carries the số hiệu of the officer who signs it.
    lead = next(p for p in bk.participants if p.role.value == "team_lead")
    assert bk.number.endswith("-" + lead.officer_no)
