"""Opening the HQ database (SQLite file by default, PostgreSQL in production) and migrating it.

SQLite is opened in WAL mode with foreign keys and a busy timeout, and every transaction starts with
``BEGIN IMMEDIATE``: pysqlite's own deferred BEGIN would let two writers both read and then deadlock when
upgrading to a write lock, and would break SAVEPOINTs, which each batch record relies on.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import platformdirs
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DATA_DIR_ENV = "INSPECTOR_HQ_DATA_DIR"
DB_FILENAME = "inspector-hq.sqlite3"
READ_ONLY = "inspector_read_only"  # execution option: this connection only reads


def reading(engine: Engine) -> Any:
    """A connection for reads only (on SQLite a deferred transaction that takes no write lock)."""
    return engine.connect().execution_options(**{READ_ONLY: True})


class DatabaseError(Exception):
    """The HQ database cannot be opened or is newer than this server."""


def default_data_dir() -> Path:
    """``$INSPECTOR_HQ_DATA_DIR`` or the platform's user data dir for the HQ server."""
    env = os.environ.get(DATA_DIR_ENV)
    return Path(env) if env else Path(platformdirs.user_data_dir("qltt-inspector-hq", appauthor=False))


def default_url() -> str:
    """The zero-setup database: a SQLite file in the data dir (created on first use)."""
    path = default_data_dir() / DB_FILENAME
    return f"sqlite:///{path}"


def make_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    """An engine for ``url`` (default: the SQLite file), configured for concurrent server use."""
    url = url or default_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql":
        return create_engine(url, echo=echo, pool_size=10, max_overflow=20, pool_pre_ping=True)
    raise DatabaseError(f"unsupported database (use sqlite:///FILE or postgresql+psycopg://...): {url}")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA synchronous=FULL")  # an answered batch must survive a power cut
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Readers (token checks, reference pages) must not queue for the write lock behind a batch.
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def _alembic_config(connection: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration this server knows."""
    script = ScriptDirectory.from_config(_alembic_config(None))
    head = script.get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None if it was never migrated)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> tuple[str | None, str]:
    """Bring the schema up to the newest revision; returns ``(before, after)``.

    A database at a revision this server does not know (written by a newer server) is refused.
    """
    before = current_revision(engine)
    script = ScriptDirectory.from_config(_alembic_config(None))
    try:
        known = before is None or script.get_revision(before) is not None
    except Exception:  # alembic raises its own ResolutionError/CommandError for unknown ids
        known = False
    if not known:
        raise DatabaseError(f"database is at revision {before!r}, unknown to this server: upgrade the server")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "head")
    return before, head_revision()
