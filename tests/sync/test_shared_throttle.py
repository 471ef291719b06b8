"""Throttle counts shared by every server process (issue 13, with ``serve --workers N``): login delays and
the public verification's rate limit live in the database (``throttle_counts``), so two processes on one
database count the same attempts; each process counting alone would give a guesser N times the tries.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sync_hq import HQServer, PostgresCluster, session_from

from sync.server.database import make_engine, migrate
from sync.server.tables import throttle_counts
from sync.server.throttle import Backoff, DatabaseCounts, RateLimit

T0 = datetime(2026, 11, 22, 8, 0)
VERIFY = "/api/v1/documents/QLTT-none/verify?h=00000000"


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite HQ database."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.mark.parametrize("where", ["memory", "database"])
def test_the_throttles_count_alike_in_memory_and_in_the_database(where: str, engine: Engine) -> None:
    backoff = Backoff(free_failures=2, first_delay=timedelta(seconds=2), max_delay=timedelta(seconds=30),
                      forget_after=timedelta(hours=1))
    limit = RateLimit(per_minute=60, burst=2)
    if where == "database":
        backoff.use_database(engine, "test.backoff")
        limit.use_database(engine, "test.limit")
    waits = []
    for i in range(7):
        backoff.failed("k", T0 + timedelta(seconds=i))
        waits.append(backoff.retry_after("k", T0 + timedelta(seconds=i)))
    assert waits == [0, 0, 2, 4, 8, 16, 30]
    assert backoff.retry_after("other", T0) == 0
    backoff.failed("k", T0 + timedelta(hours=3))  # a quiet key was forgotten: this failure is free again
    assert backoff.retry_after("k", T0 + timedelta(hours=3)) == 0
    backoff.succeeded("k")
    assert [limit.take("s", T0), limit.take("s", T0), limit.take("s", T0)] == [0, 0, 1]
    assert limit.take("s", T0 + timedelta(seconds=1)) == 0
    with engine.connect() as conn:
        rows = conn.execute(select(throttle_counts.c.key).order_by(throttle_counts.c.key)).scalars().all()
    assert rows == (["test.limit|s"] if where == "database" else [])


def test_quiet_keys_leave_the_table_and_long_keys_fit(engine: Engine) -> None:
    counts = DatabaseCounts(engine, "test.prune", timedelta(minutes=10))
    backoff = Backoff(counts=counts)
    for i in range(50):
        backoff.failed(f"made-up-{i}", T0)
    long_key = "x" * 500
    backoff.failed(long_key, T0)
    backoff.failed(long_key, T0)
    assert counts.get(long_key) is not None and counts.get(long_key).value == 2  # type: ignore[union-attr]
    backoff.failed("late", T0 + timedelta(hours=1))  # the next write after the quiet time prunes
    with engine.connect() as conn:
        left = conn.execute(select(func.count()).select_from(throttle_counts)).scalar()
    assert left == 1


def _two_servers(url: str, tmp_path: Path) -> tuple[HQServer, HQServer]:
    first, second = HQServer(url, tmp_path / "a"), HQServer(url, tmp_path / "b")
    for server in (first, second):
        server.workdir.mkdir()
        server.start()
    return first, second


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_two_server_processes_on_one_database_count_the_same_attempts(backend: str, tmp_path: Path,
                                                                    request: pytest.FixtureRequest) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    else:
        cluster: PostgresCluster = request.getfixturevalue("pg_cluster")
        url = cluster.create_database(f"throttle_{uuid.uuid4().hex[:8]}")
    first, second = _two_servers(url, tmp_path)
    try:
        officer = first.new_account()
        guesser = session_from("127.0.0.9")

        def login(server: HQServer, password: str) -> int:
            return guesser.post(server.url + "/api/v1/login", timeout=10, json={
                "username": officer.username, "password": password, "device_name": "máy"}).status_code

        # Five wrong passwords from one source, spread over both processes: the pair's free four are used up
        # whichever process answers (each alone would have seen two or three).
        assert [login(s, "sai") for s in (first, second, first, second, first)] == [401] * 5
        assert login(second, officer.password) == 429
        # The public verification: one bucket of 30 for a source, whichever process answers.
        viewer = session_from("127.0.0.10")
        answers = [viewer.get((first if i % 2 else second).url + VERIFY, timeout=10).status_code for i in range(31)]
        assert answers == [200] * 30 + [429]
    finally:
        for server in (first, second):
            server.stop()
            server.engine.dispose()
