"""Core subcommands: gui, demo, list, search, show, problems, override, finalize, correct, audit verify, export,
import."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.domain.errors import InspectorError
from inspector_app.domain.kinds import KINDS
from inspector_app.domain.model import status_text, to_dict

from .context import CliContext, add_command, export_passphrase

if TYPE_CHECKING:  # annotations only: ``inspector gui`` starts without argparse
    import argparse



def cmd_gui(args: argparse.Namespace | None, ctx: CliContext) -> int:
    """Start the desktop app (``args`` is None on the command line's GUI fast path: it has no options)."""
    try:
        from inspector_app.app import run_gui
    except ImportError as exc:  # PySide6 missing or broken on this machine
        raise InspectorError(f"Không khởi động được giao diện: {exc}", code="gui_unavailable") from exc
    return run_gui(ctx.data_dir)


def cmd_demo(args: argparse.Namespace, ctx: CliContext) -> int:
    """Add the demo dataset (fresh UUIDs every run)."""
    report = ctx.services().demo.load(progress=None if ctx.json else ctx.progress)
    ctx.emit(report, [f"Đã thêm dữ liệu mẫu: {report['cases']} vụ việc, {report['documents']} văn bản "
                      f"({report['final']} hoàn tất, {report['draft']} nháp)."])
    return 0


def cmd_list(args: argparse.Namespace, ctx: CliContext) -> int:
    """List documents."""
    rows = ctx.services().documents.list(status=args.status or "", kind=args.kind or "", case_id=args.case or "")
    data = [{"id": r.id, "case_id": r.case_id, "kind": r.kind, "number": r.number, "status": r.status,
             "sha256": r.sha256, "supersedes": r.supersedes, "created_at": r.created_at,
             "finalized_at": r.finalized_at} for r in rows]
    lines = [f"{r.id}  {r.kind:<12} {status_text(r.status):<11} {r.number or '—':<24} "
             f"{r.sha256[:12] or ''}" for r in rows]
    ctx.emit(data, lines + [f"({len(rows)} văn bản)"])
    return 0


def cmd_search(args: argparse.Namespace, ctx: CliContext) -> int:
    """Search cases, subjects and goods."""
    text = " ".join(args.text)
    rows = ctx.services().cases.list(search=text, limit=args.limit)
    data = [{"case_id": r.id, "title": r.title, "subject": r.subject_name, "place": r.place,
             "started_at": r.started_at, "documents": r.documents} for r in rows]
    lines = [f"{r.id}  {r.started_at[:10]}  {r.title} — {r.subject_name}" for r in rows]
    ctx.emit(data, lines + [f"({len(rows)} vụ việc khớp với “{text}”)"])
    return 0


def cmd_show(args: argparse.Namespace, ctx: CliContext) -> int:
    """Show a document or a case by id."""
    services = ctx.services()
    if services.documents.exists(args.id):
        doc = services.documents.get(args.id)
        data = to_dict(doc)
        spec = KINDS[doc.kind]
        lines = [f"{spec.title} — {spec.subtitle}", f"Mã: {doc.id}", f"Loại: {doc.kind} ({spec.form})",
                 f"Số: {doc.number or '(chưa cấp)'}", f"Trạng thái: {doc.status.text}",
                 f"Lập lúc: {doc.issued_at} tại {doc.place}"]
        if doc.subject:
            lines.append(f"Đối tượng: {doc.subject.name}")
        lines.append(f"Hàng hóa: {len(doc.goods)} dòng; vi phạm: {len(doc.violations)}; niêm phong: {len(doc.seals)}")
        if doc.sha256:
            lines.append(f"SHA-256: {doc.sha256}")
        if doc.supersedes:
            lines.append(f"Thay thế văn bản: {doc.supersedes}")
        ctx.emit(data, lines)
        return 0
    case = services.cases.get(args.id)
    docs = services.documents.list(case_id=case.id)
    data = to_dict(case)
    data["documents"] = [{"id": d.id, "kind": d.kind, "number": d.number, "status": d.status} for d in docs]
    lines = [f"Vụ việc: {case.title}", f"Mã: {case.id}", f"Địa điểm: {case.place}", f"Bắt đầu: {case.started_at}",
             f"Đối tượng: {case.subject.name if case.subject else '—'}", f"Hàng hóa: {len(case.goods)} dòng",
             "Văn bản:"] + [f"  {d.id}  {d.kind:<12} {status_text(d.status):<11} {d.number}" for d in docs]
    ctx.emit(data, lines)
    return 0


def cmd_finalize(args: argparse.Namespace, ctx: CliContext) -> int:
    """Finalise a draft document."""
    doc = ctx.services().documents.finalize(args.id, number=args.number or "", by_hand=args.by_hand)
    shown = doc.number or "(để trống, ghi bằng tay từ sổ đăng ký)"
    ctx.emit({"id": doc.id, "number": doc.number, "sha256": doc.sha256, "status": doc.status.value},
             [f"Đã hoàn tất văn bản số {shown}", f"SHA-256: {doc.sha256}"])
    return 0


SEVERITY_VI = {"hard": "bắt buộc", "warning": "cảnh báo", "info": "lưu ý"}


def cmd_problems(args: argparse.Namespace, ctx: CliContext) -> int:
    """The problems of a document: form validation and the legal rule set, with each warning's key."""
    problems = ctx.services().documents.problems(args.id)
    lines = []
    for p in problems:
        tag = SEVERITY_VI.get(p.severity, p.severity) + (", đã xác nhận: " + p.overridden if p.overridden else "")
        lines.append(f"[{tag}] {p.message}" + (f"\n  mã cảnh báo: {p.code}" if p.overridable else ""))
    ctx.emit([p.to_dict() | {"blocking": p.blocking} for p in problems],
             lines or ["Không còn vấn đề: có thể hoàn tất."])
    return 0


def cmd_override(args: argparse.Namespace, ctx: CliContext) -> int:
    """Override one warning of a draft with a reason (recorded in the audit log)."""
    problem = ctx.services().documents.override(args.id, args.key, args.reason)
    ctx.emit(problem.to_dict(), [f"Đã ghi nhận xác nhận cảnh báo (lý do: {problem.overridden}): {problem.message}"])
    return 0


def cmd_correct(args: argparse.Namespace, ctx: CliContext) -> int:
    """Start a correction (a new draft superseding a final document)."""
    doc = ctx.services().documents.correct(args.id)
    ctx.emit({"id": doc.id, "supersedes": doc.supersedes}, [f"Đã tạo bản nháp thay thế {doc.id}"])
    return 0


def cmd_audit_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    """Verify the audit chain."""
    report = ctx.services().documents.verify_audit()
    data = {"ok": report.ok, "checked": report.checked, "broken_at": report.broken_at, "reason": report.reason}
    if report.ok:
        ctx.emit(data, f"Nhật ký kiểm toán toàn vẹn: {report.checked} sự kiện.")
        return 0
    ctx.emit(data, f"Nhật ký kiểm toán bị phá vỡ tại sự kiện số {report.broken_at}: {report.reason}")
    return 1


def cmd_doctor(args: argparse.Namespace, ctx: CliContext) -> int:
    """Read every page of the database (the check that no longer runs at each start); on an encrypted
    installation that opens, also the audit chain, free disk, keyring, backups, pending sync and
    encryption (``services.backup.health``). Exit 1 on any error."""
    from inspector_app.services.doctor import check_database
    from inspector_app.services.keys import KeyService

    from .security import unlock_key

    key = None if KeyService(ctx.data_dir).is_new() else unlock_key(ctx.data_dir)
    report = check_database(ctx.data_dir, key.database if key is not None else None)
    data, lines, ok = report.to_dict(), [report.message()], report.ok
    if report.ok and key is not None:
        s = ctx.services()
        checks = s.backup.health(s.sync.keyring_available(), s.keys.from_keyring() is not None)
        marks = {"ok": "✓", "warning": "!", "error": "✗"}
        data["checks"] = [{"name": c.name, "status": c.status, "message": c.message} for c in checks]
        lines += [f"{marks[c.status]} {c.message}" for c in checks]
        ok = not any(c.status == "error" for c in checks)
    ctx.emit(data, lines)
    return 0 if ok else 1


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    """Export everything (canonical JSON) to a file encrypted under a passphrase the officer gives."""
    passphrase = export_passphrase(new=True)
    summary = ctx.services().exchange.export_to(Path(args.output), passphrase)
    ctx.emit(summary, f"Đã xuất {summary['cases']} vụ việc, {summary['documents']} văn bản vào {args.output} "
                      "(mã hóa; người nhập tệp cần mật khẩu vừa đặt)")
    return 0


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    """Import a file written by export (asking its passphrase if it is encrypted): all or nothing."""
    from inspector_app.services.exchange import is_encrypted_export

    path = Path(args.file)
    passphrase = export_passphrase(new=False) if path.is_file() and is_encrypted_export(path) else None
    summary = ctx.services().exchange.import_from(path, passphrase)
    ctx.emit(summary, f"Đã nhập {summary['cases']} vụ việc, {summary['documents']} văn bản "
                      f"(bỏ qua {summary['skipped']} đã có).")
    return 0


def register(sub: Any) -> None:
    """Add the core subcommands."""
    add_command(sub, "gui", cmd_gui, "mở ứng dụng (mặc định khi không có lệnh)")
    add_command(sub, "demo", cmd_demo, "thêm bộ dữ liệu mẫu (mỗi lần chạy tạo mã mới)")
    p = add_command(sub, "list", cmd_list, "liệt kê văn bản", read_only=True)
    p.add_argument("--status", choices=["draft", "final", "synced"])
    p.add_argument("--kind", choices=sorted(KINDS))
    p.add_argument("--case", help="chỉ văn bản của vụ việc này")
    p = add_command(sub, "search", cmd_search, "tìm vụ việc, đối tượng, hàng hóa (không phân biệt dấu)",
                    read_only=True)
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p = add_command(sub, "show", cmd_show, "xem một văn bản hoặc vụ việc", read_only=True)
    p.add_argument("id")
    p = add_command(sub, "problems", cmd_problems, "các vấn đề của văn bản (mẫu và quy tắc pháp lý)",
                    read_only=True)
    p.add_argument("id")
    p = add_command(sub, "override", cmd_override, "xác nhận bỏ qua một cảnh báo, có ghi lý do (nhật ký)")
    p.add_argument("id")
    p.add_argument("key", help="mã cảnh báo (inspector problems ID)")
    p.add_argument("--reason", required=True, help="lý do, căn cứ hoặc văn bản đã đối chiếu")
    p = add_command(sub, "finalize", cmd_finalize, "hoàn tất văn bản (cấp số, khóa nội dung)")
    p.add_argument("id")
    p.add_argument("--number", help="số quyết định của đơn vị, 8 chữ số (QĐ-KT, QĐ-XPHC)")
    p.add_argument("--by-hand", action="store_true",
                   help="để trống số, ghi bằng tay từ sổ đăng ký sau khi ký (TT 22/2021 Điều 6)")
    p = add_command(sub, "correct", cmd_correct, "lập văn bản thay thế cho văn bản đã hoàn tất")
    p.add_argument("id")
    p = add_command(sub, "audit", lambda a, c: (sys.stderr.write("Dùng: inspector audit verify\n"), 2)[1],
                    "nhật ký kiểm toán")
    audit_sub = p.add_subparsers(dest="audit_command")
    add_command(audit_sub, "verify", cmd_audit_verify, "kiểm tra chuỗi băm của nhật ký", read_only=True)
    add_command(sub, "doctor", cmd_doctor, "kiểm tra toàn vẹn mọi trang của cơ sở dữ liệu", read_only=True)
    p = add_command(sub, "export", cmd_export, "xuất toàn bộ dữ liệu ra tệp mã hóa bằng mật khẩu",
                    read_only=True)
    p.add_argument("-o", "--output", required=True)
    p = add_command(sub, "import", cmd_import, "nhập tệp đã xuất (hỏi mật khẩu của tệp; tất cả hoặc không)")
    p.add_argument("file")
