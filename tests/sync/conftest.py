"""Fixtures for the sync tests: the real HQ server (a subprocess on 127.0.0.1, port 0) over SQLite and over
a throwaway PostgreSQL cluster started here, and an in-memory keyring for every test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_hq import HQServer, MemoryKeyring, PostgresCluster, memory_keyring_installed, running_hq


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every sync test gets an empty in-memory keyring; the previous backend is restored after."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """The session's PostgreSQL cluster."""
    cluster = PostgresCluster()
    yield cluster
    cluster.stop()


def _server(url: str, workdir: Path) -> Iterator[HQServer]:
    with running_hq(url, workdir) as server:
        yield server


@pytest.fixture(scope="session")
def hq_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """The real HQ server over a SQLite file."""
    work = tmp_path_factory.mktemp("hq-sqlite")
    yield from _server(f"sqlite:///{work / 'hq.sqlite3'}", work)


@pytest.fixture(scope="session")
def hq_postgres(pg_cluster: PostgresCluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """The real HQ server over PostgreSQL."""
    work = tmp_path_factory.mktemp("hq-pg")
    yield from _server(pg_cluster.create_database("hq_tests"), work)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hq(request: pytest.FixtureRequest) -> HQServer:
    """The real HQ server, once over SQLite and once over PostgreSQL."""
    name = "hq_sqlite" if request.param == "sqlite" else "hq_postgres"
    server: HQServer = request.getfixturevalue(name)
    return server


