"""The scanned signed copy of a final document (the INS 48-hour scan) is attached from the documents panel:
a PDF is kept sealed in the vault and listed for the next sync; a file that is not a PDF is refused with a
Vietnamese message and nothing is kept; a draft has no such button."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from ui_helpers import ScriptedPrompter, wait_idle

from inspector_app.services.container import Services
from inspector_builders import make_case, make_draft, make_final


def seed_final(s: Services) -> None:
    """A case with one final MBB15 and one draft."""
    case = make_case(s)
    make_final(s, case, "nd118.mbb15")
    make_draft(s, case, "tt22.m06")


def _scanned_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Ban scan bien ban co chu ky")
    canvas.save()
    return out.getvalue()


def test_attach_a_scanned_signed_copy_to_a_final_document(start_gui: Any, qtbot: Any, prompter: ScriptedPrompter,
                                                          tmp_path: Path) -> None:
    gui = start_gui(seed=seed_final)
    win = gui.window
    qtbot.waitUntil(lambda: win.case_model.rowCount() == 1, timeout=20000)
    win.select_case(win.case_model.row_at(0).id)
    docs = win.editor.documents
    qtbot.waitUntil(lambda: docs.model.rowCount() == 2, timeout=20000)
    rows = docs.model.rows()
    final = next(r for r in rows if r.status == "final")
    draft = next(r for r in rows if r.status == "draft")
    docs.select(draft.id)
    assert not docs.scan_btn.isEnabled()  # a draft is not signed paper yet
    docs.select(final.id)
    assert docs.scan_btn.isEnabled()

    not_pdf = tmp_path / "anh-chup.jpg"
    not_pdf.write_bytes(b"\xff\xd8\xff\xe0 JPEG")
    prompter.files = [not_pdf]
    docs.scan_btn.click()
    wait_idle(qtbot, gui)
    assert prompter.errors and "không phải tệp PDF" in prompter.errors[-1]

    scan = tmp_path / "ban-scan-co-chu-ky.pdf"
    scan.write_bytes(_scanned_pdf())
    prompter.files = [scan]
    docs.scan_btn.click()
    wait_idle(qtbot, gui)
    assert ("info", "Đã lưu bản quét “ban-scan-co-chu-ky.pdf”. Bản quét sẽ được gửi về Chi cục ở lần đồng bộ tới."
            ) in prompter.asked
    kept = gui.runner.run_sync(lambda: gui.backend._get().documents.scan_copies(final.id))
    assert [(k.filename, k.sent) for k in kept] == [("ban-scan-co-chu-ky.pdf", "")]  # one: the JPEG left nothing
    plain = scan.read_bytes()
    assert gui.runner.run_sync(lambda: gui.backend._get().repo.attachment_bytes(kept[0].sha256)) == plain
    on_disk = (tmp_path / "data" / "vault" / kept[0].sha256[:2] / kept[0].sha256).read_bytes()
    assert b"%PDF" not in on_disk and on_disk != plain  # sealed with the installation's file key
