"""``inspector --self-test``: prove an installation (or the PyInstaller bundle) works end to end.

Steps: bundled resources are present; the PDF and Qt fonts load; a fresh temp database opens and migrates;
the demo data loads; every form kind renders to a valid PDF; the audit chain verifies. Exit 0 when all
pass, 1 naming the first failing step.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from inspector_app.domain.kinds import KINDS
from inspector_app.paths import resource_path

FONT_FILES = [f"Liberation{family}-{style}.ttf" for family in ("Serif", "Sans")
              for style in ("Regular", "Bold", "Italic", "BoldItalic")]


def _check_resources(state: dict[str, Any]) -> str:
    missing = [f for f in FONT_FILES if not resource_path("fonts", f).is_file()]
    if missing:
        raise RuntimeError(f"thiếu phông chữ: {', '.join(missing)}")
    if not resource_path("fonts", "LICENSE-Liberation.txt").is_file():
        raise RuntimeError("thiếu giấy phép phông chữ")
    return f"{len(FONT_FILES)} phông chữ trong {resource_path('fonts')}"


def _check_pdf_fonts(state: dict[str, Any]) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    for name in FONT_FILES:
        font = TTFont(name[:-4], str(resource_path("fonts", name)))
        # Vietnamese needs these glyphs; Liberation 1.x lacks some of them.
        for ch in "ĐđƯươỹậ":
            if ord(ch) not in font.face.charToGlyph:
                raise RuntimeError(f"{name} thiếu ký tự {ch}")
    return "ReportLab nạp được phông và đủ ký tự tiếng Việt"


def _check_qt_fonts(state: dict[str, Any]) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The app's own start-up code: a widgets application (the bundle must carry QtWidgets) and the UI font.
    from inspector_app.ui.startup import UI_FONT, ensure_application, load_fonts

    state["qt_app"] = ensure_application()
    family = load_fonts(resource_path("fonts"))
    if family != UI_FONT:
        raise RuntimeError(f"Qt không nạp được phông {UI_FONT} (đang dùng {family})")
    return f"Qt nạp được phông giao diện {family}"


def _open_database(state: dict[str, Any]) -> str:
    import secrets

    from inspector_app.app import build_services
    from inspector_app.store.crypto import KeyFile
    from inspector_app.store.db import DB_FILENAME, is_clear_database

    # A throwaway key made here, in this process, and given to the services explicitly: the self-test opens
    # an encrypted database as the app does (SQLCipher, Argon2id and AES-GCM must be in the bundle) but
    # neither reads nor writes the OS keyring, whatever it or the environment holds.
    tmp = Path(state["tmp"])
    _keyfile, key = KeyFile.create(tmp, secrets.token_urlsafe(16))
    state["services"] = build_services(tmp, key=key)
    if is_clear_database(tmp / DB_FILENAME):
        raise RuntimeError("Cơ sở dữ liệu không được mã hóa")
    return f"CSDL tạm (mã hóa SQLCipher) tại {state['tmp']}"


def _load_demo(state: dict[str, Any]) -> str:
    report = state["services"].demo.load()
    state["demo"] = report
    return f"{report['cases']} vụ việc, {report['documents']} văn bản"


def _render_all(state: dict[str, Any]) -> str:
    services = state["services"]
    rendered: dict[str, int] = {}
    for summary in services.documents.list():
        doc = services.documents.get(summary.id)
        pdf = services.rendering.render(doc)
        if not pdf.startswith(b"%PDF-") or b"/FontFile2" not in pdf:
            raise RuntimeError(f"PDF của {summary.kind} không hợp lệ hoặc không nhúng phông")
        rendered[summary.kind] = rendered.get(summary.kind, 0) + 1
    missing = sorted(set(KINDS) - set(rendered))
    if missing:
        raise RuntimeError(f"chưa in được: {', '.join(missing)}")
    return f"{sum(rendered.values())} PDF, đủ {len(rendered)} loại mẫu"


def _verify_audit(state: dict[str, Any]) -> str:
    report = state["services"].repo.verify_audit()
    if not report.ok:
        raise RuntimeError(f"nhật ký hỏng tại sự kiện {report.broken_at}")
    return f"{report.checked} sự kiện toàn vẹn"


STEPS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    ("resources", _check_resources),
    ("pdf-fonts", _check_pdf_fonts),
    ("qt-fonts", _check_qt_fonts),
    ("database", _open_database),
    ("demo", _load_demo),
    ("render", _render_all),
    ("audit", _verify_audit),
]


def run_self_test(out: Any = None, *, as_json: bool = False) -> int:
    """Run every step, print one line each (or one JSON object); 0 if all pass, 1 at the first failure."""
    import json

    out = out or sys.stdout
    state: dict[str, Any] = {}
    results: list[dict[str, Any]] = []
    code = 0
    with tempfile.TemporaryDirectory(prefix="qltt-selftest-") as tmp:
        state["tmp"] = tmp
        try:
            for name, step in STEPS:
                started = time.perf_counter()
                try:
                    detail = step(state)
                except Exception as exc:  # noqa: BLE001 - report which step failed, with the reason
                    results.append({"step": name, "ok": False, "detail": str(exc)})
                    if not as_json:
                        out.write(f"[LỖI] {name}: {exc}\n")
                    if os.environ.get("INSPECTOR_SELFTEST_TRACE"):
                        traceback.print_exc()
                    code = 1
                    break
                ms = round((time.perf_counter() - started) * 1000)
                results.append({"step": name, "ok": True, "detail": detail, "ms": ms})
                if not as_json:
                    out.write(f"[OK]  {name}: {detail} ({ms} ms)\n")
        finally:
            services = state.get("services")
            if services is not None:
                services.close()
    if as_json:
        out.write(json.dumps({"ok": code == 0, "steps": results}, ensure_ascii=False, indent=2) + "\n")
    elif code == 0:
        out.write("Tự kiểm tra thành công.\n")
    return code
