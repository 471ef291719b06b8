"""Fault tests: whatever breaks between the laptop and HQ, every document ends up on the server exactly once
with the right hash. Each runs against the real server (subprocess) and, where it matters, PostgreSQL.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_factories import LocalStore, fill, goods_list, local_store
from sync_hq import REPO, HQServer, PostgresCluster, fast_backoff
from sync_proxy import DroppingProxy
from test_sync_service import NOW, assert_exactly_once, service  # noqa: E402  (shared helpers)

from inspector_app.domain.clock import FixedClock
from inspector_app.services.sync import Backoff, SyncService
from inspector_app.store import outbox
from sync.client import HQClient
from sync.protocol import BatchRecord, RecordStatus, sha256_hex
from sync.server.tables import attachments


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def own_hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HQServer]:
    """A server of this test alone (it will be killed), over SQLite or a new PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database(f"hq_{uuid.uuid4().hex[:10]}")
    server = HQServer(url, tmp_path)
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


def records_of(store: LocalStore) -> list[BatchRecord]:
    """The wire records of every pending document of a local store."""
    return [BatchRecord(id=i.document_id, kind=i.kind, sha256=i.sha256, canonical=i.canonical,
                        supersedes=i.supersedes, attachments=i.attachments)
            for i in outbox.due(store.repo, "9999", 10_000)]


def test_answer_lost_after_the_server_committed(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 12, attachments_every=4)
    seen: set[bytes] = set()

    def decide(_n: int, line: bytes) -> str:
        # The first time each kind of request is made, let the server do the work and lose the answer.
        if line.startswith((b"POST /api/v1/batches", b"PUT /api/v1/attachments")) and line not in seen:
            seen.add(line)
            return "drop_response"
        return "pass"

    proxy = DroppingProxy(int(hq.port), decide)
    try:
        sync = service(store, batch_size=5)
        sync.login(proxy.url, account.username, account.password)
        report = sync.sync()
    finally:
        proxy.close()
    assert report.complete, report
    assert report.retries >= 2 and report.duplicates >= 1
    assert ("drop_response" in {d for _l, d in proxy.log})
    assert_exactly_once(hq, account, store)


def test_server_killed_and_restarted_mid_batch(own_hq: HQServer, tmp_path: Path) -> None:
    account = own_hq.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 40, attachments_every=10)
    batches = [0]
    restarted = threading.Event()

    def restart() -> None:
        time.sleep(0.3)
        own_hq.start()
        restarted.set()

    def on_forwarded(_n: int, line: bytes) -> None:
        if line.startswith(b"POST /api/v1/batches"):
            batches[0] += 1
            if batches[0] == 3:  # the third batch has reached the server: pull the plug now
                own_hq.kill()
                threading.Thread(target=restart, daemon=True).start()

    proxy = DroppingProxy(int(own_hq.port))
    proxy.on_forwarded = on_forwarded
    try:
        sync = service(store, batch_size=8)
        sync.backoff = Backoff(base=0.05, cap=0.5, max_failures=80)
        sync.login(proxy.url, account.username, account.password)
        report = sync.sync()
    finally:
        proxy.close()
    assert restarted.is_set()
    assert report.complete, report
    assert report.retries >= 1
    assert_exactly_once(own_hq, account, store)


def test_same_batch_sent_twice_at_once_by_two_processes(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 150)
    records = records_of(store)
    path = tmp_path / "records.json"
    path.write_text(json.dumps([r.to_wire() for r in records]), encoding="utf-8")
    token = HQClient(hq.url).login(account.username, account.password).token
    start = str(time.time() + 1.5)
    env = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{Path(__file__).parent}"}
    procs = [subprocess.Popen([sys.executable, str(Path(__file__).parent / "sync_worker.py"), "push", hq.url, token,
                               str(path), start], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [o[1][-2000:] for o in outputs]
    answers = [dict(json.loads(out)) for out, _err in outputs]
    for r in records:
        # Exactly one of the two stored it; the other was told "duplicate" (a success, not an error).
        assert sorted([answers[0][r.id], answers[1][r.id]]) == ["accepted", "duplicate"]
    assert hq.stored(account.unit_code) == {r.id: (r.sha256, True) for r in records}
    # The laptop itself then syncs: everything is already there.
    sync = service(store)
    sync.login(hq.url, account.username, account.password)
    report = sync.sync()
    assert report.complete and report.duplicates == 150 and report.accepted == 0
    assert_exactly_once(hq, account, store)


def test_corrupted_attachment_upload_is_refused_and_sent_again(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account()
    store = local_store(tmp_path / "laptop")
    docs = fill(store, 3, attachments_every=1)
    corrupted: list[bytes] = []

    def decide(_n: int, line: bytes) -> str:
        if line.startswith(b"PUT /api/v1/attachments") and not corrupted:
            corrupted.append(line)
            return "corrupt"
        return "pass"

    proxy = DroppingProxy(int(hq.port), decide)
    try:
        sync = service(store)
        sync.login(proxy.url, account.username, account.password)
        report = sync.sync()
    finally:
        proxy.close()
    assert corrupted and report.complete and report.retries >= 1
    assert_exactly_once(hq, account, store)
    wanted = {a.sha256 for d in docs for a in d.attachments}
    with hq.engine.connect() as conn:
        rows = {r.sha256: r.data for r in conn.execute(
            select(attachments.c.sha256, attachments.c.data).where(attachments.c.sha256.in_(wanted)))}
    # Described by a row each, the bytes themselves in files named by their hash (none left in the database).
    assert set(rows) == wanted and set(rows.values()) == {None}
    assert {sha: sha256_hex(hq.attachments.read(sha)) for sha in wanted} == {s: s for s in wanted}


def test_conflicting_resend_is_listed_and_never_overwrites(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account()
    first = local_store(tmp_path / "laptop-a")
    (original,) = fill(first, 1)
    sync_a = service(first)
    sync_a.login(hq.url, account.username, account.password)
    assert sync_a.sync().complete
    # Another laptop holds a different final document under the same id (a restored old backup, a bug…).
    second = local_store(tmp_path / "laptop-b")
    clash = goods_list(99)
    clash.id = original.id
    clash = second.add_final(clash, "99/BK")
    assert clash.sha256 != original.sha256
    sync_b = service(second)
    sync_b.login(hq.url, account.username, account.password)
    report = sync_b.sync()
    assert not report.complete and report.conflicts == 1 and report.stuck == 1
    (row,) = sync_b.status(("conflict",))
    assert row.document_id == original.id and "không ghi đè" in row.last_error
    assert hq.stored(account.unit_code) == {original.id: (original.sha256, True)}
    # Sending again changes nothing: still a conflict, still listed, still the original on the server.
    client = HQClient(hq.url, sync_b.tokens.get(hq.url, account.username))
    (again,) = client.push_batch(records_of(second) or [BatchRecord(
        id=clash.id, kind=clash.kind, sha256=clash.sha256, canonical=second.repo.canonical_of(clash.id)[0])])
    assert again.status == RecordStatus.CONFLICT
    assert hq.stored(account.unit_code) == {original.id: (original.sha256, True)}
    assert sync_b.status(("conflict",))[0].document_id == original.id


def test_client_killed_mid_sync_resumes_from_its_outbox(hq_sqlite: HQServer, tmp_path: Path) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 30, attachments_every=6)
    token = HQClient(hq_sqlite.url).login(account.username, account.password).token
    env = {**os.environ, "PYTHONPATH": f"{REPO}{os.pathsep}{Path(__file__).parent}"}
    killed = threading.Event()
    holder: list[subprocess.Popen[str]] = []

    def on_forwarded(_n: int, line: bytes) -> None:
        if line.startswith(b"POST /api/v1/batches") and not killed.is_set() and proxy.count >= 3:
            os.kill(holder[0].pid, signal.SIGKILL)  # the laptop dies with a batch in flight
            killed.set()

    proxy = DroppingProxy(int(hq_sqlite.port))
    proxy.on_forwarded = on_forwarded
    try:
        holder.append(subprocess.Popen(
            [sys.executable, str(Path(__file__).parent / "sync_worker.py"), "sync", proxy.url, account.username,
             token, str(store.data_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env))
        _out, err = holder[0].communicate(timeout=120)
    finally:
        proxy.close()
    assert killed.is_set() and holder[0].returncode == -signal.SIGKILL, err[-3000:]
    counts = outbox.state_counts(store.repo)
    assert counts.get("sending", 0) >= 1  # the crash left a known state: "maybe sent"
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    report = sync.sync()
    assert report.complete, report
    assert_exactly_once(hq_sqlite, account, store)


DECISIONS = st.sampled_from(["pass", "pass", "drop_request", "drop_response", "corrupt"])


@pytest.mark.slow
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(plan=st.lists(DECISIONS, max_size=25), docs=st.integers(min_value=1, max_value=7),
       batch=st.integers(min_value=1, max_value=4))
def test_random_drops_and_retries_always_converge(hq_sqlite: HQServer, tmp_path_factory: pytest.TempPathFactory,
                                                  plan: list[str], docs: int, batch: int) -> None:
    account = hq_sqlite.new_account("H")
    store = local_store(tmp_path_factory.mktemp("laptop"))
    fill(store, docs, attachments_every=2)
    queue = list(plan)

    def decide(_n: int, line: bytes) -> str:
        if line.startswith(b"POST /api/v1/login"):
            return "pass"
        return queue.pop(0) if queue else "pass"

    proxy = DroppingProxy(int(hq_sqlite.port), decide)
    try:
        sync = SyncService(store.repo, store.data_dir, FixedClock(NOW), batch_size=batch, backoff=fast_backoff(),
                           rng=random.Random(0))
        sync.login(proxy.url, account.username, account.password)
        report = sync.sync()
    finally:
        proxy.close()
    assert report.complete, (plan, report)
    assert_exactly_once(hq_sqlite, account, store)


def test_two_laptops_of_demo_data_through_a_connection_dropping_a_third(hq: HQServer, tmp_path: Path) -> None:
    from inspector_app.app import build_services

    account_a = hq.new_account("DEMO")
    rng = random.Random(20250314)
    lock = threading.Lock()

    def decide(_n: int, line: bytes) -> str:
        if line.startswith(b"POST /api/v1/login"):
            return "pass"
        with lock:
            roll = rng.random()
        if roll < 1 / 3:
            return "drop_request" if roll < 1 / 6 else "drop_response"
        return "pass"

    proxy = DroppingProxy(int(hq.port), decide)
    stores = []
    try:
        for name in ("laptop-a", "laptop-b"):
            services = build_services(tmp_path / name, FixedClock(NOW))
            services.demo.load()
            store = LocalStore(services.repo, services.data_dir)
            stores.append(store)
            sync = SyncService(services.repo, services.data_dir, FixedClock(NOW), batch_size=7,
                               backoff=fast_backoff())
            sync.login(proxy.url, account_a.username, account_a.password)
            assert sync.sync().complete
    finally:
        proxy.close()
    dropped = sum(1 for _l, d in proxy.log if d != "pass")
    assert dropped >= len(proxy.log) // 5  # the link really was bad
    local = {i: s for st_ in stores for i, _c, s in st_.repo.iter_final_canonicals()}
    assert len(local) > 10
    assert {k: (v, True) for k, v in local.items()} == hq.stored(account_a.unit_code)
    for store in stores:
        assert set(outbox.state_counts(store.repo)) == {"synced"}


# -- a server that is down or unreachable is reported at the connect timeout, not after it --------------------
@pytest.fixture
def stalled_port() -> Iterator[int]:
    """A port on 127.0.0.1 whose SYNs go unanswered, as with an unreachable host: a listening socket with its
    accept queue full drops every further connection attempt (Linux), so a client waits its connect timeout."""
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(0)
    port = server.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        try:
            filler.connect(("127.0.0.1", port))
        except BlockingIOError:
            pass
        fillers.append(filler)
    time.sleep(0.1)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        server.close()


def closed_port() -> int:
    """A port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_the_client_gives_up_connecting_within_four_seconds(stalled_port: int) -> None:
    from requests.exceptions import ConnectTimeout

    from inspector_app.services.sync import default_client_factory
    from sync.client import CONNECT_TIMEOUT, DEFAULT_TIMEOUT, TransportError

    assert CONNECT_TIMEOUT <= 4 and DEFAULT_TIMEOUT[0] == CONNECT_TIMEOUT  # the 5-second promise leaves 1 s
    client = default_client_factory(f"http://127.0.0.1:{stalled_port}", None, None)
    assert client.timeout == DEFAULT_TIMEOUT  # type: ignore[attr-defined]  # what the app really uses
    with pytest.raises(TransportError) as caught:
        client.health()
    client.close()
    # It is the connect wait that ended it (the read wait is 120 s), and the officer reads it as a network fault.
    assert isinstance(caught.value.__cause__, ConnectTimeout)
    assert caught.value.code == "network" and "Không kết nối được máy chủ" in caught.value.message


@pytest.mark.parametrize("where", ["closed", "stalled"])
def test_login_to_a_server_that_is_down_reports_a_network_problem(where: str, stalled_port: int,
                                                                   tmp_path: Path) -> None:
    from inspector_app.services.sync import SyncNetworkError

    port = closed_port() if where == "closed" else stalled_port
    store = local_store(tmp_path / "laptop")
    with pytest.raises(SyncNetworkError) as caught:
        service(store).login(f"http://127.0.0.1:{port}", "huongnt", "mật khẩu")
    assert caught.value.code == "network"
    assert f"Không kết nối được máy chủ http://127.0.0.1:{port}" in caught.value.message
    assert service(store).configured_server() == ("", "")  # nothing half-saved
