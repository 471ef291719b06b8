"""Where the HQ server keeps attachment bytes: content-addressed files on disk, not database rows.

Photos, scans and printed PDFs are most of the bytes laptops send; kept as ``bytea``/BLOB rows they made the
central database grow with every upload (and its backups, vacuums and replicas with it). The ``attachments``
table keeps what describes a file (SHA-256, size, media type, when received); the bytes live in an
``AttachmentStore`` at ``<root>/ab/cd/<sha256>``.

Rows stored before revision 0005 kept their bytes in ``attachments.data``; ``move_rows_to_files`` moves them
out (``serve`` and ``migrate`` run it before anything else).

Every write goes to a temporary file in the target directory, is hashed while it is copied, checked against
the name it is stored under, fsynced, renamed into place and the directory fsynced: a crash never leaves a
half-written file under a valid name, a stored name always matches its bytes, and "stored" means stored
after a power cut too. Two uploads of the same bytes at once are harmless (same name, same bytes).
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, select, update
from sqlalchemy.engine import URL, make_url

from .tables import attachments

SHA256_HEX = frozenset("0123456789abcdef")
_CHUNK = 1 << 20


class AttachmentHashMismatch(ValueError):
    """The bytes given to ``AttachmentStore.put`` do not hash to the name they were to be stored under."""

    def __init__(self, expected: str, actual: str) -> None:
        super().__init__(f"SHA-256 mismatch: expected {expected}, got {actual}")
        self.expected = expected
        self.actual = actual


def check_sha256(sha256: str) -> str:
    """``sha256`` if it is a lower-case SHA-256 hex digest (the only names the store accepts), else ValueError:
    a name never reaches the file system unchecked (no ``..``, no separators)."""
    if len(sha256) != 64 or not SHA256_HEX.issuperset(sha256):
        raise ValueError(f"not a SHA-256 hex digest: {sha256[:80]!r}")
    return sha256


def _fsync_dir(path: Path) -> None:
    # A rename or unlink is durable only once its directory is on disk.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AttachmentStore:
    """Attachments as files under ``root``, two directory levels by digest prefix (so no directory holds more
    than a few thousand files even with millions of attachments)."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        """Where the bytes of ``sha256`` live."""
        check_sha256(sha256)
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def put(self, sha256: str, source: BinaryIO | bytes | Path) -> bool:
        """Store the bytes of ``source`` (a binary file read from its current position to its end, bytes, or
        the path of a file to move in) under ``sha256``; True if the file is new, False if it was already
        stored (then nothing is written but its modification time, which tells a concurrent
        ``delete_unused`` that it is in use again).

        A path (an upload spooled on the store's file system, see ``spool``) is checked, fsynced and renamed
        into place, not copied; it is left where it was if the bytes were already stored.

        Raises AttachmentHashMismatch (nothing stored) if the bytes do not hash to ``sha256``.
        """
        target = self.path(sha256)
        try:
            os.utime(target)
            return False
        except FileNotFoundError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(source, Path):
            try:
                self._move_in(source, target)
                return True
            except OSError as exc:
                if exc.errno != errno.EXDEV:
                    raise
            with source.open("rb") as copy:  # another file system after all: copied below
                return self.put(sha256, copy)
        fd, tmp = tempfile.mkstemp(prefix=".part-", dir=target.parent)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                if isinstance(source, bytes | bytearray | memoryview):
                    digest.update(source)
                    out.write(source)
                else:
                    while chunk := source.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            actual = digest.hexdigest()
            if actual != sha256:
                raise AttachmentHashMismatch(sha256, actual)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _fsync_dir(target.parent)
        return True

    @staticmethod
    def _move_in(source: Path, target: Path) -> None:
        digest = hashlib.sha256()
        with source.open("rb+") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
            os.fsync(f.fileno())
        if digest.hexdigest() != target.name:
            raise AttachmentHashMismatch(target.name, digest.hexdigest())
        os.replace(source, target)
        _fsync_dir(target.parent)

    def open(self, sha256: str) -> BinaryIO:
        """The stored bytes as an open binary file (the caller closes it); FileNotFoundError if not stored."""
        return self.path(sha256).open("rb")

    def read(self, sha256: str) -> bytes:
        """The stored bytes (small files: the console's downloads); FileNotFoundError if not stored."""
        return self.path(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        """True if bytes are stored under ``sha256``."""
        return self.path(sha256).is_file()

    def size(self, sha256: str) -> int:
        """Bytes stored under ``sha256``; FileNotFoundError if none."""
        return self.path(sha256).stat().st_size

    def delete(self, sha256: str) -> bool:
        """Remove the file; False if there was none."""
        path = self.path(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        _fsync_dir(path.parent)
        return True

    def delete_unused(self, sha256: str, touched_before: float) -> bool:
        """Remove a file whose database row was just deleted, unless it was stored or uploaded again at or
        after ``touched_before`` (seconds since the epoch): an upload of the same bytes racing the purge
        (``put`` touches an existing file before its row is written). True if removed.

        The file is first renamed aside, so a ``put`` that comes after the check writes a fresh file instead
        of touching the one about to go; a touch that came in between is seen on the renamed file and the
        file is put back.
        """
        path = self.path(sha256)
        aside = path.with_name(f".gone-{sha256}")
        try:
            os.replace(path, aside)
        except FileNotFoundError:
            return False
        if aside.stat().st_mtime >= touched_before:
            os.replace(aside, path)  # in use again: same name, same bytes
            return False
        aside.unlink()
        _fsync_dir(path.parent)
        return True

    def keys(self) -> Iterator[str]:
        """Every stored digest (audits and tests)."""
        if not self.root.is_dir():
            return
        for path in sorted(self.root.glob("??/??/*")):
            if len(path.name) == 64 and SHA256_HEX.issuperset(path.name):
                yield path.name


def default_attachments_dir(database_url: str | URL, data_dir: Path) -> Path:
    """Where attachments go unless configured: beside a SQLite database file (``hq.sqlite3`` →
    ``hq-attachments/``), else ``<data dir>/attachments``."""
    url = make_url(database_url) if isinstance(database_url, str) else database_url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        db = Path(url.database)
        return db.with_name(f"{db.stem}-attachments")
    return data_dir / "attachments"


def move_rows_to_files(engine: Engine, store: AttachmentStore, batch: int = 200) -> int:
    """Move the bytes of attachments still held in ``attachments.data`` (rows stored before revision 0005)
    into ``store``; returns how many were moved.

    Crash-safe at every point: a file is written, fsynced and renamed into place (with its directory fsynced)
    before the transaction that empties its row commits, so a crash leaves either the row's bytes or a
    durable file, never neither; running it again finishes the job (a file already there is kept). Bytes
    that do not match their row's SHA-256 (a damaged row) stop the move with AttachmentHashMismatch,
    leaving that row as it was.
    """
    moved = 0
    while True:
        with engine.connect() as conn:
            keys = [r[0] for r in conn.execute(
                select(attachments.c.sha256).where(attachments.c.data.is_not(None))
                .order_by(attachments.c.sha256).limit(batch))]
        if not keys:
            return moved
        for sha in keys:  # one row's bytes in memory at a time (up to MAX_ATTACHMENT_BYTES each)
            with engine.connect() as conn:
                data = conn.execute(select(attachments.c.data).where(attachments.c.sha256 == sha)).scalar()
            if data is not None:
                store.put(sha, bytes(data))
        with engine.begin() as conn:
            moved += conn.execute(update(attachments).where(attachments.c.sha256.in_(keys),
                                                            attachments.c.data.is_not(None))
                                  .values(data=None)).rowcount
