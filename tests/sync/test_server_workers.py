"""``inspector-hq serve --workers N``: several server processes on one port over PostgreSQL; refused on SQLite."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sync_factories import NOW, fill, local_store
from sync_hq import HQServer, PostgresCluster, fast_backoff, running_hq
from test_sync_service import assert_exactly_once

from inspector_app.domain.clock import FixedClock
from inspector_app.services.sync import SyncService
from sync.protocol import API_PREFIX
from sync.server import cli


def _children(pid: int) -> list[int]:
    return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _workers(server: HQServer, expected: int) -> list[int]:
    """The uvicorn worker processes under the server (multiprocessing may add a resource tracker), once
    ``expected`` of them are there (the supervisor starts them after printing the address)."""
    assert server.proc is not None
    deadline = time.monotonic() + 120
    while True:
        found = [c for c in _children(server.proc.pid)
                 if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]
        if len(found) >= expected or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


def _tcp_peers(pid: int) -> list[int]:
    """Remote ports of the established TCP connections the process holds (from /proc: socket inodes)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = fd.readlink().as_posix()
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    peers = []
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "01" and fields[9] in inodes:  # 01 = ESTABLISHED
            peers.append(int(fields[2].split(":")[1], 16))
    return peers


@pytest.mark.postgres
def test_two_workers_on_postgresql_sync_every_document_exactly_once(pg_cluster: PostgresCluster,
                                                                    tmp_path: Path) -> None:
    url = pg_cluster.create_database("hq_workers")
    with running_hq(url, tmp_path, ("--workers", "2")) as hq:
        workers = _workers(hq, 2)
        assert len(workers) == 2
        account = hq.new_account()
        store = local_store(tmp_path / "laptop")
        fill(store, 30, attachments_every=5)
        sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff(), batch_size=10)
        sync.login(hq.url, account.username, account.password)
        report = sync.sync()
        assert report.complete and (report.accepted, report.attachments_uploaded) == (30, 6), report
        assert_exactly_once(hq, account, store)
        # Many connections at once are shared out between the workers: each ends up holding pooled
        # connections to PostgreSQL, so both served requests that read the database.
        login = requests.post(f"{hq.url}{API_PREFIX}/login", timeout=60,
                              json={"username": account.username, "password": account.password}).json()
        token = login["token"]

        def read_reference(_n: int) -> int:
            with requests.Session() as session:  # a new connection each
                return session.get(f"{hq.url}{API_PREFIX}/reference", timeout=60,
                                   headers={"Authorization": f"Bearer {token}"}).status_code

        with ThreadPoolExecutor(16) as pool:
            assert set(pool.map(read_reference, range(48))) == {200}
        pg_port = int(url.rsplit(":", 1)[1].split("/")[0])
        assert all(pg_port in _tcp_peers(w) for w in workers), "a worker never reached the database"
        assert _workers(hq, 2) == workers  # none died on the way
    store.repo.close()


def test_more_than_one_worker_on_sqlite_is_refused_with_a_reason(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "hq.sqlite3"
    assert cli.main(["serve", "--database", f"sqlite:///{database}", "--port", "0", "--workers", "2"]) == 2
    err = capsys.readouterr().err
    assert "--workers > 1 needs PostgreSQL" in err and "SQLite" in err
    assert not database.exists()  # refused before anything was created


def test_workers_and_password_hashes_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    for option in ("--workers", "--password-hashes"):
        with pytest.raises(SystemExit) as info:
            cli.build_parser().parse_args(["serve", option, "0"])
        assert info.value.code == 2
        assert "must be at least 1" in capsys.readouterr().err
