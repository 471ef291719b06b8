"""A process killed (SIGKILL) while finalising leaves a sound database: nothing half-written, no number
reused or skipped, every stored hash right, the audit chain intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from inspector_app.app import build_services
from inspector_app.domain.canonical import sha256_hex
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.kinds import KINDS
from inspector_app.store.db import DB_FILENAME, open_database
from inspector_builders import make_case

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

TESTS_DIR = Path(__file__).resolve().parents[1]
ROUNDS = 8

CHILD = r"""
import sys
from datetime import datetime
from pathlib import Path
from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_builders import make_draft

services = build_services(Path(sys.argv[1]), FixedClock(datetime(2026, 3, 10, 9, 0, 0)))
case = services.cases.get(sys.argv[2])
kinds = ["nd118.mbb01", "nd118.mbb15", "tt22.m06"]
# Load the legal rule set, the catalog and the working-day calendar before the kill window opens, so the
# window covers finalisations rather than the first one's loading of reference data.
services.rules.check_document(make_draft(services, case, kinds[0]))
services.rules.calendar()  # each finalisation also stores the case's deadlines
from inspector_app.forms import render_document
render_document(make_draft(services, case, kinds[0]))  # and renders the PDF it keeps: load ReportLab, fonts
print("ready", flush=True)
i = 0
while True:
    draft = make_draft(services, case, kinds[i % len(kinds)])
    services.documents.finalize(draft.id)
    i += 1
"""


def _run_and_kill(data_dir: Path, case_id: str, rng: random.Random) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS_DIR), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir), case_id], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    try:
        line = child.stdout.readline()  # type: ignore[union-attr]
        assert line.strip() == b"ready", child.stderr.read().decode()  # type: ignore[union-attr]
        time.sleep(rng.uniform(0.05, 0.6))
        assert child.poll() is None, child.stderr.read().decode()  # type: ignore[union-attr]
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()  # type: ignore[union-attr]
        child.stderr.close()  # type: ignore[union-attr]


@pytest.mark.timeout(300)  # eight child processes, each unlocking the key (Argon2id) on a loaded machine
def test_killed_finalisation_never_leaves_a_broken_database(services, data_dir):
    case = make_case(services)
    services.close()
    rng = random.Random(int(os.environ.get("KILL_TEST_SEED", "0")) or None)
    for _ in range(ROUNDS):
        _run_and_kill(data_dir, case.id, rng)

    assert services.master_key is not None
    db = open_database(data_dir / DB_FILENAME, key=services.master_key.database)  # quick_check passes, nothing left to migrate
    try:
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = db.conn.execute("SELECT id, kind, number, officer_no, canonical, sha256, finalized_at FROM documents"
                               " WHERE status != 'draft'").fetchall()
        assert len(rows) >= ROUNDS, len(rows)  # the children did get work done
        seqs: dict[tuple[str, str, int], list[int]] = defaultdict(list)
        for doc_id, kind, number, officer_no, canonical, sha, finalized_at in rows:
            assert sha256_hex(canonical.encode("utf-8")) == sha, doc_id
            symbol = KINDS[kind].symbol
            assert number.endswith(f"/{symbol}-{officer_no}")
            seqs[(officer_no, symbol, int(finalized_at[:4]))].append(int(number.split("/")[0]))
        counters = {(o, s, y): last for o, s, y, last in
                    db.conn.execute("SELECT officer_no, symbol, year, last_seq FROM number_counters")}
        assert set(counters) == set(seqs)
        for key, numbers in seqs.items():
            assert sorted(numbers) == list(range(1, counters[key] + 1)), key  # unique and gap-free
        finalized_events = {r[0] for r in db.conn.execute(
            "SELECT entity_id FROM audit_events WHERE action = 'document.finalize'")}
        assert finalized_events == {r[0] for r in rows}
        outbox = {r[0] for r in db.conn.execute("SELECT document_id FROM outbox")}
        assert outbox == {r[0] for r in rows}
        # Each final document has its PDF kept, committed with it, its sealed file in the vault.
        kept = db.conn.execute("SELECT p.document_id, a.stored_path FROM printed_copies p"
                               " JOIN attachments a ON a.sha256 = p.sha256").fetchall()
        assert {r[0] for r in kept} == {r[0] for r in rows}
        assert all((data_dir / path).is_file() for _, path in kept)
    finally:
        db.conn.close()

    reopened = build_services(data_dir, FixedClock(services.clock.now()))
    try:
        assert reopened.repo.verify_audit().ok
    finally:
        reopened.close()
