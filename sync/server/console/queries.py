"""What the console pages read: the inbox with its filters, a case with everything stored about it,
statistics and the periodic report. Every function takes the signed-in ``StaffMember`` and reads only
what that member may see (a leader or viewer: their unit; an administrator: every unit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from sqlalchemy import Connection, Subquery, Table, and_, func, literal_column, select, text
from sqlalchemy.sql import ColumnElement, Select

from ..tables import (
    attachments,
    audit,
    document_attachments,
    documents,
    inbox,
    officers,
    printed_copies,
    reviews,
    units,
)
from . import totals
from .review import ReviewState
from .staff import StaffMember
from .text import search_words

PAGE_SIZE = 50


class NotVisible(Exception):
    """The record does not exist or the member may not see it (the two are never told apart)."""


@dataclass(frozen=True)
class InboxFilter:
    """The inbox's filters as the query string carries them (empty: no filter)."""

    unit: str = ""
    officer: str = ""
    kind: str = ""
    date_from: str = ""  # YYYY-MM-DD, day of issue
    date_to: str = ""
    state: str = ""
    platform: str = ""
    q: str = ""
    page: int = 1

    @classmethod
    def from_query(cls, params: Any) -> InboxFilter:
        """From request query parameters; unknown or malformed values are dropped, never an error page."""
        def day(value: str) -> str:
            try:
                return date.fromisoformat(value).isoformat()
            except ValueError:
                return ""

        try:
            page = max(1, min(100000, int(params.get("page", "1") or 1)))
        except ValueError:
            page = 1
        state = params.get("state", "")
        return cls(unit=params.get("unit", "")[:32], officer=params.get("officer", "")[:64],
                   kind=params.get("kind", "")[:32], date_from=day(params.get("date_from", "")),
                   date_to=day(params.get("date_to", "")),
                   state=state if state in {s.value for s in ReviewState} else "",
                   platform=params.get("platform", "")[:100], q=params.get("q", "")[:200], page=page)

    def query_string(self, **changes: Any) -> str:
        """This filter as a query string (for pagination and export links)."""
        from urllib.parse import urlencode

        values = {k: v for k, v in vars(replace(self, **changes)).items() if v and not (k == "page" and v == 1)}
        return urlencode(values)


def scope(member: StaffMember, unit_column: Any) -> ColumnElement[bool]:
    """The WHERE clause limiting rows to the member's unit (always true for an administrator)."""
    if member.unit_code is None:
        return literal_column("1") == literal_column("1")
    return unit_column == member.unit_code  # type: ignore[no-any-return]


def _filtered(conn: Connection, member: StaffMember, f: InboxFilter, columns: list[Any]) -> Select[Any]:
    stmt = select(*columns).where(scope(member, inbox.c.unit_code))
    if f.unit:
        stmt = stmt.where(inbox.c.unit_code == f.unit)
    if f.officer:
        stmt = stmt.where(inbox.c.officer == f.officer)
    if f.kind:
        stmt = stmt.where(inbox.c.kind == f.kind)
    if f.date_from:
        stmt = stmt.where(inbox.c.issued_day >= f.date_from)
    if f.date_to:
        stmt = stmt.where(inbox.c.issued_day <= f.date_to)
    if f.state:
        stmt = stmt.where(inbox.c.review_state == f.state)
    if f.platform:
        stmt = stmt.where(inbox.c.platform == f.platform)
    words = search_words(f.q)
    if words:
        if conn.dialect.name == "sqlite":
            match = " ".join(f'"{w}"*' for w in words)
            stmt = stmt.where(inbox.c.document_id.in_(
                select(literal_column("document_id")).select_from(text("inbox_fts"))
                .where(text("inbox_fts MATCH :match").bindparams(match=match))))
        else:
            # Words are letters and digits only (search_words), so nothing in them is LIKE syntax.
            stmt = stmt.where(and_(*[inbox.c.search_text.like(f"%{w}%") for w in words]))
    return stmt


INBOX_COLUMNS = [inbox.c.document_id, inbox.c.case_id, inbox.c.unit_code, inbox.c.officer, inbox.c.kind,
                 inbox.c.number, inbox.c.issued_day, inbox.c.received_at, inbox.c.subject_name, inbox.c.platform,
                 inbox.c.review_state, inbox.c.violations, inbox.c.fine_total, inbox.c.goods_value,
                 inbox.c.superseded]


def inbox_page(conn: Connection, member: StaffMember, f: InboxFilter,
               page_size: int = PAGE_SIZE) -> tuple[list[dict[str, Any]], bool]:
    """One page of the inbox, newest first: ``(rows, has_next_page)`` (no total count: it costs a scan)."""
    stmt = (_filtered(conn, member, f, INBOX_COLUMNS)
            .order_by(inbox.c.received_at.desc(), inbox.c.document_id.desc())
            .limit(page_size + 1).offset((f.page - 1) * page_size))
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    return rows[:page_size], len(rows) > page_size


def inbox_all(conn: Connection, member: StaffMember, f: InboxFilter, limit: int = 100000) -> list[dict[str, Any]]:
    """Every row of a filter (for CSV/XLSX export), newest first, at most ``limit``."""
    stmt = (_filtered(conn, member, f, INBOX_COLUMNS)
            .order_by(inbox.c.received_at.desc(), inbox.c.document_id.desc()).limit(limit))
    return [dict(r) for r in conn.execute(stmt).mappings()]


def filter_choices(conn: Connection, member: StaffMember) -> dict[str, list[Any]]:
    """Units, officers and platforms the member may filter by."""
    unit_rows = conn.execute(select(units.c.code, units.c.name).where(scope(member, units.c.code))
                             .order_by(units.c.code)).all()
    officer_rows = conn.execute(select(officers.c.username, officers.c.full_name)
                                .where(scope(member, officers.c.unit_code)).order_by(officers.c.username)).all()
    return {"units": [tuple(r) for r in unit_rows], "officers": [tuple(r) for r in officer_rows]}


def _visible_document(conn: Connection, member: StaffMember, document_id: str) -> dict[str, Any]:
    row = conn.execute(select(inbox).where(inbox.c.document_id == document_id,
                                           scope(member, inbox.c.unit_code))).mappings().first()
    if row is None:
        raise NotVisible(document_id)
    return dict(row)


def case_view(conn: Connection, member: StaffMember, document_id: str) -> dict[str, Any]:
    """A case (found from any of its documents): every document with its content, reviews, printed copies,
    attachments and audit events; superseded versions stay listed, marked as such."""
    first = _visible_document(conn, member, document_id)
    if first["case_id"]:
        cond = and_(inbox.c.case_id == first["case_id"], inbox.c.unit_code == first["unit_code"])
    else:
        cond = inbox.c.document_id == document_id
    rows = [dict(r) for r in conn.execute(
        select(inbox, documents.c.canonical, documents.c.sha256, documents.c.supersedes, documents.c.complete)
        .join(documents, documents.c.id == inbox.c.document_id)
        .where(cond).order_by(inbox.c.issued_day, inbox.c.received_at)).mappings()]
    ids = [r["document_id"] for r in rows]
    review_of = {r.document_id: dict(r._mapping) for r in conn.execute(
        select(reviews).where(reviews.c.document_id.in_(ids)))}
    copies: dict[str, list[dict[str, Any]]] = {}
    for r in conn.execute(select(printed_copies).where(printed_copies.c.document_id.in_(ids))
                          .order_by(printed_copies.c.received_at)).mappings():
        copies.setdefault(r["document_id"], []).append(dict(r))
    present = {r[0] for r in conn.execute(
        select(attachments.c.sha256).join(document_attachments,
                                          document_attachments.c.sha256 == attachments.c.sha256)
        .where(document_attachments.c.document_id.in_(ids)))}
    events = [dict(r) for r in conn.execute(
        select(audit.c.at, audit.c.actor, audit.c.action, audit.c.entity_id, audit.c.data)
        .where(audit.c.entity_id.in_(ids)).order_by(audit.c.seq)).mappings()]
    for doc in rows:
        doc["data"] = json.loads(doc.pop("canonical"))
        doc["review"] = review_of.get(doc["document_id"])
        doc["copies"] = copies.get(doc["document_id"], [])
        doc["events"] = [e for e in events if e["entity_id"] == doc["document_id"]]
        for att in doc["data"].get("attachments") or []:
            att["present"] = att.get("sha256") in present
    subject = next((d["data"].get("subject") for d in rows if d["data"].get("subject")), None)
    return {"case_id": first["case_id"], "unit_code": first["unit_code"], "documents": rows, "subject": subject,
            "first": first}


def visible_file(conn: Connection, member: StaffMember, document_id: str, sha256: str) -> str:
    """The media type of a file of a visible document (an attachment in its manifest or one of its printed
    copies); its bytes are ``AttachmentStore.open(sha256)``. NotVisible otherwise."""
    _visible_document(conn, member, document_id)
    linked = conn.execute(select(document_attachments.c.sha256).where(
        document_attachments.c.document_id == document_id, document_attachments.c.sha256 == sha256)).first()
    printed = conn.execute(select(printed_copies.c.sha256).where(
        printed_copies.c.document_id == document_id, printed_copies.c.sha256 == sha256)).first()
    if linked is None and printed is None:
        raise NotVisible(sha256)
    row = conn.execute(select(attachments.c.media_type).where(attachments.c.sha256 == sha256)).first()
    if row is None:
        raise NotVisible(sha256)
    return "application/pdf" if printed is not None else str(row.media_type)


# -- statistics and the periodic report ----------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A closed range of days of issue."""

    start: str
    end: str

    @classmethod
    def parse(cls, start: str, end: str, default: tuple[date, date]) -> Period:
        """From query values; malformed or reversed values fall back to ``default``."""
        try:
            a, b = date.fromisoformat(start), date.fromisoformat(end)
        except ValueError:
            a, b = default
        if a > b:
            a, b = default
        return cls(a.isoformat(), b.isoformat())


def _totals_in(member: StaffMember, period: Period, dimension: str, unit: str = "") -> Subquery:
    """The stored totals of one dimension in the period that the member may see (``totals.period_rows``)."""
    def where(table: Table) -> ColumnElement[bool]:
        cond = and_(table.c.dimension == dimension, scope(member, table.c.unit_code))
        return and_(cond, table.c.unit_code == unit) if unit else cond

    return totals.period_rows(period.start, period.end, where)


@dataclass
class ReportLine:
    """One line of the periodic report (a unit, or the total)."""

    unit_code: str
    unit_name: str
    inspections: int = 0  # số vụ kiểm tra: cases whose first document was issued in the period
    violation_cases: int = 0  # số vụ vi phạm: those of them with a violation minutes
    fines: int = 0  # tiền phạt: amounts of the penalty decisions issued in the period
    goods_value: int = 0  # trị giá hàng hóa: per case the largest goods total of its documents
    documents: int = 0
    extra: dict[str, int] = field(default_factory=dict)


def period_report(conn: Connection, member: StaffMember, period: Period, unit: str = "") -> list[ReportLine]:
    """The periodic report by unit (the last line is the total), superseded versions left out; read from the
    daily totals kept at ingest (``totals``)."""
    part = _totals_in(member, period, "", unit)
    rows = totals.period_sum(conn, part, [part.c.unit_code])
    names = dict(conn.execute(select(units.c.code, units.c.name)).all())
    lines = []
    for r in rows:
        m = totals.measures_of(r[1:])
        lines.append(ReportLine(r[0], str(names.get(r[0], r[0])), m["cases"], m["violation_cases"], m["fines"],
                                m["goods_value"], m["documents"]))
    total = ReportLine("", "Tổng cộng")
    for line in lines:
        total.inspections += line.inspections
        total.violation_cases += line.violation_cases
        total.fines += line.fines
        total.goods_value += line.goods_value
        total.documents += line.documents
    return [*lines, total]


def monthly(conn: Connection, member: StaffMember, period: Period) -> list[dict[str, Any]]:
    """Per month of issue: cases, violation cases, fines and goods value (for the charts)."""
    part = _totals_in(member, period, "")
    rows = totals.period_sum(conn, part, [func.substr(part.c.period, 1, 7)])
    out = []
    for r in rows:
        m = totals.measures_of(r[1:])
        out.append({"month": r[0], "cases": m["cases"], "violation_cases": m["violation_cases"],
                    "fines": m["fines"], "goods_value": m["goods_value"]})
    return out


def counts_by(conn: Connection, member: StaffMember, period: Period, column: str,
              limit: int = 12) -> list[tuple[str, int, int]]:
    """``(value, documents, fines)`` by officer, platform, kind or unit (``unit_code``), largest first."""
    if column == "unit_code":
        part = _totals_in(member, period, "")
        group = part.c.unit_code
    else:
        part = _totals_in(member, period, column)
        group = part.c.value
    docs = func.sum(part.c.documents)
    rows = totals.period_sum(conn, part, [group], order=[docs.desc(), group], limit=limit)
    return [(str(r[0]), totals.measures_of(r[1:])["documents"], totals.measures_of(r[1:])["fines"]) for r in rows]


def violations_by_article(conn: Connection, member: StaffMember, period: Period,
                          limit: int = 12) -> list[tuple[str, int]]:
    """``(article, violation lines)`` most violated first (the article named as on the statistics page)."""
    part = _totals_in(member, period, "article")
    count = func.sum(part.c.violations)
    rows = totals.period_sum(conn, part, [part.c.value], order=[count.desc(), part.c.value], limit=limit)
    return [(totals.article_label(str(r[0])), totals.measures_of(r[1:])["violations"]) for r in rows]


def recent_platforms(conn: Connection, member: StaffMember, window: int = 2000) -> list[str]:
    """Online platforms named in the member's newest ``window`` records (suggestions for the inbox filter;
    a look at the newest rows through the received-time index instead of a scan of every row)."""
    newest = (select(inbox.c.platform).where(scope(member, inbox.c.unit_code))
              .order_by(inbox.c.received_at.desc()).limit(window).subquery())
    rows = conn.execute(select(newest.c.platform).where(newest.c.platform != "").distinct()
                        .order_by(newest.c.platform)).all()
    return [r[0] for r in rows]


def printed_facts(conn: Connection, document_id: str) -> dict[str, str]:
    """What a paper copy itself shows (kind, number, day of issue), for the public verification page."""
    row = conn.execute(select(inbox.c.kind, inbox.c.number, inbox.c.issued_day)
                       .where(inbox.c.document_id == document_id)).first()
    return {"kind": row.kind, "number": row.number, "issued": row.issued_day} if row else {}
