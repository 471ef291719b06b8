"""Every key of the ``settings`` table, declared once (after Vorta's ``store/settings.py``), and its one upsert.

The settings table holds small per-installation values as text. Code names a ``Setting`` from this module,
never a string key, so a key cannot be misspelt in one place or read by a layer that should not know it.
Keys that carry a suffix (one reference-data cursor per HQ server) are a ``SettingFamily``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One settings key, its default value and what it holds."""

    key: str
    default: str
    label: str


@dataclass(frozen=True)
class SettingFamily:
    """Settings keys made of a prefix and a name (``sync.reference_cursor|https://hq.example``)."""

    prefix: str
    default: str
    label: str

    def __call__(self, name: str) -> Setting:
        """The setting for ``name``."""
        return Setting(self.prefix + name, self.default, f"{self.label} ({name})")


PROFILE_UNIT = Setting("profile.unit_code", "", "mã đơn vị của máy này")
PROFILE_OFFICER = Setting("profile.officer_id", "", "mã công chức dùng máy này")
SYNC_SERVER = Setting("sync.server", "", "địa chỉ máy chủ Chi cục của lần đăng nhập cuối")
SYNC_USERNAME = Setting("sync.username", "", "tài khoản của lần đăng nhập cuối")
SYNC_CA_BUNDLE = Setting("sync.ca_bundle", "", "tệp chứng chỉ gốc riêng của máy chủ (trống: của hệ thống)")
SYNC_DEVICE = Setting("sync.device_id", "", "mã thiết bị máy chủ cấp khi đăng nhập")
SYNC_LAST_SUCCESS = Setting("sync.last_success_at", "", "thời điểm đồng bộ trọn vẹn gần nhất")
SYNC_INSTALLATION = Setting("sync.installation_id", "", "mã ngẫu nhiên của bản cài đặt này (gửi khi đăng nhập)")
DEADLINES_BASIS = Setting("deadlines.basis", "", "dữ liệu lịch và thời hạn của lần tính lại thời hạn trọn vẹn gần nhất")
INTEGRITY_CHECKED = Setting("integrity.checked_at", "0", "lần kiểm tra toàn vẹn mọi trang gần nhất (giây Unix)")
RETENTION_DAYS = Setting("retention.days", "90",
                         "số ngày văn bản đã được Chi cục duyệt còn được giữ trên máy (ít nhất 7)")
REFERENCE_CURSOR = SettingFamily("sync.reference_cursor|", "0", "con trỏ dữ liệu tham chiếu đã nhận từ máy chủ")
# Per document: "sent:<sha256 of the PDF>" once its printed PDF went to HQ, "refused:<why>" if HQ will never take it.
PRINTED_COPY = SettingFamily("sync.printed_copy|", "", "bản PDF đã in của văn bản đã gửi máy chủ")

SETTINGS: tuple[Setting | SettingFamily, ...] = (
    PROFILE_UNIT, PROFILE_OFFICER, SYNC_SERVER, SYNC_USERNAME, SYNC_CA_BUNDLE, SYNC_DEVICE, SYNC_LAST_SUCCESS,
    SYNC_INSTALLATION, DEADLINES_BASIS, INTEGRITY_CHECKED, RETENTION_DAYS, REFERENCE_CURSOR, PRINTED_COPY,
)


def read(conn: sqlite3.Connection, setting: Setting) -> str:
    """The stored value of ``setting``, or its default."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (setting.key,)).fetchone()
    return str(row[0]) if row else setting.default


def write(conn: sqlite3.Connection, *values: tuple[Setting, str]) -> None:
    """Store ``(setting, value)`` pairs (inside the caller's transaction): the one upsert of the table."""
    conn.executemany("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
                     " value = excluded.value", [(s.key, v) for s, v in values])
