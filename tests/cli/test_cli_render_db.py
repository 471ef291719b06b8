"""``inspector render`` against a real database: the demo data set, stored, listed and printed.

No fakes: a temporary data directory gets ``inspector demo`` (the app's own SQLite store and services),
ids come from ``inspector list --json`` / ``search --json``, and the PDFs are read back with pypdf. This is
what an officer does with the command line, so every demo case must print.
"""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pdfcheck import page_images, page_texts, reader

from inspector_app import cli
from inspector_app.forms import FORMS

A4_MM = (210.0, 297.0)

# What the printed form must say, per kind (the title and its trích yếu, as on the official form).
TITLES: dict[str, tuple[str, ...]] = {
    "tt22.m01": ("QUYẾT ĐỊNH", "Kiểm tra việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa"),
    "tt22.m06": ("BIÊN BẢN KIỂM TRA", "Việc chấp hành pháp luật trong sản xuất, kinh doanh hàng hóa"),
    "tt22.m10": ("BẢNG KÊ", "Tang vật, phương tiện, hàng hóa, giấy tờ"),
    "nd118.mbb01": ("BIÊN BẢN VI PHẠM HÀNH CHÍNH",),
    "nd118.mbb15": ("BIÊN BẢN", "Tạm giữ tang vật, phương tiện vi phạm hành chính"),
    "nd118.mbb26": ("BIÊN BẢN", "Niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ"),
    "nd118.mbb27": ("BIÊN BẢN", "Mở niêm phong tang vật, phương tiện vi phạm hành chính bị tạm giữ"),
    "nd118.mqd02": ("QUYẾT ĐỊNH", "Xử phạt vi phạm hành chính"),
}


def inspector(data_dir: Path, *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process (the real parser, services and store); exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.run(["--data-dir", str(data_dir), *args])
    return code, out.getvalue(), err.getvalue()


def inspector_json(data_dir: Path, *args: str) -> Any:
    code, out, err = inspector(data_dir, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def pdf_ok(path: Path) -> list[str]:
    """Page texts of a PDF file after checking that every page is A4 portrait."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    for page in reader(data).pages:
        box = page.mediabox
        size_mm = (float(box.width) * 25.4 / 72, float(box.height) * 25.4 / 72)
        assert all(abs(a - b) < 0.2 for a, b in zip(size_mm, A4_MM, strict=True)), (path.name, size_mm)
    return page_texts(data)


def only_pdfs(folder: Path) -> list[str]:
    """Names in ``folder``; a failed render must leave neither a PDF nor a temporary file."""
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory filled by ``inspector demo``."""
    data_dir = tmp_path_factory.mktemp("inspector-data")
    code, _out, err = inspector(data_dir, "demo")
    assert code == 0, err
    return data_dir


@pytest.fixture(scope="module")
def documents(demo: Path) -> list[dict[str, Any]]:
    docs = inspector_json(demo, "list")
    assert isinstance(docs, list) and docs
    return docs


def test_demo_has_a_final_document_of_every_kind(documents: list[dict[str, Any]]) -> None:
    finals = {d["kind"] for d in documents if d["status"] == "final"}
    assert finals == set(FORMS) == set(TITLES)
    assert any(d["status"] == "draft" for d in documents)


@pytest.mark.parametrize("kind", sorted(TITLES))
def test_render_one_final_document_of_each_kind(kind: str, demo: Path, documents: list[dict[str, Any]],
                                                tmp_path: Path) -> None:
    doc = next(d for d in documents if d["kind"] == kind and d["status"] == "final")
    out = tmp_path / "out.pdf"
    code, stdout, err = inspector(demo, "render", doc["id"], "-o", str(out))
    assert code == 0, err
    assert doc["number"] in stdout
    texts = pdf_ok(out)
    text = " ".join(texts)
    for title in TITLES[kind]:
        assert title in text, (kind, title)
    assert f"Số: {doc['number']}" in texts[0]
    assert "BẢN NHÁP" not in text
    assert only_pdfs(tmp_path) == ["out.pdf"]


def case_ids(demo: Path) -> list[str]:
    found = inspector_json(demo, "search", "dong nai")
    ids = sorted({c["case_id"] for c in found})
    # Every case of the demo is in Đồng Nai; cross-check with the documents' cases.
    listed = {d["case_id"] for d in inspector_json(demo, "list")}
    assert set(ids) == listed
    return ids


def test_every_demo_case_renders(demo: Path, documents: list[dict[str, Any]], tmp_path: Path) -> None:
    by_case: dict[str, list[dict[str, Any]]] = {}
    for d in documents:
        by_case.setdefault(d["case_id"], []).append(d)
    ids = case_ids(demo)
    assert len(ids) >= 4
    for case_id in ids:
        out_dir = tmp_path / case_id
        code, _out, err = inspector(demo, "render", "--case", case_id, "-o", f"{out_dir}/")
        assert code == 0, (case_id, err)
        written = only_pdfs(out_dir)
        assert len(written) == len(by_case[case_id]), (case_id, written)
        for d in by_case[case_id]:
            draft = d["status"] == "draft"
            name = next(n for n in written if n.startswith(d["kind"] + "_")
                        and (("nhap-" + d["id"]) in n if draft else "nhap-" not in n
                             and d["number"].replace("/", "-") in n))
            texts = pdf_ok(out_dir / name)
            text = " ".join(texts)
            for title in TITLES[d["kind"]]:
                assert title in text, (name, title)
            if draft:
                # The draft mark is a picture on every page, kept out of the text layer (review m12).
                assert all(page_images((out_dir / name).read_bytes())), name
                assert "BẢN NHÁP" not in text, name
            else:
                assert f"Số: {d['number']}" in texts[0], name
                assert "BẢN NHÁP" not in text, name


def test_bang_ke_of_the_demo_is_dense(demo: Path, documents: list[dict[str, Any]], tmp_path: Path) -> None:
    # 126 rows with long brand/origin cells: 16 pages before the goods tables were tightened, 10 after, 14
    # once the unit price and value of each row were added (review M7), 11 since the text columns share their
    # width for the fewest lines (review m15).
    doc = next(d for d in documents if d["kind"] == "tt22.m10" and d["status"] == "final")
    out = tmp_path / "bk.pdf"
    code, _out, err = inspector(demo, "render", doc["id"], "-o", str(out))
    assert code == 0, err
    texts = pdf_ok(out)
    assert len(texts) <= 11
    assert all("Tên tang vật, phương tiện, hàng hóa, giấy tờ" in t for t in texts[:-1])
    assert "126 mục" in texts[-1]


def test_unknown_id_exits_2_and_writes_nothing(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    code, _out, err = inspector(demo, "render", "00000000-0000-4000-8000-000000000000", "-o", str(out))
    assert code == 2
    assert err.strip()
    assert only_pdfs(tmp_path) == []


def _exported(demo: Path, documents: list[dict[str, Any]], kind: str) -> dict[str, Any]:
    doc = next(d for d in documents if d["kind"] == kind and d["status"] == "final")
    shown = inspector_json(demo, "show", doc["id"])
    assert shown["id"] == doc["id"] and shown["sha256"] == doc["sha256"]
    return shown


def test_render_input_of_an_untouched_export_works(demo: Path, documents: list[dict[str, Any]],
                                                   tmp_path: Path) -> None:
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(_exported(demo, documents, "nd118.mbb01"), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    code, _out, err = inspector(demo, "render", "--input", str(src), "-o", str(out))
    assert code == 0, err
    assert "BIÊN BẢN VI PHẠM HÀNH CHÍNH" in " ".join(pdf_ok(out))


def test_render_input_of_a_tampered_final_exits_2(demo: Path, documents: list[dict[str, Any]],
                                                  tmp_path: Path) -> None:
    # Editing a final document's export would print new content under the old QR code and hash.
    data = _exported(demo, documents, "tt22.m10")
    data["goods"][0]["quantity"] = "3000"
    src = tmp_path / "doc.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.pdf"
    code, _out, err = inspector(demo, "render", "--input", str(src), "-o", str(out))
    assert code == 2
    assert "SHA-256" in err and "sau khi hoàn tất" in err  # in words; the field path stays in --json
    assert only_pdfs(tmp_path) == ["doc.json"]


@pytest.mark.parametrize("breakage", ["not json", "wrong type", "missing fields"])
def test_render_input_of_an_invalid_json_exits_2(breakage: str, demo: Path, documents: list[dict[str, Any]],
                                                 tmp_path: Path) -> None:
    src = tmp_path / "doc.json"
    if breakage == "not json":
        src.write_text('{"kind": "nd118.mbb01", ', encoding="utf-8")
        expected = ["JSON"]
    elif breakage == "wrong type":
        data = _exported(demo, documents, "nd118.mbb01")
        data["kind"] = 17
        src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        expected = ["$.kind"]
    else:
        # A draft without what its form needs: every problem is listed, not only the first.
        data = _exported(demo, documents, "nd118.mbb01")
        for key in ("number", "sha256", "finalized_at"):
            data.pop(key, None)
        data["status"] = "draft"
        data["fields"].pop("closed_at", None)
        data["violations"] = []
        src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        expected = ["Thời điểm lập xong biên bản", "Hành vi vi phạm"]  # in words, never the field paths
    out = tmp_path / "out.pdf"
    code, _out, err = inspector(demo, "render", "--input", str(src), "-o", str(out))
    assert code == 2
    for problem in expected:
        assert problem in err, (breakage, err)
    assert only_pdfs(tmp_path) == ["doc.json"]


def test_console_entry_point_renders_from_the_database(demo: Path, documents: list[dict[str, Any]],
                                                       tmp_path: Path) -> None:
    # The real entry point in a child process, as the officer runs it.
    doc = next(d for d in documents if d["kind"] == "tt22.m01" and d["status"] == "final")
    out = tmp_path / "qd.pdf"
    proc = subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(demo), "render", doc["id"],
                           "-o", str(out)], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert f"Số: {doc['number']}" in pdf_ok(out)[0]
