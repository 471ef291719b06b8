"""Append-only, hash-chained audit log: each event stores the hash of the one before it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from inspector_app.domain.canonical import canonical_bytes, sha256_hex
from inspector_app.domain.model import AuditEvent

GENESIS = "0" * 64


def event_hash(seq: int, at: str, actor: str, action: str, entity: str, entity_id: str,
               data: dict[str, Any], prev_hash: str) -> str:
    """The hash of one event over its canonical JSON, chained through ``prev_hash``."""
    return sha256_hex(canonical_bytes({
        "seq": seq, "at": at, "actor": actor, "action": action, "entity": entity,
        "entity_id": entity_id, "data": data, "prev_hash": prev_hash,
    }))


def append_event(db: sqlite_utils.Database, *, at: str, actor: str, action: str, entity: str,
                 entity_id: str, data: dict[str, Any] | None = None) -> AuditEvent:
    """Append one event; call inside the transaction of the change it records."""
    payload = data or {}
    row = db.conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    digest = event_hash(seq, at, actor, action, entity, entity_id, payload, prev)
    db.conn.execute(
        "INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, data, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, canonical_bytes(payload).decode(), prev, digest),
    )
    return AuditEvent(seq, at, actor, action, entity, entity_id, payload, prev, digest)


@dataclass(frozen=True)
class ChainReport:
    """Result of verifying the chain: how many events were checked and the first broken one, if any."""

    checked: int
    broken_at: int | None
    reason: str = ""

    @property
    def ok(self) -> bool:
        """True when every link holds."""
        return self.broken_at is None


def verify_chain(db: sqlite_utils.Database) -> ChainReport:
    """Walk the log in order and return the first event whose link or hash does not hold."""
    prev = GENESIS
    expected_seq = 1
    checked = 0
    for seq, at, actor, action, entity, entity_id, data, prev_hash, digest in db.conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, data, prev_hash, hash FROM audit_events ORDER BY seq"
    ):
        if seq != expected_seq:
            return ChainReport(checked, seq, f"thiếu sự kiện số {expected_seq}")
        if prev_hash != prev:
            return ChainReport(checked, seq, "liên kết với sự kiện trước bị sai")
        try:
            payload = json.loads(data)
        except ValueError:
            return ChainReport(checked, seq, "dữ liệu sự kiện không đọc được")
        if event_hash(seq, at, actor, action, entity, entity_id, payload, prev_hash) != digest:
            return ChainReport(checked, seq, "nội dung sự kiện đã bị thay đổi")
        prev = digest
        expected_seq += 1
        checked += 1
    return ChainReport(checked, None)
