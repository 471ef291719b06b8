"""Many laptops logging in at the same moment: every login succeeds, and no more Argon2 hashes run at once
than the server is configured for (each holds 64 MiB; 32 at once took the server to 1.5-1.7 GB)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select
from sync_hq import PASSWORD, serving_in_thread

from sync.protocol import API_PREFIX
from sync.server import accounts
from sync.server.app import create_app
from sync.server.database import make_engine, migrate
from sync.server.deps import utcnow
from sync.server.tables import devices


@pytest.fixture
def two_hash_slots() -> Iterator[accounts.HashGate]:
    """The process's gate set to two slots for the test, the default one restored after."""
    gate = accounts.set_password_hash_slots(2)
    try:
        yield gate
    finally:
        accounts.set_password_hash_slots(accounts.default_hash_slots())


def test_32_simultaneous_logins_all_succeed_with_at_most_two_hashes_at_once(
        tmp_path: Path, two_hash_slots: accounts.HashGate) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    migrate(engine)
    with engine.begin() as conn:
        accounts.add_unit(conn, "QLTT-HN-01", "Đội QLTT số 1", utcnow())
        accounts.add_officer(conn, "cb-lan", "QLTT-HN-01", "Nguyễn Thị Lan", PASSWORD, utcnow())
    two_hash_slots.peak = 0  # the account's own hash above is not a login
    laptops = 32
    start = threading.Barrier(laptops)

    def log_in(n: int) -> requests.Response:
        start.wait()  # all at the same moment
        return requests.post(f"{url}{API_PREFIX}/login", timeout=300,
                             json={"username": "cb-lan", "password": PASSWORD, "device_name": f"máy {n}",
                                   "installation_id": f"laptop-{n}"})

    with serving_in_thread(create_app(engine)) as url, ThreadPoolExecutor(laptops) as pool:
        answers = list(pool.map(log_in, range(laptops)))
    assert [a.status_code for a in answers] == [200] * laptops
    tokens = {a.json()["token"] for a in answers}
    assert len(tokens) == laptops
    # The bound held, and was reached: the logins did overlap, they were not merely serialised elsewhere.
    assert two_hash_slots.peak == 2 and two_hash_slots.running == 0
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(devices)
                            .where(devices.c.revoked_at.is_(None))).scalar() == laptops
    engine.dispose()

