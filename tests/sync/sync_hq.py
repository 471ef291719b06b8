"""Helpers of the sync tests: the real HQ server as a subprocess, a throwaway PostgreSQL cluster, accounts,
an in-memory keyring backend and test backoff settings.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring.backend
import pytest
import requests
import uvicorn
from fastapi import FastAPI
from requests.adapters import HTTPAdapter
from sqlalchemy import select

from sync.server import accounts
from sync.server.attachments import AttachmentStore
from sync.server.database import make_engine, migrate
from sync.server.deps import utcnow
from sync.server.tables import documents

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "mật-khẩu-đủ-dài"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps passwords in a dict (tests only; never on disk)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """The stored secret."""
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Forget a secret."""
        self.store.pop((service, username), None)


@contextmanager
def no_keyring_installed() -> Iterator[None]:
    """No OS keyring (a headless Linux laptop), set explicitly: keyring picks its default among every backend
    class defined in the process, and ``MemoryKeyring`` is one. The previous backend is restored after."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@contextmanager
def memory_keyring_installed() -> Iterator[MemoryKeyring]:
    """An empty in-memory keyring as the process's keyring; the previous backend is restored after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@contextmanager
def running_hq(database_url: str, workdir: Path, serve_args: tuple[str, ...] = ()) -> Iterator[HQServer]:
    """The real HQ server on ``database_url`` (``serve_args`` added to its command line), started for the
    block and stopped after it."""
    server = HQServer(database_url, workdir, serve_args)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        server.engine.dispose()


class HQServer:
    """One real ``inspector-hq serve`` process; can be killed and restarted on the same port and database."""

    def __init__(self, database_url: str, workdir: Path, serve_args: tuple[str, ...] = ()) -> None:
        self.database_url = database_url
        self.serve_args = serve_args
        self.workdir = workdir
        self.port = 0
        self.proc: subprocess.Popen[str] | None = None
        self.engine = make_engine(database_url)
        migrate(self.engine)
        # Set explicitly: with PostgreSQL the default would be the user's HQ data dir.
        self.attachments = AttachmentStore(workdir / "attachments")

    @property
    def url(self) -> str:
        """Base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start (or restart on the same port) and wait for the listening line."""
        log = open(self.workdir / "server.log", "a")  # noqa: SIM115 - kept open for the process
        cmd = [sys.executable, "-m", "sync.server.cli", "serve", "--database", self.database_url,
               "--port", str(self.port), "--attachments-dir", str(self.attachments.root), *self.serve_args]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        for _ in range(50):  # a restart may race the old socket's release
            self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True, cwd=REPO, env=env)
            assert self.proc.stdout is not None
            line = self.proc.stdout.readline()
            match = re.search(r":(\d+)\s*$", line)
            if match:
                self.port = int(match.group(1))
                self._wait_ready()
                return
            self.proc.wait(timeout=10)
            time.sleep(0.1)
        raise RuntimeError(f"HQ server did not start; see {self.workdir / 'server.log'}")

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("HQ server not accepting connections")

    def kill(self) -> None:
        """SIGKILL: no graceful shutdown, as in a crash or a power cut."""
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        """Graceful stop."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def new_account(self, prefix: str = "U") -> Account:
        """A fresh unit with one officer (separate units keep tests independent on a shared server)."""
        code = f"{prefix}-{uuid.uuid4().hex[:8]}"
        username = f"cb-{uuid.uuid4().hex[:8]}"
        with self.engine.begin() as conn:
            accounts.add_unit(conn, code, f"Đội QLTT {code}", utcnow())
            accounts.add_officer(conn, username, code, "Nguyễn Thị Lan", PASSWORD, utcnow())
        return Account(code, username, PASSWORD)

    def stored(self, unit_code: str) -> dict[str, tuple[str, bool]]:
        """``{document id: (sha256, complete)}`` of one unit, read straight from the central database."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents.c.id, documents.c.sha256, documents.c.complete)
                                .where(documents.c.unit_code == unit_code)).all()
        return {r.id: (r.sha256, bool(r.complete)) for r in rows}


@dataclass(frozen=True)
class Account:
    """A unit and an officer on the HQ server."""

    unit_code: str
    username: str
    password: str


class SourceAddressAdapter(HTTPAdapter):
    """Connections from a chosen loopback address (127.0.0.2, ...): another "source" for the server's
    per-source throttling, without leaving the machine."""

    def __init__(self, source: str) -> None:
        self.source = source
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Bind every connection of this adapter to ``source``."""
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


def session_from(source: str) -> requests.Session:
    """A requests session whose connections come from the loopback address ``source``."""
    session = requests.Session()
    session.mount("http://", SourceAddressAdapter(source))
    return session


def peak_rss_kib(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM, KiB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for candidate in (f"/usr/local/bin/{name}", f"/usr/lib/postgresql/15/bin/{name}"):
        if os.path.exists(candidate):
            return candidate
    return None


class PostgresCluster:
    """A throwaway PostgreSQL cluster in a temp dir (as the ``postgres`` OS user when we are root)."""

    def __init__(self) -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        if not initdb or not pg_ctl:
            pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed on this machine")
        self.pg_ctl = pg_ctl
        self.dir = Path(tempfile.mkdtemp(prefix="hq-pg-"))
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            # PostgreSQL refuses to run as root: hand the directory to the postgres user and run as it.
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.dir, 0o755)
        self.data = self.dir / "data"
        self.port = _free_port()
        subprocess.run([*self.prefix, initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8", "--no-sync"], check=True, capture_output=True)
        opts = (f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c max_connections=200")
        subprocess.run([*self.prefix, pg_ctl, "-D", str(self.data), "-l", str(self.dir / "log"), "-o", opts,
                        "-w", "start"], check=True, capture_output=True)

    def create_database(self, name: str) -> str:
        """A new database; returns its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        """Stop the cluster and delete its files."""
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def fast_backoff() -> Any:
    """Backoff for tests: real jitter and doubling, millisecond scale, many attempts."""
    from inspector_app.services.sync import Backoff

    return Backoff(base=0.002, cap=0.05, max_failures=60)


@contextmanager
def serving_in_thread(app: FastAPI) -> Iterator[str]:
    """The real uvicorn server over ``app`` on a free loopback port, in a thread of this process (so the
    test can read the process's gates and counters); yields the base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            thread.join(0.02)
            assert thread.is_alive(), "the server did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
