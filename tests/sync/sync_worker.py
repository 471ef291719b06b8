"""A separate process for the fault tests: push one batch at a set time, or run a whole sync to be killed.

Usage:
  python sync_worker.py push URL TOKEN RECORDS.json START_AT   -> prints the per-record statuses as JSON
  python sync_worker.py sync URL USERNAME TOKEN DATA_DIR        -> runs SyncService.sync() (a test kills it)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import keyring
from sync_hq import MemoryKeyring  # tests/sync is on PYTHONPATH (and is this script's directory)

from sync.client import HQClient
from sync.protocol import BatchRecord


def push(url: str, token: str, records_file: str, start_at: str) -> int:
    """Wait for the common start time, then send the batch and print the statuses."""
    records = [BatchRecord(**r) for r in json.loads(Path(records_file).read_text(encoding="utf-8"))]
    client = HQClient(url, token)
    client.health()  # open the connection before the start line so both requests leave together
    time.sleep(max(0.0, float(start_at) - time.time()))
    results = client.push_batch(records)
    print(json.dumps([[r.id, r.status.value] for r in results]))
    return 0


def run_sync(url: str, username: str, token: str, data_dir: str) -> int:
    """A full sync of a local database (the parent test kills this process part-way)."""
    from inspector_app.domain.clock import SystemClock
    from inspector_app.services.sync import Backoff, SyncService
    from inspector_app.store.db import open_database
    from inspector_app.store.repository import Repository
    from inspector_app.store.settings import SYNC_SERVER, SYNC_USERNAME

    backend = MemoryKeyring()  # holds the one token handed over on the command line
    keyring.set_keyring(backend)
    backend.set_password("qltt-inspector", f"{url}|{username}", token)
    path = Path(data_dir) / "inspector.sqlite3"
    repo = Repository(open_database(path), path)
    repo.set_setting(SYNC_SERVER, url)  # what "inspector login" would have recorded
    repo.set_setting(SYNC_USERNAME, username)
    report = SyncService(repo, Path(data_dir), SystemClock(), batch_size=5,
                         backoff=Backoff(base=0.01, cap=0.1, max_failures=50)).sync(url)
    print(json.dumps(report.to_dict()))
    return 0


if __name__ == "__main__":
    if sys.argv[1] == "push":
        sys.exit(push(*sys.argv[2:6]))
    sys.exit(run_sync(*sys.argv[2:6]))
