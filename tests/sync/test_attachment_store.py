"""The HQ server's attachment store: content-addressed files on disk, checked by their SHA-256, and the move
of bytes stored in database rows before revision 0005 to files."""

from __future__ import annotations

import hashlib
import io
import os
import time
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, insert, select, update

from sync.server import accounts, ingest
from sync.server.attachments import (
    AttachmentHashMismatch,
    AttachmentStore,
    default_attachments_dir,
    move_rows_to_files,
)
from sync.server.database import _alembic_config, make_engine, migrate
from sync.server.tables import attachments


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


def test_delete_unused_keeps_a_file_uploaded_again_since_the_cutoff(tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path)
    old, fresh = b"expired upload", b"uploaded again just now"
    for data in (old, fresh):
        store.put(_sha(data), data)
    week_ago = time.time() - 7 * 86400
    for data in (old, fresh):
        os.utime(store.path(_sha(data)), (week_ago, week_ago))
    assert store.put(_sha(fresh), fresh) is False  # the re-upload touches the existing file
    cutoff = time.time() - 3600
    assert store.delete_unused(_sha(old), cutoff) is True
    assert store.delete_unused(_sha(fresh), cutoff) is False
    assert not store.exists(_sha(old)) and store.read(_sha(fresh)) == fresh
    assert store.delete_unused(_sha(old), cutoff) is False  # already gone
    assert not list(tmp_path.rglob(".gone-*"))


def test_default_directory_sits_beside_a_sqlite_file_or_in_the_data_dir(tmp_path: Path) -> None:
    assert default_attachments_dir(f"sqlite:///{tmp_path / 'hq.sqlite3'}", tmp_path / "d") \
        == tmp_path / "hq-attachments"
    assert default_attachments_dir("postgresql+psycopg://hq@db/qltt", tmp_path / "d") == tmp_path / "d" / "attachments"


# -- revision 0005: bytes out of the database ---------------------------------------------------------------

NOW = datetime(2026, 3, 10, 9, 0, 0)


def _database_at_0004_with_rows(tmp_path: Path, blobs: list[bytes]) -> Engine:
    """A database as servers before revision 0005 left it: attachment bytes in ``attachments.data``."""
    engine = make_engine(f"sqlite:///{tmp_path / 'hq.sqlite3'}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0004_daily_totals")
    with engine.begin() as conn:
        for blob in blobs:
            conn.execute(insert(attachments).values(sha256=_sha(blob), size=len(blob), media_type="image/jpeg",
                                                    data=blob, received_at=NOW))
    return engine


def _rows(engine: Engine) -> dict[str, bytes | None]:
    with engine.connect() as conn:
        return {r.sha256: r.data for r in conn.execute(select(attachments.c.sha256, attachments.c.data))}


def test_migration_moves_every_row_to_a_file_and_new_uploads_never_reach_the_database(tmp_path: Path) -> None:
    blobs = [os.urandom(1000 + n) for n in range(7)]
    engine = _database_at_0004_with_rows(tmp_path, blobs)
    migrate(engine)
    store = AttachmentStore(tmp_path / "files")
    assert move_rows_to_files(engine, store, batch=3) == 7  # over several batches
    assert _rows(engine) == {_sha(b): None for b in blobs}
    assert {sha: store.read(sha) for sha in store.keys()} == {_sha(b): b for b in blobs}
    assert move_rows_to_files(engine, store) == 0  # nothing left: a second run is a no-op
    new = b"a photo uploaded after the upgrade"
    with engine.begin() as conn:
        accounts.add_unit(conn, "QLTT-HN-01", "Đội QLTT số 1", NOW)
        assert ingest.store_attachment(conn, store, _sha(new), io.BytesIO(new), len(new), "image/jpeg", NOW,
                                       "QLTT-HN-01", 10**9) == (True, 0)
        assert ingest.store_attachment(conn, store, _sha(new), new, len(new), "image/jpeg", NOW,
                                       "QLTT-HN-01", 10**9) == (False, 0)
    assert _rows(engine)[_sha(new)] is None and store.read(_sha(new)) == new
    engine.dispose()


def test_a_move_interrupted_after_writing_files_finishes_on_the_next_run(tmp_path: Path) -> None:
    blobs = [b"first photo", b"second photo", b"third photo"]
    engine = _database_at_0004_with_rows(tmp_path, blobs)
    migrate(engine)
    store = AttachmentStore(tmp_path / "files")
    # As if the process died after the files of the first two were durable, before their rows were emptied.
    for blob in blobs[:2]:
        store.put(_sha(blob), blob)
    assert set(_rows(engine).values()) == set(blobs)  # the database still holds every byte
    assert move_rows_to_files(engine, store) == 3
    assert _rows(engine) == {_sha(b): None for b in blobs}
    assert {store.read(_sha(b)) for b in blobs} == set(blobs)
    engine.dispose()


def test_a_damaged_row_stops_the_move_and_keeps_its_bytes(tmp_path: Path) -> None:
    good, damaged = b"a good photo", b"a photo whose bytes changed in the database"
    engine = _database_at_0004_with_rows(tmp_path, [good, damaged])
    migrate(engine)
    with engine.begin() as conn:
        conn.execute(update(attachments).where(attachments.c.sha256 == _sha(damaged)).values(data=b"bit rot"))
    store = AttachmentStore(tmp_path / "files")
    with pytest.raises(AttachmentHashMismatch):
        move_rows_to_files(engine, store)
    assert _rows(engine)[_sha(damaged)] == b"bit rot" and not store.exists(_sha(damaged))
    engine.dispose()
