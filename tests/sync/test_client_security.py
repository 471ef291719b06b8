"""The laptop side of sync-security-review.md (D2 D3 D7 D8 D13 D15 D16): one large photo never blocks a sync
and is refused at attach time, no redirect is followed, ``--ca-bundle`` beats the environment, a throttled
login is reported as such, a document the server cannot take is not finalised, one sync at a time, and bad
input or a full disk reported as such.
"""

from __future__ import annotations

import http.server
import json
import os
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_factories import fill, goods_list, local_store
from sync_hq import REPO, HQServer, session_from
from test_sync_faults import records_of
from test_sync_service import service

from inspector_app.app import build_services
from inspector_app.cli import run
from inspector_app.domain.errors import InspectorError, TooLargeError
from inspector_app.services.sync import SYNC_LOCK_FILE, SyncBusyError, sync_lock
from inspector_app.store import outbox
from inspector_builders import make_officer, make_unit
from sync.client import HQClient, RedirectRefused
from sync.protocol import MAX_ATTACHMENT_BYTES, MAX_CANONICAL_BYTES

# -- D2, D8: sizes -----------------------------------------------------------------------------------------


def test_one_oversized_photo_sticks_its_document_alone(hq_sqlite: HQServer, tmp_path: Path) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 3)
    big = store.add_final(goods_list(4), "4/BK", [b"\xff" * (MAX_ATTACHMENT_BYTES + 1)])
    fill(store, 3, start=5)
    sync = service(store, batch_size=2)
    sync.login(hq_sqlite.url, account.username, account.password)
    report = sync.sync()
    assert not report.complete and report.rejected == 1 and report.sent == 6
    assert outbox.state_counts(store.repo) == {"synced": 6, "rejected": 1}
    (stuck,) = [r for r in sync.status() if r.state == "rejected"]
    assert stuck.document_id == big.id and "anh-0.jpg" in stuck.last_error and "64 MB" in stuck.last_error


def test_a_photo_over_the_server_limit_is_refused_when_attached(tmp_path: Path) -> None:
    photo = tmp_path / "anh-rat-lon.jpg"
    with photo.open("wb") as fh:  # sparse: the size is what counts
        fh.truncate(MAX_ATTACHMENT_BYTES + 1)
    services = build_services(tmp_path / "laptop")
    try:
        services.profile.set_profile(make_unit(), make_officer())
        case = services.cases.new_case(title="Kiểm tra", place="Chợ Biên Hòa")
        with pytest.raises(TooLargeError) as err:
            services.cases.attach_file(case.id, photo)
        assert "anh-rat-lon.jpg" in err.value.message and "64 MB" in err.value.message
        assert err.value.details == {"file": photo.name, "size": MAX_ATTACHMENT_BYTES + 1,
                                     "limit": MAX_ATTACHMENT_BYTES}
        assert services.cases.get(case.id).attachments == []
        assert not (tmp_path / "laptop" / "attachments").exists() or not any(
            (tmp_path / "laptop" / "attachments").rglob("*"))
    finally:
        services.close()


def test_a_document_over_the_server_limit_is_not_finalised(tmp_path: Path) -> None:
    services = build_services(tmp_path / "laptop")
    try:
        store = local_store(tmp_path / "laptop")
        # Stored final by the factory (as an older app version could have); its correction is what we finalise.
        final = store.add_final(goods_list(1, rows=9000), "1/BK")
        (canonical,) = services.repo.db.conn.execute("SELECT canonical FROM documents WHERE id = ?",
                                                     (final.id,)).fetchone()
        assert len(canonical.encode()) > MAX_CANONICAL_BYTES  # the fixture really is too large
        draft = services.documents.correct(final.id)
        numbers_before = services.repo.db.conn.execute("SELECT count(*) FROM documents WHERE status != 'draft'").fetchone()
        with pytest.raises(TooLargeError) as err:
            services.documents.finalize(draft.id)
        assert "quá lớn" in err.value.message and err.value.details["limit"] == MAX_CANONICAL_BYTES
        assert services.documents.get(draft.id).status == "draft"
        assert services.repo.db.conn.execute(
            "SELECT count(*) FROM documents WHERE status != 'draft'").fetchone() == numbers_before
    finally:
        services.close()


# -- D3, D13: where the password goes ----------------------------------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A plain-HTTP listener that records every request it gets (the would-be attacker)."""

    seen: list[bytes] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers.get("Content-Length") or 0)
        type(self).seen.append(self.rfile.read(length))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(json.dumps({"ok": True, "token": "stolen", "device_id": "x", "unit_code": "X"}).encode())

    def log_message(self, *_args: object) -> None:
        """Quiet."""


def _serve(handler: type[http.server.BaseHTTPRequestHandler], context: ssl.SSLContext | None = None
           ) -> Iterator[int]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()


def test_no_redirect_is_followed(tmp_path: Path) -> None:
    _Recorder.seen = []
    sink = _serve(_Recorder)
    sink_port = next(sink)

    class Redirect(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.send_response(307)
            self.send_header("Location", f"http://127.0.0.1:{sink_port}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            """Quiet."""

    front = _serve(Redirect)
    port = next(front)
    try:
        with pytest.raises(RedirectRefused) as err:
            HQClient(f"http://127.0.0.1:{port}").login("b1", "mat-khau-bi-lo-ra")
        assert "chuyển hướng" in err.value.message and err.value.status == 307
        store = local_store(tmp_path / "laptop")
        with pytest.raises(InspectorError) as service_err:
            service(store).login(f"http://127.0.0.1:{port}", "b1", "mat-khau-bi-lo-ra")
        assert "chuyển hướng" in service_err.value.message
        assert _Recorder.seen == []  # the password never reached the other listener
    finally:
        for gen in (front, sink):
            gen.close()


@pytest.fixture
def unit_ca(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A unit's own CA and a server certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem)."""
    ca_key, ca, key, csr, cert = (tmp_path / n for n in ("ca.key", "ca.pem", "srv.key", "srv.csr", "srv.pem"))
    ext = tmp_path / "ext.cnf"
    ext.write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n")
    for cmd in (
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca, "-days", "2",
         "-subj", "/CN=Chi cuc QLTT test CA"],
        ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=127.0.0.1"],
        ["x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial", "-out", cert, "-days", "2",
         "-extfile", ext],
    ):
        subprocess.run(["openssl", *map(str, cmd)], check=True, capture_output=True)
    return ca, cert, key


def test_ca_bundle_takes_precedence_over_the_environment(unit_ca: tuple[Path, Path, Path],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ca, cert, key = unit_ca

    class Health(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = json.dumps({"ok": True, "protocol": 1}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            """Quiet."""

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    gen = _serve(Health, context)
    port = next(gen)
    try:
        system = ssl.get_default_verify_paths().cafile or "/etc/ssl/certs/ca-certificates.crt"
        for variable in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            monkeypatch.setenv(variable, system)  # a bundle without the unit's CA
            assert HQClient(f"https://127.0.0.1:{port}", ca_bundle=str(ca)).health()["ok"] is True
            monkeypatch.delenv(variable)
    finally:
        gen.close()


# -- D7: a throttled login ---------------------------------------------------------------------------------


def test_a_throttled_login_is_reported_as_such(hq_sqlite: HQServer, tmp_path: Path) -> None:
    account = hq_sqlite.new_account()
    for _ in range(6):
        session_from("127.0.0.10").post(hq_sqlite.url + "/api/v1/login", timeout=10,
                                        json={"username": account.username, "password": "sai"})

    def from_there(server: str, token: str | None, ca: str | None) -> HQClient:
        return HQClient(server, token, ca_bundle=ca, session=session_from("127.0.0.10"))

    store = local_store(tmp_path / "laptop")
    with pytest.raises(InspectorError) as err:
        service(store, client_factory=from_there).login(hq_sqlite.url, account.username, account.password)
    assert err.value.code == "throttled" and "giây" in err.value.message and "Kiểm tra mạng" not in err.value.message
    assert err.value.details["retry_after"] >= 1  # type: ignore[index]


# -- D16: one sync at a time --------------------------------------------------------------------------------


def test_one_sync_at_a_time_per_laptop(hq_sqlite: HQServer, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 2)
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    with sync_lock(store.data_dir):  # another sync holds this laptop
        with pytest.raises(SyncBusyError):
            sync.sync()
        assert outbox.state_counts(store.repo) == {"final": 2}
        assert run(["sync", "--data-dir", str(store.data_dir)]) == 1
        assert "đang đồng bộ" in capsys.readouterr().err
    assert sync.sync().complete  # free again
    # A holder killed with SIGKILL releases it: the OS drops the lock with the process.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from inspector_app.services.sync import sync_lock\n"
        "with sync_lock(Path(sys.argv[1])):\n    print('held', flush=True); time.sleep(60)"), str(store.data_dir)],
        stdout=subprocess.PIPE, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    with pytest.raises(SyncBusyError):
        sync.sync()
    holder.kill()
    holder.wait(timeout=10)
    assert sync.sync().complete
    assert (store.data_dir / SYNC_LOCK_FILE).exists()


# -- D15: bad input and a full disk -------------------------------------------------------------------------


def test_importing_absurdly_deep_json_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / "sau.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    assert run(["import", str(deep), "--data-dir", str(tmp_path / "laptop")]) == 2
    assert "sâu" in capsys.readouterr().err
    shallow_enough_to_parse = tmp_path / "sau2.json"
    shallow_enough_to_parse.write_text('{"a":' * 500 + "1" + "}" * 500)
    assert run(["import", str(shallow_enough_to_parse), "--data-dir", str(tmp_path / "laptop")]) == 2


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB file system (tmpfs; needs root, as in CI's container; skipped elsewhere)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_is_reported_as_such(tiny_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tiny_disk / "laptop"
    build_services(data).close()
    filler = tiny_disk / "filler"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    # A command that writes says the disk is full; one that only reads needs no room and still works
    # (review D15), and neither leaves empty -wal/-shm files behind.
    code = run(["demo", "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == 1 and "Ổ đĩa đã đầy" in err, err
    code = run(["audit", "verify", "--data-dir", str(data)])
    captured = capsys.readouterr()
    assert code == 0 and "toàn vẹn" in captured.out, captured
    assert sorted(p.name for p in data.iterdir() if "sqlite3-" in p.name) == []


# -- D17: smaller observations -----------------------------------------------------------------------------


def test_a_plaintext_keyring_is_not_a_secure_token_store() -> None:
    import keyring
    from sync_hq import MemoryKeyring

    from inspector_app.services.sync import TokenStore

    class PlaintextKeyring(MemoryKeyring):
        """Stands for keyrings.alt.file.PlaintextKeyring (base64 in a file of the home directory)."""

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    assert TokenStore().available() is False
    keyring.set_keyring(MemoryKeyring())
    assert TokenStore().available() is True


def test_a_record_another_device_stored_is_not_counted_as_new(hq_sqlite: HQServer, tmp_path: Path) -> None:
    account = hq_sqlite.new_account()
    store = local_store(tmp_path / "laptop")
    fill(store, 2, attachments_every=1)
    other_device = HQClient(hq_sqlite.url)
    other_device.login(account.username, account.password)
    first = other_device.push_batch(records_of(store))  # stored, files not sent yet
    assert [r.status.value for r in first] == ["incomplete", "incomplete"] and all(r.created for r in first)
    sync = service(store)
    sync.login(hq_sqlite.url, account.username, account.password)
    report = sync.sync()
    assert report.complete and (report.accepted, report.duplicates, report.attachments_uploaded) == (0, 2, 2)
