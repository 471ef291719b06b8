"""The one error envelope of the HQ server: its OpenAPI description and the exception handlers that turn
every failure (unknown paths, bad JSON, a busy database, server bugs) into it."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from sync.protocol import ErrorCode, ProtocolError, error_envelope

log = logging.getLogger("inspector_hq")

_STATUS_CODES = {400: ErrorCode.BAD_REQUEST, 401: ErrorCode.UNAUTHORIZED, 403: ErrorCode.FORBIDDEN,
                 404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED, 409: ErrorCode.CONFLICT,
                 413: ErrorCode.TOO_LARGE, 415: ErrorCode.UNSUPPORTED_MEDIA_TYPE, 422: ErrorCode.VALIDATION}
_STATUS_MESSAGES = {404: "Không tìm thấy", 405: "Phương thức không được hỗ trợ"}


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


def too_many(message: str, wait: int) -> ProtocolError:
    """429 with the seconds to wait (sent as ``Retry-After`` too)."""
    return ProtocolError(ErrorCode.TOO_MANY_ATTEMPTS, message, 429, {"retry_after": wait})


async def _protocol_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ProtocolError)
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
    if exc.status == 429 and isinstance(exc.details, dict) and "retry_after" in exc.details:
        headers["Retry-After"] = str(exc.details["retry_after"])
    return JSONResponse(exc.envelope(), status_code=exc.status, headers=headers or None)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, ErrorCode.BAD_REQUEST)
    message = _STATUS_MESSAGES.get(exc.status_code, str(exc.detail))
    return JSONResponse(error_envelope(code, message), status_code=exc.status_code,
                        headers=getattr(exc, "headers", None))


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [{"path": "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in e["loc"][1:]),
                "message": e["msg"]} for e in exc.errors()]
    return JSONResponse(error_envelope(ErrorCode.VALIDATION, "Yêu cầu không hợp lệ", details), status_code=422)


async def _db_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    log.error("database unavailable: %s", exc)
    return JSONResponse(error_envelope(ErrorCode.UNAVAILABLE, "Máy chủ tạm thời bận, hãy thử lại sau"),
                        status_code=503, headers={"Retry-After": "2"})


async def _bug(_request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    return JSONResponse(error_envelope(ErrorCode.INTERNAL, "Lỗi máy chủ"), status_code=500)


def add_error_handlers(app: FastAPI) -> None:
    """Answer every failure of ``app`` with the error envelope."""
    app.add_exception_handler(ProtocolError, _protocol_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _db_unavailable)
    app.add_exception_handler(Exception, _bug)
