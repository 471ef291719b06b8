"""The HQ server's API through the real client: per-record answers, unit scoping, attachments, limits,
the error envelope, QR verification, statistics and migrations, over SQLite and PostgreSQL.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sync_factories import LocalStore, fill, local_store
from sync_hq import HQServer
from test_sync_faults import records_of

from sync.client import AuthError, HQClient, ServerRejected, TransportError
from sync.protocol import MAX_BATCH_RECORDS, BatchRecord, RecordStatus, sha256_hex
from sync.server import cli as hq_cli
from sync.server.tables import ENGINE_SPECIFIC, metadata


def client_for(hq: HQServer, prefix: str = "U") -> tuple[HQClient, str]:
    """A logged-in client of a fresh unit, and the unit code."""
    account = hq.new_account(prefix)
    client = HQClient(hq.url)
    client.login(account.username, account.password, "máy thử")
    return client, account.unit_code


def tampered(record: BatchRecord, change: dict[str, object]) -> BatchRecord:
    """The same id with other content, correctly hashed (a real conflict, not a damaged record)."""
    data = json.loads(record.canonical)
    data.update(change)
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return BatchRecord(record.id, record.kind, sha256_hex(canonical.encode()), canonical, record.supersedes,
                       record.attachments)


@pytest.fixture
def laptop(tmp_path: Path) -> LocalStore:
    """A local store with four final documents, the last two with one photo each."""
    store = local_store(tmp_path / "laptop")
    fill(store, 4, attachments_every=3)
    fill(store, 1, attachments_every=1, start=10)
    return store


def test_batch_answers_accepted_duplicate_conflict_rejected_incomplete(hq: HQServer, laptop: LocalStore) -> None:
    client, unit = client_for(hq)
    records = records_of(laptop)
    plain = [r for r in records if not r.attachments]
    with_photo = [r for r in records if r.attachments]
    broken = BatchRecord(plain[0].id[:-1] + "x", plain[0].kind, plain[0].sha256, plain[0].canonical)
    results = client.push_batch([*plain, *with_photo, broken])
    statuses = [r.status for r in results]
    assert statuses == [RecordStatus.ACCEPTED] * len(plain) + [RecordStatus.INCOMPLETE] * len(with_photo) + [
        RecordStatus.REJECTED]
    assert results[-1].errors and {e["path"] for e in results[-1].errors} >= {"$.id"}
    # Same again: duplicates (success), the photo records still incomplete and naming the missing file.
    again = client.push_batch([*plain, *with_photo])
    assert [r.status for r in again] == [RecordStatus.DUPLICATE] * len(plain) + [RecordStatus.INCOMPLETE] * len(with_photo)
    assert again[-1].missing == with_photo[-1].attachments
    conflict = client.push_batch([tampered(plain[0], {"place": "Chợ Tân Hiệp"})])[0]
    assert conflict.status == RecordStatus.CONFLICT and "không ghi đè" in conflict.message
    assert hq.stored(unit)[plain[0].id] == (plain[0].sha256, True)


def test_rejections_name_every_problem_with_its_json_path(hq: HQServer, laptop: LocalStore) -> None:
    client, _unit = client_for(hq)
    record = records_of(laptop)[0]
    data = json.loads(record.canonical)
    data["goods"][0]["quantity"] = 2.5
    data["goods"][1]["quantity"] = "hai"
    data["subject"]["kind"] = "robot"
    data["extra"] = True
    bad = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    result = client.push_batch([BatchRecord(record.id, record.kind, sha256_hex(bad.encode()), bad)])[0]
    assert result.status == RecordStatus.REJECTED
    assert {e["path"] for e in result.errors} == {"$.goods[0].quantity", "$.goods[1].quantity",
                                                  "$.subject.kind", "$.extra"}
    wrong_hash = client.push_batch([BatchRecord(record.id, record.kind, "0" * 64, record.canonical)])[0]
    assert wrong_hash.status == RecordStatus.REJECTED and wrong_hash.errors[0]["path"] == "sha256"
    pretty = json.dumps(json.loads(record.canonical), ensure_ascii=False, indent=1, sort_keys=True)
    not_canonical = client.push_batch([BatchRecord(record.id, record.kind, sha256_hex(pretty.encode()), pretty)])[0]
    assert not_canonical.status == RecordStatus.REJECTED


def test_records_are_stamped_with_the_token_unit_and_invisible_to_other_units(hq: HQServer,
                                                                            laptop: LocalStore) -> None:
    client_a, unit_a = client_for(hq, "A")
    client_b, unit_b = client_for(hq, "B")
    record = next(r for r in records_of(laptop) if not r.attachments)
    assert json.loads(record.canonical)["unit"]["code"] not in (unit_a, unit_b)  # the payload says otherwise
    assert client_a.push_batch([record])[0].status == RecordStatus.ACCEPTED
    assert client_a.get_document(record.id)["unit_code"] == unit_a
    assert record.id in hq.stored(unit_a) and record.id not in hq.stored(unit_b)
    with pytest.raises(ServerRejected) as err:
        client_b.get_document(record.id)
    assert err.value.status == 404
    # Unit B can neither overwrite nor learn anything about unit A's record by sending its id.
    answer = client_b.push_batch([tampered(record, {"place": "nơi khác"})])[0]
    assert answer.status == RecordStatus.CONFLICT and record.sha256[:12] not in answer.message
    same = client_b.push_batch([record])[0]
    assert same.status == RecordStatus.CONFLICT
    assert hq.stored(unit_a)[record.id] == (record.sha256, True)
    # Reference data: B does not receive A's subject history.
    keys_b = {i["key"] for i in client_b.pull_reference(0, 1000).items if i["kind"] == "subject_violation"}
    assert not any(record.id in k for k in keys_b)


def test_attachment_upload_checks_the_hash_and_completes_the_record(hq: HQServer, laptop: LocalStore) -> None:
    client, unit = client_for(hq)
    record = next(r for r in records_of(laptop) if r.attachments)
    assert client.push_batch([record])[0].status == RecordStatus.INCOMPLETE
    assert hq.stored(unit)[record.id] == (record.sha256, False)
    sha = record.attachments[0]
    blob = (laptop.data_dir / laptop.repo.attachment_path(sha)).read_bytes()
    with pytest.raises(TransportError) as err:
        client.put_attachment(sha, blob + b"!")
    assert err.value.code == "hash_mismatch"
    first = client.put_attachment(sha, blob)
    assert first["created"] and first["completed_documents"] == 1
    second = client.put_attachment(sha, blob)  # a re-upload is harmless
    assert not second["created"] and second["completed_documents"] == 0
    assert hq.stored(unit)[record.id] == (record.sha256, True)
    assert client.push_batch([record])[0].status == RecordStatus.DUPLICATE


def test_a_correction_names_the_record_it_supersedes_and_verify_reports_it(hq: HQServer, tmp_path: Path) -> None:
    from sync_factories import NOW

    from inspector_app.domain.lifecycle import correction_of

    store = local_store(tmp_path / "laptop")
    (original,) = fill(store, 1)
    draft = correction_of(original, NOW)
    draft.place = "Chợ Biên Hòa, quầy số 12"
    draft.goods = original.goods
    correction = store.add_final(draft, "2/BK")
    client, _unit = client_for(hq)
    results = client.push_batch(records_of(store))
    assert [r.status for r in results] == [RecordStatus.ACCEPTED, RecordStatus.ACCEPTED]
    assert client.get_document(correction.id)["supersedes"] == original.id
    assert client.verify(original.id, original.sha256[:12]) == {"ok": True, "status": "superseded"}
    assert client.verify(correction.id, correction.sha256[:12]) == {"ok": True, "status": "valid"}
    assert client.verify(original.id, "deadbeefdead") == {"ok": True, "status": "unknown"}
    assert client.verify("khong-co", original.sha256[:12]) == {"ok": True, "status": "unknown"}


def test_unauthenticated_and_revoked_requests_get_401_in_the_envelope(hq: HQServer) -> None:
    resp = requests.post(hq.url + "/api/v1/batches", json={"records": []}, timeout=10)
    assert resp.status_code == 401
    assert resp.json()["ok"] is False and resp.json()["error"]["code"] == "unauthorized"
    client, _unit = client_for(hq)
    client.logout()
    client.token = "not-a-token"
    with pytest.raises(AuthError):
        client.pull_reference(0)


def test_every_failure_uses_the_one_error_envelope(hq: HQServer) -> None:
    client, _unit = client_for(hq)
    auth = {"Authorization": f"Bearer {client.token}"}
    cases = [
        requests.get(hq.url + "/api/v1/nope", timeout=10),
        requests.delete(hq.url + "/api/v1/batches", timeout=10),
        requests.post(hq.url + "/api/v1/batches", data=b"{not json", headers=auth, timeout=10),
        requests.post(hq.url + "/api/v1/batches", json={"records": "x"}, headers=auth, timeout=10),
        requests.post(hq.url + "/api/v1/batches", data=b"garbage", timeout=10,
                      headers={**auth, "Content-Encoding": "gzip"}),
        requests.post(hq.url + "/api/v1/login", json={"username": ""}, timeout=10),
        requests.get(hq.url + "/api/v1/health", headers={"X-Inspector-Protocol": "99"}, timeout=10),
        requests.get(hq.url + "/api/v1/reference?cursor=-1", headers=auth, timeout=10),
    ]
    for resp in cases:
        assert 400 <= resp.status_code < 500, (resp.request.method, resp.request.url, resp.status_code)
        body = resp.json()
        assert body["ok"] is False and set(body["error"]) == {"code", "message", "details"}, body


def test_batches_are_bounded_and_gzip_bodies_are_inflated_with_a_cap(hq_sqlite: HQServer, laptop: LocalStore) -> None:
    client, _unit = client_for(hq_sqlite)
    auth = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/json"}
    record = records_of(laptop)[0].to_wire()
    too_many = json.dumps({"records": [record] * (MAX_BATCH_RECORDS + 1)}).encode()
    resp = requests.post(hq_sqlite.url + "/api/v1/batches", data=too_many, headers=auth, timeout=30)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "too_large"
    bomb = gzip.compress(b"[" + b" " * (40 * 1024 * 1024) + b"]")  # 40 MiB of spaces in ~40 KiB
    resp = requests.post(hq_sqlite.url + "/api/v1/batches", data=bomb, timeout=30,
                         headers={**auth, "Content-Encoding": "gzip"})
    assert resp.status_code == 413
    ok = gzip.compress(json.dumps({"records": [record]}).encode())
    resp = requests.post(hq_sqlite.url + "/api/v1/batches", data=ok, timeout=30,
                         headers={**auth, "Content-Encoding": "gzip"})
    assert resp.status_code == 200 and resp.json()["results"][0]["status"] == "accepted"


def test_openapi_is_published(hq_sqlite: HQServer) -> None:
    spec = requests.get(hq_sqlite.url + "/openapi.json", timeout=10).json()
    assert {"/api/v1/batches", "/api/v1/attachments/{sha256}", "/api/v1/reference", "/api/v1/login",
            "/api/v1/documents/{document_id}/verify"} <= set(spec["paths"])


def test_stats_counts_distinct_documents_per_unit_kind_and_month(hq: HQServer, laptop: LocalStore,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    client, unit = client_for(hq)
    records = records_of(laptop)
    client.push_batch(records)
    client.push_batch(records)  # duplicates do not count twice
    assert hq_cli.main(["stats", "--json", "--database", hq.database_url]) == 0
    data = json.loads(capsys.readouterr().out)
    mine = [r for r in data["by_unit_kind_month"] if r["unit"] == unit]
    assert mine == [{"unit": unit, "kind": "tt22.m10", "month": "2025-03", "documents": len(records),
                     "complete": len([r for r in records if not r.attachments])}]
    assert data["documents"] >= len(records)


def test_migrations_build_exactly_the_declared_schema(hq: HQServer) -> None:
    with hq.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "include_name": lambda name, _type, _parent: not (name or "").startswith(ENGINE_SPECIFIC)})
        diff = compare_metadata(context, metadata)
    assert diff == []


def test_accounts_commands(hq_sqlite: HQServer, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    import io

    db = ["--database", hq_sqlite.database_url]
    assert hq_cli.main(["add-unit", "QLTT-CMD", "--name", "Đội QLTT số 9", *db]) == 0
    assert hq_cli.main(["add-unit", "QLTT-CMD", "--name", "lần hai", *db]) == 2  # already exists
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-rat-dai\n"))
    assert hq_cli.main(["add-officer", "cmd.lan", "--unit", "QLTT-CMD", "--name", "Lan", "--password-stdin", *db]) == 0
    client = HQClient(hq_sqlite.url)
    login = client.login("cmd.lan", "mat-khau-rat-dai")
    assert hq_cli.main(["revoke-device", login.device_id, *db]) == 0
    with pytest.raises(AuthError):
        client.pull_reference(0)
    assert hq_cli.main(["revoke-device", login.device_id, *db]) == 1  # nothing left to revoke
    capsys.readouterr()


def test_repeated_wrong_passwords_make_that_source_wait(hq_sqlite: HQServer) -> None:
    account = hq_sqlite.new_account()
    other = hq_sqlite.new_account()

    def login(username: str, password: str) -> requests.Response:
        return requests.post(hq_sqlite.url + "/api/v1/login", timeout=10,
                             json={"username": username, "password": password, "device_name": "laptop"})

    for _ in range(5):
        assert login(account.username, "sai-mat-khau").status_code == 401
    # That source must wait: even the right password is refused meanwhile, so guessing gains nothing.
    locked = login(account.username, account.password)
    assert locked.status_code == 429
    error = locked.json()["error"]
    assert error["code"] == "too_many_attempts" and "thử lại sau" in error["message"]
    assert error["details"]["retry_after"] > 0
    # Another officer is not affected, and the wrong-password count is per account.
    assert login(other.username, other.password).status_code == 200
    assert login(other.username.upper(), "sai").status_code == 401  # usernames are compared case-insensitively
