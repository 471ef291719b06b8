"""What every route of the HQ server depends on: the instance's settings, the clock, the caller's address,
the protocol check and the device behind a bearer token.

Routes (``sync.server.routes``, ``sync.server.console``) import from here, never from ``app``, which only
composes them: that keeps the import graph free of circles (issue 10).
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorCode, ProtocolError

from . import accounts
from .attachments import AttachmentStore
from .database import reading
from .throttle import LoginThrottle, RateLimit


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
    # Where attachment bytes go (None: beside a SQLite database file, else under the HQ data dir).
    attachments: AttachmentStore | None = None
    # Reverse proxies whose X-Forwarded-For names the client (addresses or networks, see
    # ``trusted_proxy``); every other peer is its own source, whatever it sends.
    trusted_proxies: tuple[str, ...] = ()
    # Batches one server process reads, parses and stores at once; more wait, unread, in their connection.
    # Each holds its body and parsed records (a few MB): the bound keeps memory flat in the number of laptops.
    concurrent_batches: int = 4


class AsyncGate:
    """At most ``slots`` holders at once among the coroutines of one event loop; counts the peak."""

    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("at least one slot")
        self.slots = slots
        self.running = 0
        self.peak = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._semaphore: asyncio.Semaphore | None = None

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Hold one of the slots for the block (waits for one to free up)."""
        loop = asyncio.get_running_loop()
        if self._semaphore is None or self._loop is not loop:  # a semaphore belongs to one event loop
            self._loop, self._semaphore = loop, asyncio.Semaphore(self.slots)
        async with self._semaphore:
            self.running += 1
            self.peak = max(self.peak, self.running)
            try:
                yield
            finally:
                self.running -= 1


def engine_of(request: Request) -> Engine:
    """The server's database engine."""
    engine: Engine = request.app.state.engine
    return engine


def settings_of(request: Request) -> ServerSettings:
    """The server instance's settings."""
    settings: ServerSettings = request.app.state.settings
    return settings


def attachments_of(request: Request) -> AttachmentStore:
    """Where the server keeps attachment bytes (``create_app`` sets it from the settings)."""
    store: AttachmentStore = request.app.state.attachments
    return store


def spool_dir_of(request: Request) -> Path:
    """Where this server streams upload bodies to (``spool.spool_dir`` of its attachment store)."""
    directory: Path = request.app.state.spool_dir
    return directory


DbEngine = Annotated[Engine, Depends(engine_of)]
Settings = Annotated[ServerSettings, Depends(settings_of)]
Attachments = Annotated[AttachmentStore, Depends(attachments_of)]
SpoolDir = Annotated[Path, Depends(spool_dir_of)]


def trusted_proxy(text: str) -> str:
    """An address or network (``10.0.0.5``, ``10.0.0.0/24``, ``::1``) whose X-Forwarded-For may be trusted,
    in normal form; ValueError for anything else (a name, ``*``: trusting every peer would let any client
    choose its own source and so escape throttling)."""
    network = ipaddress.ip_network(text.strip(), strict=False)
    return str(network.network_address) if network.num_addresses == 1 else str(network)


def source_of(request: Request) -> str:
    """The caller's network address (the key of per-source throttling): the peer, or behind a trusted
    reverse proxy the client it names in X-Forwarded-For (``create_app`` resolves it, see
    ``ServerSettings.trusted_proxies``)."""
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
    settings = settings_of(request)
    with reading(engine_of(request)) as conn:
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
PROTOCOL_CHECKED = [Depends(check_protocol)]  # ``dependencies=`` of every API route
