"""Backups, restore and the health report (``inspector backup|restore|doctor``, the app's daily backup).

Automatic backups are encrypted like the database, one per day (``backups/auto-YYYY-MM-DD.sqlite3``,
today's is refreshed), and the newest ``KEEP_DAILY`` are kept. A restore first checks the file (integrity,
a schema this version knows, an intact audit chain), keeps a copy of the current database, and only then
replaces it, with the database closed.
"""

from __future__ import annotations

import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError
from inspector_app.store import outbox
from inspector_app.store.backup import BackupCheck, check_backup, copy_backup_into_place
from inspector_app.store.copying import backup_to
from inspector_app.store.crypto import MasterKey
from inspector_app.store.db import DB_FILENAME
from inspector_app.store.encrypt import needs_conversion
from inspector_app.store.migrations import MIGRATIONS
from inspector_app.store.repository import Repository

from . import doctor

BACKUP_DIR = "backups"
AUTO_PREFIX = "auto-"
KEEP_DAILY = 7
LOW_DISK_BYTES = 500 * 1024 * 1024  # below this a day of photos may not fit


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: str
    size: int
    modified: str


def _known() -> list[str]:
    return [name for name, _fn in MIGRATIONS]


class BackupService:
    """Backups of one open installation."""

    def __init__(self, repo: Repository, data_dir: Path, clock: Clock, key: MasterKey) -> None:
        self.repo = repo
        self.data_dir = Path(data_dir)
        self.clock = clock
        self.key = key

    @property
    def folder(self) -> Path:
        """Where backups are written."""
        return self.data_dir / BACKUP_DIR

    def backups(self) -> list[BackupInfo]:
        """Every backup file, newest first."""
        if not self.folder.exists():
            return []
        files = sorted((p for p in self.folder.glob("*.sqlite3") if p.is_file()),
                       key=lambda p: p.stat().st_mtime, reverse=True)
        from datetime import datetime

        return [BackupInfo(str(p), p.stat().st_size,
                           datetime.fromtimestamp(p.stat().st_mtime).isoformat(timespec="seconds")) for p in files]

    def backup_now(self, target: Path | None = None) -> BackupInfo:
        """Write a backup (today's automatic one unless ``target``); older automatic ones beyond seven go."""
        day = self.clock.now().date().isoformat()
        path = Path(target) if target else self.folder / f"{AUTO_PREFIX}{day}.sqlite3"
        if path.resolve() == (self.data_dir / DB_FILENAME).resolve():
            raise InspectorError("Không thể sao lưu đè lên chính cơ sở dữ liệu.", code="bad_input")
        backup_to(self.repo.db.conn, path, self.key.database)
        if target is None:
            self._rotate()
        stat = path.stat()
        from datetime import datetime

        return BackupInfo(str(path), stat.st_size, datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds"))

    def daily_if_due(self) -> BackupInfo | None:
        """Today's automatic backup if there is none yet (the running app calls this now and then)."""
        day = self.clock.now().date().isoformat()
        if (self.folder / f"{AUTO_PREFIX}{day}.sqlite3").exists():
            return None
        return self.backup_now()

    def _rotate(self) -> None:
        autos = sorted(self.folder.glob(f"{AUTO_PREFIX}*.sqlite3"), reverse=True)  # ISO dates sort by time
        for old in autos[KEEP_DAILY:]:
            old.unlink(missing_ok=True)

    def full_check_due(self, now_s: float) -> bool:
        """True if the page-by-page check of the database last passed longer ago than its interval."""
        return doctor.check_due(self.repo, now_s)

    def full_check(self) -> doctor.DoctorReport:
        """Read every page of the database on a connection of its own: safe on any thread (seconds on a
        large file, so never the worker's)."""
        return doctor.check_database(self.data_dir, self.key.database)

    def record_full_check(self, now_s: float) -> None:
        """Remember that the page-by-page check passed at ``now_s`` (Unix seconds)."""
        doctor.record_pass(self.repo, now_s)

    def health(self, keyring_available: bool, key_in_keyring: bool) -> list[HealthCheck]:
        """``inspector doctor``'s checks of this installation (see ``health``)."""
        return health(self.repo, self.data_dir, self.clock, keyring_available, key_in_keyring)

    def check(self, path: Path) -> BackupCheck:
        """Whether ``path`` could replace the database (never changes it)."""
        return check_backup(Path(path), self.key.database, _known())


def restore(data_dir: Path, key: MasterKey, source: Path, now_stamp: str) -> dict[str, Any]:
    """Replace the database of ``data_dir`` (closed) by the checked backup ``source``.

    The current database is first copied to ``backups/before-restore-<stamp>.sqlite3``. A file that
    fails the check changes nothing and raises InspectorError saying why.
    """
    data_dir = Path(data_dir)
    check = check_backup(Path(source), key.database, _known())
    if not check.ok:
        raise InspectorError(f"Không khôi phục từ {source}: {check.problem} Dữ liệu hiện tại không thay đổi.",
                             code="bad_backup")
    db_path = data_dir / DB_FILENAME
    safety = None
    if db_path.exists():
        from inspector_app.store.copying import connect_file

        safety = data_dir / BACKUP_DIR / f"before-restore-{now_stamp}.sqlite3"
        conn = connect_file(db_path, key.database)
        try:
            backup_to(conn, safety, key.database)
        finally:
            conn.close()
    copy_backup_into_place(Path(source), db_path, key.database)
    return {"restored_from": str(source), "previous_saved_as": str(safety) if safety else "", **asdict(check)}


@dataclass(frozen=True)
class HealthCheck:
    """One line of ``inspector doctor``: ok, warning or failure, in Vietnamese."""

    name: str
    status: str  # "ok" | "warning" | "error"
    message: str


def health(repo: Repository, data_dir: Path, clock: Clock, keyring_available: bool,
           key_in_keyring: bool) -> list[HealthCheck]:
    """Audit chain, free disk, keyring, backups, pending sync and encryption state (the page-by-page check
    of the database is ``services.doctor.check_database``)."""
    checks: list[HealthCheck] = []
    chain = repo.verify_audit()
    checks.append(HealthCheck("audit", "ok" if chain.ok else "error",
                              f"Nhật ký kiểm tra nguyên vẹn ({chain.checked} sự kiện)." if chain.ok
                              else f"Nhật ký kiểm tra bị sửa đổi từ sự kiện số {chain.broken_at}."))
    free = shutil.disk_usage(data_dir).free
    checks.append(HealthCheck("disk", "ok" if free >= LOW_DISK_BYTES else "warning",
                              f"Còn trống {free // (1024 * 1024)} MB trên ổ dữ liệu."
                              + ("" if free >= LOW_DISK_BYTES else " Hãy giải phóng dung lượng.")))
    if not keyring_available:
        checks.append(HealthCheck("keyring", "warning", "Máy không có kho khóa (keyring): mật khẩu dữ liệu được "
                                  "hỏi mỗi lần mở, phiên đăng nhập Chi cục không được lưu."))
    else:
        checks.append(HealthCheck("keyring", "ok", "Kho khóa của hệ điều hành dùng được"
                                  + (" và giữ khóa dữ liệu." if key_in_keyring else ".")))
    folder = data_dir / BACKUP_DIR
    autos = sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"), reverse=True) if folder.exists() else []
    today = clock.now().date()
    if not autos:
        checks.append(HealthCheck("backups", "warning", "Chưa có bản sao lưu tự động nào."))
    else:
        from datetime import date

        newest = date.fromisoformat(autos[0].stem[len(AUTO_PREFIX):])
        age = (today - newest).days
        checks.append(HealthCheck("backups", "ok" if age <= 1 else "warning",
                                  f"{len(autos)} bản sao lưu tự động, mới nhất ngày {newest:%d/%m/%Y}."))
    counts = outbox.state_counts(repo)
    waiting = sum(counts.get(state, 0) for state in ("final", "sending", "retry"))
    problems = counts.get("conflict", 0) + counts.get("rejected", 0)
    checks.append(HealthCheck("sync", "warning" if problems else "ok",
                              f"{waiting} văn bản chờ đồng bộ" + (f", {problems} bị từ chối hoặc xung đột." if problems
                                                                  else ".")))
    clear = needs_conversion(data_dir)
    checks.append(HealthCheck("encryption", "error" if clear else "ok",
                              "Còn dữ liệu chưa mã hóa trong thư mục dữ liệu." if clear
                              else "Cơ sở dữ liệu, tệp đính kèm và bản sao lưu đều được mã hóa."))
    return checks
