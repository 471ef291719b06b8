"""``inspector render --input``: exit 0 with a PDF, exit 2 with the list of problems and no PDF."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from form_factories import make_mbb01, make_mbb01_short
from pdfcheck import all_text

from inspector_app import cli
from inspector_app.domain.canonical import canonical_document


def _run(tmp_path: Path, *args: str) -> int:
    return cli.run(["render", *args, "--data-dir", str(tmp_path / "data")])


def test_render_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "doc.json"
    src.write_bytes(canonical_document(make_mbb01()))
    out = tmp_path / "out.pdf"
    assert _run(tmp_path, "--input", str(src), "-o", str(out)) == 0
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" in all_text(out.read_bytes())
    assert "03/BB-VPHC-QLTT0123" in capsys.readouterr().out
    assert not (tmp_path / "data").exists()  # a JSON file needs no database


def test_render_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "doc.json"
    src.write_bytes(canonical_document(make_mbb01_short()))
    out = tmp_path / "o.pdf"
    assert cli.run(["render", "--input", str(src), "-o", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["files"][0]["kind"] == "nd118.mbb01" and data["files"][0]["sheets"] <= 2


def test_document_missing_required_fields_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = make_mbb01_short()
    doc.fields.pop("closed_at")
    src = tmp_path / "doc.json"
    src.write_bytes(canonical_document(doc))
    out = tmp_path / "out.pdf"
    assert _run(tmp_path, "--input", str(src), "-o", str(out)) == 2
    err = capsys.readouterr().err
    assert "Thời điểm lập xong biên bản" in err and "fields.closed_at" not in err  # words, not the path
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.json"]


def test_unknown_kind_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = make_mbb01_short()
    doc.kind = "nd118.mbb99"
    src = tmp_path / "doc.json"
    src.write_bytes(canonical_document(doc))
    assert _run(tmp_path, "--input", str(src), "-o", str(tmp_path / "o.pdf")) == 2
    assert "nd118.mbb99" in capsys.readouterr().err
    assert not (tmp_path / "o.pdf").exists()


def test_not_a_document_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "photo.json"
    src.write_text('{"sha256": "abc", "filename": "x.jpg"}', encoding="utf-8")
    assert _run(tmp_path, "--input", str(src), "-o", str(tmp_path / "o.pdf")) == 2
    assert "không phải là văn bản" in capsys.readouterr().err
    assert not (tmp_path / "o.pdf").exists()


def test_exactly_one_source_is_required(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(tmp_path, "-o", str(tmp_path / "o.pdf")) == 2
    assert "đúng một nguồn" in capsys.readouterr().err
