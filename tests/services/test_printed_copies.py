"""The PDF printed at finalisation is kept, sealed, and is what a final document prints ever after.

Real parts: an encrypted temp installation, the app's own finalisation, the vault, the CLI in-process, the
PDFs read back with pypdf. A later version's layout is played by patching the forms' ``build`` functions
(one page break before the content: another page count, other bytes).
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from inspector_app import cli
from inspector_app.forms import FORMS, render_document
from inspector_app.store import printed
from inspector_builders import make_case, make_draft, make_final


def new_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    """What a later version of the forms does to the layout: every form starts one page later."""
    for module in FORMS.values():
        monkeypatch.setattr(module, "build", lambda ctx, _old=module.build: [PageBreak(), *_old(ctx)])


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def kept_bytes(services, doc_id: str) -> bytes:
    copy = printed.of_document(services.repo, doc_id)
    assert copy is not None, "no PDF kept for the final document"
    return services.repo.attachment_bytes(copy.sha256)


def inspector_render(data_dir: Path, doc_id: str, out: Path) -> None:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        code = cli.run(["--data-dir", str(data_dir), "render", doc_id, "-o", str(out)])
    assert code == 0, err.getvalue()


def test_finalisation_keeps_the_printed_pdf_sealed_and_preview_gives_it(services):
    case = make_case(services)
    final = make_final(services, case, "tt22.m06")
    copy = printed.of_document(services.repo, final.id)
    assert copy is not None
    pdf = kept_bytes(services, final.id)
    assert len(reader(pdf).pages) == copy.pages >= 1 and copy.size == len(pdf)
    assert services.rendering.draft_pdf(final.id)[0] == pdf
    # What was kept is this document's paper: its number and the subject's name are printed on it...
    text = "\n".join(page.extract_text() for page in reader(pdf).pages)
    name = services.repo.db.conn.execute("SELECT name FROM subjects").fetchone()[0]
    assert final.number in text and name in text
    # ... and the vault file holds none of it in clear.
    sealed = (services.repo.path.parent / services.repo.attachment_path(copy.sha256)).read_bytes()
    assert b"%PDF" not in sealed and name.encode() not in sealed and final.number.encode() not in sealed
    assert services.repo.audit_events(final.id)  # finalisation audited as before


def test_a_later_layout_never_changes_a_final_documents_pdf(services, tmp_path, monkeypatch):
    case = make_case(services)
    final = make_final(services, case, "tt22.m06")
    draft = make_draft(services, case, "nd118.mbb15")
    original = kept_bytes(services, final.id)
    new_layout(monkeypatch)
    redrawn = render_document(services.repo.get_document(final.id))
    assert len(reader(redrawn.pdf).pages) == len(reader(original).pages) + 1  # the change is real
    # Preview and print, the service's file output and the CLI all give the paper that was signed.
    assert services.rendering.draft_pdf(final.id)[0] == original
    written = services.rendering.render_id(final.id, tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == original and written.page_count == len(reader(original).pages)
    inspector_render(services.data_dir, final.id, tmp_path / "cli.pdf")
    assert (tmp_path / "cli.pdf").read_bytes() == original
    # A draft is still drawn as it stands, with the current layout.
    assert services.rendering.draft_pdf(draft.id)[0] == render_document(services.repo.get_document(draft.id)).pdf


def test_a_final_document_from_before_this_version_gets_its_pdf_kept_when_first_needed(services, monkeypatch):
    case = make_case(services)
    final = make_final(services, case, "nd118.mbb01")
    with services.repo.write():  # what a document finalised by an older version has: no kept PDF
        services.repo.db.conn.execute("DELETE FROM printed_copies WHERE document_id = ?", (final.id,))
    assert printed.of_document(services.repo, final.id) is None
    first = services.rendering.draft_pdf(final.id)[0]
    assert kept_bytes(services, final.id) == first == render_document(services.repo.get_document(final.id)).pdf
    new_layout(monkeypatch)
    assert services.rendering.draft_pdf(final.id)[0] == first  # kept from then on


def test_a_kept_pdf_cannot_be_swapped(services):
    case = make_case(services)
    final = make_final(services, case, "tt22.m06")
    with pytest.raises(Exception, match="cannot be changed"), services.repo.write():
        services.repo.db.conn.execute("UPDATE printed_copies SET sha256 = 'x' WHERE document_id = ?", (final.id,))
