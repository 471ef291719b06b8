"""The HQ server's attachment store: content-addressed files on disk, checked by their SHA-256."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest

from sync.server.attachments import AttachmentHashMismatch, AttachmentStore, default_attachments_dir


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_put_stores_bytes_once_under_their_hash_and_reads_them_back(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    data = b"\xff\xd8 a photo " * 200_000  # several read chunks
    sha = _sha(data)
    assert store.put(sha, io.BytesIO(data)) is True
    assert store.put(sha, data) is False  # a re-upload writes nothing
    assert store.exists(sha) and store.size(sha) == len(data)
    with store.open(sha) as fh:
        assert fh.read() == data
    assert store.read(sha) == data
    assert store.path(sha) == tmp_path / "att" / sha[:2] / sha[2:4] / sha
    assert list(store.keys()) == [sha]
    assert not list((tmp_path / "att").rglob(".part-*"))  # no temporary file left behind


def test_put_reads_a_file_from_its_position_to_its_end(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    spooled = tmp_path / "upload.tmp"
    spooled.write_bytes(b"header" + b"the body")
    with spooled.open("rb") as fh:
        fh.seek(6)
        assert store.put(_sha(b"the body"), fh) is True
    assert store.read(_sha(b"the body")) == b"the body"


def test_bytes_that_do_not_match_their_name_are_refused_and_leave_nothing(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "att")
    claimed = _sha(b"what the laptop hashed")
    with pytest.raises(AttachmentHashMismatch) as info:
        store.put(claimed, io.BytesIO(b"what arrived"))
    assert info.value.expected == claimed and info.value.actual == _sha(b"what arrived")
    assert not store.exists(claimed)
    assert [p for p in (tmp_path / "att").rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("name", ["../../etc/passwd" + "0" * 48, "A" * 64, "0" * 63, "", "0" * 64 + "/"])
def test_only_lower_case_sha256_names_reach_the_file_system(tmp_path: Path, name: str) -> None:
    store = AttachmentStore(tmp_path)
    for call in (store.path, store.exists, store.delete):
        with pytest.raises(ValueError):
            call(name)
    with pytest.raises(ValueError):
        store.put(name, b"x")


def test_delete_removes_the_file_once(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    sha = _sha(b"x")
    store.put(sha, b"x")
    assert store.delete(sha) is True and not store.exists(sha) and store.delete(sha) is False
    with pytest.raises(FileNotFoundError):
        store.open(sha)


def test_delete_unused_keeps_a_file_uploaded_again_within_the_grace(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    old, fresh = b"expired upload", b"uploaded again just now"
    for data in (old, fresh):
        store.put(_sha(data), data)
    week_ago = time.time() - 7 * 86400
    for data in (old, fresh):
        os.utime(store.path(_sha(data)), (week_ago, week_ago))
    assert store.put(_sha(fresh), fresh) is False  # the re-upload touches the existing file
    assert store.delete_unused(_sha(old), grace_seconds=3600) is True
    assert store.delete_unused(_sha(fresh), grace_seconds=3600) is False
    assert not store.exists(_sha(old)) and store.read(_sha(fresh)) == fresh
    assert store.delete_unused(_sha(old)) is False  # already gone
    assert not list(tmp_path.rglob(".gone-*"))


def test_default_directory_sits_beside_a_sqlite_file_or_in_the_data_dir(tmp_path: Path) -> None:
    assert default_attachments_dir(f"sqlite:///{tmp_path / 'hq.sqlite3'}", tmp_path / "d") \
        == tmp_path / "hq-attachments"
    assert default_attachments_dir("postgresql+psycopg://hq@db/qltt", tmp_path / "d") == tmp_path / "d" / "attachments"
