"""The commands that only read work on a data directory that cannot be written, and never change one
(review D15): a laptop's directory copied and mounted read-only, a folder without write permission, a full
disk. After a failed open on a full disk no empty -wal/-shm files are left behind.

A real read-only file system: the command runs in a private mount namespace (``unshare -rm``) where the
data directory is bind-mounted read-only, which stops writes even for root (chmod does not; tests may run as
root). A real full disk: a 4 MiB tmpfs filled to the last block, mounted the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.store.db import DB_FILENAME, SHM_REGION, remove_unused_wal

READ_COMMANDS = (["list"], ["audit", "verify"], ["doctor"], ["search", "Hà"])
ENV = {**os.environ, "INSPECTOR_EXPORT_PASSPHRASE": "mật khẩu tệp xuất thử"}  # export files are encrypted


def _namespaces_work() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt && true"],
                           capture_output=True)
    return probe.returncode == 0


NAMESPACES = _namespaces_work()
needs_namespaces = pytest.mark.skipif(not NAMESPACES, reason="no user/mount namespaces (unshare -rm) here")


def snapshot(directory: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under ``directory``: size, modification time and SHA-256."""
    return {str(p.relative_to(directory)): (p.stat().st_size, p.stat().st_mtime_ns,
                                            hashlib.sha256(p.read_bytes()).hexdigest())
            for p in sorted(directory.rglob("*")) if p.is_file()}


def inspector_argv(data_dir: Path, args: list[str]) -> list[str]:
    """The command line of ``inspector ARGS`` on ``data_dir``."""
    return [sys.executable, "-m", "inspector_app", "--json", *args, "--data-dir", str(data_dir)]


def run_in_namespace(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` (sh) in a private user and mount namespace."""
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True,
                          encoding="utf-8", timeout=180, env=ENV)


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory with the demo records (made once; tests copy it before they change anything)."""
    data = tmp_path_factory.mktemp("readonly") / "data"
    done = subprocess.run(inspector_argv(data, ["demo"]), capture_output=True, text=True, timeout=300, env=ENV)
    assert done.returncode == 0, done.stderr
    return data


def first_document(data_dir: Path) -> str:
    """The id of a document of ``data_dir``."""
    done = subprocess.run(inspector_argv(data_dir, ["list"]), capture_output=True, text=True, timeout=120, env=ENV)
    return str(json.loads(done.stdout)[0]["id"])


@needs_namespaces
def test_read_commands_work_on_a_read_only_mount_and_change_nothing(demo_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "copy"
    shutil.copytree(demo_dir, data)
    doc = first_document(data)
    before = snapshot(data)
    mount = f"mount --bind -o ro {shlex.quote(str(data))} {shlex.quote(str(data))}"
    probe = run_in_namespace(f"{mount} && touch {shlex.quote(str(data / 'x'))}")
    assert probe.returncode != 0 and "Read-only file system" in probe.stderr  # really read-only, root or not
    out = tmp_path / "export.json"
    for args in (*READ_COMMANDS, ["show", doc], ["problems", doc], ["export", "-o", str(out)]):
        done = run_in_namespace(f"{mount} && exec {shlex.join(inspector_argv(data, args))}")
        assert done.returncode == 0, (args, done.stderr)
        assert "Traceback" not in done.stderr
    assert out.stat().st_size > 0  # the export was written (outside the data directory)
    assert snapshot(data) == before
    # A command that writes is refused with a message, not a traceback.
    done = run_in_namespace(f"{mount} && exec {shlex.join(inspector_argv(data, ['import', str(out)]))}")
    assert done.returncode == 1 and "Traceback" not in done.stderr and done.stderr.strip()
    assert snapshot(data) == before


def test_read_commands_on_a_writable_directory_leave_every_file_as_it_was(demo_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "copy"
    shutil.copytree(demo_dir, data)
    doc = first_document(data)
    before, names = snapshot(data), sorted(p.name for p in data.iterdir())
    for args in (*READ_COMMANDS, ["show", doc], ["problems", doc]):
        done = subprocess.run(inspector_argv(data, args), capture_output=True, text=True, timeout=120, env=ENV)
        assert done.returncode == 0, (args, done.stderr)
    assert snapshot(data) == before and sorted(p.name for p in data.iterdir()) == names


def test_the_read_only_open_refuses_writes(demo_dir: Path, tmp_path: Path) -> None:
    from inspector_app.services.keys import KeyService
    from inspector_app.store.db import open_database

    data = tmp_path / "copy"
    shutil.copytree(demo_dir, data)
    key = KeyService(data).key_for_start()
    db = open_database(data / DB_FILENAME, key=key.database, read_only=True)
    try:
        with pytest.raises(Exception, match="readonly"):
            db.conn.execute("DELETE FROM settings")
    finally:
        db.conn.close()


@needs_namespaces
def test_a_full_disk_leaves_no_empty_journal_files_and_reading_still_works(demo_dir: Path, tmp_path: Path) -> None:
    mnt = tmp_path / "small"
    mnt.mkdir()
    export = tmp_path / "export.json"
    subprocess.run(inspector_argv(demo_dir, ["export", "-o", str(export)]), check=True, capture_output=True, env=ENV)
    data = mnt / "data"
    q = shlex.quote
    script = " && ".join([
        f"mount -t tmpfs -o size=4m tmpfs {q(str(mnt))}", f"cp -a {q(str(demo_dir))} {q(str(data))}",
        f"(dd if=/dev/zero of={q(str(mnt / 'fill'))} bs=4k 2>/dev/null || true)",
        f"sha256sum {q(str(data / DB_FILENAME))}",
        f"({shlex.join(inspector_argv(data, ['list']))} > {q(str(tmp_path / 'list.json'))}; echo list=$?)",
        f"({shlex.join(inspector_argv(data, ['import', str(export)]))}; echo import=$?)",
        f"ls -a {q(str(data))}", f"sha256sum {q(str(data / DB_FILENAME))}",
    ])
    done = run_in_namespace(script)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "list=0" in out and json.loads((tmp_path / "list.json").read_text(encoding="utf-8"))
    assert "import=1" in out and "Ổ đĩa đã đầy" in done.stderr and "Traceback" not in done.stderr
    assert "-wal" not in out and "-shm" not in out  # nothing left beside the database
    sums = [line.split()[0] for line in out.splitlines() if line.endswith(DB_FILENAME) and " " in line]
    assert len(sums) == 2 and sums[0] == sums[1]  # the database is unchanged


def test_only_unused_journal_files_are_removed(tmp_path: Path) -> None:
    db = tmp_path / DB_FILENAME
    wal, shm = tmp_path / f"{DB_FILENAME}-wal", tmp_path / f"{DB_FILENAME}-shm"
    wal.write_bytes(b"")
    shm.write_bytes(b"\0" * 3)  # what a full disk leaves: no WAL frame, no index region
    assert remove_unused_wal(db) is True and not wal.exists() and not shm.exists()
    wal.write_bytes(b"")
    shm.write_bytes(b"\0" * SHM_REGION)  # an index in use by a connection: never touched
    assert remove_unused_wal(db) is False and wal.exists() and shm.exists()
    wal.write_bytes(b"frames")
    shm.unlink()
    assert remove_unused_wal(db) is False and wal.exists()  # frames not yet in the database: kept
