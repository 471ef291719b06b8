"""``inspector rules …``: fine ranges, legal deadlines, the violation catalog, a case's due items and history.

Examples::

    inspector rules fine --decree 98/2020/NĐ-CP --article 15 --clause 1 --goods-value 25000000 --json
    inspector rules deadline --event mbb01 --at 2027-03-11T10:00 --json
    inspector rules catalog nhập lậu
    inspector rules case <case id>
    inspector rules overdue

Bad input (negative or absurd amounts, an article not in the catalog, an unparseable date) raises
InspectorError, which the CLI turns into one Vietnamese line and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.format import format_dong
from inspector_app.domain.format import parse_money as parse_amount
from inspector_app.domain.rules.deadlines import MAX_YEAR, MIN_YEAR
from inspector_app.domain.rules.fines import MAX_GOODS_VALUE

from .context import CliContext, add_command


def parse_money(text: str, what: str) -> int:
    """An amount in đồng (domain.format's one reading), refusing values above any real goods value."""
    return parse_amount(text, what, maximum=MAX_GOODS_VALUE)


def parse_positive(text: str, what: str, maximum: int = 10_000) -> int:
    """A positive integer such as an article or clause number."""
    raw = text.strip()
    if not raw.isdigit() or not 1 <= int(raw) <= maximum:
        raise InspectorError(f"{what} phải là số nguyên dương (đã nhập “{text}”).", code="bad_number")
    return int(raw)


def parse_when(text: str) -> datetime:
    """``2027-03-11T10:00``, ``2027-03-11 10:00``, ``2027-03-11`` or ``11/03/2027 [10:00]`` (local time)."""
    raw = text.strip()
    value: datetime | None = None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y"):
            try:
                value = datetime.strptime(raw, fmt)
                break
            except ValueError:
                continue
    if value is None:
        raise InspectorError(f"Không hiểu thời điểm “{text}” (dạng 2027-03-11T10:00 hoặc 11/03/2027 10:00).",
                             code="bad_date")
    if value.tzinfo is not None:
        raise InspectorError("Nhập giờ Việt Nam, không kèm múi giờ.", code="bad_date")
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise InspectorError(f"Năm {value.year} nằm ngoài khoảng {MIN_YEAR}–{MAX_YEAR}.", code="bad_date")
    return value


def cmd_fine(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print the point and the fine range for a violation and a goods value."""
    article = parse_positive(args.article, "Điều")
    clause = parse_positive(args.clause, "Khoản")
    goods = parse_money(args.goods_value, "Trị giá hàng hóa") if args.goods_value is not None else None
    profit = parse_money(args.profit, "Số lợi bất hợp pháp") if args.profit is not None else None
    rules = ctx.services().rules
    on = parse_when(args.on).date() if args.on else rules.clock.now().date()
    entry = rules.find_entry(args.decree, article, clause, on)
    fine = rules.fine_for_entry(entry, goods, args.organization, aggravations=args.aggravation or (),
                                illegal_profit=profit, point=args.point or "")
    data: dict[str, Any] = fine.to_dict()
    from inspector_app.services.rules import describe_fine  # the rules service loads its holiday library

    lines = describe_fine(fine)
    if args.amount is not None:
        amount = parse_money(args.amount, "Mức phạt")
        figures, words = rules.check_amount(fine, amount)
        data.update({"amount": amount, "amount_figures": figures, "amount_words": words})
        lines.append(f"Mức phạt đã chọn: {figures} (Bằng chữ: {words})")
    ctx.emit(data, lines)
    return 0


def cmd_deadline(args: argparse.Namespace, ctx: CliContext) -> int:
    """Print when the deadline that follows an event falls due."""
    at = parse_when(args.at)
    days = parse_positive(args.days, "Số ngày", maximum=366) if args.days is not None else None
    deadline = ctx.services().rules.deadline_for_event(args.event, at, variant=args.variant, days=days)
    data = deadline.to_dict()
    data["event"] = args.event
    lines = [f"{deadline.label}: hạn chót {deadline.due_text()}",
             f"Thời hạn: {deadline.rule_text}", f"Căn cứ: {deadline.basis} [{deadline.confidence}]"]
    lines += [f"Lưu ý: {n}" for n in deadline.notes]
    ctx.emit(data, lines)
    return 0


def _entry_dict(entry: Any) -> dict[str, Any]:
    return {"id": entry.id, "decree": entry.decree, "article": entry.article, "clause": entry.clause,
            "text": entry.text, "basis": entry.basis, "confidence": entry.confidence, "source": entry.source,
            "valid_from": entry.valid_from, "valid_to": entry.valid_to, "origin": entry.origin,
            "tiers": [{"point": t.point, "min": t.min, "max": t.max, "text": t.text, "confidence": t.confidence}
                      for t in entry.tiers],
            "tiers_complete": entry.tiers_complete, "fine_min": entry.fine_min, "fine_max": entry.fine_max}


def cmd_catalog(args: argparse.Namespace, ctx: CliContext) -> int:
    """List (or search) the violation catalog."""
    rules = ctx.services().rules
    text = " ".join(args.text)
    entries = rules.search_catalog(text) if text else rules.catalog()
    lines = []
    for e in entries:
        lines.append(f"{e.id:<12} {e.citation()} [{e.confidence}]")
        lines.append(f"             {e.text}")
        for t in e.tiers:
            lines.append(f"             điểm {t.point or '—'}: {format_dong(t.min)} – {format_dong(t.max)}; {t.text}")
        if e.basis == "fixed" and e.fine_min is not None and e.fine_max is not None:
            lines.append(f"             {format_dong(e.fine_min)} – {format_dong(e.fine_max)}")
    lines.append(f"({len(entries)} mục)")
    ctx.emit([_entry_dict(e) for e in entries], lines)
    return 0


def cmd_case(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show a case's deadlines and the subject's earlier violations."""
    rules = ctx.services().rules
    variants = dict(v.split("=", 1) for v in args.variant or [] if "=" in v)
    if args.variant and len(variants) != len(args.variant):
        raise InspectorError("--variant phải có dạng thời_hạn=phương_án, ví dụ penalty_decision=explanation.",
                             code="bad_variant")
    due = rules.deadlines_for_case(args.case_id, variants)
    history = rules.subject_history(args.case_id)
    state_vi = {"pending": "chưa đến hạn", "done": "đã thực hiện", "late": "thực hiện trễ hạn",
                "overdue": "QUÁ HẠN", "reminder": "nhắc việc", "expired": "đã qua hạn (nhắc việc)",
                "invalid": "không tính được"}
    # Several documents can each start the same clock (e.g. INS upload): name the document it runs from.
    numbers = {d.id: f"{d.kind} {d.number}".strip() for d in ctx.services().documents.list(case_id=args.case_id)}

    def doc_note(item: Any) -> str:
        label = numbers.get(getattr(item, "document_id", "") or "", "")
        return f" — văn bản {label}" if label else ""

    lines = ["Thời hạn:"]
    lines += [f"  {it.due or '—':<16} {state_vi.get(it.state, it.state):<22} {it.what}{doc_note(it)} ({it.basis})"
              for it in due]
    lines.append("Vi phạm trước đây của đối tượng:" if history else "Không có vi phạm trước đây của đối tượng.")
    for h in history:
        mark = " — có thể tái phạm" if h.possible_repeat else ""
        source = "Chi cục" if h.origin == "hq" else "máy này"
        lines.append(f"  {h.date} {h.citation} {h.description} [{source}]{mark}")
    ctx.emit({"deadlines": [it.to_dict() for it in due], "history": [h.to_dict() for h in history]}, lines)
    return 0


def cmd_overdue(args: argparse.Namespace, ctx: CliContext) -> int:
    """List overdue deadlines across cases."""
    rules = ctx.services().rules
    if rules.index.is_stale():
        # The calendar or the rules changed since the deadlines were stored (HQ days off, an app update).
        print("Đang cập nhật thời hạn của các vụ việc theo lịch và quy định mới…", file=sys.stderr)
        rules.index.rebuild()
    items = rules.overdue_across_cases(include_closed=args.include_closed)
    lines = [f"{it.due:<16} {it.case_title} — {it.what}" for it in items]
    lines.append(f"({len(items)} việc quá hạn)")
    ctx.emit([it.to_dict() for it in items], lines)
    return 0


def cmd_usage(args: argparse.Namespace, ctx: CliContext) -> int:
    """``inspector rules`` alone: say which subcommands exist."""
    raise InspectorError("Dùng: inspector rules fine|deadline|catalog|case|overdue (xem --help).", code="usage")


def register(subparsers: Any) -> None:
    """Add ``inspector rules …`` to the command line."""
    rules = add_command(subparsers, "rules", cmd_usage, "quy định xử phạt: khung tiền phạt, thời hạn, danh mục vi phạm")
    # The parent parser's class (Vietnamese errors, exit 2) is inherited by the subcommands' parsers.
    sub = rules.add_subparsers(dest="rules_command")
    sub.required = True

    fine = add_command(sub, "fine", cmd_fine, "điểm và khung tiền phạt theo trị giá hàng hóa")
    fine.add_argument("--decree", required=True, help="số nghị định, ví dụ 98/2020/NĐ-CP")
    fine.add_argument("--article", required=True, help="Điều")
    fine.add_argument("--clause", required=True, help="khoản")
    fine.add_argument("--point", help="điểm (với khoản không chia theo trị giá)")
    fine.add_argument("--goods-value", help="trị giá hàng hóa vi phạm (đồng)")
    fine.add_argument("--profit", help="số lợi bất hợp pháp (đồng), nếu khoản có tiêu chí này")
    fine.add_argument("--organization", action="store_true", help="đối tượng là tổ chức")
    fine.add_argument("--aggravation", action="append",
                      help="tình tiết tăng mức ghi trong điều (vd. direct_smuggler); dùng nhiều lần được")
    fine.add_argument("--on", help="ngày vi phạm (chọn phiên bản danh mục có hiệu lực)")
    fine.add_argument("--amount", help="kiểm tra mức phạt đã chọn và in bằng chữ")

    deadline = add_command(sub, "deadline", cmd_deadline, "hạn chót của thời hạn sau một sự kiện")
    deadline.add_argument("--event", required=True,
                          help="sự kiện: inspection_decision, inspection, bbkt, detection, mbb01 (→ quyết định xử "
                               "phạt), explanation, seizure, decision, decision_received, signed, no_violation")
    deadline.add_argument("--at", required=True, help="thời điểm xảy ra, ví dụ 2027-03-11T10:00")
    deadline.add_argument("--variant", help="phương án, vd. transferred (10 ngày làm việc), explanation (01 tháng), "
                                            "complex (02 tháng)")
    deadline.add_argument("--days", help="số ngày theo quyết định (thời hạn kiểm tra, thời hạn nộp phạt)")

    catalog = add_command(sub, "catalog", cmd_catalog, "danh mục hành vi vi phạm (tìm theo từ khóa)")
    catalog.add_argument("text", nargs="*", help="từ khóa, ví dụ: nhập lậu")

    case = add_command(sub, "case", cmd_case, "thời hạn và vi phạm trước đây của một vụ việc")
    case.add_argument("case_id")
    case.add_argument("--variant", action="append", help="thời_hạn=phương_án, vd. penalty_decision=explanation")

    overdue = add_command(sub, "overdue", cmd_overdue, "các thời hạn đã quá trên mọi vụ việc")
    overdue.add_argument("--include-closed", action="store_true", help="gồm cả vụ việc đã kết thúc")
