"""The HQ server closed to strangers (review sync-security-review.md, D1 D4 D5 D6 D7 D9 D11): bounded bodies on
every endpoint, text no database takes refused per record, nesting capped, corrections within a unit,
login throttling per source that a stranger cannot turn into a lock-out, a minimal and rate-limited public
verification. Against the real server process, over SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import requests
from sync_factories import fill, goods_list, local_store
from sync_hq import HQServer, peak_rss_kib, session_from
from test_server_api import client_for
from test_sync_faults import records_of

from sync.protocol import MAX_JSON_DEPTH, BatchRecord, RecordStatus, sha256_hex
from sync.server.throttle import Backoff, LoginThrottle, RateLimit

API = "/api/v1"


def canonical_text(data: object) -> str:
    """Canonical JSON text (the one serialisation the server accepts)."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def rehashed(record: BatchRecord, data: dict[str, object]) -> BatchRecord:
    """``record`` with other content, correctly hashed."""
    text = canonical_text(data)
    return BatchRecord(str(data["id"]), record.kind, sha256_hex(text.encode("utf-8", "surrogatepass")), text,
                       str(data.get("supersedes", "")), record.attachments)


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """A server of this module alone (its peak memory is measured)."""
    work = tmp_path_factory.mktemp("hq-own")
    server = HQServer(f"sqlite:///{work / 'hq.sqlite3'}", work)
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


# -- D1: bodies ------------------------------------------------------------------------------------------


def test_every_body_is_capped_while_it_streams_and_memory_stays_bounded(own_server: HQServer) -> None:
    url = own_server.url + API + "/login"
    declared = requests.post(url, data=b"x" * (1 << 20), headers={"Content-Type": "application/json"}, timeout=30)
    assert declared.status_code == 413 and declared.json()["error"]["code"] == "too_large"
    assert own_server.proc is not None
    before = peak_rss_kib(own_server.proc.pid)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the server must count while it reads
        yield b'{"username":"b1","password":"'
        for _ in range(96):
            yield b"p" * (1 << 20)
        yield b'"}'

    answers: list[object] = []

    def send() -> None:
        try:
            answers.append(requests.post(url, data=chunks(), timeout=60,
                                         headers={"Content-Type": "application/json"}).status_code)
        except requests.ConnectionError as exc:  # the server answered 413 and closed while we still sent
            answers.append(type(exc).__name__)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    grown_mib = (peak_rss_kib(own_server.proc.pid) - before) / 1024
    assert grown_mib < 64, f"4 x 96 MiB login bodies grew the server by {grown_mib:.0f} MiB ({answers})"
    assert all(a in (413, "ConnectionError") for a in answers), answers
    assert requests.get(own_server.url + API + "/health", timeout=10).status_code == 200


# -- D4, D5, D9: what reaches the database ------------------------------------------------------------------


def test_nul_control_characters_and_lone_surrogates_get_a_4xx_everywhere(hq: HQServer) -> None:
    url = hq.url + API
    bodies = [b'{"username":"n\\u00001","password":"x"}', b'{"username":"b1","password":"\\ud800"}',
              b'{"username":"b\\u00071","password":"x"}', b'{"username":"b1","password":"x","device_name":"\\udfff"}']
    for body in bodies:
        resp = session_from("127.0.0.5").post(url + "/login", data=body, timeout=10,
                                              headers={"Content-Type": "application/json"})
        assert resp.status_code == 422 and resp.json()["error"]["code"] == "validation", (body, resp.text)
    for path in ("/documents/%00/verify?h=00000000", "/documents/a%00b/verify?h=00000000"):
        resp = requests.get(url + path, timeout=10)
        assert resp.status_code == 422 and resp.json()["ok"] is False, (path, resp.text)
    client, _unit = client_for(hq)
    resp = requests.get(url + "/documents/%00", headers={"Authorization": f"Bearer {client.token}"}, timeout=10)
    assert resp.status_code == 422 and resp.json()["ok"] is False


def test_one_bad_record_never_takes_the_good_ones_of_its_batch_down(hq: HQServer, tmp_path: Path) -> None:
    store = local_store(tmp_path / "laptop")
    good, *others = records_of_fill(store, 7)
    client, unit = client_for(hq)
    bad_wire = []
    for n, change in enumerate([{"id": "x\u0000y"}, {"supersedes": "a\u0000"}, {"attachments": ["0" * 63 + "\u0000"]},
                                {"kind": "tt22.m10\ud800"}, {"id": "x" * 100_000}, {"unit_code": "QLTT-A"}]):
        wire = others[n].to_wire()
        wire.update(change)
        bad_wire.append(wire)
    # A document whose text holds a lone surrogate and one with a raw control character in its JSON text.
    data = json.loads(others[0].canonical)
    data["place"] = "Chợ \ud800"
    surrogate = rehashed(others[0], data).to_wire()
    raw_control = others[1].to_wire()
    raw_control["canonical"] = raw_control["canonical"].replace("Chợ Biên Hòa", "Chợ\u0001Biên Hòa", 1)
    raw_control["sha256"] = sha256_hex(raw_control["canonical"].encode())
    body = json.dumps({"records": [good.to_wire(), *bad_wire, surrogate, raw_control]}).encode()
    resp = requests.post(hq.url + API + "/batches", data=body, timeout=30,
                         headers={"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"})
    assert resp.status_code == 200, resp.text
    statuses = [r["status"] for r in resp.json()["results"]]
    assert statuses == ["accepted"] + ["rejected"] * 8, resp.text
    assert set(hq.stored(unit)) == {good.id}
    unit_field = resp.json()["results"][6]
    assert {"path": "unit_code", "message": "trường không được hỗ trợ"} in unit_field["errors"]


def records_of_fill(store: object, count: int) -> list[BatchRecord]:
    """``count`` final documents of a fresh local store, as wire records."""
    fill(store, count)  # type: ignore[arg-type]
    return records_of(store)  # type: ignore[arg-type]


def test_deep_nesting_in_a_document_is_rejected_per_record(hq: HQServer, tmp_path: Path) -> None:
    store = local_store(tmp_path / "laptop")
    good, deep_invalid, deep_valid = records_of_fill(store, 3)
    client, unit = client_for(hq)
    nested: object = "đáy"
    for _ in range(600):
        nested = [nested]
    data = json.loads(deep_invalid.canonical)
    data["fields"] = {"deep": nested}
    data["place"] = 12345  # invalid as well: the schema's error path used to recurse and overflow
    data2 = json.loads(deep_valid.canonical)
    shallow: object = "x"
    for _ in range(MAX_JSON_DEPTH + 1):
        shallow = {"a": shallow}
    data2["fields"] = {"deep": shallow}
    results = client.push_batch([good, rehashed(deep_invalid, data), rehashed(deep_valid, data2)])
    assert [r.status for r in results] == [RecordStatus.ACCEPTED, RecordStatus.REJECTED, RecordStatus.REJECTED]
    assert "sâu" in results[1].errors[0]["message"] and "sâu" in results[2].errors[0]["message"]
    assert set(hq.stored(unit)) == {good.id}


def test_a_payload_naming_another_unit_is_flagged_and_audited(hq: HQServer, tmp_path: Path) -> None:
    from sqlalchemy import select

    from sync.server.tables import audit

    store = local_store(tmp_path / "laptop")
    (record,) = records_of_fill(store, 1)
    client, unit = client_for(hq, "B")
    result = client.push_batch([record])[0]
    assert result.status == RecordStatus.ACCEPTED
    assert "QLTT-DN-01" in result.message and unit in result.message
    with hq.engine.connect() as conn:
        rows = conn.execute(select(audit.c.data).where(audit.c.action == "unit_mismatch",
                                                       audit.c.entity_id == record.id)).all()
    assert [json.loads(r.data) for r in rows] == [{"named": "QLTT-DN-01"}]


# -- D6, D11: corrections and the public verification ---------------------------------------------------


def test_another_unit_cannot_make_a_document_look_superseded(hq: HQServer, tmp_path: Path) -> None:
    from sync_factories import NOW

    from inspector_app.domain.lifecycle import correction_of

    store = local_store(tmp_path / "laptop")
    (original,) = fill(store, 1)
    (original_record,) = records_of(store)
    draft = correction_of(original, NOW)
    draft.place = "Chợ Biên Hòa, quầy số 12"
    correction = store.add_final(draft, "2/BK")
    correction_record = next(r for r in records_of(store) if r.id == correction.id)
    client_a, _unit_a = client_for(hq, "A")
    client_b, _unit_b = client_for(hq, "B")
    # Unit B sends the correction first (it learnt the id from the QR of a paper copy), then A syncs.
    assert client_b.push_batch([correction_record])[0].status.stored
    assert client_a.push_batch([original_record])[0].status == RecordStatus.ACCEPTED
    assert client_a.verify(original.id, original.sha256[:12]) == {"ok": True, "status": "valid"}


def test_verify_says_only_valid_superseded_or_unknown_and_is_rate_limited(hq: HQServer, tmp_path: Path) -> None:
    from sync_factories import NOW

    from inspector_app.domain.lifecycle import correction_of

    store = local_store(tmp_path / "laptop")
    (original,) = fill(store, 1)
    draft = correction_of(original, NOW)
    correction = store.add_final(draft, "2/BK")
    client, _unit = client_for(hq)
    client.push_batch(records_of(store))
    source = session_from("127.0.0.6")

    def verify(doc_id: str, prefix: str) -> requests.Response:
        return source.get(f"{hq.url}{API}/documents/{doc_id}/verify", params={"h": prefix}, timeout=10)

    assert verify(original.id, original.sha256[:12]).json() == {"ok": True, "status": "superseded"}
    assert verify(correction.id, correction.sha256[:8]).json() == {"ok": True, "status": "valid"}
    # A wrong prefix and an id that does not exist answer alike: no oracle of which ids exist.
    assert verify(original.id, "deadbeefdead").json() == verify("khong-co", "deadbeefdead").json() == {
        "ok": True, "status": "unknown"}
    answers = [verify("khong-co", "00000000") for _ in range(40)]
    limited = [a for a in answers if a.status_code == 429]
    assert limited and int(limited[0].headers["Retry-After"]) >= 1
    assert limited[0].json()["error"]["code"] == "too_many_attempts"
    # Another source is not affected.
    assert requests.get(f"{hq.url}{API}/documents/khong-co/verify", params={"h": "00000000"},
                        timeout=10).status_code == 200


# -- D7: login throttling ---------------------------------------------------------------------------------


def login_from(hq: HQServer, source: str, username: str, password: str) -> requests.Response:
    """POST /login from the loopback address ``source``."""
    return session_from(source).post(hq.url + API + "/login", timeout=10,
                                     json={"username": username, "password": password, "device_name": "máy"})


def test_a_stranger_cannot_lock_an_officer_out(hq_sqlite: HQServer) -> None:
    victim = hq_sqlite.new_account()
    for _ in range(8):
        login_from(hq_sqlite, "127.0.0.7", victim.username.upper(), "sai")
    stranger = login_from(hq_sqlite, "127.0.0.7", victim.username, victim.password)
    assert stranger.status_code == 429 and int(stranger.headers["Retry-After"]) >= 1
    # The officer, from the officer's own machine, is not locked out by the stranger's attempts.
    assert login_from(hq_sqlite, "127.0.0.1", victim.username, victim.password).status_code == 200


def test_spraying_usernames_from_one_source_is_throttled(hq_sqlite: HQServer) -> None:
    codes = [login_from(hq_sqlite, "127.0.0.8", f"khong-co-{i}", "mat-khau-1").status_code for i in range(14)]
    assert codes[:10] == [401] * 10 and 429 in codes[10:], codes


def test_backoff_grows_caps_and_forgets() -> None:
    t0 = datetime(2026, 11, 22, 8, 0)
    backoff = Backoff(free_failures=2, first_delay=timedelta(seconds=2), max_delay=timedelta(seconds=30),
                      forget_after=timedelta(hours=1))
    waits = []
    for i in range(7):
        backoff.failed("k", t0 + timedelta(seconds=i))
        waits.append(backoff.retry_after("k", t0 + timedelta(seconds=i)))
    assert waits == [0, 0, 2, 4, 8, 16, 30]  # growing, never beyond the cap: no hard lock
    assert backoff.retry_after("k", t0 + timedelta(seconds=40)) == 0
    assert backoff.retry_after("other", t0) == 0
    backoff.failed("k", t0 + timedelta(hours=3))  # a quiet key was forgotten: this failure is free again
    assert backoff.retry_after("k", t0 + timedelta(hours=3)) == 0
    bounded = Backoff(max_keys=100)
    for i in range(1000):
        bounded.failed(f"made-up-{i}", t0)
    assert len(bounded.counts) <= 100  # type: ignore[arg-type]  # MemoryCounts when none was given


def test_login_throttle_scopes() -> None:
    t0 = datetime(2026, 11, 22, 8, 0)
    throttle = LoginThrottle()
    for i in range(30):  # one username sprayed from 30 sources, once each
        throttle.failed("Huong", f"10.0.0.{i}", t0)
    assert 0 < throttle.retry_after("huong", "10.9.9.9", t0) <= 30  # slowed by seconds, never locked out
    assert throttle.retry_after("huong", "10.9.9.9", t0 + timedelta(seconds=31)) == 0
    throttle.succeeded("huong", "10.0.0.1")
    limit = RateLimit(per_minute=60, burst=2)
    assert [limit.take("s", t0), limit.take("s", t0), limit.take("s", t0)] == [0, 0, 1]
    assert limit.take("s", t0 + timedelta(seconds=1)) == 0


# -- D10: accounts ----------------------------------------------------------------------------------------


def test_hq_disables_officers_and_resets_or_changes_passwords(hq_sqlite: HQServer, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    import io

    from sync.client import AuthError, HQClient
    from sync.server import cli as hq_cli

    account = hq_sqlite.new_account()
    db = ["--database", hq_sqlite.database_url]

    def login(password: str) -> int:
        return login_from(hq_sqlite, "127.0.0.11", account.username, password).status_code

    client = HQClient(hq_sqlite.url)
    client.login(account.username, account.password)
    assert hq_cli.main(["disable-officer", account.username, *db]) == 0
    with pytest.raises(AuthError):
        client.pull_reference(0)
    assert login(account.password) == 401
    assert hq_cli.main(["enable-officer", account.username, *db]) == 0
    client.login(account.username, account.password)
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-moi-1\n"))
    assert hq_cli.main(["reset-password", account.username, "--password-stdin", *db]) == 0
    with pytest.raises(AuthError):  # every device must log in again with the new password
        client.pull_reference(0)
    assert (login(account.password), login("mat-khau-moi-1")) == (401, 200)
    monkeypatch.setattr("sys.stdin", io.StringIO("sai-mat-khau\nmat-khau-moi-2\n"))
    assert hq_cli.main(["change-password", account.username, "--password-stdin", *db]) == 2
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-moi-1\nmat-khau-moi-2\n"))
    assert hq_cli.main(["change-password", account.username, "--password-stdin", *db]) == 0
    assert (login("mat-khau-moi-1"), login("mat-khau-moi-2")) == (401, 200)
    assert hq_cli.main(["disable-officer", "khong-co-ai", *db]) == 2
    capsys.readouterr()


# -- D12: uploads -----------------------------------------------------------------------------------------


def test_a_known_hash_is_not_a_file_another_unit_has(hq: HQServer, tmp_path: Path) -> None:
    blob = b"JPEG " + uuid.uuid4().bytes * 100
    store_a, store_b = local_store(tmp_path / "a"), local_store(tmp_path / "b")
    doc_a = store_a.add_final(goods_list(1), "1/BK", [blob])
    doc_b = store_b.add_final(goods_list(2), "2/BK", [blob])  # unit B names the same hash, without the file
    client_a, _unit_a = client_for(hq, "A")
    client_b, unit_b = client_for(hq, "B")
    (record_a,) = records_of(store_a)
    (record_b,) = records_of(store_b)
    assert client_a.push_batch([record_a])[0].status == RecordStatus.INCOMPLETE
    client_a.put_attachment(doc_a.attachments[0].sha256, blob)
    answer = client_b.push_batch([record_b])[0]
    assert answer.status == RecordStatus.INCOMPLETE and answer.missing == [doc_b.attachments[0].sha256]
    assert client_b.put_attachment(doc_b.attachments[0].sha256, blob)["completed_documents"] == 1
    assert hq.stored(unit_b)[doc_b.id] == (doc_b.sha256, True)


def test_a_unit_has_a_quota_and_unreferenced_uploads_expire(tmp_path: Path) -> None:
    from sqlalchemy import func, select

    from sync.client import HQClient, ServerRejected
    from sync.server import cli as hq_cli
    from sync.server.tables import attachment_uploads, attachments

    server = HQServer(f"sqlite:///{tmp_path / 'hq.sqlite3'}", tmp_path, ("--unit-quota-mb", "1"))
    server.start()
    try:
        account = server.new_account()
        client = HQClient(server.url)
        client.login(account.username, account.password)
        first, second = (uuid.uuid4().bytes * 40_000 for _ in range(2))  # 640 KB each
        client.put_attachment(sha256_hex(first), first)
        client.put_attachment(sha256_hex(first), first)  # a re-upload costs nothing
        with pytest.raises(ServerRejected) as err:
            client.put_attachment(sha256_hex(second), second)
        assert err.value.status == 403 and err.value.code == "quota_exceeded"
        # A referenced upload stays; an unreferenced one expires (here: anything older than now).
        store = local_store(tmp_path / "laptop")
        kept = store.add_final(goods_list(1), "1/BK", [b"JPEG kept " + uuid.uuid4().bytes])
        (record,) = records_of(store)
        client.push_batch([record])
        blob = (store.data_dir / store.repo.attachment_path(kept.attachments[0].sha256)).read_bytes()
        client.put_attachment(kept.attachments[0].sha256, blob)
        assert hq_cli.main(["purge-uploads", "--older-than-days", "-1", "--database", server.database_url,
                            "--attachments-dir", str(server.attachments.root)]) == 0
        with server.engine.connect() as conn:
            left = {r[0] for r in conn.execute(select(attachment_uploads.c.sha256))}
            stored = conn.execute(select(func.count()).select_from(attachments)).scalar()
        assert left == {kept.attachments[0].sha256} and stored == 1
        assert set(server.attachments.keys()) == left  # the expired upload's file went with its row
        client.put_attachment(sha256_hex(second), second)  # the quota is free again
    finally:
        server.stop()
        server.engine.dispose()


# -- D17: orphan tokens -----------------------------------------------------------------------------------


def test_a_new_login_of_the_same_installation_revokes_its_older_tokens(hq: HQServer) -> None:
    from sync.client import AuthError, HQClient

    account = hq.new_account()
    lost, again, other = HQClient(hq.url), HQClient(hq.url), HQClient(hq.url)
    lost.login(account.username, account.password, "máy", "inst-1")  # the answer "lost": the laptop retries
    again.login(account.username, account.password, "máy", "inst-1")
    other.login(account.username, account.password, "máy khác", "inst-2")
    with pytest.raises(AuthError):
        lost.pull_reference(0)
    assert again.pull_reference(0).items is not None and other.pull_reference(0).items is not None
