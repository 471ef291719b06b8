"""The inbox index: one row per stored document, derived from its canonical JSON when it is stored.

``index_documents`` runs inside the batch's own savepoint (``ingest._insert`` calls it), so a document, its
inbox row and the daily totals it changes (``totals``) are stored together or not at all. ``catch_up``
indexes documents stored before the console existed (or by an older server) when the console starts. Search text is folded here (no diacritics, đ→d):
on SQLite it goes to the FTS5 table ``inbox_fts``, on PostgreSQL it stays in ``inbox.search_text`` under a
trigram index (migration 0003_console).
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, text, update

from ..tables import devices, documents, inbox
from . import totals
from .text import fold

INDEX_CHUNK = 500


def _goods_value(row: dict[str, Any]) -> int:
    """A goods row's value: the written value, else quantity × unit price (whole đồng)."""
    if isinstance(row.get("value"), int):
        return int(row["value"])
    price = row.get("unit_price")
    if not isinstance(price, int):
        return 0
    try:
        return int(Decimal(str(row.get("quantity", "0"))) * price)
    except InvalidOperation:
        return 0


def summarise(data: dict[str, Any]) -> dict[str, Any]:
    """The inbox columns of one canonical document (everything but ids, unit, officer and times)."""
    subject = data.get("subject") or {}
    goods = data.get("goods") or []
    violations = data.get("violations") or []
    words = [data.get("number", ""), data.get("place", ""), subject.get("name", ""), subject.get("address", ""),
             subject.get("tax_code", ""), subject.get("platform", ""), subject.get("shop_url", ""),
             subject.get("account_id", ""), subject.get("representative", ""), subject.get("shop_name", "")]
    words += [str(g.get(k, "")) for g in goods for k in ("name", "brand", "barcode", "model")]
    words += [str(v.get("description", "")) for v in violations]
    words += [str(p.get("full_name", "")) for p in data.get("participants") or []]
    return {
        "case_id": str(data.get("case_id", "")),
        "number": str(data.get("number", "")),
        "issued_day": str(data.get("issued_at", ""))[:10],
        "subject_name": str(subject.get("name", "")),
        "platform": str(subject.get("platform", "")),
        "search_text": fold(" ".join(w for w in words if w)),
        "violations": len(violations),
        "fine_total": sum(int(v["fine_amount"]) for v in violations if isinstance(v.get("fine_amount"), int)),
        "goods_value": sum(_goods_value(g) for g in goods),
    }


def index_documents(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add inbox rows for just-stored ``documents`` rows (dicts with the table's columns)."""
    if not rows:
        return
    device_ids = sorted({r["device_id"] for r in rows})
    officer_of = dict(conn.execute(select(devices.c.id, devices.c.username).where(devices.c.id.in_(device_ids))).all())
    ids = [r["id"] for r in rows]
    # A correction may arrive before (or in the same batch as) nothing supersedes it yet: look both ways.
    superseded_ids = {r[0] for r in conn.execute(select(documents.c.supersedes)
                                                 .where(documents.c.supersedes.in_(ids)))}
    older = sorted({r["supersedes"] for r in rows if r.get("supersedes")})
    # The cases this batch changes (its own and those of the versions it supersedes), for the daily totals.
    summaries = [summarise(json.loads(r["canonical"])) for r in rows]
    touched = {(r["unit_code"], s["case_id"] or "#" + r["id"]) for r, s in zip(rows, summaries, strict=True)}
    if older:
        touched |= {totals.case_key(dict(r)) for r in conn.execute(
            select(inbox.c.unit_code, inbox.c.case_id, inbox.c.document_id)
            .where(inbox.c.document_id.in_(older))).mappings()}
    previous = totals.before(conn, touched)
    values = [{"document_id": r["id"], "unit_code": r["unit_code"], "kind": r["kind"],
               "officer": officer_of.get(r["device_id"], ""), "received_at": r["received_at"],
               "superseded": r["id"] in superseded_ids, **s} for r, s in zip(rows, summaries, strict=True)]
    conn.execute(insert(inbox), values)
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO inbox_fts (document_id, body) VALUES (:document_id, :search_text)"),
                     [{"document_id": v["document_id"], "search_text": v["search_text"]} for v in values])
    if older:
        conn.execute(update(inbox).where(inbox.c.document_id.in_(older)).values(superseded=True))
    totals.apply_changes(conn, touched, previous)


def catch_up(engine: Engine) -> int:
    """Index every stored document that has no inbox row yet; returns how many were indexed."""
    done = 0
    while True:
        with engine.begin() as conn:
            rows = [dict(r) for r in conn.execute(
                select(documents).where(~select(inbox.c.document_id)
                                        .where(inbox.c.document_id == documents.c.id).exists())
                .limit(INDEX_CHUNK)).mappings()]
            index_documents(conn, rows)
        done += len(rows)
        if len(rows) < INDEX_CHUNK:
            break
    with engine.begin() as conn:
        totals.rebuild_if_missing(conn)  # documents indexed before the daily totals existed
    return done
