"""What the search index holds for a case: the one definition, used when a case is written and when a hit is
explained.

One FTS5 document per case (``case_search``, migration 0003) holds the folded text of the case, its subject
and all its goods rows, so words match across them. ``SUBJECT_FIELDS`` and ``GOODS_FIELDS`` name the fields
that are searchable; the index text is read from the stored rows in SQL (``case_search_text``) and the same
fields of the objects say which part of a found case matched (``subject_text``, ``goods_text``).

Migration 0003 filled the index with a frozen copy of this as it was then: a shipped migration never changes.
"""

from __future__ import annotations

import json

import sqlite_utils

from inspector_app.domain.model import GoodsRow, Subject
from inspector_app.domain.text import fold

SUBJECT_FIELDS = ("name", "tax_code", "id_number", "address", "representative", "platform", "shop_url",
                  "account_id", "shop_name")
GOODS_FIELDS = ("name", "barcode", "brand", "model", "origin", "note")
_GOODS_COLUMNS = ("name", "barcode")  # the others live in the row's JSON data

_GOODS_SQL = ("SELECT group_concat(" + " || ' ' || ".join(
    f if f in _GOODS_COLUMNS else f"COALESCE(json_extract(data, '$.{f}'), '')" for f in GOODS_FIELDS)
    + ", ' ') FROM goods WHERE case_id = ?")


def subject_text(s: Subject) -> str:
    """The searchable text of a subject (not folded)."""
    return " ".join(str(v) for v in (getattr(s, f) for f in SUBJECT_FIELDS) if v)


def goods_text(g: GoodsRow) -> str:
    """The searchable text of a goods row (not folded)."""
    return " ".join(str(v) for v in (getattr(g, f) for f in GOODS_FIELDS) if v)


def case_search_text(db: sqlite_utils.Database, case_id: str) -> str:
    """Folded text of one case for the per-case index: the case, its subject and all its goods, as stored."""
    row = db.conn.execute(
        "SELECT c.title, c.place, c.findings, json_extract(c.decision, '$.number'), s.data"
        " FROM cases c LEFT JOIN subjects s ON s.id = c.subject_id WHERE c.id = ?", (case_id,)).fetchone()
    if row is None:
        return ""
    parts = [str(x) for x in row[:4] if x]
    if row[4]:
        subject = json.loads(row[4])
        parts += [str(subject.get(k, "")) for k in SUBJECT_FIELDS]
    goods = db.conn.execute(_GOODS_SQL, (case_id,)).fetchone()[0]
    if goods:
        parts.append(goods)
    return fold(" ".join(p for p in parts if p))
