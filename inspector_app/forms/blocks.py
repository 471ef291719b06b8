"""Shared blocks of the official forms (legal-forms.md §4.0): header, title, participants, subject, goods
table, closing clause, refusal clauses, signature grid, decision signer block and back-page receipt.

Every block reads its fixed wording from the form texts (``ctx.t``) and escapes user text before it goes
into paragraph markup. Empty optional items are struck through, never printed as dotted blanks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable
from reportlab.platypus.paragraph import ParagraphStyle

from inspector_app.domain.model import (
    ClauseRef,
    GoodsRow,
    Participant,
    Role,
    Seal,
    Subject,
    SubjectKind,
    ViolationRef,
    legal_citation,
)

from . import fmt
from .base import ANNEX, SHEETS, FormContext
from .flowables import CheckBox, Header, HeaderSpec, LateCount, LeadIn, Marker, StruckParagraph, _wrap_lines
from .fmt import esc
from .fonts import SERIF, SERIF_BOLD, string_width
from .styles import CELL_LEADING, CELL_SIZE, TEXT_WIDTH

# --------------------------------------------------------------------------------------------------
# Small helpers


_TRAILING_TAGS = re.compile(r"(?:\s*</?[a-zA-Z][^>]*>)+\s*$")


def para(ctx: FormContext, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A body paragraph (markup must already be escaped).

    Headings and lines that announce what follows ("2. Quy định tại:", "… như sau:") are ``LeadIn``s, so
    they never end a page with their content on the next one.
    """
    style = style or ctx.st.body
    if style is ctx.st.heading or _TRAILING_TAGS.sub("", markup).rstrip().endswith(":"):
        return LeadIn(markup, style)
    return Paragraph(markup, style)


def item(ctx: FormContext, label: str, value: str, style: ParagraphStyle | None = None) -> Flowable:
    """"label value" or, when ``value`` is empty, the label with the rest of the line struck through.

    ``label`` is markup from the texts; ``value`` is raw user text (escaped here, newlines kept).
    """
    style = style or ctx.st.body
    if value.strip():
        return Paragraph(f"{label} {multiline(value)}", style)
    return StruckParagraph(label, style)


def multiline(value: str) -> str:
    """Escape user text and keep its line breaks."""
    return "<br/>".join(esc(line) for line in value.strip().splitlines())


def with_end(markup: str, ctx: FormContext) -> str:
    """Append the "./." end mark (NĐ 30) right after the last word."""
    text = markup.rstrip()
    if text.endswith("."):
        text = text[:-1]
    return text + ctx.t("end_mark")


def person_word(ctx: FormContext, subject: Subject | None) -> str:
    """"cá nhân" or "người đại diện của tổ chức" — the form's <cá nhân/tổ chức> choice."""
    if subject is not None and subject.kind == SubjectKind.ORGANIZATION:
        return ctx.t("words.org_rep")
    return ctx.t("words.individual")


def subject_party(ctx: FormContext, subject: Subject | None) -> str:
    """"ông (bà)" or "tổ chức" — how the form names the subject in "đối với … có tên sau đây"."""
    if subject is not None and subject.kind == SubjectKind.ORGANIZATION:
        return ctx.t("words.organization")
    return ctx.t("words.mr_ms")


def subject_person_name(ctx: FormContext) -> str:
    """The natural person who receives copies: the individual, or the organisation's representative."""
    doc = ctx.doc
    reps = [p for p in doc.participants if p.role == Role.SUBJECT_REPRESENTATIVE]
    if reps:
        return reps[0].full_name
    s = doc.subject
    if s is None:
        return ""
    if s.kind == SubjectKind.ORGANIZATION:
        return s.representative
    return s.name


def people(ctx: FormContext, *roles: Role) -> list[Participant]:
    """Participants of the given roles, in document order."""
    return [p for p in ctx.doc.participants if p.role in roles]


# --------------------------------------------------------------------------------------------------
# Header and title


def header(ctx: FormContext, *, with_date: bool) -> Header:
    """The NĐ 30 header; ``with_date`` prints "<Địa danh>, ngày … tháng … năm …" (decisions)."""
    date_line = ""
    if with_date:
        parts = fmt.date_line(ctx.doc.issued_at)
        if parts:
            date_line = ctx.t("date_line", place=ctx.doc.unit.place_name, day=parts[0], month=parts[1],
                              year=parts[2])
    return Header(HeaderSpec(
        parent=unicodedata.normalize("NFC", ctx.doc.unit.parent_name.upper()),
        agency=unicodedata.normalize("NFC", ctx.doc.unit.name.upper()),
        number=ctx.number_text(),
        national=ctx.t("national_name"),
        motto=ctx.t("motto"),
        date_line=date_line,
    ))


def balanced(text: str, style: ParagraphStyle, width: float = TEXT_WIDTH) -> Paragraph:
    """A centred paragraph whose lines are of even length (no lone last word under a title)."""
    lines = _wrap_lines(text, style.fontName, style.fontSize, width)
    if len(lines) > 1:
        lo, hi = width / len(lines), width
        for _ in range(12):  # the narrowest width that still needs the same number of lines
            mid = (lo + hi) / 2
            if len(_wrap_lines(text, style.fontName, style.fontSize, mid)) > len(lines):
                lo = mid
            else:
                hi = mid
        lines = _wrap_lines(text, style.fontName, style.fontSize, hi)
    return Paragraph("<br/>".join(lines), style)


def title(ctx: FormContext, *, rule: bool = False, note: str = "") -> list[Flowable]:
    """Form name, subtitle (trích yếu) and an optional italic note line under them."""
    out: list[Flowable] = [Paragraph(ctx.t("title"), ctx.st.title)]
    subtitle = ctx.t("subtitle")
    if subtitle:
        out.append(balanced(subtitle, ctx.st.subtitle))
    if note:
        out.append(balanced(note, ctx.st.note))
    if rule:
        out.append(HRFlowable(width="22%", thickness=0.6, color=colors.black, spaceBefore=3, spaceAfter=2,
                              hAlign="CENTER"))
    out.append(Spacer(1, 5))
    return out


def opening(ctx: FormContext) -> list[Flowable]:
    """"Hôm nay, hồi … giờ … phút, ngày …, tại …" and, if given, why the minutes are drawn up elsewhere."""
    out: list[Flowable] = [para(ctx, ctx.t("opening", moment=fmt.moment(ctx.doc.issued_at),
                                           place=esc(ctx.doc.place)))]
    reason = ctx.field("reason_not_at_scene")
    if reason:
        out.append(para(ctx, f"{ctx.t('reason_not_at_scene', place=esc(ctx.doc.place))} {multiline(reason)}"))
    return out


_BASIS_WORD = re.compile(r"^\s*căn\s+cứ\s*:?\s*", re.IGNORECASE)


def basis_item(ctx: FormContext) -> Flowable:
    """"Căn cứ …" of a minutes, with the word once: officers type "Căn cứ khoản 2 Điều 125 …" (review M10)."""
    value = _BASIS_WORD.sub("", unicodedata.normalize("NFC", ctx.field("basis")), count=1)
    return item(ctx, ctx.t("basis"), value)


# --------------------------------------------------------------------------------------------------
# People


@dataclass(frozen=True)
class Cell:
    """One "label: value" cell of a two-column block."""

    label: str
    value: str


# A "label: value" longer than this is printed as its own full-width paragraph, which can continue on the next
# page: a table row cannot be cut, and ReportLab's in-row split of paragraph cells loses text (5.1).
LONG_VALUE_CHARS = 600


def pair_rows(ctx: FormContext, rows: Sequence[Sequence[Cell]], indent: float = 10 * mm) -> list[Flowable]:
    """A borderless block of "label: value" cells, one or two per row; empty values struck through."""
    out: list[Flowable] = []
    pending: list[Sequence[Cell]] = []
    for row in rows:
        if any(len(c.value) > LONG_VALUE_CHARS for c in row):
            if pending:
                out.append(_pair_table(ctx, pending, indent))
                pending = []
            style = ParagraphStyle("long_item", parent=ctx.st.item, leftIndent=indent)
            out += [item(ctx, c.label, c.value, style) for c in row]
        else:
            pending.append(row)
    if pending:
        out.append(_pair_table(ctx, pending, indent))
    return out


def _pair_table(ctx: FormContext, rows: Sequence[Sequence[Cell]], indent: float) -> Table:
    data: list[list[Flowable | str]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for r, row in enumerate(rows):
        style = ctx.st.item if len(row) == 1 else ctx.st.item_left
        cells: list[Flowable | str] = [item(ctx, c.label, c.value, style) for c in row]
        if len(cells) == 1:
            cells.append("")
            spans.append(("SPAN", (0, r), (1, r)))
        data.append(cells)
    width = TEXT_WIDTH - indent
    table = Table(data, colWidths=[width * 0.5, width * 0.5], hAlign="RIGHT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 11, 13),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *spans,
    ]))
    return table


def official_rows(ctx: FormContext, p: Participant, *, numbers: bool = False) -> list[list[Cell]]:
    """Rows for an officer or authority representative: name, title, agency (and số hiệu, thẻ KTTT)."""
    L = ctx.t  # noqa: N806 - short alias for labels
    rows = [[Cell(L("labels.full_name"), p.full_name), Cell(L("labels.title"), p.title)]]
    rows.append([Cell(L("labels.organization"), p.organization)])
    if numbers:
        rows.append([Cell(L("labels.officer_no"), p.officer_no), Cell(L("labels.card_no"), p.card_no)])
    return rows


def civilian_rows(ctx: FormContext, p: Participant) -> list[list[Cell]]:
    """Rows for a witness or interpreter: name, occupation, address, identity number."""
    L = ctx.t  # noqa: N806
    rows = [[Cell(L("labels.full_name"), p.full_name), Cell(L("labels.occupation"), p.occupation)]]
    rows.append([Cell(L("labels.address"), p.address)])
    if p.id_number:
        rows.append([Cell(L("labels.id_number"), p.id_number)])
    return rows


def person_rows(ctx: FormContext, p: Participant) -> list[list[Cell]]:
    """Officials (with a title or agency) print as officials; others as private persons."""
    if p.role == Role.LOCAL_AUTHORITY or (p.title and p.organization and not p.address):
        return official_rows(ctx, p)
    return civilian_rows(ctx, p)


def people_section(ctx: FormContext, heading: str, persons: Sequence[Participant], *,
                   numbers: bool = False) -> list[Flowable]:
    """A numbered participants section; struck through when nobody has that role."""
    if not persons:
        return [StruckParagraph(heading, ctx.st.body)]
    out: list[Flowable] = [para(ctx, heading)]
    for p in persons:
        if p.role in (Role.DRAFTER, Role.TEAM_LEAD, Role.TEAM_MEMBER, Role.COORDINATING):
            rows = official_rows(ctx, p, numbers=numbers)
        else:
            rows = person_rows(ctx, p)
        out += pair_rows(ctx, rows)
    return out


def subject_block(ctx: FormContext, subject: Subject | None) -> list[Flowable]:
    """The subject (đối tượng): individual, organisation or online seller, per legal-forms.md §4.0-E."""
    L = ctx.t  # noqa: N806
    if subject is None:
        return [StruckParagraph(L("labels.subject_missing"), ctx.st.body)]
    s = subject
    rows: list[list[Cell]]
    if s.kind == SubjectKind.ORGANIZATION:
        rows = [
            [Cell(L("labels.org_name"), s.name)],
            [Cell(L("labels.org_address"), s.address)],
            [Cell(L("labels.tax_code"), s.tax_code)],
            [Cell(L("labels.registration_no"), s.registration_no)],
            [Cell(L("labels.issued_date"), fmt.ddmmyyyy(s.registration_date)),
             Cell(L("labels.issued_place"), s.registration_place)],
            [Cell(L("labels.representative"), s.representative)],
            [Cell(L("labels.representative_title"), s.representative_title),
             Cell(L("labels.gender"), s.representative_gender)],
        ]
    else:
        rows = [
            [Cell(L("labels.full_name"), s.name), Cell(L("labels.gender"), s.gender)],
            [Cell(L("labels.birth_date"), fmt.ddmmyyyy(s.birth_date)),
             Cell(L("labels.nationality"), s.nationality)],
            [Cell(L("labels.occupation"), s.occupation)],
            [Cell(L("labels.residence"), s.address)],
            [Cell(L("labels.id_number"), s.id_number)],
            [Cell(L("labels.issued_date"), fmt.ddmmyyyy(s.id_issued_date)),
             Cell(L("labels.issued_place"), s.id_issued_place)],
        ]
        if s.kind == SubjectKind.ONLINE_SELLER:
            rows += [
                [Cell(L("labels.platform"), s.platform), Cell(L("labels.account_id"), s.account_id)],
                [Cell(L("labels.shop_url"), s.shop_url)],
            ]
    if s.shop_name.strip():
        # Its own line, never appended to the name (review m11): only when given, so no empty line is added.
        rows.insert(1, [Cell(L("labels.shop_name"), s.shop_name)])
    if s.phone or s.email:
        rows.append([Cell(L("labels.phone"), s.phone), Cell(L("labels.email"), s.email)])
    if ctx.spec.field("authorized_rep") is not None and ctx.t.has("labels.authorized_rep"):
        # 2025 MBB01: the person present often signs for the organisation under a giấy ủy quyền.
        rows.append([Cell(L("labels.authorized_rep"), ctx.field("authorized_rep")),
                     Cell(L("labels.gender"), ctx.field("authorized_rep_gender"))])
    return pair_rows(ctx, rows)


# --------------------------------------------------------------------------------------------------
# Goods and seals


# Padding of goods and seal cells (points). Tight, so that a bảng kê holds about 21 rows a page, yet the
# rules stay clear of the text: 11 pt + 1 pt above the first baseline clears the tallest stacked tone mark
# (0.98 em), 1.65 pt of leading + 1.5 pt below the last one clears the descenders (0.22 em).
PAD_X = 1.75
PAD_TOP = 1.0
PAD_BOTTOM = 1.5


def _cell(text: str, style: ParagraphStyle, width: float) -> str:
    """Cell text wrapped to the column as plain lines: tables draw strings much faster than paragraphs."""
    text = unicodedata.normalize("NFC", text)
    return "\n".join(_wrap_lines(text, style.fontName, style.fontSize, width - 2 * PAD_X))


# A row may not be taller than this many lines: a longer one (a 3,000-character description, a 400-character
# word) is cut into rows of this many lines, drawn without a rule between them, so the page can break inside
# the item instead of failing the layout. ReportLab's own in-row split repeats the table header in the middle
# of a page (5.1), so the cut is done here. 12 lines (≈ 56 mm) wastes little at the foot of a page.
ROW_CHUNK_LINES = 12


def _chunked(rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], list[bool]]:
    """Rows cut into pieces of at most ``ROW_CHUNK_LINES`` lines, and for each piece whether it ends its item."""
    out: list[list[str]] = []
    ends: list[bool] = []
    for row in rows:
        cells = [v.split("\n") for v in row]
        pieces = max(1, -(-max(len(c) for c in cells) // ROW_CHUNK_LINES))
        for k in range(pieces):
            out.append(["\n".join(c[k * ROW_CHUNK_LINES:(k + 1) * ROW_CHUNK_LINES]) for c in cells])
            ends.append(k == pieces - 1)
    return out, ends


def _rules(ends: Sequence[bool], first_body_row: int = 1) -> list[tuple[object, ...]]:
    """The grid: every rule when no item is cut, else no rule between the pieces of one item."""
    if all(ends):
        return [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    out: list[tuple[object, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.black),
        ("LINEBELOW", (0, 0), (-1, first_body_row - 1), 0.5, colors.black),
    ]
    r = 0
    while r < len(ends):  # one command per run of rows that end their item
        if not ends[r]:
            r += 1
            continue
        start = r
        while r + 1 < len(ends) and ends[r + 1]:
            r += 1
        out.append(("LINEBELOW", (0, first_body_row + start), (-1, first_body_row + r), 0.5, colors.black))
        r += 1
    # A cut item reads top down, like a paragraph.
    out += [("VALIGN", (0, first_body_row + i), (-1, first_body_row + i), "TOP")
            for i in range(len(ends)) if not ends[i] or (i > 0 and not ends[i - 1])]
    return out


def _cell_commands(first_body_row: int = 1) -> list[tuple[object, ...]]:
    """Font and padding shared by goods and seal tables (11 pt, single-spaced); the rules are ``_rules``."""
    return [
        ("FONT", (0, 0), (-1, -1), SERIF, CELL_SIZE, CELL_LEADING),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        # The header's bold Paragraphs get a little more air: it is read once per page, the rows many times.
        ("TOPPADDING", (0, 0), (-1, first_body_row - 1), PAD_TOP + 1),
        ("BOTTOMPADDING", (0, 0), (-1, first_body_row - 1), PAD_BOTTOM + 1),
    ]


def column_widths(columns: Sequence[dict[str, object]], values: Sequence[Sequence[str]],
                  head_font: str = SERIF_BOLD, font: str = SERIF, size: float = CELL_SIZE) -> list[float]:
    """Column widths in points that fill the text width, fitted to the table's content.

    A ``fit`` column (STT, đơn vị tính, số lượng, ghi chú) is as narrow as its longest value on one line and
    the longest word of its header allow, and never wider than its ``width_mm``: an unused "Ghi chú"
    shrinks to its header, a 6-digit quantity widens its column instead of being cut. The other columns
    (name, chủng loại/nhãn hiệu/xuất xứ, tình trạng) share the rest in proportion to their ``width_mm``, so
    their cells wrap to as few lines as possible. The set and order of the columns are the official form's
    and never change.
    """
    widths: list[float | None] = []
    for j, c in enumerate(columns):
        if not c.get("fit"):
            widths.append(None)
            continue
        need = max((string_width(w, head_font, size) for w in str(c["header"]).split()), default=0.0)
        for row in values:
            if row[j]:
                need = max(need, string_width(row[j], font, size))
        widths.append(min(need + 2 * PAD_X, float(c["width_mm"]) * mm))  # type: ignore[arg-type]
    rest = TEXT_WIDTH - sum(w for w in widths if w is not None)
    weights = [float(c["width_mm"]) for c, w in zip(columns, widths, strict=True) if w is None]  # type: ignore[arg-type]
    if not weights:  # every column fits its content: spread the slack over all of them
        fitted = [w or 0.0 for w in widths]
        return [w * TEXT_WIDTH / sum(fitted) for w in fitted]
    total = sum(weights)
    out = [w if w is not None else rest * float(c["width_mm"]) / total  # type: ignore[arg-type]
           for c, w in zip(columns, widths, strict=True)]
    return _fewest_lines(columns, values, out, [w is None for w in widths], head_font, font, size)


# Width moved between two text columns per step of the search below, and the rows it measures at most.
_WIDTH_STEP = 1.5 * mm
_SAMPLE_ROWS = 160
_HEADER_LINES = 4


def _fewest_lines(columns: Sequence[dict[str, object]], values: Sequence[Sequence[str]], widths: list[float],
                  free: list[bool], head_font: str, font: str, size: float) -> list[float]:
    """Share the text columns' width so that the rows take the fewest lines in total (review m15).

    A row is as tall as its tallest cell, so width is worth most in the column that sets the height of most
    rows: starting from the proportional shares, width moves one step at a time from one text column to
    another while the total number of lines of (a sample of) the rows falls. No column gets narrower than
    the longest word of its header, so headers are never cut. Same fonts and sizes: only the split changes.
    """
    cols = [j for j, f in enumerate(free) if f]
    if len(cols) < 2 or not values:
        return widths
    step = max(1, len(values) // _SAMPLE_ROWS)
    sample = [values[i] for i in range(0, len(values), step)]
    floor = {j: max(max((string_width(w, head_font, size) for w in str(columns[j]["header"]).split()),
                        default=0.0) + 2 * PAD_X, 10 * mm) for j in cols}
    memo: dict[tuple[int, int], list[int]] = {}

    def lines(j: int, width: float) -> list[int]:
        key = (j, round(width * 4))
        if key not in memo:
            memo[key] = [len(_wrap_lines(row[j], font, size, width - 2 * PAD_X)) if row[j] else 1 for row in sample]
        return memo[key]

    def header_lines(j: int, width: float) -> int:
        key = (-1 - j, round(width * 4))
        if key not in memo:
            memo[key] = [len(_wrap_lines(str(columns[j]["header"]), head_font, size, width - 2 * PAD_X))]
        return memo[key][0]

    def cost(ws: list[float]) -> float:
        if any(header_lines(j, ws[j]) > _HEADER_LINES for j in cols):
            return float("inf")  # the header, repeated on every page, stays short
        per_col = [lines(j, ws[j]) for j in cols]
        return sum(max(c[i] for c in per_col) for i in range(len(sample)))

    best = cost(widths)
    if best == float("inf"):
        return widths
    for _ in range(60):  # each accepted move lowers the cost, so this ends long before
        move: tuple[float, list[float]] | None = None
        for a in cols:
            for b in cols:
                if a == b or widths[a] - _WIDTH_STEP < floor[a]:
                    continue
                trial = list(widths)
                trial[a] -= _WIDTH_STEP
                trial[b] += _WIDTH_STEP
                c = cost(trial)
                if c < best and (move is None or c < move[0]):
                    move = (c, trial)
        if move is None:
            break
        best, widths = move
    return widths


def _goods_value(key: str, index: int, row: GoodsRow) -> str:
    if key == "stt":
        return str(index)
    if key == "name":
        return row.name
    if key == "model_brand_origin":
        parts = [row.model, row.brand, row.origin, row.registration_no or row.barcode]
        return ", ".join(p for p in parts if p)
    if key == "model":
        return row.model
    if key == "brand_origin":
        return ", ".join(p for p in (row.brand, row.origin) if p)
    if key == "unit":
        return row.unit
    if key == "quantity":
        return fmt.quantity(row.quantity)
    if key == "condition":
        return row.condition
    if key == "note":
        return row.note
    if key == "unit_price":
        return fmt.money(row.unit_price)
    if key == "value":
        return fmt.money(row.value)
    if key == "valuation_basis":
        return row.valuation_basis
    raise KeyError(key)


_ALIGN = {"center": "CENTER", "right": "RIGHT", "left": "LEFT"}


_VALUE_KEYS = ("unit_price", "value")


def present_columns(columns: Sequence[dict[str, Any]], goods: Sequence[GoodsRow]) -> list[dict[str, Any]]:
    """The columns a goods table prints: the value columns only when some row has a value, and the
    valuation basis as a column only when the rows differ (one shared basis is printed once under the
    table, ``shared_valuation_basis``), so a long bảng kê stays dense (review M7, m15)."""
    has_value = any(g.value is not None or g.unit_price is not None for g in goods)
    out = []
    for c in columns:
        if c["key"] in _VALUE_KEYS and not has_value:
            continue
        if c["key"] == "valuation_basis" and (not has_value or shared_valuation_basis(goods) is not None):
            continue
        out.append(dict(c))
    return out


def shared_valuation_basis(goods: Sequence[GoodsRow]) -> str | None:
    """The valuation basis when every valued row has the same one ("" if none is given), else None."""
    bases = {g.valuation_basis.strip() for g in goods if g.value is not None or g.unit_price is not None}
    return bases.pop() if len(bases) == 1 else ("" if not bases else None)


def valuation_note(ctx: FormContext, goods: Sequence[GoodsRow], columns_key: str) -> list[Flowable]:
    """"Căn cứ xác định giá trị: …" once under a table whose rows share one basis."""
    keys = {c["key"] for c in ctx.t.raw(columns_key)}
    basis = shared_valuation_basis(goods)
    if "valuation_basis" not in keys or not basis:
        return []
    return [Paragraph(f"{ctx.t('valuation_basis')} {esc(basis)}", ctx.st.item)]


class GoodsTable(LongTable):
    """A long table that never leaves the totals row alone on a page under a repeated header."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab API
        parts: list[Flowable] = super().split(availWidth, availHeight)
        height = availHeight
        # header + totals only on the next page: give up one more row to it.
        while len(parts) == 2 and len(parts[1]._cellvalues) <= 2 and height > 0:  # type: ignore[attr-defined]
            height -= CELL_LEADING
            parts = super().split(availWidth, height)
        return parts


class KeepTableTail(Flowable):
    """A table followed by ``tail`` (a closing clause and the signature grid) where the tail never stands
    alone on a page: the table's last ``keep`` rows (its totals row and the last goods rows) move with it,
    the way a decision's signature block keeps the last lines of its body (review, issue 11). A table too
    long for one page still splits, with its header repeated; only when the kept rows and the tail do not
    fit on a whole page do they flow as they come."""

    def __init__(self, table: Table, tail: Sequence[Flowable], keep: int) -> None:
        super().__init__()
        self.table, self.tail, self.keep = table, list(tail), keep

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - ReportLab API
        return availWidth, 0xFFFFFF  # always split (like KeepTogether): the split decides what goes where

    def _height(self, flowables: Sequence[Flowable], width: float, height: float) -> float:
        """The height ``flowables`` take (a KeepTogether measured by its content: its own wrap forces a split)."""
        total = 0.0
        for f in flowables:
            if isinstance(f, KeepTogether):
                total += self._height(f._content, width, height)  # type: ignore[attr-defined]
            else:
                total += f.wrapOn(self.canv, width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
        return total

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 - ReportLab API
        table_height = self.table.wrapOn(self.canv, availWidth, availHeight)[1]
        tail_height = self._height(self.tail, availWidth, availHeight)
        if table_height + tail_height <= availHeight:
            return [self.table, *self.tail]
        heights = list(self.table._rowHeights)  # type: ignore[attr-defined]
        head = int(self.table.repeatRows or 0)  # type: ignore[attr-defined]
        last = max(head, len(heights) - self.keep)  # the first row that must stay with the tail
        fits, used = 0, 0.0
        for i, h in enumerate(heights):
            if used + h > availHeight:
                break
            used, fits = used + h, i + 1
        rows = min(fits, last)
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if rows <= head:
            # Nothing of the table can stay here without leaving the tail short: all of it to the next page,
            # unless this is already a fresh page (then the kept rows and the tail are longer than a page).
            return [self.table, *self.tail] if at_top else [PageBreak(), self]
        parts = self.table.split(availWidth, sum(heights[:rows]) + 0.5)
        if len(parts) != 2:
            return [self.table, *self.tail]
        return [parts[0], KeepTableTail(parts[1], self.tail, self.keep)]  # type: ignore[arg-type]


def goods_table(ctx: FormContext, goods: Sequence[GoodsRow], columns_key: str = "goods_columns") -> Flowable:
    """The goods table: header repeated on every page, a totals row ("Tổng cộng: … mục")."""
    st = ctx.st
    columns = present_columns(ctx.t.raw(columns_key), goods)
    values = [[unicodedata.normalize("NFC", _goods_value(c["key"], i, row)).strip() for c in columns]
              for i, row in enumerate(goods, start=1)]
    widths = column_widths(columns, values)
    data: list[list[Flowable | str]] = [[Paragraph(c["header"], st.cell_head) for c in columns]]
    cell_style = st.cell
    body, ends = _chunked([[_cell(v, cell_style, w) for v, w in zip(row_values, widths, strict=True)]
                           for row_values in values])
    data += body
    keys = [c["key"] for c in columns]
    totals: list[Flowable | str] = [""] * len(columns)
    # The label goes in the widest text column, so no SPAN is needed (spans make long tables slow).
    label_col = keys.index("name") if "name" in keys else 0
    totals[label_col] = _cell(ctx.t("goods_total", count=fmt.money(len(goods))), cell_style, widths[label_col])
    total_size: float = CELL_SIZE
    if "value" in keys and any(g.value is not None for g in goods):
        value_col = keys.index("value")
        totals[value_col] = text = fmt.money(sum(g.value or 0 for g in goods))
        # The bold total is wider than any row of its column (whose width the rows decide, so that the table
        # stays dense): it is set smaller rather than run over the cell's border.
        while total_size > 8 and string_width(text, SERIF_BOLD, total_size) > widths[value_col] - 2 * PAD_X:
            total_size -= 0.5
    data.append(totals)
    last = len(data) - 1
    style = _cell_commands() + _rules([*ends, True])
    style.append(("FONT", (0, last), (-1, last), SERIF_BOLD, CELL_SIZE, CELL_LEADING))
    if total_size < CELL_SIZE:
        col = keys.index("value")
        style.append(("FONT", (col, last), (col, last), SERIF_BOLD, total_size, CELL_LEADING))
    for i, c in enumerate(columns):
        style.append(("ALIGN", (i, 1), (i, last), _ALIGN.get(c.get("align", "left"), "LEFT")))
    return GoodsTable(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="CENTER")


def document_name(ctx: FormContext, number: str) -> str:
    """The kind of document a number belongs to, from its symbol ("05/BB-KT-…" → "Biên bản kiểm tra")."""
    symbol = number.partition("/")[2] or number
    names: dict[str, str] = ctx.t.raw("document_names")
    # Longest symbol first: "BB-MNP" must not be taken for "BB-NP"-like prefixes.
    for key in sorted(names, key=len, reverse=True):
        if symbol == key or symbol.startswith(key + "-"):
            return names[key]
    return ""


def cited_annex(ctx: FormContext) -> dict[str, str] | None:
    """The existing bảng kê a minutes cites instead of listing its goods (number, date, sheets, parent)."""
    number = ctx.field("annex_number")
    if not number:
        return None
    return {"number": esc(number), "date": fmt.ddmmyyyy(ctx.field("annex_date")) or ctx.t("blank_number"),
            "sheets": fmt.two(int(ctx.field("annex_sheets") or 0)), "parent": esc(ctx.field("annex_parent"))}


def cited_is_bang_ke(ctx: FormContext) -> bool:
    """Whether the cited annex number is a bảng kê's own (…/BK-…) rather than the minutes it is annexed to."""
    symbol = ctx.field("annex_number").partition("/")[2]
    return symbol == "BK" or symbol.startswith("BK-")


def goods_block(ctx: FormContext, intro_key: str, *, columns_key: str = "goods_columns",
                allow_annex: bool = True) -> list[Flowable]:
    """Intro line and goods, never a reference to an annex that does not exist (review B3):

    * the goods table in the body when the list is short (always, for a decision: ``allow_annex=False``);
    * for a long list, the bảng kê of *this* minutes, printed after its signatures and signed on every page
      by the same parties (``annex``), announced here with its exact sheet count;
    * or, when the minutes cite an existing bảng kê (``annex_number`` …), that bảng kê's number, date,
      sheet count and the minutes it is attached to.
    """
    goods = ctx.doc.goods
    if not goods:
        return [StruckParagraph(ctx.t(intro_key), ctx.st.body)]
    count = fmt.money(len(goods))
    cited = cited_annex(ctx)
    if cited is not None:
        # The bảng kê another minutes prints as its annex carries that minutes' number, not one of its own.
        key = "goods_in_cited_annex" if cited_is_bang_ke(ctx) else "goods_in_parent_annex"
        return [para(ctx, ctx.t(intro_key)), para(ctx, ctx.t(key, count=count, **cited))]
    separate = ctx.field("annex_sheets")
    if allow_annex and separate.isdigit():
        # A bảng kê (Mẫu 10) was drawn up with these minutes as its own document: announced, not repeated.
        return [para(ctx, ctx.t(intro_key)),
                para(ctx, ctx.t("goods_in_annex", count=count, sheets=fmt.two(int(separate))))]
    limit = int(ctx.t.raw("goods_table_max_rows"))
    if allow_annex and len(goods) > limit:
        ctx.wants_annex = True
        return [para(ctx, ctx.t(intro_key)),
                late_count(ctx, lambda sheets: ctx.t("goods_in_annex", count=count, sheets=sheets), ANNEX)]
    # The intro line never stays alone at the foot of a page: it needs room for the header and a row.
    return [CondPageBreak(38 * mm), para(ctx, ctx.t(intro_key)), Spacer(1, 3),
            goods_table(ctx, goods, columns_key), *valuation_note(ctx, goods, columns_key), Spacer(1, 2)]


def annex(ctx: FormContext, cells: Sequence[SigCell]) -> list[Flowable]:
    """The bảng kê of this minutes (TT 22 Mẫu 10 layout) after its signatures, when ``goods_block`` asked.

    Same document, same number: its pages carry the strip of the same parties, it ends with their full
    signature grid (TT 27 Điều 18 khoản 4b: "kể cả phụ lục và bảng kê"), and it states its own sheet count.
    """
    if not ctx.wants_annex:
        return []
    doc = ctx.doc
    number = esc(doc.number) if (doc.number and not ctx.is_draft) else f"{ctx.t('blank_number')}/{ctx.spec.symbol}"
    note = ctx.t("annex.note", parent=document_name(ctx, ctx.spec.symbol), number=number,
                 date=fmt.ddmmyyyy(doc.issued_at))
    story: list[Flowable] = [PageBreak(), Marker(ctx.annex_started),
                             Paragraph(ctx.t("annex.title"), ctx.st.title),
                             balanced(ctx.t("annex.subtitle"), ctx.st.subtitle), balanced(note, ctx.st.note),
                             Spacer(1, 6), goods_table(ctx, doc.goods, "annex_columns"),
                             *valuation_note(ctx, doc.goods, "annex_columns"), Spacer(1, 4)]
    end = closing(ctx, "annex.end_line", end=True, counter=ANNEX, count=fmt.money(len(doc.goods)))
    story.append(KeepTogether([end, *signature_grid(ctx, cells)]))
    return story


def seals_table(ctx: FormContext, seals: Sequence[Seal], *, opened: bool) -> Flowable:
    """Seals: numbers, what they cover, where kept (and their state when opened)."""
    st = ctx.st
    cols = ctx.t.raw("seal_columns_open" if opened else "seal_columns")
    states = ctx.t.raw("seal_states")
    values: list[list[str]] = []
    for i, seal in enumerate(seals, start=1):
        by_key = {
            "stt": str(i),
            "numbers": ", ".join(seal.numbers),
            "covers": seal.covers,
            "kept_at": seal.kept_at,
            "keeper": seal.keeper,
            "state": states.get(seal.state_when_opened, seal.state_when_opened),
        }
        values.append([unicodedata.normalize("NFC", by_key[c["key"]]).strip() for c in cols])
    widths = column_widths(cols, values)
    data: list[list[Flowable | str]] = [[Paragraph(c["header"], st.cell_head) for c in cols]]
    body, ends = _chunked([[_cell(v, st.cell, w) for v, w in zip(row_values, widths, strict=True)]
                           for row_values in values])
    data += body
    style = _cell_commands() + _rules(ends)
    for i, c in enumerate(cols):
        style.append(("ALIGN", (i, 1), (i, -1), _ALIGN.get(c.get("align", "left"), "LEFT")))
    return Table(data, colWidths=widths, repeatRows=1, hAlign="CENTER", style=TableStyle(style))


def violations_list(ctx: FormContext) -> list[Flowable]:
    """Each act (with the time and place it happened, when the form has them)."""
    out: list[Flowable] = []
    many = len(ctx.doc.violations) > 1
    for i, v in enumerate(ctx.doc.violations, start=1):
        lead = f"{chr(96 + i)}) " if many else ""
        out.append(para(ctx, lead + multiline(v.description), ctx.st.body))
    return out


def citation(ctx: FormContext, v: ViolationRef) -> str:
    """"điểm a khoản 1, điểm a khoản 2 Điều 9 Nghị định số 98/2020/NĐ-CP ngày … (được sửa đổi, bổ sung …)":
    the act's point and the clauses grounding its ×2 grounds (``ViolationRef.grounds``), with the decree's
    full name from the form's texts."""
    decrees = ctx.t.raw("decrees")
    name = decrees.get(v.decree, ctx.t("decree_fallback", decree=esc(v.decree)))
    return legal_citation(v.article, v.clause, esc(v.point), name, decree_prefix="",
                          grounds=[ClauseRef(g.clause, esc(g.point)) for g in v.grounds])


def citations(ctx: FormContext) -> list[Flowable]:
    """"Quy định tại:" lines, one per act."""
    out: list[Flowable] = []
    many = len(ctx.doc.violations) > 1
    for i, v in enumerate(ctx.doc.violations, start=1):
        lead = f"{chr(96 + i)}) " if many else ""
        out.append(para(ctx, lead + citation(ctx, v) + ".", ctx.st.body))
    return out


def check_line(ctx: FormContext, checked: bool, markup: str, *, struck: bool = False) -> Table:
    """A check box followed by its text (the 2025 MBB01 "quyền giải trình" choices); ``struck`` strikes
    the unused rest of the line (an empty choice)."""
    text: Flowable = StruckParagraph(markup, ctx.st.item) if struck else Paragraph(markup, ctx.st.item)
    t = Table([[CheckBox(checked), text]],
              colWidths=[16, TEXT_WIDTH - 10 * mm - 16], hAlign="RIGHT")
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 11, 13),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return t


# --------------------------------------------------------------------------------------------------
# Closing, refusals, signatures


def copies(ctx: FormContext) -> int:
    """Number of copies: the document's field, else the kind's default."""
    value = ctx.doc.fields.get("copies")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else ctx.spec.copies


def closing(ctx: FormContext, key: str, *, end: bool, counter: str = SHEETS, **values: str) -> LateCount:
    """The closing clause with "gồm … tờ" filled after layout; ``end`` appends "./."."""

    def make(sheets: str) -> str:
        text = ctx.t(key, sheets=sheets, **values)
        return with_end(text, ctx) if end else text

    return late_count(ctx, make, counter)


def late_count(ctx: FormContext, make: Callable[[str], str], counter: str = SHEETS,
               style: ParagraphStyle | None = None) -> LateCount:
    """A paragraph made by ``make(count)`` once the ``counter`` (SHEETS or ANNEX) is known."""
    return LateCount(make, style or ctx.st.body, ctx.counter(counter), lambda n: ctx.count_printed(n, counter))


def refusals(ctx: FormContext) -> list[str]:
    """Refusal clauses, only for the people who refused to sign (Luật XLVPHC Điều 58 khoản 4)."""
    out: list[str] = []
    subject_word = person_word(ctx, ctx.doc.subject)
    for p in ctx.doc.participants:
        if not p.refused_to_sign:
            continue
        if p.role == Role.SUBJECT_REPRESENTATIVE:
            out.append(ctx.t("refusal.subject", name=esc(p.full_name), who=subject_word,
                             reason=multiline(p.refusal_reason)))
        else:
            role = ctx.t.raw("refusal.roles").get(p.role.value, ctx.t("refusal.roles.other"))
            out.append(ctx.t("refusal.other", name=esc(p.full_name), role=role,
                             reason=multiline(p.refusal_reason)))
    return out


@dataclass(frozen=True)
class SigCell:
    """One cell of the signature grid: caption, hint, the people who sign in it."""

    role: str
    hint: str
    names: tuple[str, ...]
    strip: str


def sig_cell(ctx: FormContext, key: str, names: Sequence[str]) -> SigCell:
    """A signature cell whose caption, hint and strip label come from ``signature.<key>``."""
    spec = ctx.t.raw(f"signature.{key}")
    return SigCell(spec["role"], spec["hint"], tuple(n for n in names if n), spec.get("strip", spec["role"]))


def default_cells(ctx: FormContext) -> list[SigCell]:
    """The usual grid of minutes: the subject's side, the drafter, then other parties present."""
    doc = ctx.doc
    org = doc.subject is not None and doc.subject.kind == SubjectKind.ORGANIZATION
    subject_key = "subject_org" if org else "subject_individual"
    reps = [p.full_name for p in people(ctx, Role.SUBJECT_REPRESENTATIVE)]
    if not reps and doc.subject is not None:
        reps = [subject_person_name(ctx)]
    drafters = people(ctx, Role.DRAFTER) or people(ctx, Role.TEAM_LEAD)
    cells = [sig_cell(ctx, subject_key, reps), sig_cell(ctx, "drafter", [p.full_name for p in drafters])]
    for role, key in ((Role.WITNESS, "witness"), (Role.LOCAL_AUTHORITY, "local_authority"),
                      (Role.INJURED_PARTY, "injured"), (Role.INTERPRETER, "interpreter")):
        for p in people(ctx, role):
            cells.append(sig_cell(ctx, key, [p.full_name]))
    return cells


def inspection_cells(ctx: FormContext) -> list[SigCell]:
    """The parties who sign a biên bản kiểm tra (and so every page of its bảng kê, TT 27 Điều 18 khoản
    4b): the inspected party, the Trưởng đoàn, each member, witnesses, authorities, coordinating agencies."""
    reps = [p.full_name for p in people(ctx, Role.SUBJECT_REPRESENTATIVE)] or [subject_person_name(ctx)]
    leads = people(ctx, Role.TEAM_LEAD) or people(ctx, Role.DRAFTER)
    cells = [sig_cell(ctx, "inspected", reps), sig_cell(ctx, "team_lead", [p.full_name for p in leads])]
    for p in people(ctx, Role.TEAM_MEMBER):
        cells.append(sig_cell(ctx, "team_member", [p.full_name]))
    for role, key in ((Role.WITNESS, "witness"), (Role.LOCAL_AUTHORITY, "local_authority"),
                      (Role.COORDINATING, "coordinating"), (Role.INTERPRETER, "interpreter")):
        for p in people(ctx, role):
            cells.append(sig_cell(ctx, key, [p.full_name]))
    return cells


def signature_grid(ctx: FormContext, cells: Sequence[SigCell]) -> list[Flowable]:
    """Two-column grid of signature cells; records the strip labels and the page it lands on.

    Captions and names sit in separate table rows so that names line up across a row even when one
    caption wraps to two lines.
    """
    st = ctx.st
    ctx.state.strip_labels = [c.strip for c in cells]
    rows: list[list[list[Flowable] | str]] = []
    styles: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), SERIF, 11, 13),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    for i in range(0, len(cells), 2):
        pair = list(cells[i:i + 2])
        caption_row: list[list[Flowable] | str] = []
        name_row: list[list[Flowable] | str] = []
        for c in pair:
            # Even lines: "NGƯỜI ĐẠI DIỆN CỦA / TỔ CHỨC VI PHẠM", never "… VI / PHẠM" (review m5).
            caption: list[Flowable] = [balanced(c.role, st.sig_role, TEXT_WIDTH / 2 - 4)]
            if c.hint:
                caption.append(Paragraph(c.hint, st.sig_hint))
            caption_row.append(caption)
            names: list[Flowable] = [Spacer(1, 18 * mm)]
            names += [Paragraph(esc(n), st.sig_name) for n in c.names]
            name_row.append(names)
        while len(caption_row) < 2:
            caption_row.append("")
            name_row.append("")
        rows += [caption_row, name_row]
        styles.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 10))
    grid = Table(rows, colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2], hAlign="CENTER")
    grid.setStyle(TableStyle(styles))
    return [Spacer(1, 6), grid, Marker(ctx.grid_drawn)]


def closed_moment(ctx: FormContext) -> str:
    """The "lập xong hồi …" moment of the minutes, or the form's blank "…… giờ …… phút, ngày ……" line to
    be written by hand while the draft has none (never the moment the draft was made: review M14)."""
    closed = ctx.field("closed_at")
    return fmt.moment(closed) if closed else ctx.t("moment_blank")


def minutes_end(ctx: FormContext, closing_key: str, cells: Sequence[SigCell], *,
                before: Sequence[Flowable] = (), after: Sequence[Flowable] = (), **values: str) -> list[Flowable]:
    """Closing clause, refusal clauses, ``after`` (the 2025 e-delivery block) and the signature grid, kept
    on one page (the last page of the minutes)."""
    clauses = refusals(ctx)
    group: list[Flowable] = list(before)
    group.append(closing(ctx, closing_key, end=not clauses, **values))
    for i, text in enumerate(clauses):
        last = i == len(clauses) - 1
        group.append(para(ctx, with_end(text, ctx) if last else text))
    group += list(after)
    group += signature_grid(ctx, cells)
    return [KeepTogether(group)]


def receipt(ctx: FormContext) -> list[Flowable]:
    """Back-page delivery receipt ("In ở mặt sau"), on its own page after the body."""
    if not ctx.t.has("receipt"):
        return []
    st = ctx.st
    text = ctx.t("receipt.text", who=person_word(ctx, ctx.doc.subject))
    sign = [Paragraph(ctx.t("receipt.role"), st.sig_role), Paragraph(ctx.t("receipt.hint"), st.sig_hint)]
    grid = Table([["", sign]], colWidths=[TEXT_WIDTH / 2, TEXT_WIDTH / 2])
    grid.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SERIF, 11, 13), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [NextPageTemplate("receipt"), PageBreak(), para(ctx, text), Spacer(1, 4), grid]


# --------------------------------------------------------------------------------------------------
# Decisions


def basis_lines(ctx: FormContext, lines: Sequence[str]) -> list[Flowable]:
    """Italic "Căn cứ …" lines of a decision (markup already escaped): ";" after each, "." after the last."""
    out: list[Flowable] = []
    for i, line in enumerate(lines):
        text = line.rstrip().rstrip(";.")
        # NĐ 30 Phụ lục I: each căn cứ ends with ";", the last one with "." (review m2).
        out.append(Paragraph(text + ("." if i == len(lines) - 1 else ";"), ctx.st.basis))
    return out


def authority_line(ctx: FormContext) -> Paragraph:
    """"THẨM QUYỀN BAN HÀNH": the signer's title and agency, upper case, bold, centred."""
    title_text = ctx.field("signer_title")
    unit = ctx.doc.unit.name
    return Paragraph(esc(f"{title_text} {unit}".upper()), ctx.st.centered_bold)


def decide_word(ctx: FormContext) -> Paragraph:
    """The "QUYẾT ĐỊNH:" line between the bases and the articles."""
    return Paragraph(ctx.t("decide"), ctx.st.centered_bold)


def signer_block(ctx: FormContext, keep_with: Sequence[Flowable] = ()) -> list[Flowable]:
    """"Nơi nhận" on the left, the signer on the right (KT. for a delegated deputy), per NĐ 30.

    ``keep_with`` are the last paragraphs of the body: they travel with the signature, so a decision
    (which has no per-page strip) never ends with its signature alone on a page (review M2).
    """
    st = ctx.st
    recipients = ctx.lines("recipients") or list(ctx.t.raw("recipients_default"))
    left: list[Flowable] = [Paragraph(ctx.t("recipients_head"), st.recipients_head)]
    for i, line in enumerate(recipients):
        text = line.strip().lstrip("-").strip()
        text = text.rstrip(";.") + ("." if i == len(recipients) - 1 else ";")
        left.append(Paragraph("- " + esc(text), st.recipients))
    title_text = ctx.field("signer_title").upper()
    right: list[Flowable] = []
    if ctx.flag("signer_is_deputy"):
        right.append(Paragraph(f"{ctx.t('deputy_prefix')} {esc(title_text)}", st.signer_title))
        right.append(Paragraph(esc(f"{ctx.t('deputy_title')} {title_text}"), st.signer_title))
    else:
        right.append(Paragraph(esc(title_text), st.signer_title))
    right.append(Spacer(1, 24 * mm))
    right.append(Paragraph(esc(ctx.field("signer_name")), st.sig_name))
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55])
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, 11, 13),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    ctx.state.strip_labels = []
    return [KeepTogether([*keep_with, Spacer(1, 8), table, Marker(ctx.grid_drawn)])]
