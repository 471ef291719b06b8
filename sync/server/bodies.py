"""Request bodies with hard caps: every body is limited while it streams in (a middleware for all routes),
and the endpoints that read bytes themselves read them here, gzip inflated with a cap too (a small gzip
body can expand enormously): a batch into memory (it is parsed as a whole), a file upload into a
temporary file on disk (``spooled_body``), hashed as it streams.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import tempfile
import zlib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import BinaryIO, TypeVar

from fastapi import Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
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
)

from .spool import PREFIX, SpooledBody

log = logging.getLogger("inspector_hq")
_T = TypeVar("_T")
_FLUSH_BYTES = 1 << 20  # a spooled body is written (and hashed) in the thread pool a MiB at a time


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
    """The request body in memory (a batch: parsed as a whole), inflated if gzip, refused with 413 beyond
    ``limit`` bytes either way."""
    buffer = io.BytesIO()
    await _pour(request, limit, buffer, in_thread=False)
    return buffer.getvalue()


def _content_encoding(request: Request) -> str:
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity", "gzip"):
        raise ProtocolError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, f"Không hỗ trợ Content-Encoding {encoding}", 415)
    return "gzip" if encoding == "gzip" else "identity"


class _BodySink:
    """Writes a body's bytes to a file as they arrive: hashes them as sent (``X-Body-SHA256``) and as
    stored (after gzip), and refuses more than ``limit`` stored bytes.

    Damaged gzip is reported only after the whole body was read and its sent hash checked (``close``): a
    body damaged in transit is a hash mismatch, which the laptop retries, not a bad request.
    """

    def __init__(self, out: BinaryIO, limit: int, gzip: bool) -> None:
        self.out = out
        self.limit = limit
        self.size = 0
        self.sent = hashlib.sha256()
        self.stored = hashlib.sha256()
        self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzip else None
        self.damage = ""

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ProtocolError(ErrorCode.TOO_LARGE, f"Nội dung giải nén quá lớn (tối đa {self.limit} byte)", 413)
        self.stored.update(data)
        self.out.write(data)

    def write(self, raw: bytes) -> None:
        """Take the next bytes as sent."""
        self.sent.update(raw)
        if self.inflater is None:
            self._keep(raw)
        elif not self.damage:
            try:
                # Inflated a MiB at a time (a small gzip body can expand enormously): memory stays bounded and
                # a body over the limit is refused at the first MiB past it.
                while raw and not self.damage:
                    self._keep(self.inflater.decompress(raw, _FLUSH_BYTES))
                    raw = self.inflater.unconsumed_tail
            except zlib.error as exc:
                self.damage = f"Nội dung gzip bị hỏng: {exc}"

    def close(self, request: Request) -> None:
        """The body has ended: check its sent hash, then that a gzip stream ended whole; flush the output."""
        if self.inflater is not None and not self.damage:
            try:
                self._keep(self.inflater.flush())
            except zlib.error as exc:
                self.damage = f"Nội dung gzip bị hỏng: {exc}"
        claimed = request.headers.get(BODY_HASH_HEADER)
        if claimed is not None and self.sent.hexdigest() != claimed.strip().lower():
            raise ProtocolError(ErrorCode.HASH_MISMATCH, "Nội dung yêu cầu bị hỏng khi truyền (SHA-256 không khớp)",
                                400)
        if self.damage:
            raise ProtocolError(ErrorCode.BAD_REQUEST, self.damage, 400)
        if self.inflater is not None and not self.inflater.eof:
            raise ProtocolError(ErrorCode.BAD_REQUEST, "Nội dung gzip bị cắt cụt", 400)
        self.out.flush()


async def _pour(request: Request, limit: int, out: BinaryIO, *, in_thread: bool) -> _BodySink:
    """Stream the body into ``out`` through a sink (file writes: a MiB at a time in the thread pool)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    sink = _BodySink(out, limit, _content_encoding(request) == "gzip")
    flush_at = _FLUSH_BYTES if in_thread else 0
    pending: list[bytes] = []
    held = sent = 0
    try:
        async for chunk in request.stream():
            sent += len(chunk)
            if sent > limit:
                raise too_large(limit)
            pending.append(chunk)
            held += len(chunk)
            if held >= flush_at:
                await _call(in_thread, sink.write, b"".join(pending))
                pending, held = [], 0
    except ClientDisconnect as exc:
        # The device went away mid-upload (a dropped link): nobody is left to answer, nothing is stored.
        log.info("client disconnected during upload to %s", request.url.path)
        raise ProtocolError(ErrorCode.BAD_REQUEST, "Kết nối bị ngắt khi đang gửi", 400) from exc
    if pending:
        await _call(in_thread, sink.write, b"".join(pending))
    await _call(in_thread, sink.close, request)
    return sink


async def _call(in_thread: bool, func: Callable[[_T], None], arg: _T) -> None:
    if in_thread:  # file writes and hashing off the event loop
        await run_in_threadpool(func, arg)
    else:
        func(arg)


@asynccontextmanager
async def spooled_body(request: Request, limit: int, directory: Path) -> AsyncIterator[SpooledBody]:
    """The request body streamed into a temporary file in ``directory`` (review D12): never more than a
    MiB of it in memory, hashed while it streams, refused with 413 beyond ``limit`` bytes (as sent or
    inflated) before more is read. The file is deleted when the block ends, unless it was moved away."""
    directory.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=PREFIX, dir=directory)
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            sink = await _pour(request, limit, out, in_thread=True)
        yield SpooledBody(path, sink.size, sink.stored.hexdigest())
    finally:
        path.unlink(missing_ok=True)
