"""The one way into the local SQLite file: ``open_database()``.

WAL, foreign keys, a busy timeout and ``synchronous=FULL`` (a finalised document must survive a power cut),
a check of the header, the journal and the schema at open (O(1) in the file's size; the full page check is
``check_integrity``), migrations applied after a backup, and a refusal of files written by a newer
version. With a key, the file is a SQLCipher 4 database (AES-256, HMAC per page): every page on disk,
the WAL included, is encrypted; everything else (WAL, FTS5, triggers, migrations) works as before.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from inspector_app.domain.errors import InspectorError

from .crypto import key_pragma
from .migrations import MIGRATIONS, SCHEMA_SET, applied_names, backup_before_migrating

DB_FILENAME = "inspector.sqlite3"
BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 65536
SQLITE_HEADER = b"SQLite format 3\x00"

# The errors of both drivers: SQLCipher's module has its own exception classes, not subclasses of sqlite3's.
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.dbapi2.Error)


class StoreError(InspectorError):
    """A database problem the user can act on (corrupt, locked, newer version, disk full)."""

    code = "database"


class CorruptDatabaseError(StoreError):
    """The file is not a SQLite database or fails the integrity check."""

    code = "database_corrupt"


class LockedDatabaseError(StoreError):
    """Another program holds the database lock for longer than the busy timeout."""

    code = "database_locked"


class WrongKeyError(StoreError):
    """The encrypted file does not open with this key (another installation's file, or damaged)."""

    code = "wrong_key"


class ClearDatabaseError(StoreError):
    """A key was given but the file is a clear (unencrypted) database: it must be converted first."""

    code = "database_clear"


class NewerDatabaseError(StoreError):
    """The file was written by a newer version of the app."""

    code = "database_newer"


def _disk_nearly_full(path: Path | str) -> bool:
    """True if the file system holding ``path`` has (almost) no free space left."""
    import shutil

    where = Path(path)
    while not where.exists() and where != where.parent:
        where = where.parent
    try:
        return shutil.disk_usage(where).free < 1 << 20
    except OSError:
        return False


def is_clear_database(path: Path) -> bool:
    """True if ``path`` exists and starts with the header of an unencrypted SQLite file."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def translate_sqlite_error(exc: Exception, path: Path | str) -> StoreError:
    """Turn a sqlite3 error into a StoreError with a Vietnamese message."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(
            f"Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. Hãy đóng chương trình đó rồi thử lại."
        )
    if "full" in text or ("disk i/o error" in text and _disk_nearly_full(path)):
        # A full disk often surfaces as SQLITE_IOERR ("disk I/O error") rather than SQLITE_FULL (review D15).
        return StoreError(f"Ổ đĩa đã đầy, không ghi được vào {path}. Hãy giải phóng dung lượng rồi thử lại.",
                          code="disk_full")
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return CorruptDatabaseError(
            f"Tệp {path} bị hỏng hoặc không phải cơ sở dữ liệu của ứng dụng. Hãy khôi phục từ bản sao lưu."
        )
    if "readonly" in text or "unable to open" in text:
        return StoreError(f"Không mở hoặc không ghi được cơ sở dữ liệu {path}: kiểm tra quyền truy cập.",
                          code="database_access")
    return StoreError(f"Lỗi cơ sở dữ liệu ({path}): {exc}")


def is_writable(path: Path) -> bool:
    """True if the database file ``path`` and its directory (where SQLite keeps the -wal and -shm files) may
    be written: not on a read-only mount, not read-only to this user."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def read_only_uri(path: Path) -> str:
    """The URI that opens ``path`` without writing anything (a data directory that cannot be written: a copy
    mounted read-only, a folder without write permission).

    ``mode=ro`` alone would need to create the -shm file; where the WAL is absent or empty nothing is
    pending in it and nobody can start one (the directory is not writable), so the file is read as
    ``immutable``: no lock, no -shm. A WAL with frames must be read through its -shm.
    """
    wal = path.with_name(path.name + "-wal")
    immutable = not wal.exists() or wal.stat().st_size == 0
    return path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


SHM_REGION = 32768  # SQLite maps its WAL index (-shm) in regions of 32 KiB: a working one is never smaller


def remove_unused_wal(path: Path) -> bool:
    """Remove the -wal and -shm files a failed open left beside ``path`` (a full disk: review D15), but only
    when nobody can be using them: the WAL holds no frame (0 bytes) and the WAL index never got its first
    region (a connection that reads or writes through the WAL has a -shm of at least 32 KiB). True if
    anything was removed."""
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    try:
        if wal.stat().st_size != 0 or (shm.exists() and shm.stat().st_size >= SHM_REGION):
            return False
    except FileNotFoundError:
        return False
    for leftover in (shm, wal):  # the index first: without it no connection would trust the WAL
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    return True


def _connect(path: Path, key: bytes | None = None, *, read_only: bool = False) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (sqlite-utils' atomic() and transaction()).
    # check_same_thread=False: the app keeps each connection on one worker thread at a time itself.
    conn: sqlite3.Connection
    target, uri = (read_only_uri(path), True) if read_only else (str(path), False)
    if key is None:
        conn = sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                               check_same_thread=False, uri=uri)
    else:
        conn = sqlcipher3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                                  check_same_thread=False, uri=uri)
        # SQLCipher would print "hmac check failed" to stderr for a wrong key; we report it ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.dbapi2.DatabaseError as exc:
            conn.close()
            if "not a database" in str(exc):
                raise WrongKeyError(
                    f"Không mở được cơ sở dữ liệu {path}: khóa không đúng (tệp của máy khác) hoặc tệp đã hỏng."
                ) from exc
            raise
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    # REPLACE conflict resolution deletes rows; with recursive triggers on, the DELETE triggers that protect
    # final documents and the audit log fire for those deletions too (otherwise SQLite fires them only for
    # foreign-key parent tables, which the audit log is not).
    conn.execute("PRAGMA recursive_triggers=ON")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        return conn
    mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise StoreError(f"Không bật được chế độ WAL cho {path}")
    conn.execute("PRAGMA synchronous=FULL")
    # A 64 MiB page cache (SQLite's default is 2 MiB): with SQLCipher every page read from the file is
    # decrypted and its HMAC checked, so pages the case list and search use again should stay decrypted in
    # memory. Set for both drivers alike, so the clear and encrypted benchmarks compare like with like.
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


HEADER = b"SQLite format 3\x00"


def check_header(path: Path) -> None:
    """The O(1) check at open: the file is a SQLite database whose header agrees with its size.

    SQLite's header records the page size and, while it is valid (offset 92 equals the change counter at
    offset 24), the number of pages: a file shorter than that was truncated (a copy cut short, a full disk).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        header = fh.read(100)
    corrupt = CorruptDatabaseError(f"Tệp {path} không phải cơ sở dữ liệu của ứng dụng (hoặc đã bị hỏng).")
    if len(header) < 100 or header[:16] != HEADER:
        raise corrupt
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise corrupt
    pages = int.from_bytes(header[28:32], "big")
    if header[92:96] == header[24:28] and pages and path.stat().st_size < pages * page_size:
        raise CorruptDatabaseError(
            f"Tệp cơ sở dữ liệu {path} bị cắt ngắn (thiếu {pages * page_size - path.stat().st_size:,} byte). "
            "Hãy khôi phục từ bản sao lưu.")


def check_integrity(path: Path | str, key: bytes | None = None) -> str:
    """Read every page of the database (``PRAGMA quick_check``) on a connection of its own, so it can run
    beside the app's; "ok", or the first problem found. O(database): never on the start-up path.
    ``key``: the SQLCipher key of an encrypted database (every page is then also authenticated)."""
    path = Path(path)
    if not path.exists():
        return f"không có tệp {path}"
    # Never a write; on a data directory that cannot be written, nothing created there either (review D15).
    # Where it can, an ordinary connection: as the last one to close it removes the -wal and -shm it made,
    # which a mode=ro connection could not. On a full disk those cannot be made: read the file as it is.
    result = _quick_check(path, key, read_only=not is_writable(path))
    if result != "ok" and translate_sqlite_error(Exception(result), path).code == "disk_full":
        result = _quick_check(path, key, read_only=True)
    return result


def _quick_check(path: Path, key: bytes | None, *, read_only: bool) -> str:
    conn: sqlite3.Connection
    target = read_only_uri(path) if read_only else str(path)
    try:
        if key is None:
            conn = sqlite3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        else:
            conn = sqlcipher3.connect(target, uri=read_only, timeout=BUSY_TIMEOUT_MS / 1000,
                                      check_same_thread=False)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_pragma(key))
    except DB_ERRORS as exc:
        return str(exc)
    try:
        conn.execute("PRAGMA query_only=ON")
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except DB_ERRORS as exc:
        return str(exc)
    finally:
        conn.close()
        remove_unused_wal(path)


def open_database(path: Path | str, *, key: bytes | None = None, migrate: bool = True,
                  read_only: bool = False) -> sqlite_utils.Database:
    """Open (creating if needed) the app database at ``path`` and bring its schema up to date.

    ``key`` (32 bytes, the database subkey of the installation's master key) opens or creates a SQLCipher
    file; without it the file is plain SQLite (tests of the schema, and reading a clear file to convert it).
    Raises StoreError subclasses with Vietnamese messages for a corrupt, locked, unreadable, newer or
    wrongly keyed file, and ClearDatabaseError when a key is given for a clear file.

    ``read_only`` (the commands that only read: list, show, problems, export, doctor…): the connection
    refuses every write (``query_only``); where the data directory cannot be written (a copy mounted
    read-only) the file is opened so that nothing at all is created or changed there (``read_only_uri``).
    An out-of-date schema is still brought up to date where the directory can be written; where it cannot,
    that is said plainly.
    """
    path = Path(path)
    if read_only and not is_writable(path):
        return _open_read_only(path, key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Không tạo được thư mục dữ liệu {path.parent}: {exc.strerror}",
                         code="database_access") from exc
    if path.exists() and path.stat().st_size > 0:
        if key is None:
            check_header(path)  # an encrypted file fails it too: it has no clear SQLite header
        elif is_clear_database(path):
            raise ClearDatabaseError(f"Cơ sở dữ liệu {path} chưa được mã hóa: cần chuyển đổi trước khi mở.")
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, key)
        # Reading the schema replays the WAL and parses every table definition: a damaged first page, schema
        # or journal fails here (with a key, a page that does not authenticate too). Every other page is
        # checked by ``check_integrity`` (in the background or ``inspector doctor``): reading all of a 3 GB
        # file at each start took seconds.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = sqlite_utils.Database(conn)
        known = [name for name, _fn in MIGRATIONS]
        applied = applied_names(db)
        unknown = [name for name in applied if name not in known]
        if unknown:
            conn.close()
            raise NewerDatabaseError(
                f"Cơ sở dữ liệu {path} được tạo bởi phiên bản ứng dụng mới hơn (có thay đổi '{unknown[0]}'). "
                "Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi."
            )
        pending = [name for name in known if name not in applied]
        if pending and migrate:
            if applied:
                backup_before_migrating(db, path, pending[0], key)
            SCHEMA_SET.apply(db)
        if read_only:
            conn.execute("PRAGMA query_only=ON")
    except DB_ERRORS as exc:
        if conn is not None:
            conn.close()
        error = translate_sqlite_error(exc, path)
        remove_unused_wal(path)
        if read_only and error.code == "disk_full":
            # A command that only reads needs no room: read the file as it is, creating nothing.
            return _open_read_only(path, key)
        raise error from exc
    return db


def _open_read_only(path: Path, key: bytes | None) -> sqlite_utils.Database:
    """``open_database`` on a data directory that cannot be written (see there)."""
    if not path.exists() or path.stat().st_size == 0:
        raise StoreError(f"Không có dữ liệu ở {path} (thư mục chỉ đọc).", code="database_access")
    if key is None:
        check_header(path)
    elif is_clear_database(path):
        raise ClearDatabaseError(f"Cơ sở dữ liệu {path} chưa được mã hóa: cần chuyển đổi trước khi mở.")
    conn: sqlite3.Connection | None = None
    try:
        conn = _connect(path, key, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        db = sqlite_utils.Database(conn)
        known = [name for name, _fn in MIGRATIONS]
        applied = applied_names(db)
        if [name for name in applied if name not in known]:
            raise NewerDatabaseError(f"Cơ sở dữ liệu {path} được tạo bởi phiên bản ứng dụng mới hơn. "
                                     "Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.")
        if [name for name in known if name not in applied]:
            raise StoreError(f"Cơ sở dữ liệu {path} cần được nâng cấp cho phiên bản này, nhưng thư mục dữ liệu "
                             "chỉ đọc: hãy mở một lần ở nơi ghi được. Dữ liệu không bị thay đổi.",
                             code="database_read_only")
    except DB_ERRORS as exc:
        if conn is not None:
            conn.close()
        if "unable to open" in str(exc).lower() or "readonly" in str(exc).lower():
            raise StoreError(f"Thư mục dữ liệu {path.parent} chỉ đọc và còn thay đổi chưa ghi vào tệp chính "
                             f"({path.name}-wal): hãy mở một lần ở nơi ghi được. Dữ liệu không bị thay đổi.",
                             code="database_read_only") from exc
        raise translate_sqlite_error(exc, path) from exc
    except StoreError:
        if conn is not None:
            conn.close()
        raise
    return db


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database, *, immediate: bool = True) -> Iterator[sqlite_utils.Database]:
    """One write transaction; IMMEDIATE takes the write lock up front so two writers never deadlock."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
