"""A laptop whose device HQ revokes wipes what HQ has and keeps what it does not; retention removes what HQ
approved long ago. Against the real HQ server on loopback, with the composition root's services."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sync_hq import HQServer, MemoryKeyring, fast_backoff

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.services.keys import KEYRING_KEY_SERVICE
from inspector_app.services.sync import AuthRequiredError, DeviceRevokedError
from inspector_builders import make_case, make_draft, make_final, make_officer, make_unit, org_subject
from sync.server import accounts
from sync.server.deps import utcnow

DAY = datetime(2026, 3, 10, 9, 0)


def laptop(tmp_path: Path, hq: HQServer, clock: FixedClock):
    account = hq.new_account()
    services = build_services(tmp_path / "laptop", clock)
    services.profile.set_profile(make_unit(), make_officer())
    services.sync.backoff = fast_backoff()
    services.sync.login(hq.url, account.username, account.password)
    return services, account


def test_revoking_the_device_wipes_synced_records_and_keeps_the_unsynced(hq_sqlite: HQServer, tmp_path: Path,
                                                                           memory_keyring: MemoryKeyring):
    services, account = laptop(tmp_path, hq_sqlite, FixedClock(DAY))
    try:
        done = make_case(services, subject=org_subject())
        sent = [make_final(services, done, "tt22.m06"), make_final(services, done, "nd118.mbb01")]
        assert services.sync.sync().complete
        open_case = make_case(services, subject=org_subject(), title="Kiểm tra lần hai")
        waiting = make_final(services, open_case, "tt22.m06")
        draft = make_draft(services, open_case, "nd118.mbb01")
        assert any(k[0] == KEYRING_KEY_SERVICE for k in memory_keyring.store)  # the data key, for convenience
        with hq_sqlite.engine.begin() as conn:
            assert accounts.revoke(conn, utcnow(), username=account.username) == 1
        with pytest.raises(DeviceRevokedError) as err:
            services.sync.sync()
        assert "thu hồi" in err.value.message and "Giữ lại 2 văn bản" in err.value.message
        left = {d.id for d in services.documents.list()}
        assert left == {waiting.id, draft.id}  # nothing HQ lacks is lost
        assert {c.id for c in services.cases.list()} == {open_case.id}
        marks = dict(services.repo.db.conn.execute("SELECT document_id, sha256 FROM purge_marks").fetchall())
        assert marks == {d.id: d.sha256 for d in sent}
        assert services.repo.verify_audit().ok
        assert not any(k[0] == KEYRING_KEY_SERVICE for k in memory_keyring.store)  # next start asks
    finally:
        services.close()


def test_an_expired_token_is_not_a_revocation_and_wipes_nothing(hq_sqlite: HQServer, tmp_path: Path):
    from sqlalchemy import update

    from sync.server.tables import devices

    services, account = laptop(tmp_path, hq_sqlite, FixedClock(DAY))
    try:
        case = make_case(services, subject=org_subject())
        make_final(services, case, "tt22.m06")
        assert services.sync.sync().complete
        with hq_sqlite.engine.begin() as conn:
            conn.execute(update(devices).where(devices.c.username == account.username).values(expires_at=utcnow()))
        with pytest.raises(AuthRequiredError):
            services.sync.sync()
        assert len(services.documents.list()) == 1
    finally:
        services.close()


def test_retention_removes_only_what_hq_approved_more_than_the_period_ago(hq_sqlite: HQServer, tmp_path: Path):
    clock = FixedClock(DAY)
    services, _account = laptop(tmp_path, hq_sqlite, clock)
    try:
        case_old, case_recent, case_unreviewed = (make_case(services, subject=org_subject(), title=t)
                                                  for t in ("Vụ cũ", "Vụ gần đây", "Vụ chưa duyệt"))
        old = make_final(services, case_old, "tt22.m06")
        recent = make_final(services, case_recent, "tt22.m06")
        unreviewed = make_final(services, case_unreviewed, "tt22.m06")
        assert services.sync.sync().complete
        # HQ's reviews as the laptop receives them with the reference data (kind "review").
        for doc, when in ((old, DAY + timedelta(days=1)), (recent, DAY + timedelta(days=80))):
            services.repo.db.conn.execute(
                "INSERT INTO reference_items (kind, key, data, source, updated_at) VALUES ('review', ?, ?, 'hq', ?)",
                (doc.id, json.dumps({"document_id": doc.id, "state": "approved",
                                     "reviewed_at": when.isoformat(timespec="seconds")}), when.isoformat()))
        clock.advance(timedelta(days=100))
        assert services.retention.days() == 90
        report = services.retention.run()
        assert report.documents == 1 and report.cases == 1
        assert {d.id for d in services.documents.list()} == {recent.id, unreviewed.id}
        with pytest.raises(Exception, match="ít nhất 7"):
            services.retention.set_days(1)
        services.retention.set_days(10)
        assert services.retention.run().documents == 1  # the recent approval is now past 10 days
        assert {d.id for d in services.documents.list()} == {unreviewed.id}
    finally:
        services.close()
