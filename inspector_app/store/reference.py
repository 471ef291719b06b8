"""Reference data in the local database: the generic ``reference_items`` table (migration 0001).

HQ pushes reference data (violation-catalog updates, earlier violations of subjects, Government days off…)
as items ``(kind, key, data, valid_from, valid_to, source)``. This module is the only code that reads and
writes that table; the services decide what the kinds mean.

Kinds used today:

* ``violation_catalog`` — one version of a catalog entry; key ``<entry id>@<valid_from>``;
* ``subject_violation`` — an earlier sanctioned violation known to HQ; data carries ``tax_code`` and/or
  ``id_number`` so a case can show the subject's history;
* ``days_off`` — the Government's swapped days / extra days off for one year; key = the year;
* ``number_block`` — a block of unit decision numbers HQ issued to this unit;
* ``watchlist`` — a barcode of known counterfeit goods; key = the barcode;
* ``unit`` — the units of the Chi cục (kept, not interpreted yet);
* ``review`` — HQ's review of one of this unit's synced documents; key = the document id.

Data is checked before it is written here: what HQ pushes goes through the rules service's checks
(``RulesService.reference_problems``) in the sync service, so one malformed item is refused on its own and
never makes a later read fail.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from inspector_app.domain.canonical import canonical_bytes

from . import settings
from .repository import Repository, same_subject
from .settings import Setting

KIND_CATALOG = "violation_catalog"
KIND_SUBJECT_VIOLATION = "subject_violation"
KIND_DAYS_OFF = "days_off"
KIND_NUMBER_BLOCK = "number_block"
KIND_WATCHLIST = "watchlist"
KIND_REVIEW = "review"
OPEN_REVIEW_STATES = ("has_issues", "rejected")  # the officer must act (migration 0008's partial index)


@dataclass(frozen=True)
class ReferenceItem:
    """One row of reference data."""

    kind: str
    key: str
    data: dict[str, Any] = field(default_factory=dict)
    valid_from: str = ""
    valid_to: str = ""
    source: str = "hq"
    updated_at: str = ""


@dataclass(frozen=True)
class OpenReview:
    """An HQ review the officer must act on, with the local document it concerns."""

    item: ReferenceItem
    case_id: str
    case_title: str
    number: str


def _item(row: tuple[Any, ...]) -> ReferenceItem:
    kind, key, data, valid_from, valid_to, source, updated_at = row
    return ReferenceItem(kind=kind, key=key, data=json.loads(data), valid_from=valid_from, valid_to=valid_to,
                         source=source, updated_at=updated_at)


_COLUMNS = "kind, key, data, valid_from, valid_to, source, updated_at"


# Open reviews of local documents not replaced by a correction, newest first. Literals, not parameters: SQLite
# uses a partial index only when the query spells out its WHERE terms; INDEXED BY makes the query fail rather
# than fall back to reading every review if the index ever stopped matching.
OPEN_REVIEWS_SQL = (
    f"SELECT {', '.join('r.' + c for c in _COLUMNS.split(', '))}, d.case_id, COALESCE(c.title, ''), d.number"
    " FROM reference_items r INDEXED BY reference_open_reviews"
    " JOIN documents d ON d.id = r.key LEFT JOIN cases c ON c.id = d.case_id"
    f" WHERE r.kind = '{KIND_REVIEW}' AND json_extract(r.data, '$.state') IN"
    f" ({', '.join(repr(s) for s in OPEN_REVIEW_STATES)})"
    " AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.supersedes = d.id AND n.supersedes != '')"
    " ORDER BY json_extract(r.data, '$.reviewed_at') DESC, r.key DESC LIMIT ?")


class ReferenceStore:
    """Typed access to ``reference_items`` over one open Repository (same thread rules as the Repository)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo

    def write(self) -> Any:
        """A write transaction (IMMEDIATE), shared with the repository's audit log."""
        return self.repo.write()

    def get(self, kind: str, key: str) -> ReferenceItem | None:
        """The item (kind, key), or None."""
        row = self.repo.db.conn.execute(f"SELECT {_COLUMNS} FROM reference_items WHERE kind = ? AND key = ?",
                                        (kind, key)).fetchone()
        return _item(row) if row else None

    def items(self, kind: str) -> list[ReferenceItem]:
        """Every item of ``kind``, ordered by key."""
        rows = self.repo.db.conn.execute(
            f"SELECT {_COLUMNS} FROM reference_items WHERE kind = ? ORDER BY key", (kind,)).fetchall()
        return [_item(r) for r in rows]

    def upsert(self, items: Iterable[ReferenceItem], updated_at: str) -> int:
        """Insert or replace items (inside the caller's transaction); returns how many were written.

        Data is stored as canonical JSON so that the same push twice leaves byte-identical rows.
        """
        n = 0
        for it in items:
            self.repo.db.conn.execute(
                "INSERT INTO reference_items (kind, key, data, valid_from, valid_to, source, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, key) DO UPDATE SET data = excluded.data,"
                " valid_from = excluded.valid_from, valid_to = excluded.valid_to, source = excluded.source,"
                " updated_at = excluded.updated_at",
                (it.kind, it.key, canonical_bytes(it.data).decode("utf-8"), it.valid_from, it.valid_to, it.source,
                 updated_at))
            n += 1
        return n

    def apply_pull(self, upserts: Iterable[ReferenceItem], deletes: Iterable[tuple[str, str]], cursor: Setting,
                   position: str, updated_at: str) -> None:
        """Store one page pulled from HQ (checked items written, deleted ones removed) and move the pull
        cursor, in one transaction: a crash leaves the page either all applied or not at all."""
        with self.write():
            for kind, key in deletes:
                self.delete(kind, key)
            self.upsert(upserts, updated_at)
            settings.write(self.repo.db.conn, (cursor, position))

    def stamp(self, kind: str) -> tuple[int, str]:
        """(how many items of ``kind``, the newest ``updated_at``): changes whenever HQ pushes that kind."""
        count, newest = self.repo.db.conn.execute(
            "SELECT COUNT(*), COALESCE(MAX(updated_at), '') FROM reference_items WHERE kind = ?", (kind,)).fetchone()
        return int(count), str(newest)

    def delete(self, kind: str, key: str) -> bool:
        """Remove one item (inside the caller's transaction); True if it existed."""
        cur = self.repo.db.conn.execute("DELETE FROM reference_items WHERE kind = ? AND key = ?", (kind, key))
        return cur.rowcount > 0

    def open_reviews(self, limit: int) -> list[OpenReview]:
        """At most ``limit`` reviews in an open state (has issues / rejected) of documents on this laptop that
        no local correction replaced yet, newest review first: a walk of migration 0008's partial index that
        stops at ``limit`` (reviews of documents made on another laptop of the unit are skipped)."""
        rows = self.repo.db.conn.execute(OPEN_REVIEWS_SQL, (limit,)).fetchall()
        return [OpenReview(_item(r[:7]), str(r[7]), str(r[8]), str(r[9])) for r in rows]

    def subject_violations(self, tax_code: str = "", id_number: str = "") -> list[ReferenceItem]:
        """Earlier violations known to HQ for a subject with this tax code or CCCD, oldest first (index
        look-ups of migration 0006, one per code)."""
        parts, params = [], []
        for key, value in same_subject(tax_code, id_number):
            parts.append(f"SELECT {_COLUMNS}, json_extract(data, '$.date') AS day FROM reference_items"
                         f" WHERE kind = ? AND json_extract(data, '$.{key}') = ?")
            params += [KIND_SUBJECT_VIOLATION, value]
        if not parts:
            return []
        rows = self.repo.db.conn.execute(" UNION ".join(parts) + " ORDER BY day, key", params).fetchall()
        return [_item(r[:7]) for r in rows]
