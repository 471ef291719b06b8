"""Each `inspector` command loads only what it uses (issue 16): rendering a document does not load the rules
service's holiday library, the HTTP client, the JSON Schema validator or Qt; listing loads no PDF engine either.
Checked in a fresh interpreter, as an officer's command runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.app import build_services

PROBE = """
import json, sys
from inspector_app.cli import run
code = run(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted({m.split('.')[0] for m in sys.modules})}), file=sys.stderr)
"""

HEAVY = {"holidays", "requests", "jsonschema", "jsonschema_rs", "PySide6", "urllib3", "openpyxl", "fastapi"}


@pytest.fixture(scope="module")
def installation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    data = tmp_path_factory.mktemp("cli-imports")
    s = build_services(data)
    try:
        s.demo.load()
        doc = next(d for d in s.documents.list() if d.status != "draft")
    finally:
        s.close()
    return data, doc.id


def loaded(*argv: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    assert report["code"] == 0, proc.stderr
    return set(report["modules"])


def test_render_loads_the_pdf_engine_and_nothing_it_does_not_use(installation: tuple[Path, str],
                                                                  tmp_path: Path) -> None:
    data, doc_id = installation
    modules = loaded("--data-dir", str(data), "render", doc_id, "-o", str(tmp_path / "out.pdf"))
    assert "reportlab" in modules
    assert not modules & HEAVY, sorted(modules & HEAVY)
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_list_loads_neither_the_pdf_engine_nor_the_rules(installation: tuple[Path, str]) -> None:
    data, _ = installation
    modules = loaded("--data-dir", str(data), "list", "--json")
    assert not modules & (HEAVY | {"reportlab"}), sorted(modules & (HEAVY | {"reportlab"}))
