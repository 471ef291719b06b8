"""Records: batches from the laptops, a unit's own stored record, reference pages and the public check of a
printed copy."""

from __future__ import annotations

import json
from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from sync.protocol import (
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    MAX_PAGE_SIZE,
    RECORD_ID_PATTERN,
    ErrorCode,
    ProtocolError,
    ok_envelope,
    record_schema,
)

from .. import ingest, reference
from ..bodies import read_body
from ..database import reading
from ..deps import PROTOCOL_CHECKED, AsyncGate, CurrentDevice, DbEngine, Settings, source_of
from ..errors import errors, too_many

router = APIRouter(dependencies=PROTOCOL_CHECKED)

# The one record schema (sync/schemas/record.schema.json), as published: ingest checks records with it.
RECORD_SCHEMA: dict[str, Any] = {k: v for k, v in record_schema().items() if not k.startswith("$")}
_BATCH_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {
        "type": "object", "required": ["records"],
        "properties": {"protocol": {"type": "integer"},
                       "records": {"type": "array", "maxItems": MAX_BATCH_RECORDS, "items": RECORD_SCHEMA}},
    }}},
    "description": f"At most {MAX_BATCH_RECORDS} records; the body may be sent with Content-Encoding: gzip.",
}


@router.post("/batches", responses=errors(400, 401, 413, 415, 422, 503), openapi_extra={"requestBody": _BATCH_BODY})
async def post_batch(request: Request, device: CurrentDevice, engine: DbEngine, settings: Settings) -> dict[str, Any]:
    """Store a bounded batch of records; answers per record (see RecordStatus)."""
    gate: AsyncGate = request.app.state.batch_gate
    async with gate.slot():  # memory stays flat however many laptops send at once
        raw = await read_body(request, MAX_BATCH_BYTES)
        try:
            body = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise ProtocolError(ErrorCode.BAD_REQUEST, f"Nội dung không phải JSON hợp lệ: {exc}", 400) from exc
        records = body.get("records") if isinstance(body, dict) else None
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise ProtocolError(ErrorCode.VALIDATION, "Cần trường 'records' là danh sách các bản ghi", 422,
                                [{"path": "$.records", "message": "phải là danh sách các đối tượng"}])
        if len(records) > MAX_BATCH_RECORDS:
            raise ProtocolError(ErrorCode.TOO_LARGE, f"Tối đa {MAX_BATCH_RECORDS} bản ghi mỗi lô", 413,
                                {"max_records": MAX_BATCH_RECORDS})

        def work() -> list[Any]:
            with engine.begin() as conn:
                return ingest.ingest_batch(conn, device, records, settings.clock())

        results = await run_in_threadpool(work)
        summary = Counter(r.status.value for r in results)
        return ok_envelope({"results": [r.to_wire() for r in results], "summary": dict(summary)})


@router.get("/reference", responses=errors(400, 401, 413, 422, 503))
def get_reference(device: CurrentDevice, engine: DbEngine,
                  cursor: Annotated[str, Query(pattern=r"^[0-9]{1,18}$",
                                               description="a server-issued number (digits only)")] = "0",
                  limit: Annotated[str, Query(pattern=r"^[0-9]{1,4}$",
                                              description=f"page size, 1 to {MAX_PAGE_SIZE}")] = "500"
                  ) -> dict[str, Any]:
    """Reference items visible to the caller's unit after ``cursor`` (a server-issued number)."""
    # Digits only: an integer parameter would also take "0.0" (review D14, ST201).
    size = int(limit)
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ProtocolError(ErrorCode.VALIDATION, "Yêu cầu không hợp lệ", 422,
                            [{"path": "$.limit", "message": f"từ 1 đến {MAX_PAGE_SIZE}"}])
    with reading(engine) as conn:
        items, next_cursor, has_more = reference.page(conn, device.unit_code, int(cursor), size)
    return ok_envelope({"items": items, "cursor": next_cursor, "has_more": has_more})


@router.get("/documents/{document_id}", responses=errors(400, 401, 404, 413, 422, 503))
def get_document(device: CurrentDevice, engine: DbEngine,
                 document_id: Annotated[str, Path(max_length=64, pattern=RECORD_ID_PATTERN)]) -> dict[str, Any]:
    """A stored record of the caller's unit (another unit's record is simply not found)."""
    with reading(engine) as conn:
        doc = ingest.document_for_unit(conn, document_id, device.unit_code)
    if doc is None:
        raise ProtocolError(ErrorCode.NOT_FOUND, "Không tìm thấy văn bản", 404)
    return ok_envelope({"document": doc})


@router.get("/documents/{document_id}/verify", responses=errors(400, 413, 422, 429, 503))
def verify_document(request: Request, engine: DbEngine, settings: Settings,
                    document_id: Annotated[str, Path(max_length=64, pattern=RECORD_ID_PATTERN)],
                    h: Annotated[str, Query(min_length=8, max_length=64, pattern="^[0-9a-fA-F]+$")]
                    ) -> dict[str, Any]:
    """Is a printed copy (QR: id + SHA-256 prefix) valid, superseded or unknown? Public, so it answers
    nothing more, and only so often per source (review D11)."""
    wait = settings.verify_limit.take(source_of(request), settings.clock())
    if wait:
        raise too_many(f"Tra cứu quá nhiều; hãy thử lại sau {wait} giây", wait)
    with reading(engine) as conn:
        return ok_envelope({"status": ingest.verify(conn, document_id, h)})
