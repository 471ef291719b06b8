"""Upload bodies go to disk, not memory (review D12): the HQ server streams every attachment or printed-copy
body into a temporary file beside its attachment store, hashing it on the way, with the body cap still
enforced while it streams; concurrent large uploads leave its memory where it was. Against the real server.
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import os
import threading
import zlib
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
from sqlalchemy import select
from sync_hq import HQServer, peak_rss_kib
from test_server_api import client_for

from sync.protocol import MAX_ATTACHMENT_BYTES
from sync.server.attachments import AttachmentHashMismatch, AttachmentStore
from sync.server.spool import PREFIX, clear_stale, spool_dir
from sync.server.tables import attachments

API = "/api/v1"
MIB = 1 << 20


@pytest.fixture(scope="module")
def spool_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """A server of this module alone (its peak memory is measured)."""
    work = tmp_path_factory.mktemp("hq-spool")
    server = HQServer(f"sqlite:///{work / 'hq.sqlite3'}", work)
    server.start()
    yield server
    server.stop()
    server.engine.dispose()


def spooled_files(server: HQServer) -> list[str]:
    """Names of the upload bodies still in the server's spool directory."""
    spool = spool_dir(server.attachments.root)
    return sorted(p.name for p in spool.glob(PREFIX + "*")) if spool.is_dir() else []


def test_concurrent_large_uploads_stream_to_disk_and_memory_stays_bounded(spool_server: HQServer) -> None:
    client, _unit = client_for(spool_server)
    auth = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/octet-stream"}
    url = spool_server.url + API + "/attachments/"
    assert spool_server.proc is not None
    requests.get(spool_server.url + API + "/health", timeout=10)
    before = peak_rss_kib(spool_server.proc.pid)
    seen_on_disk: list[list[str]] = []

    def big(seed: int, watch: bool = False) -> Iterator[bytes]:  # 32 MiB, chunked: counted while read
        block = hashlib.sha256(str(seed).encode()).digest() * (MIB // 32)
        for i in range(32):
            if i == 24 and watch:
                seen_on_disk.append(spooled_files(spool_server))  # mid-upload: the body is in a file
            yield block

    def sha_of(seed: int) -> str:
        digest = hashlib.sha256()
        for block in big(seed):
            digest.update(block)
        return digest.hexdigest()

    answers: list[object] = []

    def send(seed: int, name: str) -> None:
        resp = requests.put(url + name, data=big(seed, watch=seed in (0, 10)), headers=auth, timeout=120)
        answers.append((resp.status_code, resp.json().get("error", {}).get("code")))

    def at_once(names: dict[int, str]) -> float:
        threads = [threading.Thread(target=send, args=item) for item in names.items()]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert spool_server.proc is not None
        return (peak_rss_kib(spool_server.proc.pid) - before) / 1024

    # Named by the hash of other bytes: the whole body must be read before it can be refused.
    grown_mib = at_once({seed: hashlib.sha256(b"other %d" % seed).hexdigest() for seed in range(5)})
    assert answers == [(400, "hash_mismatch")] * 5
    # Held in memory, five 32 MiB bodies would be 160 MiB at least (and twice that while joined).
    assert grown_mib < 48, f"5 concurrent 32 MiB refused uploads grew the server by {grown_mib:.0f} MiB"
    assert seen_on_disk and seen_on_disk[0], "the body being received was not in the spool directory"
    assert spooled_files(spool_server) == []  # every refused body's file is gone
    answers.clear()
    names = {seed: sha_of(seed) for seed in range(10, 15)}
    grown_mib = at_once(names)  # new files, stored: moved from the spool into the store
    assert answers == [(200, None)] * 5
    assert grown_mib < 48, f"5 concurrent 32 MiB stored uploads grew the server by {grown_mib:.0f} MiB"
    assert all(spool_server.attachments.size(sha) == 32 * MIB for sha in names.values())
    assert spooled_files(spool_server) == []


def test_an_upload_is_hashed_while_it_streams_and_stored_whole(spool_server: HQServer) -> None:
    client, _unit = client_for(spool_server)
    auth = {"Authorization": f"Bearer {client.token}", "Content-Type": "image/jpeg"}
    url = spool_server.url + API + "/attachments/"
    data = os.urandom(3 * MIB + 12345)  # crosses the MiB boundaries the server writes at
    sha = hashlib.sha256(data).hexdigest()
    resp = requests.put(url + sha, data=data, headers=auth, timeout=60)
    assert resp.status_code == 200, resp.text
    assert resp.json()["size"] == len(data) and resp.json()["created"] is True
    packed = gzip.compress(data[:MIB] * 2)  # the same route takes a gzip body and stores it inflated
    inflated_sha = hashlib.sha256(data[:MIB] * 2).hexdigest()
    resp = requests.put(url + inflated_sha, data=packed, headers={**auth, "Content-Encoding": "gzip"}, timeout=60)
    assert resp.status_code == 200 and resp.json()["size"] == 2 * MIB, resp.text
    with spool_server.engine.connect() as conn:
        sizes = dict(conn.execute(select(attachments.c.sha256, attachments.c.size)
                                  .where(attachments.c.sha256.in_([sha, inflated_sha]))).all())
    assert sizes == {sha: len(data), inflated_sha: 2 * MIB}
    store = spool_server.attachments
    assert store.read(sha) == data and store.read(inflated_sha) == data[:MIB] * 2
    assert spooled_files(spool_server) == []  # moved into the store, not left behind
    again = requests.put(url + sha, data=data, headers=auth, timeout=60)  # a re-upload: the stored file stays
    assert again.status_code == 200 and again.json()["created"] is False
    assert store.read(sha) == data and spooled_files(spool_server) == []


def test_the_cap_holds_while_streaming_to_disk(spool_server: HQServer) -> None:
    client, _unit = client_for(spool_server)
    auth = {"Authorization": f"Bearer {client.token}", "Content-Type": "application/octet-stream"}
    url = spool_server.url + API + "/attachments/" + "ab" * 32
    conn = http.client.HTTPConnection("127.0.0.1", spool_server.port, timeout=10)
    conn.putrequest("PUT", urlsplit(url).path)
    for name, value in {**auth, "Content-Length": str(MAX_ATTACHMENT_BYTES + 1)}.items():
        conn.putheader(name, value)
    conn.endheaders()  # not one byte of the body sent: refused on the declared length alone
    assert conn.getresponse().status == 413
    conn.close()

    def over() -> Iterator[bytes]:  # chunked, one MiB past the cap
        for _ in range(MAX_ATTACHMENT_BYTES // MIB + 1):
            yield b"\0" * MIB

    try:
        resp = requests.put(url, data=over(), headers=auth, timeout=120)
        assert resp.status_code == 413 and resp.json()["error"]["code"] == "too_large"
    except requests.ConnectionError:
        pass  # the server answered 413 and closed while the rest was still being sent
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    packed = b"".join(bomb.compress(b"\0" * (8 * MIB)) for _ in range(MAX_ATTACHMENT_BYTES // (8 * MIB) + 1))
    packed += bomb.flush()
    assert len(packed) < MIB  # a small body that inflates past the cap
    resp = requests.put(url, data=packed, headers={**auth, "Content-Encoding": "gzip"}, timeout=60)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "too_large", resp.text
    broken = requests.put(url, data=packed[: len(packed) // 2], headers={**auth, "Content-Encoding": "gzip"},
                          timeout=60)
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "bad_request", broken.text
    assert requests.get(spool_server.url + API + "/health", timeout=10).status_code == 200
    assert spooled_files(spool_server) == []


def test_the_store_moves_a_spooled_file_in_after_checking_it(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "store")
    spool = spool_dir(store.root)
    spool.mkdir(parents=True)
    data = os.urandom(MIB + 7)
    sha = hashlib.sha256(data).hexdigest()
    wrong = spool / f"{PREFIX}wrong"
    wrong.write_bytes(data)
    with pytest.raises(AttachmentHashMismatch):
        store.put(hashlib.sha256(b"x").hexdigest(), wrong)
    assert list(store.keys()) == [] and wrong.exists()  # nothing stored; the caller removes its file
    good = spool / f"{PREFIX}good"
    good.write_bytes(data)
    assert store.put(sha, good) is True
    assert not good.exists() and store.read(sha) == data  # renamed, not copied
    good.write_bytes(data)
    assert store.put(sha, good) is False and good.exists()  # already stored: left for the caller


def test_bodies_left_by_a_killed_server_are_cleared(tmp_path: Path) -> None:
    old, fresh, other = tmp_path / f"{PREFIX}old", tmp_path / f"{PREFIX}fresh", tmp_path / "keep-me"
    for path in (old, fresh, other):
        path.write_bytes(b"x")
    os.utime(old, (1_000_000, 1_000_000))
    os.utime(other, (1_000_000, 1_000_000))
    assert clear_stale(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, other.name])
