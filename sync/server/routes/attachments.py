"""Attachments: uploaded by their SHA-256, checked, counted in the unit's storage quota."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    MAX_ATTACHMENT_BYTES,
    ErrorCode,
    ProtocolError,
    ok_envelope,
    text_problem,
)

from .. import ingest
from ..bodies import spooled_body
from ..deps import PROTOCOL_CHECKED, Attachments, CurrentDevice, DbEngine, Settings, SpoolDir
from ..errors import errors

router = APIRouter(dependencies=PROTOCOL_CHECKED)

BINARY_BODY = {"required": True, "content": {"application/octet-stream": {
    "schema": {"type": "string", "format": "binary"}}}}


def quota_exceeded(exc: ingest.QuotaExceeded) -> ProtocolError:
    """The 403 of an upload over the unit's storage quota."""
    return ProtocolError(ErrorCode.QUOTA_EXCEEDED,
                         f"Đơn vị đã dùng hết dung lượng lưu tệp trên máy chủ ({exc.used} / {exc.quota} byte); "
                         "hãy báo quản trị Chi cục", 403, {"used": exc.used, "quota": exc.quota})


@router.put("/attachments/{sha256}", responses=errors(400, 401, 403, 413, 415, 422, 503),
            openapi_extra={"requestBody": BINARY_BODY})
async def put_attachment(request: Request, device: CurrentDevice, engine: DbEngine, settings: Settings,
                         store: Attachments, spool_dir: SpoolDir,
                         sha256: Annotated[str, Path(pattern="^[0-9a-f]{64}$")]) -> dict[str, Any]:
    """Upload an attachment by its SHA-256; the server checks the hash; a re-upload is harmless."""
    media_type = request.headers.get("content-type", "application/octet-stream")
    if text_problem(media_type):
        media_type = "application/octet-stream"
    state = request.app.state
    async with spooled_body(request, MAX_ATTACHMENT_BYTES, spool_dir) as body:
        if body.sha256 != sha256:
            raise ProtocolError(ErrorCode.HASH_MISMATCH, "Tệp đính kèm bị hỏng khi truyền (SHA-256 không khớp)",
                                400, {"expected": sha256, "actual": body.sha256})

        def work() -> tuple[bool, int]:
            now = settings.clock()
            orphans: list[str] = []
            cutoff = now - settings.upload_ttl
            with engine.begin() as conn:
                if now - state.last_purge > timedelta(hours=1):
                    state.last_purge = now  # expire old unreferenced uploads now and then (review D12)
                    orphans = ingest.purge_uploads(conn, cutoff)[1]
                answer = ingest.store_attachment(conn, store, sha256, body.path, body.size, media_type, now,
                                                 device.unit_code, settings.unit_quota_bytes)
            ingest.remove_files(store, orphans, cutoff)  # only once the purge is committed
            return answer

        try:
            created, completed = await run_in_threadpool(work)
        except ingest.QuotaExceeded as exc:
            raise quota_exceeded(exc) from exc
    return ok_envelope({"sha256": sha256, "size": body.size, "created": created,
                        "completed_documents": completed})
