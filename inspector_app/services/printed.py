"""The PDF of a final document exactly as printed: rendered once, kept sealed, read back ever after.

Rendering is deterministic for one version of the forms, not across versions: a column-width change moved
a 1,000-row bảng kê from 76 to 73 pages, and a minutes citing it "gồm 76 tờ" would no longer match a
re-rendering. So ``DocumentService.finalize`` keeps the bytes it rendered (in the vault, linked in
``printed_copies``) and every later use of a final document's PDF (preview, print, ``inspector render``,
the printed-copy upload at sync) reads them here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.model import Attachment, AttachmentKind, Document, DocumentStatus
from inspector_app.store import printed
from inspector_app.store.printed import PrintedCopy
from inspector_app.store.repository import Repository

if TYPE_CHECKING:
    from inspector_app.forms import RenderResult


def keep(repo: Repository, doc: Document, result: RenderResult, now: str) -> PrintedCopy:
    """Seal ``result``'s PDF in the vault and link it to final ``doc`` (inside the caller's transaction, so
    it commits or rolls back with the finalisation). The sealed file is written first: a rollback leaves
    at most an unreferenced file at its content address, never a row without its file."""
    sha, rel = repo.keep_attachment_bytes(result.pdf)
    repo.save_attachment_file(Attachment(sha256=sha, filename=f"{doc.id}.pdf", media_type="application/pdf",
                                         size=len(result.pdf), kind=AttachmentKind.SCAN), rel, now)
    copy = PrintedCopy(doc.id, sha, len(result.pdf), result.page_count, result.sheets, result.annex_sheets, now)
    printed.add(repo, copy)
    return printed.of_document(repo, doc.id) or copy


def copy_of(repo: Repository, doc: Document, now: str) -> PrintedCopy:
    """The kept PDF's record of final ``doc`` (its SHA-256 and the page and sheet counts it printed with).

    A final document from before this version has none: it is rendered and kept now, the first time it is
    needed (one render of that document, O(its size), once), so from then on it too prints the same bytes
    whatever later versions change in the forms. That render is the best that can be done for such a
    document: the app that finalised it kept nothing, and its rendering was deterministic for that version.
    """
    if doc.status == DocumentStatus.DRAFT:
        raise InspectorError("Bản nháp chưa có bản PDF đã in.", code="draft")
    copy = printed.of_document(repo, doc.id)
    if copy is None:
        from inspector_app.forms import render_document  # ReportLab is loaded only when a render is needed

        result = render_document(doc)
        with repo.write():
            copy = keep(repo, doc, result, now)
    return copy


def kept_pdf(repo: Repository, doc: Document, now: str) -> tuple[bytes, PrintedCopy]:
    """The kept PDF of final ``doc`` (read from the vault, checked against its SHA-256) and its record."""
    copy = copy_of(repo, doc, now)
    return repo.attachment_bytes(copy.sha256), copy


def kept_result(repo: Repository, doc: Document, now: str) -> RenderResult:
    """``kept_pdf`` in the shape of a rendering (the counts are those the PDF had when it was kept)."""
    from inspector_app.forms import RenderResult

    pdf, copy = kept_pdf(repo, doc, now)
    return RenderResult(pdf, copy.pages, copy.sheets, copy.annex_sheets)
