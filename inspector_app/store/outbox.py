"""The sync outbox in the local database (pulled reference data is store/reference.py's).

Outbox states: ``final`` (never sent) → ``sending`` (written *before* each network call) → ``synced`` |
``retry`` | ``conflict`` | ``rejected``. A row found in ``sending`` after a crash may or may not have reached
the server; sending it again is safe because the server answers "duplicate" for the same id and hash.
Conflicts and rejections stay in the table with their reason until someone acts on them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from qltt_canonical import manifest_of

from . import settings
from .repository import Repository

# Still to be sent; and answered by HQ without being taken (they wait for someone to act).
PENDING_STATES = ("final", "sending", "retry")
STUCK_STATES = ("conflict", "rejected")
_PENDING_SQL = "(" + ", ".join(f"'{s}'" for s in PENDING_STATES) + ")"
STATE_TEXT = {"final": "chờ gửi", "sending": "đang gửi", "retry": "gửi lại sau", "synced": "đã đồng bộ",
              "conflict": "xung đột", "rejected": "bị từ chối"}


@dataclass(frozen=True)
class OutboxItem:
    """One document waiting to be sent, with what the wire record needs."""

    document_id: str
    kind: str
    supersedes: str
    canonical: str
    sha256: str
    attachments: list[str]
    attempts: int


@dataclass(frozen=True)
class OutboxRow:
    """One outbox row for ``inspector sync --status`` and the UI."""

    document_id: str
    kind: str
    number: str
    state: str
    attempts: int
    next_attempt_at: str
    last_error: str
    updated_at: str


def backfill(repo: Repository, now: str) -> int:
    """Give every final document without an outbox row one (e.g. documents imported from a file)."""
    with repo.write():
        cur = repo.db.conn.execute(
            "INSERT INTO outbox (document_id, state, updated_at) SELECT id, 'final', ? FROM documents d"
            " WHERE d.status = 'final' AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.document_id = d.id)", (now,))
        return int(cur.rowcount or 0)


def count_pending(repo: Repository) -> int:
    """Documents still to send (final, sending or retry)."""
    return int(repo.db.conn.execute(
        f"SELECT COUNT(*) FROM outbox WHERE state IN {_PENDING_SQL}").fetchone()[0])


def due(repo: Repository, now: str, limit: int, *, exclude: Iterable[str] = (),
        respect_backoff: bool = False) -> list[OutboxItem]:
    """Up to ``limit`` documents to send next, oldest finalisation first (a correction after its original).

    A row whose document has no canonical text (cannot happen through the repository) is skipped.
    """
    excluded = list(exclude)
    # Pick the page from the small outbox table alone, in insertion order (= finalisation order: the row is
    # written when the document is finalised). Sorting on a documents column would read every pending
    # document's large row, for every batch.
    sql = f"SELECT o.document_id, o.attempts FROM outbox o WHERE o.state IN {_PENDING_SQL}"
    params: list[Any] = []
    if respect_backoff:
        sql += " AND (o.next_attempt_at = '' OR o.next_attempt_at <= ?)"
        params.append(now)
    if excluded:
        sql += f" AND o.document_id NOT IN ({','.join('?' * len(excluded))})"
        params.extend(excluded)
    sql += " ORDER BY o.rowid LIMIT ?"
    params.append(limit)
    page = repo.db.conn.execute(sql, params).fetchall()
    if not page:
        return []
    attempts = dict(page)
    rows = {r[0]: r for r in repo.db.conn.execute(
        f"SELECT id, kind, supersedes, canonical, sha256 FROM documents WHERE id IN ({','.join('?' * len(page))})"
        " AND canonical IS NOT NULL", [p[0] for p in page])}
    items = []
    for doc_id, _attempts in page:
        if doc_id not in rows:
            continue
        _id, kind, supersedes, canonical, sha = rows[doc_id]
        manifest = manifest_of(json.loads(canonical))
        items.append(OutboxItem(doc_id, kind, supersedes or "", canonical, sha, manifest, int(attempts[doc_id])))
    return items


def mark_sending(repo: Repository, ids: list[str], now: str) -> None:
    """Record that these documents are about to be sent (before the network call)."""
    with repo.write():
        repo.db.conn.executemany(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE document_id = ?",
            [(now, i) for i in ids])


def mark_retry(repo: Repository, ids: list[str], now: str, next_attempt_at: str, error: str) -> None:
    """The attempt failed in a way that may pass: try again after ``next_attempt_at``."""
    with repo.write():
        repo.db.conn.executemany(
            "UPDATE outbox SET state = 'retry', next_attempt_at = ?, last_error = ?, updated_at = ?"
            " WHERE document_id = ? AND state != 'synced'", [(next_attempt_at, error, now, i) for i in ids])


def mark_outcomes(repo: Repository, synced: list[str], stuck: list[tuple[str, str, str]], now: str) -> None:
    """Apply a batch answer in one transaction: ``synced`` ids, and ``(id, state, reason)`` for the rest."""
    with repo.write():
        conn = repo.db.conn
        conn.executemany("UPDATE outbox SET state = 'synced', next_attempt_at = '', last_error = '',"
                         " updated_at = ? WHERE document_id = ?", [(now, i) for i in synced])
        for doc_id in synced:
            repo.mark_synced(doc_id, now)
        conn.executemany("UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = '', updated_at = ?"
                         " WHERE document_id = ?", [(state, reason, now, i) for i, state, reason in stuck])


def rows(repo: Repository, states: Iterable[str] = ()) -> list[OutboxRow]:
    """Outbox rows (all, or in ``states``), problems first, then oldest first."""
    wanted = list(states)
    sql = ("SELECT o.document_id, d.kind, d.number, o.state, o.attempts, o.next_attempt_at, o.last_error,"
           " o.updated_at FROM outbox o JOIN documents d ON d.id = o.document_id")
    if wanted:
        sql += f" WHERE o.state IN ({','.join('?' * len(wanted))})"
    sql += (" ORDER BY CASE o.state WHEN 'conflict' THEN 0 WHEN 'rejected' THEN 1 WHEN 'retry' THEN 2"
            " WHEN 'sending' THEN 3 WHEN 'final' THEN 4 ELSE 5 END, d.finalized_at, d.id")
    return [OutboxRow(*r) for r in repo.db.conn.execute(sql, wanted)]


def state_counts(repo: Repository, *, include_synced: bool = True) -> dict[str, int]:
    """How many outbox rows are in each state. Without the synced ones (what the status bar shows after every
    change) it reads only the index entries of waiting and stuck rows, however many have been synced."""
    if include_synced:
        return {s: int(n) for s, n in repo.db.conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state")}
    return {s: int(n) for s, n in repo.db.conn.execute(
        "SELECT state, COUNT(*) FROM outbox WHERE state IN ("
        + ", ".join(f"'{st}'" for st in (*PENDING_STATES, *STUCK_STATES)) + ") GROUP BY state")}



# -- printed copies --------------------------------------------------------------------------------------
# The PDF printed on site goes to HQ after its document (HQ binds it to the document's hash). What was sent
# is remembered per document in the settings family ``PRINTED_COPY``.


def without_copy(repo: Repository, limit: int) -> list[str]:
    """Synced documents whose printed copy has not gone to HQ yet, oldest outbox change first."""
    return [r[0] for r in repo.db.conn.execute(
        "SELECT o.document_id FROM outbox o WHERE o.state = 'synced' AND NOT EXISTS"
        " (SELECT 1 FROM settings s WHERE s.key = ? || o.document_id) ORDER BY o.updated_at, o.document_id LIMIT ?",
        (settings.PRINTED_COPY.prefix, limit))]


def mark_copy(repo: Repository, document_id: str, outcome: str) -> None:
    """Remember that a document's printed copy was sent (or refused for good)."""
    repo.set_setting(settings.PRINTED_COPY(document_id), outcome)
