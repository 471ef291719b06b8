"""The HQ server's HTTP API (FastAPI): login, batches, attachments, reference data, verification.

Every failure, including unknown paths, bad JSON and server bugs, answers with the one error envelope of
``sync.protocol``. Work that touches the database runs in the thread pool (SQLAlchemy Core is blocking);
bodies are read here with a hard cap, and gzip bodies are inflated with a cap too (a small gzip body can
expand enormously).
"""

from __future__ import annotations

import json
import logging
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, field_validator
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import (
    API_PREFIX,
    BODY_HASH_HEADER,
    MAX_ATTACHMENT_BYTES,
    MAX_BATCH_BYTES,
    MAX_BATCH_RECORDS,
    MAX_PAGE_SIZE,
    MAX_SMALL_BODY_BYTES,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    RECORD_ID_PATTERN,
    ErrorCode,
    ProtocolError,
    error_envelope,
    ok_envelope,
    record_schema,
    sha256_hex,
    text_problem,
)

from . import accounts, ingest, reference
from .database import reading
from .throttle import LoginThrottle, RateLimit

log = logging.getLogger("inspector_hq")

_STATUS_CODES = {400: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN,
                 404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED, 409: ErrorCode.CONFLICT,
                 413: ErrorCode.TOO_LARGE, 415: ErrorCode.UNSUPPORTED_MEDIA_TYPE, 422: ErrorCode.VALIDATION}
_STATUS_MESSAGES = {404: "Không tìm thấy", 405: "Phương thức không được hỗ trợ"}


def utcnow() -> datetime:
    """Naive UTC now (the database convention)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServerSettings:
    """Knobs of one server instance."""

    token_ttl: timedelta = timedelta(days=90)
    clock: Callable[[], datetime] = utcnow
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)
    verify_limit: RateLimit = field(default_factory=RateLimit)
    unit_quota_bytes: int = 50 * 1024**3  # attachments one unit may keep on the server
    upload_ttl: timedelta = timedelta(days=7)  # an upload no document of its unit links expires after this


class LoginRequest(BaseModel):
    """Body of ``POST /login``."""

    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=1024)
    device_name: str = Field(default="", max_length=200)
    installation_id: str = Field(default="", max_length=64, pattern=r"^[A-Za-z0-9-]*$",
                                 description="the laptop's own random id; its older tokens are revoked")

    @field_validator("username", "password", "device_name")
    @classmethod
    def _storable(cls, value: str) -> str:
        problem = text_problem(value)
        if problem:
            raise ValueError(problem)
        return value


# The one record schema (sync/schemas/record.schema.json), as published: ingest checks records with it.
_RECORD_SCHEMA: dict[str, Any] = {k: v for k, v in record_schema().items() if not k.startswith("$")}
_BATCH_BODY = {
    "required": True,
    "content": {"application/json": {"schema": {
        "type": "object", "required": ["records"],
        "properties": {"protocol": {"type": "integer"},
                       "records": {"type": "array", "maxItems": MAX_BATCH_RECORDS, "items": _RECORD_SCHEMA}},
    }}},
    "description": f"At most {MAX_BATCH_RECORDS} records; the body may be sent with Content-Encoding: gzip.",
}
class ErrorBody(BaseModel):
    """The ``error`` member of the one error envelope."""

    code: str = Field(description="stable machine code (sync.protocol.ErrorCode)")
    message: str = Field(description="Vietnamese, for people")
    details: Any = None


class ErrorEnvelope(BaseModel):
    """Every failure's body: ``{"ok": false, "error": {...}}``."""

    ok: bool = Field(description="always false")
    error: ErrorBody


_ERROR_MEANINGS = {
    400: "malformed request, wrong protocol version or damaged body",
    401: "no valid device token (or wrong credentials at login)",
    403: "the unit's storage quota is used up",
    404: "not found (or another unit's record)",
    409: "conflicts with what is stored (e.g. a printed copy of another version of the document)",
    413: "body over the endpoint's limit (refused before it is read)",
    415: "unsupported Content-Encoding",
    422: "a parameter or a field is invalid",
    429: "too many attempts: wait Retry-After seconds",
    503: "the database is briefly unavailable: retry after Retry-After seconds",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error codes an operation can answer (review D14)."""
    return {code: {"model": ErrorEnvelope, "description": _ERROR_MEANINGS[code]} for code in codes}


_BINARY_BODY = {"required": True, "content": {"application/octet-stream": {
    "schema": {"type": "string", "format": "binary"}}}}


def body_limit(method: str, path: str) -> int:
    """The most bytes a request body may have (as sent, before any gzip inflation) on this route."""
    if method == "POST" and path == f"{API_PREFIX}/batches":
        return MAX_BATCH_BYTES
    if method == "PUT" and path.startswith(f"{API_PREFIX}/attachments/"):
        return MAX_ATTACHMENT_BYTES
    return MAX_SMALL_BODY_BYTES


def _too_large(limit: int) -> ProtocolError:
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
            await JSONResponse(_too_large(limit).envelope(), status_code=413,
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
            await JSONResponse(_too_large(exc.limit).envelope(), status_code=413,
                               headers={"Connection": "close"})(scope, receive, send)


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, inflated if gzip, refused with 413 beyond ``limit`` bytes either way."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit)
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


def source_of(request: Request) -> str:
    """The caller's network address (the key of per-source throttling)."""
    return request.client.host if request.client else "?"


_bearer = HTTPBearer(auto_error=False, description="Device token from POST /api/v1/login")


def check_protocol(request: Request) -> None:
    """Refuse a client that speaks another protocol version (it says so in a header)."""
    sent = request.headers.get(PROTOCOL_HEADER)
    if sent is not None and sent.strip() != str(PROTOCOL_VERSION):
        raise ProtocolError(ErrorCode.PROTOCOL, f"Phiên bản giao thức {sent!r} không được hỗ trợ "
                            f"(máy chủ dùng {PROTOCOL_VERSION}); hãy cập nhật ứng dụng", 400,
                            {"server_protocol": PROTOCOL_VERSION})


def current_device(request: Request,
                   creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> accounts.Device:
    """The device behind the bearer token, or 401 (missing, unknown, expired or revoked token)."""
    if creds is None or not creds.credentials:
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Chưa đăng nhập", 401)
    settings: ServerSettings = request.app.state.settings
    with reading(request.app.state.engine) as conn:
        device = accounts.authenticate(conn, creds.credentials, settings.clock())
        revoked = device is None and accounts.is_revoked(conn, creds.credentials)
    if revoked:
        # Said apart from an expired token: only a deliberate revocation makes the laptop wipe its synced data.
        raise ProtocolError(ErrorCode.DEVICE_REVOKED,
                            "Chi cục đã thu hồi quyền đồng bộ của thiết bị này", 401, {"wipe_synced": True})
    if device is None:
        raise ProtocolError(ErrorCode.UNAUTHORIZED,
                            "Phiên đăng nhập đã hết hạn hoặc thiết bị đã bị thu hồi; hãy đăng nhập lại", 401)
    return device


CurrentDevice = Annotated[accounts.Device, Depends(current_device)]


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    """The FastAPI application over a migrated database."""
    settings = settings or ServerSettings()
    app = FastAPI(title="QLTT Field Inspector HQ", version=str(PROTOCOL_VERSION),
                  description="Central database of QLTT inspection records: batches from field devices.")
    app.state.engine = engine
    app.state.settings = settings
    app.add_middleware(BodyLimitMiddleware)
    app.state.last_purge = datetime.min

    # -- errors --------------------------------------------------------------------------------------
    @app.exception_handler(ProtocolError)
    async def _protocol_error(_request: Request, exc: ProtocolError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
        if exc.status == 429 and isinstance(exc.details, dict) and "retry_after" in exc.details:
            headers["Retry-After"] = str(exc.details["retry_after"])
        return JSONResponse(exc.envelope(), status_code=exc.status, headers=headers or None)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(exc.status_code, ErrorCode.BAD_REQUEST)
        message = _STATUS_MESSAGES.get(exc.status_code, str(exc.detail))
        return JSONResponse(error_envelope(code, message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"path": "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e["loc"][1:]),
                    "message": e["msg"]} for e in exc.errors()]
        return JSONResponse(error_envelope(ErrorCode.VALIDATION, "Yêu cầu không hợp lệ", details), status_code=422)

    @app.exception_handler(OperationalError)
    async def _db_unavailable(_request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database unavailable: %s", exc)
        return JSONResponse(error_envelope(ErrorCode.UNAVAILABLE, "Máy chủ tạm thời bận, hãy thử lại sau"),
                            status_code=503, headers={"Retry-After": "2"})

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(error_envelope(ErrorCode.INTERNAL, "Lỗi máy chủ"), status_code=500)

    deps = [Depends(check_protocol)]

    # -- endpoints -----------------------------------------------------------------------------------
    @app.get(f"{API_PREFIX}/health", dependencies=deps, responses=errors(400, 413))
    def health() -> dict[str, Any]:
        """Liveness and protocol version."""
        return ok_envelope({"protocol": PROTOCOL_VERSION, "server": "inspector-hq"})

    @app.post(f"{API_PREFIX}/login", dependencies=deps, responses=errors(400, 401, 413, 422, 429, 503))
    def login(request: Request, body: LoginRequest) -> dict[str, Any]:
        """Exchange an officer's username and password for a revocable device token."""
        now = settings.clock()
        throttle = settings.login_throttle
        source = source_of(request)
        wait = throttle.retry_after(body.username, source, now)
        if wait:
            raise ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS,
                                f"Đăng nhập sai nhiều lần; hãy thử lại sau {wait} giây", 429, {"retry_after": wait})
        result = accounts.login_outside_transaction(engine, body.username, body.password, body.device_name, now,
                                                    settings.token_ttl, installation_id=body.installation_id)
        if result is None:
            throttle.failed(body.username, source, now)
            raise ProtocolError(ErrorCode.UNAUTHORIZED, "Sai tên đăng nhập hoặc mật khẩu", 401)
        throttle.succeeded(body.username, source)
        token, device, officer = result
        return ok_envelope({"token": token, "device_id": device.id, "unit_code": device.unit_code,
                            "officer": officer, "expires_at": (now + settings.token_ttl).isoformat()})

    @app.post(f"{API_PREFIX}/logout", dependencies=deps, responses=errors(400, 401, 413, 503))
    def logout(device: CurrentDevice) -> dict[str, Any]:
        """Revoke the caller's own token."""
        with engine.begin() as conn:
            accounts.revoke(conn, settings.clock(), device_id=device.id)
        return ok_envelope()

    @app.post(f"{API_PREFIX}/batches", dependencies=deps, responses=errors(400, 401, 413, 415, 422, 503), openapi_extra={"requestBody": _BATCH_BODY})
    async def post_batch(request: Request, device: CurrentDevice) -> dict[str, Any]:
        """Store a bounded batch of records; answers per record (see RecordStatus)."""
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

    @app.put(f"{API_PREFIX}/attachments/{{sha256}}", dependencies=deps, responses=errors(400, 401, 403, 413, 415, 422, 503), openapi_extra={"requestBody": _BINARY_BODY})
    async def put_attachment(request: Request, device: CurrentDevice,
                             sha256: Annotated[str, Path(pattern="^[0-9a-f]{64}$")]) -> dict[str, Any]:
        """Upload an attachment by its SHA-256; the server checks the hash; a re-upload is harmless."""
        body = await read_body(request, MAX_ATTACHMENT_BYTES)
        actual = sha256_hex(body)
        if actual != sha256:
            raise ProtocolError(ErrorCode.HASH_MISMATCH, "Tệp đính kèm bị hỏng khi truyền (SHA-256 không khớp)",
                                400, {"expected": sha256, "actual": actual})
        media_type = request.headers.get("content-type", "application/octet-stream")
        if text_problem(media_type):
            media_type = "application/octet-stream"

        def work() -> tuple[bool, int]:
            now = settings.clock()
            with engine.begin() as conn:
                if now - app.state.last_purge > timedelta(hours=1):
                    app.state.last_purge = now  # expire old unreferenced uploads now and then (review D12)
                    ingest.purge_uploads(conn, now - settings.upload_ttl)
                return ingest.store_attachment(conn, sha256, body, media_type, now, device.unit_code,
                                               settings.unit_quota_bytes)

        try:
            created, completed = await run_in_threadpool(work)
        except ingest.QuotaExceeded as exc:
            raise ProtocolError(ErrorCode.QUOTA_EXCEEDED,
                                f"Đơn vị đã dùng hết dung lượng lưu tệp trên máy chủ ({exc.used} / {exc.quota} byte); "
                                "hãy báo quản trị Chi cục", 403, {"used": exc.used, "quota": exc.quota}) from exc
        return ok_envelope({"sha256": sha256, "size": len(body), "created": created,
                            "completed_documents": completed})

    @app.get(f"{API_PREFIX}/reference", dependencies=deps, responses=errors(400, 401, 413, 422, 503))
    def get_reference(device: CurrentDevice,
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

    @app.get(f"{API_PREFIX}/documents/{{document_id}}", dependencies=deps, responses=errors(400, 401, 404, 413, 422, 503))
    def get_document(device: CurrentDevice, document_id: Annotated[str, Path(max_length=64, pattern=RECORD_ID_PATTERN)]) -> dict[str, Any]:
        """A stored record of the caller's unit (another unit's record is simply not found)."""
        with reading(engine) as conn:
            doc = ingest.document_for_unit(conn, document_id, device.unit_code)
        if doc is None:
            raise ProtocolError(ErrorCode.NOT_FOUND, "Không tìm thấy văn bản", 404)
        return ok_envelope({"document": doc})

    @app.get(f"{API_PREFIX}/documents/{{document_id}}/verify", dependencies=deps, responses=errors(400, 413, 422, 429, 503))
    def verify_document(request: Request, document_id: Annotated[str, Path(max_length=64, pattern=RECORD_ID_PATTERN)],
                        h: Annotated[str, Query(min_length=8, max_length=64, pattern="^[0-9a-fA-F]+$")]
                        ) -> dict[str, Any]:
        """Is a printed copy (QR: id + SHA-256 prefix) valid, superseded or unknown? Public, so it answers
        nothing more, and only so often per source (review D11)."""
        wait = settings.verify_limit.take(source_of(request), settings.clock())
        if wait:
            raise ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS, f"Tra cứu quá nhiều; hãy thử lại sau {wait} giây",
                                429, {"retry_after": wait})
        with reading(engine) as conn:
            return ok_envelope({"status": ingest.verify(conn, document_id, h)})

    from .console.web import mount  # the staff's web console at "/" (its own package)

    mount(app, engine)
    return app

