"""Receiving batches and attachments: the exactly-once core of the HQ server.

Per record: re-hash the canonical bytes, validate them against the document schema, then store the record
with its attachment manifest and derived reference rows inside a SAVEPOINT, so each record is atomic and
one bad record never takes the rest of the batch with it. The same id with the same hash is a duplicate
(a success); the same id with another hash is a conflict and is never overwritten. The server stamps the
record with the unit of the caller's token, not the unit written in the payload.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import Connection, delete, exists, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol import (
    MAX_ATTACHMENTS_PER_RECORD,
    MAX_CANONICAL_BYTES,
    RECORD_ID_RE,
    SHA256_RE,
    RecordResult,
    RecordStatus,
    is_canonical_text,
    manifest_of,
    parse_canonical,
    record_problem_fields,
    record_schema,
    sha256_hex,
    text_problem,
)

from .accounts import Device, write_audit
from .attachments import AttachmentStore
from .console.index import index_documents
from .reference import put_item
from .tables import attachment_uploads, attachments, document_attachments, documents


@dataclass(frozen=True)
class _Existing:
    unit_code: str
    sha256: str
    complete: bool


def _err(path: str, message: str) -> dict[str, str]:
    return {"path": path, "message": message}


WIRE_FIELDS = frozenset(record_schema()["properties"])
# What each field of record.schema.json that a record breaks is called in the answer, in the answer's order.
_FIELD_PROBLEMS = (
    ("id", "mã văn bản không hợp lệ"),
    ("sha256", "SHA-256 phải gồm 64 ký tự hexa thường"),
    ("kind", "thiếu hoặc sai loại văn bản"),
    ("supersedes", "mã văn bản bị thay thế không hợp lệ"),
    ("attachments", f"danh sách SHA-256 tệp đính kèm (tối đa {MAX_ATTACHMENTS_PER_RECORD})"),
)


def check_record(rec: dict[str, Any]) -> tuple[list[dict[str, str]], Any]:
    """Every problem of one wire record and its parsed canonical document (``(errors, data)``)."""
    errors: list[dict[str, str]] = []
    rid, sha, canonical = rec.get("id"), rec.get("sha256"), rec.get("canonical")
    kind, supersedes, manifest = rec.get("kind"), rec.get("supersedes", ""), rec.get("attachments", [])
    # A field the protocol does not have (e.g. a "unit_code" claiming another unit, review D9) is refused
    # rather than ignored: the server files a record under the token's unit and nothing else.
    errors.extend(_err(str(k)[:64], "trường không được hỗ trợ") for k in sorted(map(str, rec)) if k not in WIRE_FIELDS)
    broken = record_problem_fields(rec)  # the one record schema, also published in the OpenAPI
    errors.extend(_err(field, message) for field, message in _FIELD_PROBLEMS if field in broken)
    if not isinstance(canonical, str):
        errors.append(_err("canonical", "thiếu nội dung văn bản (JSON chuẩn hóa)"))
        return errors, None
    raw = canonical.encode("utf-8", errors="surrogatepass")
    if len(raw) > MAX_CANONICAL_BYTES:
        errors.append(_err("canonical", f"văn bản vượt quá {MAX_CANONICAL_BYTES} byte"))
        return errors, None
    problem = text_problem(canonical)
    if problem:  # canonical JSON escapes every control character; a raw one means a damaged or forged text
        errors.append(_err("canonical", f"nội dung {problem}"))
        return errors, None
    if isinstance(sha, str) and sha256_hex(raw) != sha:
        errors.append(_err("sha256", "SHA-256 không khớp với nội dung văn bản (dữ liệu bị hỏng khi truyền?)"))
    data, problems = parse_canonical(canonical)
    errors.extend(_err(path, message) for path, message in problems)
    if data is None or problems:
        return errors, data
    if not is_canonical_text(data, canonical) or not unicodedata.is_normalized("NFC", canonical):
        errors.append(_err("canonical", "không phải JSON chuẩn hóa (khóa sắp xếp, không khoảng trắng, NFC)"))
    if data.get("id") != rid:
        errors.append(_err("$.id", "mã trong nội dung khác mã của bản ghi"))
    if data.get("kind") != kind:
        errors.append(_err("$.kind", "loại trong nội dung khác loại của bản ghi"))
    if data.get("supersedes", "") != supersedes:
        errors.append(_err("$.supersedes", "văn bản bị thay thế trong nội dung khác với bản ghi"))
    if supersedes and supersedes == rid:
        errors.append(_err("$.supersedes", "văn bản không thể tự thay thế chính nó"))
    if isinstance(manifest, list) and sorted(set(manifest)) != sorted(manifest_of(data)):
        errors.append(_err("attachments", "danh sách tệp đính kèm khác với danh sách trong văn bản"))
    return errors, data


def _subject_keys(data: dict[str, Any]) -> list[str]:
    subject = data.get("subject") or {}
    keys = []
    if subject.get("tax_code"):
        keys.append(f"tax:{subject['tax_code']}")
    if subject.get("id_number"):
        keys.append(f"cccd:{subject['id_number']}")
    return keys


def _subject_violation(data: dict[str, Any], unit_code: str) -> dict[str, Any]:
    subject = data.get("subject") or {}
    return {
        "document_id": data["id"], "case_id": data.get("case_id", ""), "kind": data["kind"],
        "number": data.get("number", ""),
        "issued_at": data.get("issued_at", ""), "unit_code": unit_code, "subject_name": subject.get("name", ""),
        "tax_code": subject.get("tax_code", ""), "id_number": subject.get("id_number", ""),
        "violations": [{"decree": v.get("decree", ""), "article": v.get("article"), "clause": v.get("clause"),
                        "point": v.get("point", ""), "description": v.get("description", "")}
                       for v in data.get("violations") or []],
    }


def ingest_batch(conn: Connection, device: Device, records: list[dict[str, Any]],
                 now: datetime) -> list[RecordResult]:
    """Store a batch inside the caller's transaction and answer per record (in request order)."""
    # Only well-formed ids and hashes reach SQL (a NUL in one made PostgreSQL fail the batch, review D4);
    # the records that carry the others are rejected one by one below.
    ids = [r["id"] for r in records if isinstance(r.get("id"), str) and RECORD_ID_RE.match(r["id"])]
    existing: dict[str, _Existing] = {}
    if ids:
        for row in conn.execute(select(documents.c.id, documents.c.unit_code, documents.c.sha256,
                                       documents.c.complete).where(documents.c.id.in_(set(ids)))):
            existing[row.id] = _Existing(row.unit_code, row.sha256, bool(row.complete))
    wanted = {m for r in records if isinstance(r.get("attachments"), list)
              for m in r["attachments"] if isinstance(m, str) and SHA256_RE.match(m)}
    present: set[str] = set()
    if wanted:
        # Only this unit's own uploads count: knowing another unit's hash is not having the file (review D12).
        present = {row[0] for row in conn.execute(
            select(attachment_uploads.c.sha256).where(attachment_uploads.c.sha256.in_(wanted),
                                                      attachment_uploads.c.unit_code == device.unit_code))}
    superseded = {r["supersedes"] for r in records
                  if isinstance(r.get("supersedes"), str) and RECORD_ID_RE.match(r["supersedes"])}
    superseded_units: dict[str, str] = {}
    if superseded:
        superseded_units = dict(conn.execute(select(documents.c.id, documents.c.unit_code)
                                             .where(documents.c.id.in_(superseded))).all())

    answers: list[RecordResult | _Plan] = [
        _prepare(conn, device, rec, now, existing, present, superseded_units) for rec in records]
    plans = [a for a in answers if isinstance(a, _Plan)]
    stored: dict[str, RecordResult] = {}
    if plans:
        try:
            # Fast path: every new record in one multi-row insert. Atomic per record still holds: if any row
            # fails (an id stored concurrently by another request), the whole savepoint is undone and each
            # record is then stored on its own below.
            with conn.begin_nested():
                _insert(conn, plans)
            stored = {p.id: p.result() for p in plans}
        except IntegrityError:
            for plan in plans:
                stored[plan.id] = _store_one(conn, device, plan, existing)
    results = [stored[a.id] if isinstance(a, _Plan) else a for a in answers]
    counts = Counter(r.status.value for r in results)
    write_audit(conn, now, device.username, "batch", device.unit_code, device.id,
                {"records": len(records), **counts,
                 "conflicts": [r.id for r in results if r.status == RecordStatus.CONFLICT][:50],
                 "rejected": [r.id for r in results if r.status == RecordStatus.REJECTED][:50]})
    return results


def _known_answer(rec_id: str, sha: str, old: _Existing, device: Device, conn: Connection) -> RecordResult:
    if old.unit_code != device.unit_code:
        # Do not reveal anything about another unit's record: only that this id cannot be used.
        return RecordResult(rec_id, RecordStatus.CONFLICT,
                            message="Mã văn bản này đã được dùng trên máy chủ; không ghi đè.")
    if old.sha256 != sha:
        return RecordResult(rec_id, RecordStatus.CONFLICT, message=(
            f"Máy chủ đã có văn bản này với nội dung khác (SHA-256 {old.sha256[:12]}…); không ghi đè. "
            "Nếu cần sửa, hãy lập văn bản thay thế."))
    missing = [] if old.complete else missing_attachments(conn, rec_id)
    if not old.complete and not missing:
        # Every file arrived, but while this record's insert was still uncommitted: repair the flag now.
        conn.execute(update(documents).where(documents.c.id == rec_id).values(complete=True))
    if missing:
        return RecordResult(rec_id, RecordStatus.INCOMPLETE, missing=missing,
                            message="Đã nhận văn bản, còn thiếu tệp đính kèm")
    return RecordResult(rec_id, RecordStatus.DUPLICATE, message="Máy chủ đã có văn bản này")


@dataclass
class _Plan:
    """A valid new record, ready to insert."""

    id: str
    row: dict[str, Any]
    manifest: list[str]
    missing: list[str]
    refs: list[tuple[str, dict[str, Any]]]  # (reference key, data) of subject_violation items
    scope: str
    note: str = ""

    def result(self) -> RecordResult:
        if self.missing:
            return RecordResult(self.id, RecordStatus.INCOMPLETE, missing=self.missing, created=True,
                                message="Đã nhận văn bản, còn thiếu tệp đính kèm" + self.note)
        return RecordResult(self.id, RecordStatus.ACCEPTED, message="Đã nhận" + self.note, created=True)


def _prepare(conn: Connection, device: Device, rec: dict[str, Any], now: datetime,
             existing: dict[str, _Existing], present: set[str],
             superseded_units: dict[str, str]) -> RecordResult | _Plan:
    """The answer for a record that needs no insert, or the plan to insert it."""
    raw_id = rec.get("id")
    rec_id: str = raw_id if isinstance(raw_id, str) else ""
    try:
        errors, data = check_record(rec)
    except RecursionError:  # a last line of defence: one record's problem never fails the batch (review D5)
        errors, data = [_err("canonical", "dữ liệu lồng nhau quá sâu")], None
    rec_id = "" if text_problem(rec_id) else rec_id[:64]  # the answer echoes it: no NUL, no 10 MB string
    if errors:
        return RecordResult(rec_id, RecordStatus.REJECTED, errors=errors, message="Văn bản không hợp lệ")
    sha: str = rec["sha256"]
    if rec_id in existing:
        return _known_answer(rec_id, sha, existing[rec_id], device, conn)
    supersedes = rec.get("supersedes", "")
    if supersedes and superseded_units.get(supersedes, device.unit_code) != device.unit_code:
        return RecordResult(rec_id, RecordStatus.REJECTED, errors=[_err(
            "$.supersedes", "văn bản bị thay thế thuộc đơn vị khác")], message="Văn bản không hợp lệ")
    manifest = manifest_of(data)
    missing = [m for m in manifest if m not in present]
    issued = data.get("issued_at", "")
    row = {"id": rec_id, "unit_code": device.unit_code, "kind": rec["kind"], "number": data.get("number", ""),
           "sha256": sha, "supersedes": supersedes, "canonical": rec["canonical"],
           "issued_month": issued[:7] if len(issued) >= 7 else "", "complete": not missing,
           "device_id": device.id, "received_at": now}
    refs: list[tuple[str, dict[str, Any]]] = []
    if data.get("violations"):
        summary = _subject_violation(data, device.unit_code)
        refs = [(f"{key}:{rec_id}", summary) for key in _subject_keys(data)]
    # Later records of this batch with the same id are answered as if this one were already stored.
    existing[rec_id] = _Existing(device.unit_code, sha, not missing)
    named = (data.get("unit") or {}).get("code", "") if isinstance(data.get("unit"), dict) else ""
    note = ""
    if named and named != device.unit_code:
        # Flagged, not refused: laptops set up before their HQ unit code was known still sync (review D9).
        note = (f"; lưu ý: văn bản ghi đơn vị {named}, máy chủ lưu theo đơn vị {device.unit_code} "
                "của tài khoản đăng nhập")
        write_audit(conn, now, device.username, "unit_mismatch", device.unit_code, rec_id, {"named": named})
    return _Plan(rec_id, row, manifest, missing, refs, device.unit_code, note)


def _insert(conn: Connection, plans: list[_Plan]) -> None:
    now = plans[0].row["received_at"]
    conn.execute(insert(documents), [p.row for p in plans])
    links = [{"document_id": p.id, "sha256": m} for p in plans for m in p.manifest]
    if links:
        conn.execute(insert(document_attachments), links)
    index_documents(conn, [p.row for p in plans])  # the console's inbox row, in the same savepoint
    for plan in plans:
        for key, data in plan.refs:
            put_item(conn, "subject_violation", key, data, scope=plan.scope, now=now)


def _store_one(conn: Connection, device: Device, plan: _Plan, existing: dict[str, _Existing]) -> RecordResult:
    """Store one record in its own savepoint (the slow path after a failed multi-row insert)."""
    try:
        with conn.begin_nested():
            _insert(conn, [plan])
    except IntegrityError:
        # Another request stored this id between our look-up and our insert (two devices or two
        # processes sending the same batch at once): answer from what is there now.
        row = conn.execute(select(documents.c.unit_code, documents.c.sha256, documents.c.complete)
                           .where(documents.c.id == plan.id)).first()
        if row is None:
            raise
        existing[plan.id] = _Existing(row.unit_code, row.sha256, bool(row.complete))
        return _known_answer(plan.id, plan.row["sha256"], existing[plan.id], device, conn)
    return plan.result()


def missing_attachments(conn: Connection, document_id: str) -> list[str]:
    """Hashes in a document's manifest that its unit has not uploaded."""
    unit = select(documents.c.unit_code).where(documents.c.id == document_id).scalar_subquery()
    return [row[0] for row in conn.execute(
        select(document_attachments.c.sha256)
        .where(document_attachments.c.document_id == document_id,
               ~exists().where(attachment_uploads.c.sha256 == document_attachments.c.sha256,
                               attachment_uploads.c.unit_code == unit))
        .order_by(document_attachments.c.sha256))]


class QuotaExceeded(Exception):
    """A unit's uploads would exceed its storage quota."""

    def __init__(self, used: int, quota: int) -> None:
        super().__init__(f"{used} of {quota} bytes used")
        self.used = used
        self.quota = quota


def store_attachment(conn: Connection, store: AttachmentStore, sha: str, source: BinaryIO | bytes | Path, size: int,
                     media_type: str, now: datetime, unit_code: str, quota: int) -> tuple[bool, int]:
    """Store an attachment of ``size`` bytes read from ``source`` (or moved in from the spooled file at that
    path) as an upload of ``unit_code``;
    ``(created, documents_completed)``. Raises QuotaExceeded beyond the unit's ``quota`` (bytes), and
    AttachmentHashMismatch (nothing stored) if the bytes do not hash to ``sha``.

    The bytes go to ``store`` (a file named by the hash, durable before this returns) before the row that
    says they are there, so a committed row never points at missing bytes. A re-upload is harmless: the
    bytes are the same by construction, so nothing is written twice.
    """
    owned = conn.execute(select(attachment_uploads.c.sha256).where(
        attachment_uploads.c.sha256 == sha, attachment_uploads.c.unit_code == unit_code)).first() is not None
    if not owned:
        used = conn.execute(select(func.coalesce(func.sum(attachment_uploads.c.size), 0))
                            .where(attachment_uploads.c.unit_code == unit_code)).scalar() or 0
        if used + size > quota:
            raise QuotaExceeded(int(used), quota)
    created = False
    known = conn.execute(select(attachments.c.sha256).where(attachments.c.sha256 == sha)).first() is not None
    # put() also when the row exists: it touches the file, which keeps a concurrent purge from removing it,
    # and writes it again if it went missing.
    store.put(sha, source)
    if not known:
        try:
            with conn.begin_nested():
                conn.execute(insert(attachments).values(sha256=sha, size=size, media_type=media_type[:100],
                                                        data=None, received_at=now))
            created = True
        except IntegrityError:
            created = False  # uploaded concurrently by another request: same bytes, nothing to do
    if not owned:
        try:
            with conn.begin_nested():
                conn.execute(insert(attachment_uploads).values(sha256=sha, unit_code=unit_code, size=size,
                                                               received_at=now))
        except IntegrityError:
            pass  # the same unit uploaded it concurrently
    else:  # a re-upload keeps an unreferenced upload from expiring while its document is still on the way
        conn.execute(update(attachment_uploads).where(attachment_uploads.c.sha256 == sha,
                                                      attachment_uploads.c.unit_code == unit_code)
                     .values(received_at=now))
    # This unit's documents waiting for this file become complete once nothing else in their manifest is
    # missing (index look-ups only: this runs once per uploaded file).
    # Two steps on purpose: a join lets SQLite's planner scan all documents for "complete = false".
    linked = [row[0] for row in conn.execute(
        select(document_attachments.c.document_id).where(document_attachments.c.sha256 == sha))]
    waiting = [row[0] for row in conn.execute(
        select(documents.c.id).where(documents.c.id.in_(linked), documents.c.complete.is_(False),
                                     documents.c.unit_code == unit_code))] if linked else []
    done = 0
    for document_id in waiting:
        if not missing_attachments(conn, document_id):
            done += conn.execute(update(documents).where(documents.c.id == document_id,
                                                         documents.c.complete.is_(False))
                                 .values(complete=True)).rowcount
    return created, int(done)


def purge_uploads(conn: Connection, older_than: datetime) -> tuple[int, list[str]]:
    """Expire uploads received before ``older_than`` that no document of their unit links, then drop the
    rows of attachments nobody owns or links any more; ``(uploads expired, digests of the dropped rows)``.

    The caller removes the dropped attachments' files after committing (``remove_files``): a rolled-back
    purge must not have taken bytes a row still points at.
    """
    linked_by_unit = (select(document_attachments.c.sha256)
                      .join(documents, documents.c.id == document_attachments.c.document_id)
                      .where(document_attachments.c.sha256 == attachment_uploads.c.sha256,
                             documents.c.unit_code == attachment_uploads.c.unit_code))
    expired = conn.execute(delete(attachment_uploads).where(attachment_uploads.c.received_at < older_than,
                                                            ~linked_by_unit.exists())).rowcount
    orphaned = (~exists().where(attachment_uploads.c.sha256 == attachments.c.sha256)
                & ~exists().where(document_attachments.c.sha256 == attachments.c.sha256))
    orphans = [r[0] for r in conn.execute(select(attachments.c.sha256).where(orphaned))]
    if orphans:
        conn.execute(delete(attachments).where(attachments.c.sha256.in_(orphans), orphaned))
    return int(expired), orphans


def remove_files(store: AttachmentStore, orphans: list[str], older_than: datetime) -> int:
    """Remove the files of attachments whose rows a committed ``purge_uploads(conn, older_than)`` dropped,
    except any uploaded again since ``older_than`` (naive UTC; a re-upload racing the purge touches its
    file); returns how many were removed."""
    touched_before = older_than.replace(tzinfo=UTC).timestamp()
    return sum(store.delete_unused(sha, touched_before) for sha in orphans)


def document_for_unit(conn: Connection, document_id: str, unit_code: str) -> dict[str, Any] | None:
    """A stored document if it belongs to ``unit_code`` (other units' records are invisible)."""
    row = conn.execute(select(documents).where(documents.c.id == document_id,
                                               documents.c.unit_code == unit_code)).mappings().first()
    if row is None:
        return None
    out = {k: row[k] for k in ("id", "unit_code", "kind", "number", "sha256", "supersedes", "complete")}
    out["received_at"] = row["received_at"].isoformat()
    out["canonical"] = row["canonical"]
    out["missing"] = [] if row["complete"] else missing_attachments(conn, document_id)
    return out


def verify(conn: Connection, document_id: str, prefix: str) -> str:
    """What a printed copy (QR: document id + hash prefix) is: ``valid``, ``superseded`` or ``unknown``.

    A wrong prefix answers ``unknown`` like a missing id, so the public endpoint is no oracle of which ids
    exist (review D11). Only a correction by the document's own unit counts as superseding it: another unit
    cannot make a unit's paper look replaced (review D6).
    """
    if not RECORD_ID_RE.match(document_id):
        return "unknown"
    row = conn.execute(select(documents.c.sha256, documents.c.unit_code)
                       .where(documents.c.id == document_id)).first()
    if row is None or not row.sha256.startswith(prefix.lower()):
        return "unknown"
    replaced = conn.execute(select(documents.c.id).where(documents.c.supersedes == document_id,
                                                         documents.c.unit_code == row.unit_code).limit(1)).first()
    return "superseded" if replaced else "valid"
