"""Backups of the database file: SQLite's online backup API into a file keyed like the database.

A backup of an encrypted database is itself a SQLCipher file with the same key (SQLCipher's backup API
copies encrypted pages between files keyed alike), written to a temp name, fsynced and renamed, so a crash
never leaves half a backup under a backup's name. ``check_backup`` opens a file read-only and says whether
it could replace the database: integrity, a known schema, an intact audit chain.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .audit import verify_chain
from .copying import backup_to, connect_file
from .db import DB_ERRORS, is_clear_database
from .migrations import applied_names


@dataclass(frozen=True)
class BackupCheck:
    """What a backup file holds and whether it can replace the database."""

    path: str
    ok: bool
    problem: str = ""
    migrations: int = 0
    cases: int = 0
    documents: int = 0
    audit_events: int = 0


def check_backup(path: Path, key: bytes | None, known_migrations: list[str]) -> BackupCheck:
    """Open ``path`` with ``key`` and check integrity, schema and audit chain; never changes the file."""
    path = Path(path)
    if not path.is_file():
        return BackupCheck(str(path), False, f"Không tìm thấy tệp {path}.")
    if key is not None and is_clear_database(path):
        return BackupCheck(str(path), False, "Tệp không được mã hóa: không phải bản sao lưu của máy này.")
    try:
        conn = connect_file(path, key)
    except DB_ERRORS as exc:
        return BackupCheck(str(path), False, f"Không mở được tệp: {exc}")
    try:
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        except DB_ERRORS:
            return BackupCheck(str(path), False, "Tệp không mở được bằng khóa của máy này, hoặc đã hỏng.")
        if result != "ok":
            return BackupCheck(str(path), False, f"Tệp không vượt qua kiểm tra toàn vẹn ({result}).")
        db = sqlite_utils.Database(conn)
        names = applied_names(db)
        unknown = [n for n in names if n not in known_migrations]
        if unknown or not names:
            return BackupCheck(str(path), False, "Tệp được tạo bởi phiên bản khác hoặc không phải cơ sở dữ liệu "
                               "của ứng dụng.", migrations=len(names))
        chain = verify_chain(db)
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("cases", "documents", "audit_events")}
        if not chain.ok:
            return BackupCheck(str(path), False, f"Nhật ký kiểm tra (audit) bị sửa đổi từ sự kiện số {chain.broken_at}.",
                               len(names), counts["cases"], counts["documents"], counts["audit_events"])
        return BackupCheck(str(path), True, "", len(names), counts["cases"], counts["documents"],
                           counts["audit_events"])
    finally:
        conn.close()


def copy_backup_into_place(source: Path, target: Path, key: bytes | None) -> None:
    """Replace the (closed) database ``target`` by the backup ``source``, atomically.

    Its WAL and shared-memory files are removed first: a WAL left beside a replaced file would be
    replayed onto pages it does not belong to.
    """
    src = connect_file(source, key)
    try:
        tmp = target.with_name(target.name + ".restoring")
        backup_to(src, tmp, key)
    finally:
        src.close()
    for side in ("-wal", "-shm"):
        target.with_name(target.name + side).unlink(missing_ok=True)
    os.replace(tmp, target)
