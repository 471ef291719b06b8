"""The rendering engine: page templates, per-page furniture, and the layout loop.

Every page gets: the QR code and check line (document id, kind, number, first 16 hex digits of the
SHA-256), a "BẢN NHÁP" watermark while the document is a draft, the page number from page 2 on (NĐ 30),
and — on multi-page minutes — the signature strip of the parties on every page that does not carry the full
signature grid (TT 22 Điều 5 khoản 2d). Blank space left at the foot of a page before the signatures is
struck through so nothing can be added to a signed paper.

"gồm … tờ" is known only after layout. Digits are all the same width, so the count paragraph is laid out
with "00" and drawn with the page it lands on; the run is repeated once with the counts forced only when
that guess cannot be right (the closing block split across pages, 100 sheets and more, or the sheet count
of an annex printed before the annex itself).

A minutes whose goods list is too long for its body carries its bảng kê as an annex after its signatures
(same document, same number, signed on every page by the same parties): the body pages are then two
sections, the minutes ("sheets") and the annex ("annex"), each with its own count.

The QR code and the check line stay at least 5 mm from the paper edge, the QR with a white quiet zone of
four modules, so field printers that cannot print the outer margin do not clip them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from inspector_app.domain.canonical import document_hash
from inspector_app.domain.kinds import RECEIPT_PDF_KEYWORD, KindSpec
from inspector_app.domain.model import Document, DocumentStatus

from .flowables import _wrap_lines
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, watermark_image
from .styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    STRIP_HEIGHT,
    TEXT_WIDTH,
    Styles,
    styles,
)
from .texts import Texts

_STRIP_RULE = Color(0.45, 0.45, 0.45)
_QR_FORM = "qlttQR"


@dataclass(frozen=True)
class RenderResult:
    """A rendered document: the PDF bytes, its number of pages and of sheets ("gồm … tờ"), and the sheets
    of the bảng kê a minutes prints as its annex (0 when it has none)."""

    pdf: bytes
    page_count: int
    sheets: int
    annex_sheets: int = 0


SHEETS = "sheets"  # the minutes (or decision) itself, up to its signatures
ANNEX = "annex"  # the bảng kê annexed to a minutes, after its signatures


@dataclass
class PageState:
    """What the page callbacks and the late flowables share during one layout run."""

    forced: dict[str, int] = field(default_factory=dict)
    body_pages: int = 0
    receipt_pages: int = 0
    grid_page: int | None = None
    annex_start: int | None = None
    printed_counts: list[tuple[str, int]] = field(default_factory=list)
    strip_labels: list[str] = field(default_factory=list)
    qr_defined: bool = False
    qr_quiet: float = 0.0

    @property
    def forced_sheets(self) -> int | None:
        """The forced count of the minutes' own sheets (None on a first run)."""
        return self.forced.get(SHEETS)

    def actual(self) -> dict[str, int]:
        """The true counts after a run: the minutes' sheets, the annex's, and all body sheets."""
        own = self.annex_start - 1 if self.annex_start else self.body_pages
        return {SHEETS: own, ANNEX: self.body_pages - own}


def qr_payload(doc: Document) -> str:
    """Content of the QR code: ``QLTT:<ID>:<SHA-256[:16]>`` (``DRAFT`` instead of the hash for drafts).

    Upper case letters, digits and ":" "-" only, so the code uses the QR alphanumeric mode: with a UUID it
    needs 29 modules instead of 41 for the longer byte form with kind and number (both printed in the
    header anyway), and each module is large enough to decode at 100 dpi from the bottom margin (m14).
    """
    if doc.status == DocumentStatus.DRAFT:
        return f"QLTT:{doc.id.upper()}:DRAFT"
    sha = doc.sha256 or document_hash(doc)
    return f"QLTT:{doc.id.upper()}:{sha[:16].upper()}"


# Bottom furniture, kept clear of the outer 5 mm that many field printers cannot print (review m14).
EDGE_CLEARANCE = 5 * mm
QR_QUIET_MODULES = 4
CHECK_LINE_BASELINE = 7.5 * mm
QR_BAND = MARGIN_BOTTOM - EDGE_CLEARANCE - 0.5 * mm  # code + quiet zone, under the body and the strip


class FormContext:
    """Everything a form module needs: the document, its kind, its texts, the styles and the page state."""

    def __init__(self, doc: Document, spec: KindSpec, texts: Texts, state: PageState) -> None:
        self.doc = doc
        self.spec = spec
        self.t = texts
        self.st: Styles = styles()
        self.state = state
        self.is_draft = doc.status == DocumentStatus.DRAFT
        self.payload = qr_payload(doc)
        self.wants_annex = False  # set by the goods block when the list goes to this minutes' own bảng kê

    def field(self, key: str) -> str:
        """A form-specific field as stripped text ("" when absent)."""
        value = self.doc.fields.get(key)
        if value is None or isinstance(value, bool):
            return ""
        if isinstance(value, list):
            return "\n".join(str(v) for v in value)
        return str(value).strip()

    def flag(self, key: str) -> bool:
        """A boolean form field (False when absent)."""
        return self.doc.fields.get(key) is True

    def lines(self, key: str) -> list[str]:
        """A LINES form field as a list of non-empty strings."""
        value = self.doc.fields.get(key)
        if not isinstance(value, list):
            return []
        return [str(v).strip() for v in value if str(v).strip()]

    def number_text(self) -> str:
        """The "Số: …" line: the full number of a final document, "……/<ký hiệu>" otherwise."""
        if not self.is_draft and self.doc.number:
            return f"{self.t('number_label')} {self.doc.number}"
        return f"{self.t('number_label')} {self.t('blank_number')}/{self.spec.symbol}"

    def sheet_count(self, page: int | None) -> int | None:
        """The sheet count to print: forced after a first run, else the page being drawn (None = wrap)."""
        return self.counter(SHEETS)(page)

    def counter(self, kind: str) -> Callable[[int | None], int | None]:
        """A count for a ``LateCount``: ``SHEETS`` (the minutes up to their signatures) or ``ANNEX``.

        Forced after a first run; otherwise guessed from the page being drawn: the minutes' count is the
        page of their closing clause, the annex's is the pages since the annex began (0 before it exists).
        """
        state = self.state

        def count(page: int | None) -> int | None:
            if kind in state.forced:
                return state.forced[kind]
            if page is None:
                return None
            if kind == ANNEX:
                return page - state.annex_start + 1 if state.annex_start else 0
            return page

        return count

    def count_printed(self, n: int, kind: str = SHEETS) -> None:
        """Remember a printed count so the engine can verify it."""
        value = self.counter(kind)(n)
        self.state.printed_counts.append((kind, n if value is None else value))

    def annex_started(self, page: int) -> None:
        """The annex begins on ``page``: the strip comes back until the annex's own signature grid."""
        self.state.annex_start = page
        self.state.grid_page = None

    def grid_drawn(self, page: int) -> None:
        """The full signature grid is on ``page``: no strip from there on."""
        if self.state.grid_page is None:
            self.state.grid_page = page


Builder = Callable[[FormContext], list[Flowable]]


class _FormDocTemplate(BaseDocTemplate):
    """A4 portrait document with a body template (optional signature strip) and a receipt template."""

    def __init__(self, buf: io.BytesIO, ctx: FormContext, strip: bool) -> None:
        doc = ctx.doc
        super().__init__(
            buf,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            invariant=1,  # fixed dates and ids: the same document always gives the same bytes
            initialFontName=SERIF, initialFontSize=13,
            pageCompression=1,
            # The subtitle says which minutes it is: every NĐ 118 biên bản is titled "BIÊN BẢN" (review m17).
            title=" ".join(p for p in (ctx.spec.title, ctx.spec.subtitle, doc.number) if p),
            subject=ctx.spec.subtitle,
            author=doc.unit.name,
            creator="QLTT Field Inspector",
            keywords=[doc.kind, doc.id] + ([RECEIPT_PDF_KEYWORD] if ctx.t.has("receipt") else []),
            lang="vi-VN",
        )
        self.ctx = ctx
        self.strip = strip
        strip_h = STRIP_HEIGHT if strip else 0
        body = Frame(MARGIN_LEFT, MARGIN_BOTTOM + strip_h, TEXT_WIDTH,
                     PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - strip_h,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        receipt = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="receipt")
        self.addPageTemplates([
            PageTemplate("body", [body], onPage=self._begin_body, onPageEnd=self._end_body),
            PageTemplate("receipt", [receipt], onPage=self._begin_receipt),
        ])

    # -- page furniture -----------------------------------------------------------------------------
    def _begin_body(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        self.ctx.state.body_pages += 1
        self._furniture(canv)
        page = canv.getPageNumber()
        if page >= 2:
            canv.setFont(SERIF, 13)
            canv.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, PAGE_HEIGHT - MARGIN_TOP / 2 - 4, str(page))

    def _begin_receipt(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        self.ctx.state.receipt_pages += 1
        self._furniture(canv)

    def _end_body(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        state = self.ctx.state
        if state.grid_page is not None:
            return
        frame = doc.frame
        blank = frame._y - frame._y1p
        if blank > 20 * mm:
            # "gạch chéo" the unused space so that nothing can be written in after signing.
            canv.saveState()
            canv.setLineWidth(0.7)
            canv.line(frame._x1 + TEXT_WIDTH * 0.15, frame._y - 6, frame._x1 + TEXT_WIDTH * 0.85, frame._y1p + 6)
            canv.restoreState()
        if self.strip and state.strip_labels:
            self._draw_strip(canv, state.strip_labels)

    def _furniture(self, canv: Canvas) -> None:
        ctx = self.ctx
        if ctx.is_draft:
            self._draw_watermark(canv)
        self._draw_qr(canv)
        canv.saveState()
        canv.setFillColor(black)
        canv.setFont(SERIF, 7)
        text = ctx.t("footer_check", payload=ctx.payload)
        canv.drawString(MARGIN_LEFT, CHECK_LINE_BASELINE, text)
        canv.restoreState()

    def _draw_watermark(self, canv: Canvas) -> None:
        """"BẢN NHÁP" across the page as a picture, not text: the text layer stays the body's (m12)."""
        text = self.ctx.t("watermark")
        image, width, height = watermark_image(text, 96)
        canv.saveState()
        canv.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canv.rotate(54.7)  # the page diagonal
        canv.drawImage(image, -width / 2, -34 - height * 0.22, width, height, mask="auto")
        canv.restoreState()

    def _draw_qr(self, canv: Canvas) -> None:
        state = self.ctx.state
        if not state.qr_defined:
            # A fixed mask skips qrcode's eight-way mask search (a few ms per document); any mask decodes.
            qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, box_size=1, mask_pattern=0)
            qr.add_data(self.ctx.payload)
            qr.make(fit=True)
            matrix = qr.get_matrix()
            n = len(matrix)
            # The code and its quiet zone fill the band between the 5 mm edge clearance and the body (or
            # the strip): the more modules the payload needs, the smaller each one.
            cell = QR_BAND / (n + 2 * QR_QUIET_MODULES)
            size = n * cell
            quiet = QR_QUIET_MODULES * cell
            state.qr_quiet = quiet
            canv.beginForm(_QR_FORM, -quiet, -quiet, size + quiet, size + quiet)
            # The quiet zone is painted white: a scanner needs it, and nothing else may be drawn there.
            canv.setFillColor(white)
            canv.rect(-quiet, -quiet, size + 2 * quiet, size + 2 * quiet, stroke=0, fill=1)
            canv.setFillColor(black)
            path = canv.beginPath()
            for r, row in enumerate(matrix):
                c = 0
                while c < n:
                    if row[c]:
                        start = c
                        while c < n and row[c]:
                            c += 1
                        # One rectangle per run of dark modules keeps the form small.
                        path.rect(start * cell, size - (r + 1) * cell, (c - start) * cell, cell)
                    else:
                        c += 1
            canv.drawPath(path, stroke=0, fill=1)
            canv.endForm()
            state.qr_defined = True
        quiet = state.qr_quiet
        x = PAGE_WIDTH - MARGIN_RIGHT - (QR_BAND - 2 * quiet)
        y = EDGE_CLEARANCE + quiet
        canv.saveState()
        canv.translate(x, y)
        canv.doForm(_QR_FORM)
        canv.restoreState()

    def _draw_strip(self, canv: Canvas, labels: list[str]) -> None:
        ctx = self.ctx
        n = len(labels)
        width = TEXT_WIDTH / n
        y0 = MARGIN_BOTTOM + 1 * mm
        h = STRIP_HEIGHT - 7 * mm  # the caption sits above the boxes, inside the reserved band
        canv.saveState()
        canv.setStrokeColor(_STRIP_RULE)
        canv.setLineWidth(0.5)
        canv.setFont(SERIF_ITALIC, 8.5)
        canv.setFillColor(black)
        canv.drawString(MARGIN_LEFT, y0 + h + 1.5 * mm, ctx.t("strip.caption"))
        for i, label in enumerate(labels):
            x = MARGIN_LEFT + i * width
            canv.rect(x, y0, width, h, stroke=1, fill=0)
            canv.setFont(SERIF_BOLD, 8)
            ty = y0 + h - 9
            for line in _wrap_lines(label, SERIF_BOLD, 8, width - 4)[:2]:
                canv.drawCentredString(x + width / 2, ty, line)
                ty -= 9
        canv.restoreState()


def render_story(ctx_factory: Callable[[PageState], FormContext], build: Builder, strip: bool) -> RenderResult:
    """Lay out and draw a form; repeat once with the sheet count forced if the first guess was wrong."""
    register_fonts()
    forced: dict[str, int] = {}
    for _attempt in range(4):
        state = PageState(forced=dict(forced))
        ctx = ctx_factory(state)
        story = build(ctx)
        buf = io.BytesIO()
        template = _FormDocTemplate(buf, ctx, strip)
        template.build(story)
        actual = state.actual()
        # Two digits are laid out; a count of 100 or more is only right once it was forced.
        fits = all(n == actual[kind] and (n < 100 or forced.get(kind) == n)
                   for kind, n in state.printed_counts)
        if fits:
            pages = state.body_pages + state.receipt_pages
            return RenderResult(pdf=buf.getvalue(), page_count=pages, sheets=state.body_pages,
                                annex_sheets=actual[ANNEX])
        forced = actual
    raise RuntimeError("page count did not converge")  # pragma: no cover - layout is deterministic
