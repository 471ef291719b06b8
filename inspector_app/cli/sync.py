"""Sync subcommands: ``inspector login``, ``inspector sync`` (``--status``) and ``inspector logout``."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from inspector_app.domain.errors import InspectorError

from .context import CliContext, add_command


def _read_password(args: argparse.Namespace, prompt: str = "Mật khẩu: ") -> str:
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        if not sys.stdin.isatty():
            raise InspectorError("Cần mật khẩu: dùng --password-stdin khi chạy không có bàn phím", code="bad_input")
        password = getpass.getpass(prompt)
    if not password:
        raise InspectorError("Chưa nhập mật khẩu", code="bad_input")
    return password


def cmd_login(args: argparse.Namespace, ctx: CliContext) -> int:
    """Log in to the HQ server; the token goes to the OS keyring."""
    sync = ctx.services().sync
    if args.ca_bundle is not None:
        sync.set_ca_bundle(args.ca_bundle)
    password = _read_password(args)
    info = sync.login(args.server, args.username, password, args.device_name or "")
    ctx.emit({"ok": True, "server": info.server, "username": info.username, "unit_code": info.unit_code,
              "token_stored": info.token_stored, "message": info.message}, info.message)
    return 0


def cmd_logout(args: argparse.Namespace, ctx: CliContext) -> int:
    """Revoke and forget this device's token."""
    ctx.services().sync.logout()
    ctx.emit({"ok": True}, "Đã đăng xuất khỏi máy chủ.")
    return 0


def _status(ctx: CliContext) -> int:
    sync = ctx.services().sync
    rows = sync.status()
    counts = sync.counts()
    data = {"counts": counts, "items": [r.__dict__ for r in rows if r.state != "synced"]}
    lines = ["Hàng đợi đồng bộ: " + (", ".join(f"{sync.state_text(k)} {v}" for k, v in sorted(counts.items()))
                                     or "trống")]
    for r in rows:
        if r.state == "synced":
            continue
        reason = f" — {r.last_error}" if r.last_error else ""
        lines.append(f"  [{sync.state_text(r.state)}] {r.kind} {r.number or '(chưa số)'} {r.document_id}{reason}")
    ctx.emit(data, lines)
    return 0


def cmd_sync(args: argparse.Namespace, ctx: CliContext) -> int:
    """Push final documents and attachments, pull reference data; exit 0 only if all is on the server."""
    if args.status:
        return _status(ctx)
    sync = ctx.services().sync
    password = None
    if not sync.keyring_available():
        sys.stderr.write("Máy này không có kho khóa (keyring): cần nhập mật khẩu cho lần đồng bộ này "
                         "(mật khẩu không được lưu).\n")
        password = _read_password(args)
    report = sync.sync(args.server, progress=None if ctx.json else ctx.progress, password=password)
    data: dict[str, Any] = report.to_dict()
    lines = [f"Máy chủ {report.server}: gửi {report.sent} văn bản (mới {report.accepted}, đã có {report.duplicates}), "
             f"{report.attachments_uploaded} tệp đính kèm, {report.reference_items} mục tham chiếu."]
    if report.conflicts or report.rejected or report.stuck:
        lines.append(f"Có {report.stuck} văn bản xung đột hoặc bị từ chối; xem: inspector sync --status")
    if report.pending:
        lines.append(f"Còn {report.pending} văn bản chưa gửi được; hãy đồng bộ lại khi có mạng.")
    lines.extend(f"- {e}" for e in report.errors[:10])
    if report.reference_rejected:
        lines.append(f"Bỏ qua {len(report.reference_rejected)} mục tham chiếu không hợp lệ từ máy chủ (báo Chi cục):")
        lines.extend(f"- {r}" for r in report.reference_rejected[:10])
    lines.append("Đồng bộ hoàn tất." if report.complete else "Đồng bộ CHƯA hoàn tất.")
    ctx.emit(data, lines)
    return 0 if report.complete else 1


def register(subparsers: Any) -> None:
    """Add login, logout and sync to the ``inspector`` command."""
    p = add_command(subparsers, "login", cmd_login, "đăng nhập máy chủ Chi cục (lưu phiên vào kho khóa của hệ điều hành)")
    p.add_argument("--server", required=True, help="địa chỉ máy chủ, ví dụ https://hq.qltt.example.vn")
    p.add_argument("--username", required=True, help="tên đăng nhập")
    p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ dòng đầu của stdin")
    p.add_argument("--ca-bundle", default=None, metavar="TỆP",
                   help="tệp chứng chỉ CA (PEM) của đơn vị để xác minh máy chủ; '' để dùng kho hệ thống")
    p.add_argument("--device-name", default="", help="tên máy này (mặc định: tên máy tính)")

    p = add_command(subparsers, "logout", cmd_logout, "đăng xuất: thu hồi và xóa phiên đăng nhập trên máy này")

    p = add_command(subparsers, "sync", cmd_sync, "đồng bộ: gửi văn bản đã hoàn tất và tệp đính kèm, tải dữ liệu tham chiếu")
    p.add_argument("--server", default=None, help="địa chỉ máy chủ (mặc định: máy chủ đã đăng nhập)")
    p.add_argument("--status", action="store_true", help="xem hàng đợi: văn bản chờ gửi, xung đột, bị từ chối và lý do")
    p.add_argument("--password-stdin", action="store_true",
                   help="khi không có kho khóa: đọc mật khẩu từ stdin cho lần đồng bộ này")
