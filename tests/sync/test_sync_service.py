"""End-to-end sync through the real HQ server: the happy path, login and token handling, status."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import update
from sync_factories import NOW, LocalStore, fill, local_store
from sync_hq import Account, HQServer, fast_backoff

from inspector_app.domain.clock import FixedClock
from inspector_app.domain.errors import InspectorError
from inspector_app.services.sync import AuthRequiredError, SyncService
from inspector_app.store import outbox
from sync.server import accounts
from sync.server.deps import utcnow
from sync.server.tables import devices


def service(store: LocalStore, **kw: object) -> SyncService:
    """A SyncService on a local store with test backoff."""
    return SyncService(store.repo, store.data_dir, FixedClock(NOW), backoff=fast_backoff(),  # type: ignore[arg-type]
                       **kw)


def assert_exactly_once(hq: HQServer, account: Account, store: LocalStore) -> None:
    """Every final local document is on the server once, with its hash, complete; all local rows synced."""
    local = {doc_id: sha for doc_id, _c, sha in store.repo.iter_final_canonicals()}
    on_server = hq.stored(account.unit_code)
    assert {k: (v, True) for k, v in local.items()} == on_server
    assert outbox.state_counts(store.repo) == {"synced": len(local)}
    statuses = {d.status for d in store.repo.list_documents()}
    assert statuses == {"synced"}


def test_sync_pushes_every_final_document_with_attachments_exactly_once(hq: HQServer, tmp_path: Path) -> None:
    account = hq.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 25, attachments_every=5)
    sync = service(store, batch_size=10)
    info = sync.login(hq.url, account.username, account.password)
    assert info.token_stored and info.unit_code == account.unit_code
    progress: list[tuple[int, int, str]] = []
    report = sync.sync(progress=lambda d, t, m: progress.append((d, t, m)))
    assert report.complete, report
    assert (report.accepted, report.attachments_uploaded) == (25, 5)
    assert report.reference_items >= 1  # at least this unit itself
    assert progress and progress[0][:2] == (0, 25) and any(p[:2] == (25, 25) for p in progress)
    assert_exactly_once(hq, account, store)
    again = sync.sync()
    assert again.complete and again.sent == 0


def test_sync_without_login_asks_for_one(tmp_path: Path) -> None:
    store = local_store(tmp_path / "laptop")
    fill(store, 1)
    with pytest.raises(AuthRequiredError) as err:
        service(store).sync()
    assert "inspector login" in err.value.message


def test_login_refuses_plain_http_to_another_machine(tmp_path: Path) -> None:
    store = local_store(tmp_path / "laptop")
    with pytest.raises(InspectorError) as err:
        service(store).login("http://hq.qltt.example.vn", "lan", "x" * 10)
    assert "HTTPS" in err.value.message and err.value.code == "bad_input"


def test_wrong_password_is_refused_and_nothing_stored(hq_sqlite: HQServer, tmp_path: Path,
                                                       memory_keyring: object) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    with pytest.raises(InspectorError) as err:
        service(store).login(hq_sqlite.url, account.username, "sai mật khẩu")
    assert err.value.code == "auth_failed"
    assert memory_keyring.store == {}  # type: ignore[attr-defined]


def test_token_lives_in_the_keyring_not_in_the_database(hq_sqlite: HQServer, tmp_path: Path,
                                                        memory_keyring: object) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    service(store).login(hq_sqlite.url, account.username, account.password)
    (token,) = memory_keyring.store.values()  # type: ignore[attr-defined]
    store.repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = b"".join(p.read_bytes() for p in store.data_dir.rglob("*") if p.is_file())
    assert token.encode() not in blob


def test_without_a_keyring_the_password_is_asked_at_each_sync(hq_sqlite: HQServer, tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 3)
    sync = service(store)
    info = sync.login(hq_sqlite.url, account.username, account.password)
    assert not info.token_stored and "keyring" in info.message
    with pytest.raises(AuthRequiredError):
        sync.sync()
    report = sync.sync(password=account.password)
    assert report.complete
    assert_exactly_once(hq_sqlite, account, store)
    # The token used for that one sync was revoked at its end; nothing usable is left behind.
    with hq_sqlite.engine.connect() as conn:
        live = [d for d in accounts.list_devices(conn) if d["username"] == account.username and not d["revoked_at"]]
    assert live == []


@pytest.mark.parametrize("how", ["revoked", "expired"])
def test_revoked_or_expired_token_pauses_and_resumes_after_login(hq_sqlite: HQServer, tmp_path: Path,
                                                                 how: str) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 4)
    sync = service(store, batch_size=2)
    sync.login(hq_sqlite.url, account.username, account.password)
    with hq_sqlite.engine.begin() as conn:
        if how == "revoked":
            assert accounts.revoke(conn, utcnow(), username=account.username) == 1
        else:
            conn.execute(update(devices).where(devices.c.username == account.username)
                         .values(expires_at=utcnow()))
    with pytest.raises(AuthRequiredError) as err:
        sync.sync()
    assert "đăng nhập lại" in err.value.message
    assert outbox.count_pending(store.repo) == 4  # nothing lost, nothing marked synced
    assert hq_sqlite.stored(account.unit_code) == {}
    sync.login(hq_sqlite.url, account.username, account.password)
    assert sync.sync().complete
    assert_exactly_once(hq_sqlite, account, store)


def test_reference_data_is_pulled_with_the_server_cursor(hq_sqlite: HQServer, tmp_path: Path) -> None:
    from sync.server import reference

    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    with hq_sqlite.engine.begin() as conn:
        reference.import_items(conn, "watchlist", [
            {"key": "8934588012112", "data": {"name": "Dầu gội giả", "note": "hàng giả đã phát hiện"}}], utcnow())
    first = sync.sync()
    assert first.complete and first.reference_items >= 2
    row = store.repo.db.conn.execute(
        "SELECT data, source FROM reference_items WHERE kind = 'watchlist' AND key = '8934588012112'").fetchone()
    assert json.loads(row[0])["note"] == "hàng giả đã phát hiện" and row[1] == "hq"
    assert sync.sync().reference_items == 0  # the cursor moved: nothing again
    with hq_sqlite.engine.begin() as conn:
        reference.import_items(conn, "watchlist", [{"key": "8934588012112", "data": {}, "deleted": True}], utcnow())
    assert sync.sync().reference_items == 1
    assert store.repo.db.conn.execute(
        "SELECT COUNT(*) FROM reference_items WHERE kind = 'watchlist' AND key = '8934588012112'").fetchone()[0] == 0


def test_number_blocks_issued_by_hq_reach_the_unit_and_number_its_decisions(hq_sqlite: HQServer,
                                                                             tmp_path: Path) -> None:
    from inspector_app.services.cases import ProfileService
    from inspector_app.services.documents import DocumentService
    from sync.server import reference

    account = hq_sqlite.new_account()
    other = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    block = {"kind": "nd118.mqd02", "year": NOW.year, "prefix": "0201", "first": 7, "last": 9}
    with hq_sqlite.engine.begin() as conn:
        reference.import_items(conn, "number_block", [{"key": f"mqd02:{NOW.year}:0201", "data": block}], utcnow(),
                               scope=account.unit_code)
        reference.import_items(conn, "number_block", [{"key": f"mqd02:{NOW.year}:0999", "data": {
            **block, "prefix": "0999"}}], utcnow(), scope=other.unit_code)
    assert sync.sync().complete
    documents = DocumentService(store.repo, FixedClock(NOW), ProfileService(store.repo))
    # Only this unit's block arrived; its first free number is offered to an unnumbered decision.
    assert documents.block_number("nd118.mqd02", NOW.year) == "02010007"


def test_earlier_violations_synced_by_one_laptop_show_in_another_laptops_case(hq_sqlite: HQServer,
                                                                              tmp_path: Path) -> None:
    from datetime import datetime, timedelta

    from inspector_app.app import build_services
    from inspector_builders import make_case, make_final, make_officer, make_unit, org_subject

    account = hq_sqlite.new_account()
    first_day = FixedClock(datetime(2026, 3, 10, 9, 0))
    laptops = []
    for name, clock in (("laptop-1", first_day), ("laptop-2", FixedClock(first_day.now() + timedelta(days=40)))):
        services = build_services(tmp_path / name, clock)
        services.profile.set_profile(make_unit(), make_officer())
        services.sync.backoff = fast_backoff()
        services.sync.login(hq_sqlite.url, account.username, account.password)
        laptops.append(services)
    try:
        one, two = laptops
        earlier = make_case(one, subject=org_subject())
        make_final(one, earlier, "nd118.mbb01")
        assert one.sync.sync().complete
        later = make_case(two, subject=org_subject())  # same tax code, another laptop, 40 days on
        assert two.sync.sync().complete
        history = two.rules.subject_history(later.id)
        assert [h.origin for h in history] == ["hq"]
        assert history[0].date == "2026-03-10" and history[0].article == earlier.violations[0].article
        assert history[0].possible_repeat  # same article within 12 months
        # The laptop that drew the earlier case up does not see its own case twice.
        assert all(h.origin == "local" for h in one.rules.subject_history(make_case(one, subject=org_subject()).id))
    finally:
        for services in laptops:
            services.close()


def test_a_catalog_update_pushed_by_hq_takes_effect_on_the_laptop(hq_sqlite: HQServer, tmp_path: Path) -> None:
    from datetime import datetime

    from inspector_app.app import build_services
    from inspector_builders import make_officer, make_unit
    from sync.server import reference

    account = hq_sqlite.new_account()
    services = build_services(tmp_path / "laptop", FixedClock(datetime(2027, 2, 1, 9, 0)))
    try:
        services.profile.set_profile(make_unit(), make_officer())
        services.sync.login(hq_sqlite.url, account.username, account.password)
        bundled = services.rules.get_entry("nd98.79.1")  # loads (and caches) the catalog
        assert (bundled.fine_min, bundled.fine_max) == (3_000_000, 5_000_000)
        # A new decree text in force from 2027: HQ publishes the new version of the entry.
        update = {"id": "nd98.79.1", "decree": "98/2020/NĐ-CP", "article": 79, "clause": 1,
                  "text": "Phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng đối với hành vi tự ý tháo gỡ niêm phong.",
                  "text_confidence": "V", "area": "commerce", "basis": "fixed",
                  "fine": {"min": 5_000_000, "max": 10_000_000}, "acts": [], "aggravations": [],
                  "additional_penalties": [], "remedies": [], "amended_by": ["Nghị định thử nghiệm"],
                  "valid_from": "2027-01-01", "valid_to": "", "source": "HQ", "confidence": "V"}
        with hq_sqlite.engine.begin() as conn:
            reference.import_items(conn, "violation_catalog", [{"key": "nd98.79.1@2027-01-01", "data": update}],
                                   utcnow())
        assert services.sync.sync().complete
        current = services.rules.get_entry("nd98.79.1", datetime(2027, 2, 1).date())
        assert (current.fine_min, current.fine_max, current.origin) == (5_000_000, 10_000_000, "hq")
        before = services.rules.get_entry("nd98.79.1", datetime(2026, 6, 1).date())
        assert (before.fine_min, before.fine_max) == (3_000_000, 5_000_000)  # older violations keep the old text
    finally:
        services.close()


def test_one_malformed_reference_item_from_hq_is_refused_alone(hq_sqlite: HQServer, tmp_path: Path,
                                                               caplog: pytest.LogCaptureFixture) -> None:
    """A catalog item HQ sends with a broken shape is logged and left out; the catalog, and the good items of
    the same page, stay usable (it used to be stored raw and make every later catalog read fail)."""
    import logging

    from inspector_app.services.rules import RulesService
    from sync.server import reference

    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    with hq_sqlite.engine.begin() as conn:
        reference.import_items(conn, "violation_catalog", [
            {"key": "broken@2027-01-01", "data": {"id": "broken", "decree": "98/2020/NĐ-CP", "article": "mười"}}],
            utcnow())
        reference.import_items(conn, "number_block", [
            {"key": "bad-block", "data": {"kind": "nd118.mqd02", "year": NOW.year, "first": 9, "last": 1}}],
            utcnow(), scope=account.unit_code)
        reference.import_items(conn, "watchlist", [{"key": "8934588012229", "data": {"note": "hàng giả"}}], utcnow())
    with caplog.at_level(logging.WARNING, logger="inspector_app.services.sync"):
        report = sync.sync()
    assert report.complete
    refused = sorted(r.split(":")[0] for r in report.reference_rejected)
    assert refused == ["number_block bad-block", "violation_catalog broken@2027-01-01"]
    assert "broken@2027-01-01" in caplog.text
    stored = {(k, key) for k, key in store.repo.db.conn.execute("SELECT kind, key FROM reference_items")}
    assert ("watchlist", "8934588012229") in stored  # the good item of the same page
    assert ("violation_catalog", "broken@2027-01-01") not in stored and ("number_block", "bad-block") not in stored
    rules = RulesService(store.repo, FixedClock(NOW))
    assert rules.catalog()  # the bundled catalog still loads
    assert sync.sync().reference_items == 0  # the cursor moved past the refused items
