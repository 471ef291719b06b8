"""Many laptops sending batches at the same moment: every batch is stored, and each server process reads,
parses and stores at most ``concurrent_batches`` at once (the others wait unread), so its memory does not grow
with the number of laptops."""

from __future__ import annotations

import gzip
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from sync_factories import fill, local_store
from sync_hq import PASSWORD, serving_in_thread

from inspector_app.store import outbox
from sync.protocol import API_PREFIX
from sync.server import accounts
from sync.server.app import create_app
from sync.server.database import make_engine, migrate
from sync.server.deps import AsyncGate, ServerSettings, utcnow


def test_sixteen_simultaneous_batches_are_all_stored_two_at_a_time(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    migrate(engine)
    with engine.begin() as conn:
        accounts.add_unit(conn, "QLTT-DN-01", "Đội QLTT số 1", utcnow())
        accounts.add_officer(conn, "cb-lan", "QLTT-DN-01", "Nguyễn Thị Lan", PASSWORD, utcnow())
    store = local_store(tmp_path / "laptop")
    fill(store, 160)
    records = [{"id": i.document_id, "kind": i.kind, "sha256": i.sha256, "canonical": i.canonical,
                "supersedes": i.supersedes, "attachments": i.attachments}
               for i in outbox.due(store.repo, "9999", 1000)]
    store.repo.close()
    bodies = [gzip.compress(json.dumps({"records": records[n::16]}).encode()) for n in range(16)]
    app = create_app(engine, ServerSettings(concurrent_batches=2))
    gate: AsyncGate = app.state.batch_gate
    start = threading.Barrier(len(bodies))

    with serving_in_thread(app) as url:
        token = requests.post(f"{url}{API_PREFIX}/login", json={"username": "cb-lan", "password": PASSWORD},
                              timeout=120).json()["token"]

        def send(body: bytes) -> requests.Response:
            start.wait()  # all at the same moment
            return requests.post(f"{url}{API_PREFIX}/batches", data=body, timeout=300,
                                 headers={"Authorization": f"Bearer {token}", "Content-Encoding": "gzip",
                                          "Content-Type": "application/json"})

        with ThreadPoolExecutor(len(bodies)) as pool:
            answers = list(pool.map(send, bodies))
    assert [a.status_code for a in answers] == [200] * len(bodies)
    assert sum(a.json()["summary"].get("accepted", 0) for a in answers) == len(records) == 160
    assert gate.peak == 2 and gate.running == 0  # the bound held, and was reached
    engine.dispose()
