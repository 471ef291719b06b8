"""The stored due items of every case (migration ``0005_case_deadlines``): deadlines as data.

The services compute a case's items when the case or one of its documents changes and write them here in
the same transaction; readers (the deadline dock, ``inspector rules overdue``) then ask one indexed query
instead of re-evaluating every case. A stored item does not depend on the clock: its ``kind`` and
``expires_at`` give its state at any moment (``state_at``).

``deadline_cases`` holds, per case, the stamp of the calendar and rule data the items were computed with;
the settings key ``deadlines.basis`` holds the stamp of the last complete pass over all cases.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from .repository import Repository
from .settings import DEADLINES_BASIS

KINDS = ("open", "untracked", "done", "late", "invalid")


@dataclass(frozen=True)
class StoredDue:
    """One stored due item of a case (see ``RulesService`` for what the fields mean)."""

    case_id: str
    line: int
    rule: str
    what: str
    due: str
    due_text: str
    expires_at: str
    kind: str
    basis: str
    rule_text: str
    trigger: str
    confidence: str
    document_id: str
    done_at: str
    notes: tuple[str, ...]
    case_title: str = ""

    def state_at(self, now: datetime) -> str:
        """The item's state at ``now``: ``open`` items are pending, then overdue; ``untracked`` items (acts the
        app cannot see being done) a reminder, then expired; done, late and invalid items stay as they are."""
        if self.kind == "open":
            return "overdue" if moment(now) >= self.expires_at else "pending"
        if self.kind == "untracked":
            return "expired" if moment(now) >= self.expires_at else "reminder"
        return self.kind


def moment(at: datetime) -> str:
    """A local time as stored in ``expires_at``: fixed-width ISO text, so text order is time order."""
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


_COLUMNS = ("d.case_id, d.line, d.rule, d.what, d.due, d.due_text, d.expires_at, d.kind, d.basis, d.rule_text,"
            " d.trigger, d.confidence, d.document_id, d.done_at, d.notes, c.title")


def _row(r: Sequence[Any]) -> StoredDue:
    (case_id, line, rule, what, due, due_text, expires_at, kind, basis, rule_text, trigger, confidence, document_id,
     done_at, notes, title) = r
    return StoredDue(case_id=case_id, line=line, rule=rule, what=what, due=due, due_text=due_text,
                     expires_at=expires_at, kind=kind, basis=basis, rule_text=rule_text, trigger=trigger,
                     confidence=confidence, document_id=document_id, done_at=done_at,
                     notes=tuple(json.loads(notes)), case_title=title)


class DeadlineStore:
    """Reads and writes ``case_deadlines`` / ``deadline_cases`` over one Repository (same thread rules)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def replace_case(self, case_id: str, items: Iterable[StoredDue], stamp: str) -> None:
        """Replace the stored items of one case (inside the caller's transaction, after the case's own row)."""
        conn = self.repo.db.conn
        row = conn.execute("SELECT status FROM cases WHERE id = ?", (case_id,)).fetchone()
        case_open = int(row is not None and row[0] != "closed")
        conn.execute("DELETE FROM case_deadlines WHERE case_id = ?", (case_id,))
        conn.executemany(
            "INSERT INTO case_deadlines (case_id, line, rule, what, due, due_text, expires_at, kind, case_open,"
            " basis, rule_text, trigger, confidence, document_id, done_at, notes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(case_id, it.line, it.rule, it.what, it.due, it.due_text, it.expires_at, it.kind, case_open,
              it.basis, it.rule_text, it.trigger, it.confidence, it.document_id, it.done_at,
              json.dumps(list(it.notes), ensure_ascii=False)) for it in items])
        conn.execute("INSERT INTO deadline_cases (case_id, stamp) VALUES (?, ?)"
                     " ON CONFLICT(case_id) DO UPDATE SET stamp = excluded.stamp", (case_id, stamp))

    def overdue(self, now: datetime, *, include_closed: bool = False, limit: int = -1) -> list[StoredDue]:
        """Open items past their deadline at ``now``, earliest due first.

        For open cases this walks the partial index ``case_deadlines_due`` in due order and stops after
        ``limit`` rows: the cost is the page, not the database. (``due`` is never later than ``expires_at``,
        so it bounds the walk.)
        """
        at = moment(now)
        if include_closed:
            sql = (f"SELECT {_COLUMNS} FROM case_deadlines d JOIN cases c ON c.id = d.case_id"
                   " WHERE d.kind = 'open' AND d.expires_at <= ? ORDER BY d.due, d.case_id, d.line LIMIT ?")
            params: tuple[Any, ...] = (at, limit)
        else:
            sql = (f"SELECT {_COLUMNS} FROM case_deadlines d INDEXED BY case_deadlines_due"
                   " JOIN cases c ON c.id = d.case_id"
                   " WHERE d.kind = 'open' AND d.case_open = 1 AND d.due <= ? AND d.expires_at <= ?"
                   " ORDER BY d.due, d.case_id, d.line LIMIT ?")
            params = (at, at, limit)
        return [_row(r) for r in self.repo.db.conn.execute(sql, params).fetchall()]

    def due_soon(self, now: datetime, before: date, *, limit: int = -1) -> list[StoredDue]:
        """Items of open cases still running at ``now`` (not yet overdue) whose due day comes before ``before``,
        earliest due first.

        Walks the same partial index ``case_deadlines_due`` as ``overdue``, over a bounded range of ``due``: an
        item still running expires at the latest at the end of its due day (or at its due moment), so its
        ``due`` is no earlier than yesterday; the cost is the page, not the database.
        """
        at = moment(now)
        sql = (f"SELECT {_COLUMNS} FROM case_deadlines d INDEXED BY case_deadlines_due"
               " JOIN cases c ON c.id = d.case_id"
               " WHERE d.kind = 'open' AND d.case_open = 1 AND d.due >= ? AND d.due < ? AND d.expires_at > ?"
               " ORDER BY d.due, d.case_id, d.line LIMIT ?")
        params = ((now.date() - timedelta(days=1)).isoformat(), before.isoformat(), at, limit)
        return [_row(r) for r in self.repo.db.conn.execute(sql, params).fetchall()]

    def count_overdue(self, now: datetime, *, include_closed: bool = False, cap: int = -1) -> int:
        """How many open items are past their deadline at ``now``; with ``cap`` ≥ 0, at most ``cap + 1``
        are counted (enough to say "more than ``cap``" without reading every overdue item)."""
        at, limit = moment(now), cap + 1 if cap >= 0 else -1
        if include_closed:
            sql = "SELECT 1 FROM case_deadlines WHERE kind = 'open' AND expires_at <= ? LIMIT ?"
            params: tuple[Any, ...] = (at, limit)
        else:
            sql = ("SELECT 1 FROM case_deadlines INDEXED BY case_deadlines_due"
                   " WHERE kind = 'open' AND case_open = 1 AND due <= ? AND expires_at <= ? LIMIT ?")
            params = (at, at, limit)
        return int(self.repo.db.conn.execute(f"SELECT COUNT(*) FROM ({sql})", params).fetchone()[0])

    def for_case(self, case_id: str) -> list[StoredDue]:
        """The stored items of one case, in their computed order."""
        rows = self.repo.db.conn.execute(
            f"SELECT {_COLUMNS} FROM case_deadlines d JOIN cases c ON c.id = d.case_id WHERE d.case_id = ?"
            " ORDER BY d.line", (case_id,)).fetchall()
        return [_row(r) for r in rows]

    def stale_cases(self, stamp: str, after_seq: int, limit: int) -> list[tuple[int, str]]:
        """(seq, id) of cases after ``after_seq`` whose items were not computed with ``stamp``, by seq."""
        return [(int(s), str(i)) for s, i in self.repo.db.conn.execute(
            "SELECT c.seq, c.id FROM cases c LEFT JOIN deadline_cases d ON d.case_id = c.id"
            " WHERE c.seq > ? AND (d.stamp IS NULL OR d.stamp != ?) ORDER BY c.seq LIMIT ?",
            (after_seq, stamp, limit))]

    def count_cases(self) -> int:
        """Number of cases (the size of a full pass)."""
        return self.repo.count_cases()

    def basis(self) -> str:
        """Stamp of the last complete pass over all cases ("" before the first one)."""
        return self.repo.get_setting(DEADLINES_BASIS)

    def set_basis(self, stamp: str) -> None:
        """Record that every case has been computed with ``stamp``."""
        self.repo.set_setting(DEADLINES_BASIS, stamp)
