"""The full check of the local database, off the start-up path (``inspector doctor``, and in the background
after the window opens): every page read on a connection of its own, so it never holds the app's worker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.store.db import DB_FILENAME, check_integrity
from inspector_app.store.repository import Repository
from inspector_app.store.settings import INTEGRITY_CHECKED

CHECK_EVERY_S = 7 * 24 * 3600  # how often the window runs the full check after start-up


@dataclass(frozen=True)
class DoctorReport:
    """What the full check found: ``ok``, or the first problem SQLite reported."""

    path: str
    ok: bool
    result: str

    def to_dict(self) -> dict[str, Any]:
        """Plain data for --json."""
        return {"path": self.path, "ok": self.ok, "result": self.result}

    def message(self) -> str:
        """One Vietnamese line for the user."""
        if self.ok:
            return f"Cơ sở dữ liệu {self.path} toàn vẹn (đã kiểm tra mọi trang)."
        return (f"Cơ sở dữ liệu {self.path} bị hỏng ({self.result}). Hãy sao lưu dữ liệu, rồi khôi phục từ bản "
                "sao lưu gần nhất (thư mục backups).")


def check_database(data_dir: Path, key: bytes | None = None) -> DoctorReport:
    """Read every page of the database in ``data_dir`` (O(database); seconds for millions of rows);
    ``key``: the database key of an encrypted installation."""
    path = Path(data_dir) / DB_FILENAME
    result = check_integrity(path, key)
    return DoctorReport(str(path), result == "ok", result)


def check_due(repo: Repository, now_s: float) -> bool:
    """True if the last full check that passed is older than ``CHECK_EVERY_S`` (Unix seconds ``now_s``)."""
    try:
        last = float(repo.get_setting(INTEGRITY_CHECKED) or 0)
    except ValueError:
        last = 0.0
    return now_s - last >= CHECK_EVERY_S


def record_pass(repo: Repository, now_s: float) -> None:
    """Remember that the full check passed at ``now_s``."""
    repo.set_setting(INTEGRITY_CHECKED, str(int(now_s)))
