"""Health, and the device token's life: login (throttled) and logout."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator

from sync.protocol import PROTOCOL_VERSION, ErrorCode, ProtocolError, ok_envelope, text_problem

from .. import accounts
from ..deps import PROTOCOL_CHECKED, CurrentDevice, DbEngine, Settings, source_of
from ..errors import errors, too_many

router = APIRouter(dependencies=PROTOCOL_CHECKED)


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


@router.get("/health", responses=errors(400, 413))
def health() -> dict[str, Any]:
    """Liveness and protocol version."""
    return ok_envelope({"protocol": PROTOCOL_VERSION, "server": "inspector-hq"})


@router.post("/login", responses=errors(400, 401, 413, 422, 429, 503))
def login(request: Request, body: LoginRequest, engine: DbEngine, settings: Settings) -> dict[str, Any]:
    """Exchange an officer's username and password for a revocable device token."""
    now = settings.clock()
    throttle = settings.login_throttle
    source = source_of(request)
    wait = throttle.retry_after(body.username, source, now)
    if wait:
        raise too_many(f"Đăng nhập sai nhiều lần; hãy thử lại sau {wait} giây", wait)
    result = accounts.login_outside_transaction(engine, body.username, body.password, body.device_name, now,
                                                settings.token_ttl, installation_id=body.installation_id)
    if result is None:
        throttle.failed(body.username, source, now)
        raise ProtocolError(ErrorCode.UNAUTHORIZED, "Sai tên đăng nhập hoặc mật khẩu", 401)
    throttle.succeeded(body.username, source)
    token, device, officer = result
    return ok_envelope({"token": token, "device_id": device.id, "unit_code": device.unit_code,
                        "officer": officer, "expires_at": (now + settings.token_ttl).isoformat()})


@router.post("/logout", responses=errors(400, 401, 413, 503))
def logout(device: CurrentDevice, engine: DbEngine, settings: Settings) -> dict[str, Any]:
    """Revoke the caller's own token."""
    with engine.begin() as conn:
        accounts.revoke(conn, settings.clock(), device_id=device.id)
    return ok_envelope()
