"""Reference data that devices pull with a server-issued cursor: units, violation catalog, watch lists and
earlier violations of subjects.

Every change inserts a row with a new ``seq``; a device asks for rows with ``seq`` greater than the cursor
it last saw. For that to never skip a row, rows must become visible in ``seq`` order: on PostgreSQL a
transaction-scoped advisory lock serialises writers of this table until they commit (SQLite writers are
serialised by its write lock anyway).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, text

from .tables import reference_items

# Kinds devices understand. "watchlist" rows are keyed by barcode; "subject_violation" rows by
# "tax:<code>:<document id>" or "cccd:<number>:<document id>" so a device can look a subject up by prefix.
# days_off: the Government's swapped days per year; number_block: blocks of unit decision numbers (TT 22 Điều 6).
REFERENCE_KINDS = ("unit", "violation_catalog", "watchlist", "subject_violation", "days_off", "number_block")
_LOCK_KEY = 0x51_4C_54_54  # "QLTT": the advisory lock that orders reference_items writers


def lock_for_write(conn: Connection) -> None:
    """Serialise writers of reference_items until this transaction ends (PostgreSQL only)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def put_item(conn: Connection, kind: str, key: str, data: dict[str, Any], *, scope: str, now: datetime,
             deleted: bool = False) -> int:
    """Insert or replace one item (a replacement gets a new cursor position); returns its seq."""
    lock_for_write(conn)
    conn.execute(delete(reference_items).where(reference_items.c.kind == kind, reference_items.c.key == key,
                                               reference_items.c.scope == scope))
    result = conn.execute(insert(reference_items).values(
        kind=kind, key=key, scope=scope, data=json.dumps(data, ensure_ascii=False, sort_keys=True),
        deleted=deleted, updated_at=now))
    key_row = result.inserted_primary_key
    assert key_row is not None  # an INSERT always reports its new primary key
    return int(key_row[0])


def import_items(conn: Connection, kind: str, items: list[dict[str, Any]], now: datetime,
                 scope: str = "") -> int:
    """Import ``[{"key": ..., "data": {...}, "deleted": false}]`` (e.g. a violation catalog file)."""
    if kind not in REFERENCE_KINDS:
        raise ValueError(f"unknown reference kind {kind!r} (known: {', '.join(REFERENCE_KINDS)})")
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("key"), str) or not item["key"]:
            raise ValueError(f"item {i}: needs a non-empty string 'key'")
        data = item.get("data", {})
        if not isinstance(data, dict):
            raise ValueError(f"item {i}: 'data' must be an object")
        put_item(conn, kind, item["key"], data, scope=scope, now=now, deleted=bool(item.get("deleted")))
    return len(items)


def page(conn: Connection, unit_code: str, cursor: int, limit: int) -> tuple[list[dict[str, Any]], int, bool]:
    """Items visible to ``unit_code`` after ``cursor``: ``(items, next_cursor, has_more)``."""
    rows = conn.execute(
        select(reference_items.c.seq, reference_items.c.kind, reference_items.c.key, reference_items.c.data,
               reference_items.c.deleted)
        .where(reference_items.c.seq > cursor, or_(reference_items.c.scope == "",
                                                   reference_items.c.scope == unit_code))
        .order_by(reference_items.c.seq).limit(limit + 1)
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    items = [{"seq": int(r.seq), "kind": r.kind, "key": r.key, "data": json.loads(r.data),
              "deleted": bool(r.deleted)} for r in rows]
    if rows:
        next_cursor = int(rows[-1].seq)
    else:
        # Nothing new: keep the cursor, but never move it past the newest row (a fresh server has none).
        newest = conn.execute(select(func.max(reference_items.c.seq))).scalar()
        next_cursor = min(cursor, int(newest or 0))
    return items, next_cursor, has_more
