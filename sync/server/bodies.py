"""Request bodies with hard caps: every body is limited while it streams in (a middleware for all routes),
and the endpoints that read bytes themselves (batches, attachments) read them here, gzip inflated with a
cap too (a small gzip body can expand enormously)."""

from __future__ import annotations

import logging
import zlib

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import (
    API_PREFIX,
    BODY_HASH_HEADER,
    MAX_ATTACHMENT_BYTES,
    MAX_BATCH_BYTES,
    MAX_SMALL_BODY_BYTES,
    ErrorCode,
    ProtocolError,
    sha256_hex,
)

log = logging.getLogger("inspector_hq")


def body_limit(method: str, path: str) -> int:
    """The most bytes a request body may have (as sent, before any gzip inflation) on this route."""
    if method == "POST" and path == f"{API_PREFIX}/batches":
        return MAX_BATCH_BYTES
    if method == "PUT" and path.startswith(f"{API_PREFIX}/attachments/"):
        return MAX_ATTACHMENT_BYTES
    return MAX_SMALL_BODY_BYTES


def too_large(limit: int) -> ProtocolError:
    """The 413 of a body over ``limit`` bytes."""
    return ProtocolError(ErrorCode.TOO_LARGE, f"Yêu cầu quá lớn (tối đa {limit} byte)", 413, {"max_bytes": limit})


class BodyTooLarge(StarletteHTTPException):
    """Raised from ``receive`` when a body outgrows its route's limit (an HTTPException, so that
    FastAPI's own body parsing passes it on instead of turning it into a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"Yêu cầu quá lớn (tối đa {limit} byte)")
        self.limit = limit


class BodyLimitMiddleware:
    """Every request body is capped while it streams in (review D1): a declared Content-Length over the
    route's limit is answered 413 before one byte is read, and a chunked body is cut off at the limit, so a
    stranger's huge body is never buffered, whatever the endpoint."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = body_limit(scope["method"], scope["path"])
        declared = dict(scope.get("headers") or []).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await JSONResponse(too_large(limit).envelope(), status_code=413,
                               headers={"Connection": "close"})(scope, receive, send)
            return
        seen = 0
        started = False

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited, tracked)
        except BodyTooLarge as exc:
            if started:
                raise
            await JSONResponse(too_large(exc.limit).envelope(), status_code=413,
                               headers={"Connection": "close"})(scope, receive, send)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, inflated if gzip, refused with 413 beyond ``limit`` bytes either way."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect as exc:
        # The device went away mid-upload (a dropped link): nobody is left to answer, nothing is stored.
        log.info("client disconnected during upload to %s", request.url.path)
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Kết nối bị ngắt khi đang gửi", 400) from exc
    body = b"".join(chunks)
    claimed = request.headers.get(BODY_HASH_HEADER)
    if claimed is not None and sha256_hex(body) != claimed.strip().lower():
        raise ProtocolError(ErrorCode.HASH_MISMATCH, "Nội dung yêu cầu bị hỏng khi truyền (SHA-256 không khớp)", 400)
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding != "gzip":
        raise ProtocolError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, f"Không hỗ trợ Content-Encoding {encoding}", 415)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
        if len(out) > limit or inflater.unconsumed_tail:
            raise ProtocolError(ErrorCode.TOO_LARGE, f"Nội dung giải nén quá lớn (tối đa {limit} byte)", 413)
        out += inflater.flush()
    except zlib.error as exc:
        raise ProtocolError(ErrorCode.BAD_REQUEST, f"Nội dung gzip bị hỏng: {exc}", 400) from exc
    if not inflater.eof:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Nội dung gzip bị cắt cụt", 400)
    return out
