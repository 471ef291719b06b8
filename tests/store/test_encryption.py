"""Encryption at rest: a copied data directory reveals nothing without the passphrase.

Real SQLCipher files, real sealed attachment files, a real clear installation of the previous version
converted in place (and killed at random moments while converting).
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.model import Attachment
from inspector_app.services.cases import CaseService, ProfileService
from inspector_app.services.demo import DemoService
from inspector_app.services.documents import DocumentService
from inspector_app.services.keys import KeyService, PassphraseNeededError
from inspector_app.store.crypto import KeyFile, KeyFileError, WrongPassphraseError
from inspector_app.store.db import DB_FILENAME, CorruptDatabaseError, WrongKeyError, open_database
from inspector_app.store.encrypt import convert_installation, needs_conversion
from inspector_app.store.repository import Repository
from inspector_builders import demo_secrets, make_case, make_officer, make_unit

# The keyring helpers live with the sync tests' helpers (tests/cli/conftest.py does the same).
SYNC_TESTS = str(Path(__file__).resolve().parent.parent / "sync")
if SYNC_TESTS not in sys.path:
    sys.path.append(SYNC_TESTS)
from sync_hq import memory_keyring_installed, no_keyring_installed  # noqa: E402

PASSPHRASE = os.environ["INSPECTOR_PASSPHRASE"]


@pytest.fixture(autouse=True)
def no_keyring():
    """A laptop without an OS keyring (headless Linux), unless a test asks for ``memory_keyring``."""
    with no_keyring_installed():
        yield


@pytest.fixture
def memory_keyring(no_keyring):
    with memory_keyring_installed() as ring:
        yield ring


def configured(data_dir: Path, clock, passphrase: str | None = None):
    services = build_services(data_dir, clock, passphrase=passphrase)
    services.profile.set_profile(make_unit(), make_officer())
    return services


def all_bytes(data_dir: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}


def assert_nothing_in_clear(data_dir: Path, secrets: list[bytes]) -> None:
    for path, blob in all_bytes(data_dir).items():
        for secret in secrets:
            assert secret not in blob, f"{secret.decode()} in clear in {path.relative_to(data_dir)}"


def test_database_wal_attachments_and_backups_hold_no_personal_data_in_clear(data_dir, clock, tmp_path):
    services = build_services(data_dir, clock)
    services.demo.load()
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + "Ảnh của Phạm Văn Tùng".encode() * 200)
    case = services.cases.list()[0]
    services.cases.attach_file(case.id, photo)
    secrets = demo_secrets(services) + ["Ảnh của Phạm Văn Tùng".encode()]
    # While the app runs the WAL holds the newest pages: check it too, before closing.
    assert_nothing_in_clear(data_dir, secrets)
    services.close()
    assert_nothing_in_clear(data_dir, secrets)
    assert (data_dir / DB_FILENAME).read_bytes()[:16] != b"SQLite format 3\x00"


def test_wrong_passphrase_is_refused_and_changes_nothing(data_dir, clock):
    build_services(data_dir, clock).close()
    before = all_bytes(data_dir)
    with pytest.raises(WrongPassphraseError):
        build_services(data_dir, clock, passphrase="không phải mật khẩu")
    assert all_bytes(data_dir) == before


def test_the_key_alone_opens_the_file_another_key_does_not(data_dir, clock):
    services = configured(data_dir, clock)
    make_case(services)
    key = services.master_key
    services.close()
    with pytest.raises(WrongKeyError):
        open_database(data_dir / DB_FILENAME, key=os.urandom(32))
    with pytest.raises(CorruptDatabaseError):
        open_database(data_dir / DB_FILENAME)  # plain SQLite cannot read it
    db = open_database(data_dir / DB_FILENAME, key=key.database)
    assert db.conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 1
    db.conn.close()


def test_changing_the_passphrase_rewraps_without_reencrypting(data_dir, clock):
    services = configured(data_dir, clock)
    make_case(services)
    services.close()
    db_before = (data_dir / DB_FILENAME).read_bytes()
    KeyService(data_dir).change_passphrase(PASSPHRASE, "mật khẩu mới đủ dài")
    assert (data_dir / DB_FILENAME).read_bytes() == db_before
    with pytest.raises(WrongPassphraseError):
        build_services(data_dir, clock, passphrase=PASSPHRASE)
    again = build_services(data_dir, clock, passphrase="mật khẩu mới đủ dài")
    assert len(again.cases.list()) == 1
    again.close()


def test_a_new_installation_without_a_passphrase_asks_for_one(data_dir, clock, monkeypatch):
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    with pytest.raises(PassphraseNeededError) as info:
        build_services(data_dir, clock)
    assert info.value.new is True and "đặt mật khẩu" in info.value.message
    assert not (data_dir / DB_FILENAME).exists() and KeyService(data_dir).is_new()
    with pytest.raises(KeyFileError, match="ít nhất 8"):
        build_services(data_dir, clock, passphrase="ngắn")
    assert KeyService(data_dir).is_new()


def test_the_keyring_keeps_the_key_so_the_next_start_asks_nothing(data_dir, clock, monkeypatch, memory_keyring):
    build_services(data_dir, clock).close()
    monkeypatch.delenv("INSPECTOR_PASSPHRASE")
    services = build_services(data_dir, clock)  # no passphrase anywhere: the keyring has the key
    services.close()
    KeyService(data_dir).forget()
    with pytest.raises(PassphraseNeededError) as info:
        build_services(data_dir, clock)
    assert info.value.new is False


def test_five_wrong_pins_leave_only_the_passphrase(data_dir, clock):
    services = build_services(data_dir, clock)
    keys = services.keys
    keys.set_pin(services.master_key, "2468")
    assert keys.unlock_with_pin("2468").raw == services.master_key.raw
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassphraseError, match=f"còn {left} lần"):
            keys.unlock_with_pin("0000")
    with pytest.raises(WrongPassphraseError, match="mã PIN đã bị hủy"):
        keys.unlock_with_pin("0000")
    with pytest.raises(WrongPassphraseError):
        keys.unlock_with_pin("2468")  # even the right PIN: the wrapping is gone
    assert not keys.has_pin() and keys.unlock(PASSPHRASE).raw == services.master_key.raw
    services.close()


# -- converting a clear installation of the previous version -------------------------------------------
def make_clear_installation(root: Path) -> tuple[Path, dict[str, int], list[bytes]]:
    """A data dir as the previous version left it: clear database, clear attachments, a clear backup."""
    data_dir = root / "clear"
    data_dir.mkdir(parents=True)
    db = open_database(data_dir / DB_FILENAME)  # no key: the previous version's plain SQLite file
    repo = Repository(db, data_dir / DB_FILENAME)

    clock = FixedClock(datetime(2026, 3, 10, 9, 0))
    profile = ProfileService(repo)
    cases = CaseService(repo, clock, profile, data_dir)
    documents = DocumentService(repo, clock, profile)
    DemoService(repo, clock, profile, cases, documents).load()
    # A clear attachment exactly where the previous version kept them.
    content = b"\xff\xd8\xff" + "Biên bản của Công ty Hoàng Gia".encode() * 100
    sha = hashlib.sha256(content).hexdigest()
    rel = f"attachments/{sha[:2]}/{sha}.jpg"
    (data_dir / rel).parent.mkdir(parents=True)
    (data_dir / rel).write_bytes(content)
    case = cases.list()[0]
    with repo.write():
        repo.save_attachment_file(Attachment(sha256=sha, filename="a.jpg", media_type="image/jpeg",
                                             size=len(content)), rel, "2026-03-10T09:00:00")
    full = cases.get(case.id)
    full.attachments.append(Attachment(sha256=sha, filename="a.jpg", media_type="image/jpeg", size=len(content)))
    cases.save(full)
    (data_dir / "backups").mkdir()
    backup = sqlite3.connect(str(data_dir / "backups" / "inspector-before-0004.sqlite3"))
    db.conn.backup(backup)
    backup.close()
    counts = {t: db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("cases", "documents", "goods", "audit_events", "attachments")}
    names = [r[0].encode() for r in db.conn.execute("SELECT name FROM subjects") if len(r[0]) >= 6]
    db.conn.close()
    return data_dir, counts, names + ["Biên bản của Công ty Hoàng Gia".encode()]


def test_a_clear_installation_is_converted_in_place_and_the_clear_files_removed(tmp_path, clock):
    data_dir, counts, secrets = make_clear_installation(tmp_path)
    assert needs_conversion(data_dir)
    services = build_services(data_dir, clock)
    assert {t: services.repo.db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert services.repo.verify_audit().ok
    # The photo (the demo's final documents also have their printed PDFs kept as attachments).
    sha = services.repo.db.conn.execute("SELECT sha256 FROM attachments WHERE filename = 'a.jpg'").fetchone()[0]
    assert services.cases.attachment_bytes(sha).startswith(b"\xff\xd8\xff")
    services.close()
    assert not needs_conversion(data_dir)
    assert not (data_dir / "attachments").exists()
    assert_nothing_in_clear(data_dir, secrets)
    with pytest.raises(CorruptDatabaseError):  # the backup is encrypted too: plain SQLite cannot read it
        open_database(data_dir / "backups" / "inspector-before-0004.sqlite3", migrate=False)


CONVERT_CHILD = """
import sys
from pathlib import Path
from inspector_app.services.keys import KeyService
from inspector_app.store.encrypt import convert_installation
data_dir = Path(sys.argv[1])
keys = KeyService(data_dir)
key = keys.key_for_start()
print("ready", flush=True)
convert_installation(data_dir, key)
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_conversion_killed_at_random_moments_leaves_clear_or_encrypted_data_never_neither(tmp_path, clock):
    data_dir, counts, _secrets = make_clear_installation(tmp_path)
    rng = random.Random(int(os.environ.get("KILL_TEST_SEED", "0")) or None)
    KeyFile.create(data_dir, PASSPHRASE)
    key = KeyFile.load(data_dir).unlock(PASSPHRASE)
    for _round in range(12):
        child = subprocess.Popen([sys.executable, "-c", CONVERT_CHILD, str(data_dir)], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0, 0.25))
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
        assert child.stderr is not None
        child.stderr.close()
        # Whatever the moment: the file at the database's name opens, clear or with the key, whole.
        path = data_dir / DB_FILENAME
        if path.read_bytes()[:16] == b"SQLite format 3\x00":
            db = open_database(path, migrate=False)
        else:
            db = open_database(path, key=key.database, migrate=False)
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == counts["documents"]
        db.conn.close()
    report = convert_installation(data_dir, key)
    assert not needs_conversion(data_dir), report
    services = build_services(data_dir, clock)
    assert {t: services.repo.db.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts} == counts
    assert services.repo.verify_audit().ok
    for (sha,) in services.repo.db.conn.execute("SELECT sha256 FROM attachments").fetchall():
        assert services.cases.attachment_bytes(sha)
    services.close()
