"""Rendering use case: load a document (by id, from a canonical JSON file, or every document of a case),
check it, draw it with its official form and write the PDF atomically.

A document that misses what its form needs is refused with the full list of problems (``ValidationError``)
before anything is written; files are written to a temporary name in the target folder and moved into place
with ``os.replace``, so an interrupted or failed run never leaves a partial PDF behind.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from inspector_app.domain.canonical import document_hash
from inspector_app.domain.clock import Clock, SystemClock
from inspector_app.domain.errors import NotFoundError, Problem, ValidationError
from inspector_app.domain.model import Document, DocumentStatus, ShapeError, from_dict
from inspector_app.domain.validation import validate_document
from inspector_app.forms import RenderResult, form_problems, render_document
from inspector_app.store.files import write_atomically


class DocumentSource(Protocol):
    """The part of the store Repository rendering needs."""

    def get_document(self, doc_id: str) -> Document: ...

    def list_documents(self, *, status: str = "", kind: str = "", case_id: str = "",
                       limit: int = 100000) -> list[Any]: ...


@dataclass(frozen=True)
class RenderedFile:
    """One PDF written to disk."""

    path: Path
    doc_id: str
    kind: str
    number: str
    page_count: int
    sheets: int

    def to_dict(self) -> dict[str, Any]:
        """Plain form for ``--json`` output."""
        return {"path": str(self.path), "id": self.doc_id, "kind": self.kind, "number": self.number,
                "pages": self.page_count, "sheets": self.sheets}


def _safe_name(text: str) -> str:
    # File names on Windows and Linux: no separators or reserved characters.
    return re.sub(r"[^\w.\-]+", "-", text, flags=re.UNICODE).strip("-") or "van-ban"


def pdf_file_name(doc: Document) -> str:
    """``<kind>_<number or id>.pdf``, e.g. ``nd118.mbb01_03-BB-VPHC-QLTT0123.pdf``."""
    ident = doc.number if doc.number and doc.status != DocumentStatus.DRAFT else f"nhap-{doc.id}"
    return f"{doc.kind}_{_safe_name(ident)}.pdf"


def document_from_file(path: Path) -> Document:
    """Read a document from a JSON file (canonical JSON or a full export with ``status``).

    Raises ValidationError listing what is wrong when the file is not a document.
    """
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        raise NotFoundError(f"Không tìm thấy tệp {path}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError([Problem("$", f"Tệp không phải JSON hợp lệ: {exc}")],
                              f"Tệp {path} không phải là văn bản (JSON không hợp lệ)") from None
    if not isinstance(raw, dict):
        raise ValidationError([Problem("$", "Văn bản phải là một đối tượng JSON")],
                              f"Tệp {path} không phải là văn bản")
    status = raw.get("status")
    try:
        doc = from_dict(Document, raw)
    except ShapeError as exc:
        raise ValidationError([Problem(exc.path, exc.message)],
                              f"Tệp {path} không phải là văn bản hợp lệ:\n- {exc.path}: {exc.message}") from None
    if status is None:
        # Canonical JSON leaves out the life-cycle status: numbered and finalised means final.
        final = bool(doc.finalized_at)  # a final document may have its number left to be written by hand
        doc.status = DocumentStatus.FINAL if final else DocumentStatus.DRAFT
    return doc


# The PDF kept at finalisation of a final document of the store: (bytes, pages, sheets, annex sheets).
KeptPdf = Callable[[Document], RenderResult]


class RenderService:
    """Render documents to PDF files; ``repo`` may be None when only files are rendered.

    ``kept`` gives the PDF kept at finalisation of a final document of ``repo`` (services.printed): a final
    document read from the store is previewed, printed and written from those bytes, never drawn again
    (a later version's layout would print other pages than the paper that was signed). Drafts, and
    documents read from JSON files, are rendered.
    """

    def __init__(self, repo: DocumentSource | None, clock: Clock | None = None, *, kept: KeptPdf | None = None) -> None:
        self.repo = repo
        self.clock = clock or SystemClock()
        self.kept = kept

    # -- pure rendering ---------------------------------------------------------------------------
    def render(self, doc: Document) -> bytes:
        """PDF bytes of ``doc`` without completeness checks (previews, drafts on screen)."""
        return render_document(doc).pdf

    def problems(self, doc: Document) -> list[Problem]:
        """Everything that stops ``doc`` from being printed as an official form."""
        problems: list[Problem] = []
        if doc.status != DocumentStatus.DRAFT and doc.sha256 and document_hash(doc) != doc.sha256:
            # The QR code and check line would vouch for the recorded hash while the paper shows other
            # content: a final document edited after finalisation (e.g. a hand-edited export) is refused.
            problems.append(Problem("sha256", "Nội dung văn bản đã hoàn tất không khớp mã SHA-256 đã ghi "
                                              "(văn bản bị sửa sau khi hoàn tất); không thể in bản chính thức."))
        unknown = form_problems(doc)
        if unknown:
            return problems + unknown
        return problems + validate_document(doc, self.clock.now())

    def render_checked(self, doc: Document, *, stored: bool = False) -> RenderResult:
        """Check then render; raises ValidationError with every problem. ``stored``: ``doc`` was read from
        the store, so a final one gives its kept PDF."""
        problems = self.problems(doc)
        if problems:
            label = f"{doc.kind} {doc.number or doc.id}".strip()
            raise ValidationError(problems, f"Không thể in văn bản {label}:\n"
                                            + "\n".join(f"- {p}" for p in problems))
        return self._printed(doc) if stored else render_document(doc)

    def _printed(self, doc: Document) -> RenderResult:
        """A stored document's PDF: the kept one of a final document, a fresh rendering of a draft."""
        if doc.status != DocumentStatus.DRAFT and self.kept is not None:
            return self.kept(doc)
        return render_document(doc)

    # -- to files ---------------------------------------------------------------------------------
    def render_to_file(self, doc: Document, out: Path, *, stored: bool = False) -> RenderedFile:
        """Check, render and write ``doc`` to ``out`` atomically (``stored``: see ``render_checked``)."""
        result = self.render_checked(doc, stored=stored)
        write_atomically(out, result.pdf)
        return RenderedFile(out, doc.id, doc.kind, doc.number, result.page_count, result.sheets)

    def draft_pdf(self, doc_id: str) -> tuple[bytes, Document]:
        """The stored document's PDF for a preview or a print, in memory only (a PDF of a case holds personal
        data and must not lie in clear in a temp folder): a draft as it stands, a final one as printed."""
        doc = self._repo().get_document(doc_id)
        return self._printed(doc).pdf, doc

    def render_id(self, doc_id: str, out: Path) -> RenderedFile:
        """Render the stored document ``doc_id`` to ``out``."""
        return self.render_to_file(self._repo().get_document(doc_id), out, stored=True)

    def render_file(self, path: Path, out: Path) -> RenderedFile:
        """Render the document in JSON file ``path`` to ``out``."""
        return self.render_to_file(document_from_file(path), out)

    def render_case(self, case_id: str, out_dir: Path) -> list[RenderedFile]:
        """Render every document of a case into ``out_dir``; nothing is written unless all can be printed."""
        repo = self._repo()
        summaries = repo.list_documents(case_id=case_id)
        if not summaries:
            raise NotFoundError(f"Vụ việc {case_id} không có văn bản nào (hoặc không tồn tại)")
        docs = [repo.get_document(s.id) for s in summaries]
        problems: list[Problem] = []
        results: list[tuple[Document, RenderResult]] = []
        for doc in docs:
            found = self.problems(doc)
            label = f"{doc.kind} {doc.number or doc.id}"
            problems += [Problem(f"{label}: {p.field}", p.message) for p in found]
            if not found:
                results.append((doc, self._printed(doc)))
        if problems:
            raise ValidationError(problems, "Không thể in các văn bản của vụ việc:\n"
                                            + "\n".join(f"- {p}" for p in problems))
        written: list[RenderedFile] = []
        for doc, result in results:
            path = out_dir / pdf_file_name(doc)
            write_atomically(path, result.pdf)
            written.append(RenderedFile(path, doc.id, doc.kind, doc.number, result.page_count, result.sheets))
        return written

    def _repo(self) -> DocumentSource:
        if self.repo is None:
            raise RuntimeError("RenderService built without a repository")
        return self.repo
