"""The HQ server's application: composes the API's routers (``sync.server.routes``), the printed-copy
upload and the staff's web console, with the body cap and the one error envelope.

Only composition lives here; what routes share (settings, clock, device authentication) is in ``deps``,
body reading in ``bodies``, the error envelope in ``errors``. Nothing imports this module but the command
line and the tests, so it closes no import circle (issue 10). Work that touches the database runs in the
thread pool (SQLAlchemy Core is blocking).
"""

from __future__ import annotations

from datetime import datetime

from fastapi import FastAPI
from sqlalchemy import Engine
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from sync.protocol import API_PREFIX, PROTOCOL_VERSION

from . import spool
from .attachments import AttachmentStore, default_attachments_dir
from .bodies import BodyLimitMiddleware
from .console import copies, web
from .database import default_data_dir
from .deps import AsyncGate, ServerSettings
from .errors import add_error_handlers
from .routes import attachments, devices, records


def create_app(engine: Engine, settings: ServerSettings | None = None) -> FastAPI:
    """The FastAPI application over a migrated database."""
    app = FastAPI(title="QLTT Field Inspector HQ", version=str(PROTOCOL_VERSION),
                  description="Central database of QLTT inspection records: batches from field devices.")
    app.state.engine = engine
    app.state.settings = settings = settings or ServerSettings()
    # Throttle counts in the database: every process of ``serve --workers N`` counts the same attempts.
    settings.login_throttle.use_database(engine)
    settings.verify_limit.use_database(engine)
    app.state.attachments = settings.attachments or AttachmentStore(
        default_attachments_dir(engine.url, default_data_dir()))
    app.state.spool_dir = spool.spool_dir(app.state.attachments.root)
    spool.clear_stale(app.state.spool_dir)
    app.state.last_purge = datetime.min
    app.state.batch_gate = AsyncGate(settings.concurrent_batches)
    app.add_middleware(BodyLimitMiddleware)
    if settings.trusted_proxies:
        # uvicorn's own resolution: X-Forwarded-For (and -Proto) are read only when the peer is one of these
        # proxies, and the client is the rightmost address that is not a trusted proxy, so a client cannot
        # choose its source by sending the header itself. Never on for other peers (the CLI turns off
        # uvicorn's default trust of loopback).
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))
    add_error_handlers(app)
    for router in (devices.router, records.router, attachments.router, copies.router):
        app.include_router(router, prefix=API_PREFIX)
    web.mount(app, engine)  # the staff's web console at "/" (its own package)
    return app
