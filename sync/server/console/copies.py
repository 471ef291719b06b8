"""Paper copies of a document sent by the laptop: the PDF printed on site (``printed``) and a scanned signed
copy added later (``scan``). Each is bound to the SHA-256 of the exact document version it shows, so HQ
sees the paper that was signed, not a re-rendering; the bytes are stored as an ordinary attachment.

``PUT /api/v1/attachments/{sha256}/copy?document_id=…&document_sha256=…&role=printed|scan`` (device token;
the body is the PDF; the route lives under ``/attachments/`` so the server's body cap for files applies).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from sqlalchemy import Connection, insert, select
from starlette.concurrency import run_in_threadpool

from sync.protocol import MAX_ATTACHMENT_BYTES, ErrorCode, ProtocolError, ok_envelope

from ..accounts import Device, write_audit
from ..attachments import AttachmentStore
from ..bodies import spooled_body
from ..deps import PROTOCOL_CHECKED, Attachments, CurrentDevice, DbEngine, Settings, SpoolDir
from ..errors import errors
from ..ingest import QuotaExceeded, store_attachment
from ..routes.attachments import quota_exceeded
from ..spool import SpooledBody
from ..tables import documents, printed_copies

ROLES = ("printed", "scan")


def store_copy(conn: Connection, store: AttachmentStore, device: Device, document_id: str, document_sha256: str,
               sha: str, body: SpooledBody, role: str, now: datetime, quota: int) -> bool:
    """Store a checked PDF as a copy of a document of the caller's unit (counted in the unit's storage
    quota like any upload; the spooled body is moved into the store); True if it was new."""
    if role not in ROLES:
        raise ProtocolError(ErrorCode.VALIDATION, "role phải là printed hoặc scan", 422)
    if not body.head(5).startswith(b"%PDF-"):
        raise ProtocolError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Bản in phải là tệp PDF", 415)
    row = conn.execute(select(documents.c.sha256).where(documents.c.id == document_id,
                                                        documents.c.unit_code == device.unit_code)).first()
    if row is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "Không tìm thấy văn bản", 404)
    if row.sha256 != document_sha256:
        raise ProtocolError(ErrorCode.CONFLICT, "Bản in thuộc một phiên bản khác của văn bản (SHA-256 không khớp)",
                            409, {"stored": row.sha256[:16]})
    store_attachment(conn, store, sha, body.path, body.size, "application/pdf", now, device.unit_code, quota)
    if conn.execute(select(printed_copies.c.sha256).where(printed_copies.c.document_id == document_id,
                                                          printed_copies.c.sha256 == sha)).first():
        return False
    conn.execute(insert(printed_copies).values(document_id=document_id, sha256=sha, role=role,
                                               document_sha256=document_sha256, received_at=now))
    write_audit(conn, now, device.username, f"copy_{role}", device.unit_code, document_id,
                {"sha256": sha, "size": body.size})
    return True


# The upload route of the API (device authentication and protocol check as every route); ``app`` includes it.
router = APIRouter(dependencies=PROTOCOL_CHECKED)


@router.put("/attachments/{sha256}/copy", responses=errors(400, 401, 403, 404, 409, 413, 415, 422, 503),
            openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}},
                "description": "the PDF (sent as application/pdf or application/octet-stream)"}})
async def put_copy(request: Request, device: CurrentDevice, engine: DbEngine, settings: Settings,
                   store: Attachments, spool_dir: SpoolDir, sha256: Annotated[str, Path(pattern="^[0-9a-f]{64}$")],
                   document_id: Annotated[str, Query(min_length=1, max_length=64)],
                   document_sha256: Annotated[str, Query(pattern="^[0-9a-f]{64}$")],
                   role: Annotated[str, Query(pattern="^(printed|scan)$")] = "printed") -> dict[str, Any]:
    """Upload the PDF printed on site (or a scanned signed copy) of a stored document of the caller's unit."""
    async with spooled_body(request, MAX_ATTACHMENT_BYTES, spool_dir) as body:
        if body.sha256 != sha256:
            raise ProtocolError(ErrorCode.HASH_MISMATCH, "Tệp bị hỏng khi truyền (SHA-256 không khớp)", 400)

        def work() -> bool:
            with engine.begin() as conn:
                return store_copy(conn, store, device, document_id, document_sha256, sha256, body, role,
                                  settings.clock(), settings.unit_quota_bytes)

        try:
            created = await run_in_threadpool(work)
        except QuotaExceeded as exc:
            raise quota_exceeded(exc) from exc
    return ok_envelope({"sha256": sha256, "created": created})
