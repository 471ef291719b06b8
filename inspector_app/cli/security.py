"""Encryption-at-rest subcommands: backup, restore, passphrase; the passphrase prompt (``doctor`` is in core).

The passphrase comes from the OS keyring, ``INSPECTOR_PASSPHRASE`` (scripts), or the terminal (asked
without echo). Without any of them a command says so and exits 2.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from inspector_app.domain.errors import InspectorError

from .context import CliContext, add_command, ask_passphrase

if TYPE_CHECKING:
    import argparse

    from inspector_app.services.keys import MasterKey

NEW_PASSPHRASE_ENV = "INSPECTOR_NEW_PASSPHRASE"


def unlock_key(data_dir: Path) -> MasterKey:
    """The master key of ``data_dir`` without opening the database (keyring, environment, terminal)."""
    from inspector_app.services.keys import KeyService, PassphraseNeededError

    keys = KeyService(data_dir)
    try:
        return keys.key_for_start()
    except PassphraseNeededError as exc:
        secret = ask_passphrase(exc.new)
        if secret is None:
            raise
        return keys.key_for_start(secret)


def cmd_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    """Write an encrypted backup (today's automatic one, or ``-o FILE``)."""
    info = ctx.services().backup.backup_now(Path(args.output) if args.output else None)
    ctx.emit({"path": info.path, "size": info.size, "modified": info.modified},
             f"Đã sao lưu (mã hóa) vào {info.path} ({info.size // 1024} KB).")
    return 0


def cmd_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    """Check a backup and put it in place of the database (the current one is kept as a backup first)."""
    from datetime import datetime

    from inspector_app.services.backup import restore

    source = Path(args.file)
    if not source.is_file():
        raise InspectorError(f"Không tìm thấy tệp {source}", code="bad_input")
    key = unlock_key(ctx.data_dir)
    report = restore(ctx.data_dir, key, source, datetime.now().strftime("%Y%m%dT%H%M%S"))
    ctx.emit(report, [f"Đã khôi phục từ {source}: {report['cases']} vụ việc, {report['documents']} văn bản; "
                      "nhật ký kiểm tra nguyên vẹn.",
                      f"Dữ liệu trước khi khôi phục được giữ tại {report['previous_saved_as'] or '—'}."])
    return 0


def cmd_passphrase(args: argparse.Namespace, ctx: CliContext) -> int:
    """Change the data passphrase (re-wraps the key; the data is not re-encrypted)."""
    from inspector_app.services.keys import PASSPHRASE_ENV, KeyService

    keys = KeyService(ctx.data_dir)
    if keys.is_new():
        raise InspectorError("Thư mục dữ liệu này chưa có mật khẩu.", code="bad_input")
    old = os.environ.get(PASSPHRASE_ENV) or ask_passphrase(False)
    new = os.environ.get(NEW_PASSPHRASE_ENV) or ask_passphrase(True)
    if not old or not new:
        raise InspectorError(f"Cần mật khẩu cũ và mới (trên terminal, hoặc {PASSPHRASE_ENV} và "
                             f"{NEW_PASSPHRASE_ENV}).", code="passphrase_needed")
    keys.change_passphrase(old, new)
    keys.forget()  # the keyring entry stays valid, but the officer asked for a change: ask again next time
    ctx.emit({"ok": True}, "Đã đổi mật khẩu dữ liệu.")
    return 0


def register(sub: Any) -> None:
    """Add the encryption-at-rest subcommands."""
    p = add_command(sub, "backup", cmd_backup, "sao lưu (mã hóa) cơ sở dữ liệu")
    p.add_argument("-o", "--output", help="tệp đích (mặc định: bản sao lưu tự động của hôm nay)")
    p = add_command(sub, "restore", cmd_restore, "khôi phục từ bản sao lưu (sau khi kiểm tra tệp)")
    p.add_argument("file")
    add_command(sub, "passphrase", cmd_passphrase, "đổi mật khẩu bảo vệ dữ liệu")
