"""Files the console hands out: the inbox of any filter as CSV or XLSX (for other forces), and the periodic
report by unit as XLSX (openpyxl) and PDF (ReportLab, with the app's bundled Liberation fonts so every
Vietnamese letter prints).
"""

from __future__ import annotations

import csv
import functools
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from .charts import money
from .queries import Period, ReportLine

RESOURCES = Path(__file__).resolve().parents[3] / "resources"

INBOX_HEADERS = ["Mã văn bản", "Mã vụ việc", "Đơn vị", "Cán bộ", "Loại", "Số", "Ngày lập", "Nhận lúc (UTC)",
                 "Đối tượng", "Sàn TMĐT", "Trạng thái duyệt", "Số hành vi", "Tiền phạt (đồng)",
                 "Trị giá hàng hóa (đồng)", "Bị thay thế"]
REPORT_HEADERS = ["Đơn vị", "Tên đơn vị", "Số vụ kiểm tra", "Số vụ vi phạm", "Tiền phạt (đồng)",
                  "Trị giá hàng hóa (đồng)", "Số văn bản"]


@functools.cache
def kind_titles() -> dict[str, str]:
    """``{kind: "Biên bản vi phạm hành chính (MBB01)"}`` from the form texts in resources/forms."""
    out = {}
    for path in sorted((RESOURCES / "forms").glob("*.*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        version = next(iter(data["versions"].values()))
        title = f"{version['title'].capitalize()} {version['subtitle'][:1].lower()}{version['subtitle'][1:]}"
        short = data["form"].rsplit("Mẫu ", 1)[-1]
        out[data["kind"]] = f"{title} (Mẫu {short})"
    return out


@functools.cache
def _field_labels() -> dict[str, Any]:
    return dict(json.loads((RESOURCES / "forms" / "fields.json").read_text(encoding="utf-8")))


def field_rows(kind: str, fields: dict[str, Any]) -> list[tuple[str, str]]:
    """A document's form fields as ``(Vietnamese label, value as shown)`` in the form's order, from
    ``resources/forms/fields.json`` (the labels the laptop's editor shows): choice codes by their label,
    "Có" for a ticked flag, lists one item a line; empty values left out, a key without a label shown as it is."""
    data = _field_labels()
    labels: dict[str, str] = data["fields"].get(kind, {})
    choices: dict[str, dict[str, str]] = data["choices"].get(kind, {})
    order = [k for k in labels if k in fields] + sorted(k for k in fields if k not in labels)
    rows = []
    for key in order:
        value = fields[key]
        if not value:  # as on paper: an empty or unticked field prints nothing
            continue
        if isinstance(value, bool):
            shown = "Có"
        elif isinstance(value, list):
            shown = "\n".join(str(v) for v in value)
        elif key in choices:
            shown = choices[key].get(str(value), str(value))
        else:
            shown = str(value)
        rows.append((labels.get(key, key), shown))
    return rows


def _inbox_values(row: dict[str, Any]) -> list[Any]:
    from .review import ReviewState

    return [row["document_id"], row["case_id"], row["unit_code"], row["officer"], row["kind"], row["number"],
            row["issued_day"], row["received_at"].isoformat(sep=" ", timespec="seconds"), row["subject_name"],
            row["platform"], ReviewState(row["review_state"]).label, row["violations"], row["fine_total"],
            row["goods_value"], "có" if row["superseded"] else ""]


def inbox_csv(rows: list[dict[str, Any]]) -> bytes:
    """CSV (UTF-8 with BOM, so spreadsheet programs read the Vietnamese letters right)."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(INBOX_HEADERS)
    writer.writerows(_inbox_values(r) for r in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _workbook_bytes(title: str, headers: list[str], rows: list[list[Any]], money_columns: set[int],
                    note: str = "") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title[:31]
    first = 1
    if note:
        sheet.append([note])
        sheet.cell(1, 1).font = Font(bold=True)
        first = 3
        sheet.append([])
    sheet.append(headers)
    for cell in sheet[first]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        sheet.append(row)
    for col in money_columns:
        for (cell,) in sheet.iter_rows(min_row=first + 1, min_col=col + 1, max_col=col + 1):
            cell.number_format = "#,##0"
    for i, header in enumerate(headers):
        sheet.column_dimensions[sheet.cell(first, i + 1).column_letter].width = max(12, min(40, len(header) + 4))
    sheet.freeze_panes = sheet.cell(first + 1, 1)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def inbox_xlsx(rows: list[dict[str, Any]]) -> bytes:
    """The inbox rows as one XLSX sheet."""
    return _workbook_bytes("Văn bản", INBOX_HEADERS, [_inbox_values(r) for r in rows], {12, 13})


def _report_rows(lines: list[ReportLine]) -> list[list[Any]]:
    return [[ln.unit_code, ln.unit_name, ln.inspections, ln.violation_cases, ln.fines, ln.goods_value,
             ln.documents] for ln in lines]


def report_title(period: Period) -> str:
    """The report's heading line."""
    return f"Báo cáo kết quả kiểm tra, xử lý vi phạm từ ngày {_vn_day(period.start)} đến ngày {_vn_day(period.end)}"


def _vn_day(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}"


def report_xlsx(lines: list[ReportLine], period: Period) -> bytes:
    """The periodic report as XLSX: one line per unit and the total."""
    return _workbook_bytes("Báo cáo", REPORT_HEADERS, _report_rows(lines), {4, 5}, note=report_title(period))


@functools.cache
def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("ConsoleSans", str(RESOURCES / "fonts" / "LiberationSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("ConsoleSans-Bold", str(RESOURCES / "fonts" / "LiberationSans-Bold.ttf")))
    return "ConsoleSans", "ConsoleSans-Bold"


def report_pdf(lines: list[ReportLine], period: Period, made_by: str, now: datetime) -> bytes:
    """The periodic report as an A4 landscape PDF."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    regular, bold = _fonts()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=15 * mm, title=report_title(period),
                            author=made_by, invariant=1)
    head = ParagraphStyle("head", fontName=bold, fontSize=13, leading=17, alignment=1)
    small = ParagraphStyle("small", fontName=regular, fontSize=9, leading=12, alignment=1)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9.5, leading=12)
    data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", ParagraphStyle("h", parent=cell, fontName=bold))
                              for h in REPORT_HEADERS]]
    for ln in lines:
        data.append([ln.unit_code, Paragraph(escape(ln.unit_name), cell), str(ln.inspections), str(ln.violation_cases),
                     money(ln.fines), money(ln.goods_value), str(ln.documents)])
    table = Table(data, colWidths=[30 * mm, 80 * mm, 25 * mm, 25 * mm, 38 * mm, 40 * mm, 22 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), regular, 9.5), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), bold, 9.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
    ]))
    story = [Paragraph(report_title(period), head), Spacer(1, 3 * mm),
             Paragraph(f"Lập lúc {now:%d/%m/%Y %H:%M} (UTC) bởi {escape(made_by)}; không tính các văn bản đã bị thay thế.",
                       small), Spacer(1, 5 * mm), table]
    doc.build(story)
    return out.getvalue()
