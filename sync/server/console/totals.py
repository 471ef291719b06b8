"""Per-day totals for the statistics page and the periodic report, kept at ingest.

The statistics of a year at a million documents cannot be aggregated from the inbox at request time (957 ms
at 200,000, docs/benchmarks.md), so ``daily_totals`` holds, per day of issue and unit, the figures the
charts and the report add up: one row per ``(day, unit, dimension, value)`` where ``dimension`` is ``""``
(the unit's day), ``officer``, ``kind``, ``platform`` or ``article`` (a violated article). A page sums a few
thousand rows instead of every document.

What a row counts (superseded versions never count):
- ``documents``, ``violations`` (violation lines), ``fines`` (amounts of the penalty decisions): on the day
  of issue of each document;
- ``cases``, ``violation_cases``, ``goods_value``: once per case, on the day of its first document
  (earliest day of issue, then arrival), so a case is counted in exactly one day and the totals of
  consecutive periods add up; the goods value of a case is the largest goods total among its documents
  (the minutes list the same goods again).

The totals are kept by difference: ``index_documents`` calls ``apply_changes`` with the cases a batch
touches; it reads each case's documents before and after the batch's rows are written
(``case_contributions``) and adds the difference, in the batch's own transaction. ``rebuild`` recomputes
everything from the inbox (a database indexed before this table existed, and the tests' check).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Connection,
    Select,
    Subquery,
    Table,
    and_,
    delete,
    func,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql import ColumnElement

from ..tables import daily_totals, documents, inbox, monthly_totals

FINE_KIND = "nd118.mqd02"  # the decision that imposes fines (QĐ-XPHC)
VIOLATION_KIND = "nd118.mbb01"  # the violation minutes (BB-VPHC): a case with one is a case with a violation
MEASURES = ("documents", "cases", "violation_cases", "violations", "fines", "goods_value")
DIMENSIONS = ("officer", "kind", "platform")  # besides "" (the unit's day) and "article"

Key = tuple[str, str, str, str]  # (day, unit_code, dimension, value)
Totals = dict[Key, list[int]]

# The inbox columns a contribution needs, and the violated articles from the canonical JSON.
CASE_COLUMNS = [inbox.c.document_id, inbox.c.case_id, inbox.c.unit_code, inbox.c.officer, inbox.c.kind,
                inbox.c.platform, inbox.c.issued_day, inbox.c.received_at, inbox.c.superseded, inbox.c.violations,
                inbox.c.fine_total, inbox.c.goods_value]


def article_of(violation: dict[str, Any]) -> str:
    """The key of a violation's article: ``"<decree>|<article>"`` (e.g. ``98/2020/NĐ-CP|15``), or ``""``."""
    article = violation.get("article")
    if article in (None, ""):
        return ""
    return f"{str(violation.get('decree', ''))[:40]}|{article}"


def articles_of(data: dict[str, Any]) -> list[str]:
    """The article key of each violation line of a canonical document (empty keys left out)."""
    return [a for a in (article_of(v) for v in data.get("violations") or [] if isinstance(v, dict)) if a]


def article_label(key: str) -> str:
    """How the statistics page names an article key: ``Điều 15 (98/2020/NĐ-CP)``."""
    decree, _, article = key.partition("|")
    return f"Điều {article} ({decree})" if decree else f"Điều {article}"


def case_key(row: dict[str, Any]) -> tuple[str, str]:
    """``(unit, case)`` of an inbox row: a document without a case id is a case of its own."""
    return row["unit_code"], row["case_id"] or "#" + row["document_id"]


def case_contributions(rows: Iterable[dict[str, Any]]) -> Totals:
    """What one case's documents add to the totals (rows: ``CASE_COLUMNS`` plus ``articles``)."""
    out: Totals = defaultdict(lambda: [0] * len(MEASURES))
    live = [r for r in rows if not r["superseded"]]

    def keys(r: dict[str, Any]) -> list[Key]:
        day, unit = r["issued_day"], r["unit_code"]
        return [(day, unit, "", "")] + [(day, unit, d, str(r[d])[:128]) for d in DIMENSIONS if r[d]]

    for r in live:
        fines = int(r["fine_total"]) if r["kind"] == FINE_KIND else 0
        for k in keys(r):
            m = out[k]
            m[0] += 1
            m[3] += int(r["violations"])
            m[4] += fines
        for article in r["articles"]:
            out[(r["issued_day"], r["unit_code"], "article", article)][3] += 1
    if live:
        first = min(live, key=lambda r: (r["issued_day"], str(r["received_at"]), r["document_id"]))
        violation = int(any(r["kind"] == VIOLATION_KIND for r in live))
        goods = max(int(r["goods_value"]) for r in live)
        for k in keys(first):
            m = out[k]
            m[1] += 1
            m[2] += violation
            m[5] += goods
    return out


def _case_rows(conn: Connection, cases: set[tuple[str, str]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The inbox rows (with their articles) of the given cases, grouped by case."""
    named = sorted(c for c in cases if not c[1].startswith("#"))
    single = sorted(c[1][1:] for c in cases if c[1].startswith("#"))
    found: dict[tuple[str, str], list[dict[str, Any]]] = {c: [] for c in cases}
    conds: list[ColumnElement[bool]] = []
    for i in range(0, len(named), 200):
        conds.append(tuple_(inbox.c.unit_code, inbox.c.case_id).in_(named[i:i + 200]))
    for i in range(0, len(single), 200):
        conds.append(and_(inbox.c.case_id == "", inbox.c.document_id.in_(single[i:i + 200])))
    for cond in conds:
        for r in conn.execute(select(*CASE_COLUMNS, documents.c.canonical)
                              .join(documents, documents.c.id == inbox.c.document_id).where(cond)).mappings():
            row = dict(r)
            canonical = row.pop("canonical")
            row["articles"] = articles_of(json.loads(canonical)) if row["violations"] else []
            found.setdefault(case_key(row), []).append(row)
    return found


def lock_cases(conn: Connection, cases: set[tuple[str, str]]) -> None:
    """Serialise concurrent batches that touch the same case (PostgreSQL; SQLite writers are serial already),
    so that each one's before/after reading sees the other's committed rows."""
    if conn.dialect.name != "postgresql":
        return
    for unit, case in sorted(cases):
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext(:k))"), {"k": f"case-totals:{unit}:{case}"})


def before(conn: Connection, cases: set[tuple[str, str]]) -> Totals:
    """The current contribution of ``cases`` (read before a batch changes their documents)."""
    lock_cases(conn, cases)
    return _sum(case_contributions(rows) for rows in _case_rows(conn, cases).values())


def apply_changes(conn: Connection, cases: set[tuple[str, str]], old: Totals) -> None:
    """Add to ``daily_totals`` the difference between the cases' contribution now and ``old``."""
    new = _sum(case_contributions(rows) for rows in _case_rows(conn, cases).values())
    delta: Totals = {}
    for k in set(old) | set(new):
        d = [a - b for a, b in zip(new.get(k, [0] * len(MEASURES)), old.get(k, [0] * len(MEASURES)), strict=True)]
        if any(d):
            delta[k] = d
    add(conn, delta)


def add(conn: Connection, delta: Totals) -> None:
    """Add ``delta`` to the stored daily totals and to their monthly sums (an upsert per key; rows that fall to
    zero are removed)."""
    _upsert(conn, daily_totals, delta)
    _upsert(conn, monthly_totals, by_month(delta))


def by_month(totals: Totals) -> Totals:
    """Daily totals summed by month of issue (keys ``(YYYY-MM, unit, dimension, value)``), zero rows left out."""
    out = _sum({(k[0][:7], k[1], k[2], k[3]): m} for k, m in totals.items())
    return {k: m for k, m in out.items() if any(m)}


def _upsert(conn: Connection, table: Table, delta: Totals) -> None:
    if not delta:
        return
    first = table.c[0].name  # day or month
    values = [{first: k[0], "unit_code": k[1], "dimension": k[2], "value": k[3], **dict(zip(MEASURES, m, strict=True))}
              for k, m in sorted(delta.items())]
    ins = (pg_insert if conn.dialect.name == "postgresql" else sqlite_insert)(table)
    stmt = ins.on_conflict_do_update(
        index_elements=[first, "unit_code", "dimension", "value"],
        set_={m: table.c[m] + ins.excluded[m] for m in MEASURES})
    for i in range(0, len(values), 500):
        conn.execute(stmt, values[i:i + 500])
    keys = sorted(delta)
    for i in range(0, len(keys), 200):
        conn.execute(delete(table).where(
            tuple_(table.c[first], table.c.unit_code, table.c.dimension, table.c.value).in_(keys[i:i + 200]),
            *[table.c[m] == 0 for m in MEASURES]))


def _sum(parts: Iterable[Totals]) -> Totals:
    out: Totals = defaultdict(lambda: [0] * len(MEASURES))
    for part in parts:
        for k, m in part.items():
            acc = out[k]
            for i, v in enumerate(m):
                acc[i] += v
    return out


def recompute(conn: Connection) -> Totals:
    """The totals recomputed from every inbox row (what ``daily_totals`` must equal), zero rows left out."""
    order = [inbox.c.unit_code, inbox.c.case_id, inbox.c.document_id]
    stmt = (select(*CASE_COLUMNS, documents.c.canonical).join(documents, documents.c.id == inbox.c.document_id)
            .order_by(*order))

    def cases() -> Iterator[list[dict[str, Any]]]:
        current: tuple[str, str] | None = None
        rows: list[dict[str, Any]] = []
        for r in conn.execute(stmt.execution_options(yield_per=2000)).mappings():
            row = dict(r)
            canonical = row.pop("canonical")
            row["articles"] = articles_of(json.loads(canonical)) if row["violations"] else []
            key = case_key(row)
            if key != current and rows:
                yield rows
                rows = []
            current = key
            rows.append(row)
        if rows:
            yield rows

    return {k: m for k, m in _sum(case_contributions(rows) for rows in cases()).items() if any(m)}


def stored(conn: Connection, table: Table = daily_totals) -> Totals:
    """The totals as stored (``table``: ``daily_totals`` or ``monthly_totals``)."""
    cols = [table.c[m] for m in MEASURES]
    return {(r[0], r[1], r[2], r[3]): [int(v) for v in r[4:]] for r in conn.execute(
        select(table.c[0], table.c.unit_code, table.c.dimension, table.c.value, *cols))}


def rebuild(conn: Connection) -> int:
    """Replace the stored totals (daily and monthly) by a recomputation; returns the number of daily rows."""
    totals = recompute(conn)
    conn.execute(delete(daily_totals))
    conn.execute(delete(monthly_totals))
    add(conn, totals)
    return len(totals)


def rebuild_if_missing(conn: Connection) -> bool:
    """Rebuild when documents were indexed before the totals existed (daily totals empty while live inbox rows
    exist, or monthly totals empty while daily ones exist)."""
    daily = conn.execute(select(daily_totals.c.day).limit(1)).first() is not None
    if daily and conn.execute(select(monthly_totals.c.month).limit(1)).first() is not None:
        return False
    if not daily and conn.execute(select(inbox.c.document_id).where(inbox.c.superseded.is_(False))
                                  .limit(1)).first() is None:
        return False
    rebuild(conn)
    return True


def period_rows(start: str, end: str, where: Callable[[Table], ColumnElement[bool]]) -> Subquery:
    """The stored rows that make up the days ``start``..``end`` (ISO dates): monthly rows for the whole months
    inside, daily rows for the days at either edge; columns ``period`` (day or month), ``unit_code``,
    ``dimension``, ``value`` and the measures. ``where(table)`` adds the caller's conditions."""
    a, b = date.fromisoformat(start), date.fromisoformat(end)
    first = a if a.day == 1 else (a.replace(day=28) + timedelta(days=4)).replace(day=1)
    after = b + timedelta(days=1)
    stop = after if after.day == 1 else b.replace(day=1)  # the first day after the last whole month
    parts = []

    def rows(table: Table, lo: str, hi: str) -> Select[Any]:
        col = table.c[0]
        return (select(col.label("period"), table.c.unit_code, table.c.dimension, table.c.value,
                       *[table.c[m] for m in MEASURES]).where(col >= lo, col <= hi, where(table)))

    if first < stop:  # at least one whole month
        parts.append(rows(monthly_totals, first.isoformat()[:7], (stop - timedelta(days=1)).isoformat()[:7]))
        if a < first:
            parts.append(rows(daily_totals, a.isoformat(), (first - timedelta(days=1)).isoformat()))
        if stop <= b:
            parts.append(rows(daily_totals, stop.isoformat(), b.isoformat()))
    else:
        parts.append(rows(daily_totals, a.isoformat(), b.isoformat()))
    return union_all(*parts).subquery("t") if len(parts) > 1 else parts[0].subquery("t")


def measures_of(sums: Any) -> dict[str, int]:
    """The measures of a ``period_sum`` row after its group columns, by name (NULL sums read as 0)."""
    return {m: int(v or 0) for m, v in zip(MEASURES, sums, strict=True)}


def period_sum(conn: Connection, rows: Subquery, group: list[Any], order: list[Any] | None = None,
               limit: int | None = None) -> list[Any]:
    """Sums of every measure of ``rows`` (``period_rows``) grouped by ``group`` (columns of ``rows``)."""
    stmt = (select(*group, *[func.sum(rows.c[m]) for m in MEASURES])
            .group_by(*group).order_by(*(order if order is not None else group)))
    if limit:
        stmt = stmt.limit(limit)
    return list(conn.execute(stmt).all())
