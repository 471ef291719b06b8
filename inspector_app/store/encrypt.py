"""Converting a clear installation (database, attachments, backups) to encrypted storage, crash-safe.

Earlier versions kept ``inspector.sqlite3``, ``attachments/`` and ``backups/`` in clear. At the first start
of this version, once the officer has set a passphrase, ``convert_installation`` seals everything with the
installation's keys. A kill -9 or a power cut at any moment leaves either the old clear data or the new
encrypted data at ``inspector.sqlite3``, never neither, and running the conversion again finishes the job:

1. every clear attachment file is sealed into ``vault/`` (idempotent: named by its plain SHA-256);
2. the clear database is exported into ``inspector.sqlite3.encrypting`` with SQLCipher's
   ``sqlcipher_export`` (its WAL checkpointed first), its attachment paths pointed at the vault, checked,
   fsynced, and renamed over the clear file in one atomic step;
3. then, and only then, the clear attachment files and clear backups are removed (backups are first
   re-written encrypted).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from .copying import connect_file
from .crypto import MasterKey, key_pragma
from .db import DB_FILENAME, StoreError, is_clear_database
from .vault import FileVault

TMP_SUFFIX = ".encrypting"
CLEAR_ATTACHMENTS_DIR = "attachments"
BACKUPS_DIR = "backups"

Progress = Callable[[str], None]


@dataclass
class ConversionReport:
    """What a conversion did (for the log and the officer)."""

    database_converted: bool = False
    attachments_sealed: int = 0
    clear_files_removed: int = 0
    backups_sealed: int = 0
    notes: list[str] = field(default_factory=list)


def _fsync_dir(path: Path) -> None:
    # A rename is durable only once its directory entry is on disk (POSIX); Windows has no directory fsync.
    if os.name == "posix":
        fd = os.open(str(path), os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def needs_conversion(data_dir: Path) -> bool:
    """True if ``data_dir`` holds any clear data this version would seal."""
    data_dir = Path(data_dir)
    return (is_clear_database(data_dir / DB_FILENAME)
            or (data_dir / DB_FILENAME).with_name(DB_FILENAME + TMP_SUFFIX).exists()
            or any(p.is_file() for p in (data_dir / CLEAR_ATTACHMENTS_DIR).rglob("*"))
            or any(is_clear_database(p) for p in (data_dir / BACKUPS_DIR).glob("*") if p.is_file()))


def export_database(source: Path, target: Path, *, source_key: bytes | None, target_key: bytes | None) -> None:
    """Copy ``source`` (read with the raw 256-bit ``source_key``, or clear with None) into a new file
    ``target`` (written with ``target_key``, or clear with None) with SQLCipher's ``sqlcipher_export``: same
    schema, data and ``user_version``. The one implementation of such a copy: the conversion at first start
    (clear → encrypted) and ``scripts/bench_crypto.py`` (an encrypted database and its clear twin) use it."""
    conn = sqlcipher3.connect(str(source), isolation_level=None)
    try:
        if source_key is not None:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_pragma(source_key))
        # Fold the WAL into the file so nothing of the source lives only in its -wal.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        target_secret = f"x'{target_key.hex()}'" if target_key is not None else ""
        conn.execute(f"ATTACH DATABASE ? AS exported KEY \"{target_secret}\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('exported')")
        conn.execute(f"PRAGMA exported.user_version = {int(version)}")
        conn.execute("DETACH DATABASE exported")
    finally:
        conn.close()


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Copy the clear database ``source`` into a new SQLCipher file ``target`` keyed with ``key``."""
    export_database(source, target, source_key=None, target_key=key)


def _check_encrypted(path: Path, key: bytes) -> None:
    conn = connect_file(path, key)
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    finally:
        conn.close()
    if result != "ok":
        raise StoreError(f"Bản mã hóa của cơ sở dữ liệu không vượt qua kiểm tra toàn vẹn ({result}); "
                         "dữ liệu cũ vẫn nguyên vẹn.", code="conversion_failed")


def _seal_clear_attachments(data_dir: Path, vault: FileVault, report: ConversionReport) -> dict[str, str]:
    """Seal every clear attachment file into the vault; {clear relative path: vault relative path}."""
    moved: dict[str, str] = {}
    root = data_dir / CLEAR_ATTACHMENTS_DIR
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.name.startswith(".part") or path.suffix == ".part":
            continue  # an interrupted copy of an older version: its complete twin is elsewhere or nowhere
        data = path.read_bytes()
        target = data_dir / vault.relative_path(hashlib.sha256(data).hexdigest())
        existed = target.exists()
        _sha, rel = vault.put(data)
        if not existed:
            report.attachments_sealed += 1
        moved[path.relative_to(data_dir).as_posix()] = rel
    return moved


def _point_attachments_at_vault(path: Path, key: bytes, data_dir: Path, vault: FileVault) -> None:
    """In the new encrypted copy, every attachment row whose sealed file exists points at the vault."""
    conn = connect_file(path, key)
    try:
        rows = conn.execute("SELECT sha256 FROM attachments").fetchall()
        conn.execute("BEGIN")
        for (sha,) in rows:
            rel = vault.relative_path(sha)
            if (data_dir / rel).exists():
                conn.execute("UPDATE attachments SET stored_path = ? WHERE sha256 = ?", (rel, sha))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _seal_backups(data_dir: Path, key: bytes, report: ConversionReport) -> None:
    for path in sorted((data_dir / BACKUPS_DIR).glob("*")):
        if not (path.is_file() and is_clear_database(path)):
            continue
        tmp = path.with_name(path.name + TMP_SUFFIX)
        tmp.unlink(missing_ok=True)
        export_encrypted(path, tmp, key)
        _fsync_file(tmp)
        os.replace(tmp, path)
        report.backups_sealed += 1
    if (data_dir / BACKUPS_DIR).exists():
        _fsync_dir(data_dir / BACKUPS_DIR)


def convert_installation(data_dir: Path, master: MasterKey, *, progress: Progress | None = None) -> ConversionReport:
    """Seal a clear installation in place (see the module docstring); safe to run again after a crash."""
    data_dir = Path(data_dir)
    say = progress or (lambda _m: None)
    report = ConversionReport()
    db_path = data_dir / DB_FILENAME
    tmp = db_path.with_name(DB_FILENAME + TMP_SUFFIX)
    vault = FileVault(data_dir, master.files)
    key = master.database
    tmp.unlink(missing_ok=True)  # an export that a crash interrupted; the clear file is still whole
    say("Đang mã hóa tệp đính kèm…")
    _seal_clear_attachments(data_dir, vault, report)
    if is_clear_database(db_path):
        say("Đang mã hóa cơ sở dữ liệu…")
        try:
            export_encrypted(db_path, tmp, key)
            _point_attachments_at_vault(tmp, key, data_dir, vault)
            _check_encrypted(tmp, key)
            _fsync_file(tmp)
        except (sqlite3.Error, sqlcipher3.dbapi2.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"Không mã hóa được cơ sở dữ liệu {db_path}: {exc}. Dữ liệu cũ vẫn nguyên vẹn.",
                             code="conversion_failed") from exc
        for side in ("-wal", "-shm"):
            leftover = db_path.with_name(DB_FILENAME + side)
            if leftover.exists() and leftover.stat().st_size > 0 and side == "-wal":
                tmp.unlink(missing_ok=True)
                raise StoreError("Cơ sở dữ liệu đang được một chương trình khác mở; hãy đóng nó rồi thử lại.",
                                 code="database_locked")
            leftover.unlink(missing_ok=True)
        os.replace(tmp, db_path)  # the one atomic step: from here on the file at this name is encrypted
        _fsync_dir(data_dir)
        report.database_converted = True
    say("Đang xóa bản không mã hóa…")
    _seal_backups(data_dir, key, report)
    root = data_dir / CLEAR_ATTACHMENTS_DIR
    if root.exists():
        for path in sorted((p for p in root.rglob("*") if p.is_file()), reverse=True):
            path.unlink()
            report.clear_files_removed += 1
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
            folder.rmdir()
        root.rmdir()
    return report
