"""Opening a database file with either driver, and copying a live database into a file (backup API).

Kept apart from ``db`` and ``backup`` so that ``migrations`` (the backup before migrating) can use it
without an import circle.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlcipher3

from .crypto import key_pragma

TMP_SUFFIX = ".part"


def connect_file(path: Path, key: bytes | None) -> sqlite3.Connection:
    """A plain connection to ``path``: SQLCipher keyed with ``key``, or plain SQLite without one."""
    conn: sqlite3.Connection
    if key is None:
        conn = sqlite3.connect(str(path), isolation_level=None)
    else:
        conn = sqlcipher3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
    return conn


def backup_to(conn: sqlite3.Connection, target: Path, key: bytes | None) -> Path:
    """Copy the live database behind ``conn`` into ``target`` (consistent under WAL, keyed with ``key``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + TMP_SUFFIX)
    tmp.unlink(missing_ok=True)
    dest = connect_file(tmp, key)
    try:
        conn.backup(dest)  # type: ignore[arg-type]  # both drivers' connections are alike here
    finally:
        dest.close()
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    return target
