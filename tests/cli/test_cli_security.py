"""``inspector backup|restore|doctor|passphrase`` and the passphrase rules of the command line, as processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.store.db import DB_FILENAME

PASSPHRASE = os.environ["INSPECTOR_PASSPHRASE"]


def inspector(*args: str, data_dir: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m inspector_app`` with no terminal (stdin closed), as scripts and CI do."""
    base = {k: v for k, v in os.environ.items() if k != "INSPECTOR_DATA_DIR"}
    base.update(env or {})
    return subprocess.run([sys.executable, "-m", "inspector_app", *args, "--data-dir", str(data_dir)],
                          capture_output=True, text=True, encoding="utf-8", env=base, timeout=120,
                          stdin=subprocess.DEVNULL)


def count_cases(data_dir: Path) -> int:
    result = inspector("search", "a", "--json", "--limit", "1000", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return len({r["case_id"] for r in json.loads(result.stdout)})


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sec") / "data"
    result = inspector("demo", data_dir=path)
    assert result.returncode == 0, result.stderr
    return path


def test_backup_then_restore_brings_the_data_back_and_keeps_the_replaced_one(demo, tmp_path):
    backup = tmp_path / "sao-luu.sqlite3"
    result = inspector("backup", "-o", str(backup), "--json", data_dir=demo)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["path"] == str(backup)
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the database
    before = count_cases(demo)
    assert inspector("demo", data_dir=demo).returncode == 0
    assert count_cases(demo) > before
    result = inspector("restore", str(backup), "--json", data_dir=demo)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True and Path(report["previous_saved_as"]).is_file()
    assert count_cases(demo) == before
    assert inspector("audit", "verify", data_dir=demo).returncode == 0


def test_restore_refuses_a_file_that_is_not_a_backup_of_this_laptop_and_changes_nothing(demo, tmp_path):
    db = demo / DB_FILENAME
    before = db.read_bytes()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    result = inspector("restore", str(junk), data_dir=demo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "Dữ liệu hiện tại không thay đổi" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # Another laptop's backup (another key) is refused the same way.
    other = tmp_path / "other"
    assert inspector("demo", data_dir=other, env={"INSPECTOR_PASSPHRASE": "máy khác, khóa khác"}).returncode == 0
    foreign = tmp_path / "foreign.sqlite3"
    assert inspector("backup", "-o", str(foreign), data_dir=other,
                     env={"INSPECTOR_PASSPHRASE": "máy khác, khóa khác"}).returncode == 0
    result = inspector("restore", str(foreign), data_dir=demo)
    assert result.returncode == 2 and "khóa của máy này" in result.stderr
    assert db.read_bytes() == before


def test_doctor_reports_each_area_and_exits_0_when_healthy(demo):
    assert inspector("backup", data_dir=demo).returncode == 0
    result = inspector("doctor", "--json", data_dir=demo)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True  # every page read and authenticated with the key
    checks = {c["name"]: c for c in report["checks"]}
    assert set(checks) >= {"audit", "disk", "keyring", "backups", "sync", "encryption"}
    assert checks["audit"]["status"] == checks["encryption"]["status"] == "ok"
    assert checks["backups"]["status"] == "ok"


def test_no_passphrase_and_no_terminal_is_one_clear_line_and_exit_2(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "INSPECTOR_PASSPHRASE"}
    result = subprocess.run([sys.executable, "-m", "inspector_app", "list", "--data-dir", str(tmp_path / "d")],
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
                            stdin=subprocess.DEVNULL)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "đặt mật khẩu" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "d" / DB_FILENAME).exists()


def test_wrong_passphrase_exits_2_and_passphrase_change_rewraps(demo, tmp_path):
    result = inspector("list", data_dir=demo, env={"INSPECTOR_PASSPHRASE": "sai mật khẩu"})
    assert result.returncode == 2 and "Mật khẩu không đúng" in result.stderr
    result = inspector("passphrase", data_dir=demo, env={"INSPECTOR_NEW_PASSPHRASE": "mật khẩu mới 2027"})
    assert result.returncode == 0, result.stderr
    assert inspector("list", data_dir=demo).returncode == 2  # the old one no longer opens it
    result = inspector("list", data_dir=demo, env={"INSPECTOR_PASSPHRASE": "mật khẩu mới 2027"})
    assert result.returncode == 0, result.stderr
    back = inspector("passphrase", data_dir=demo, env={"INSPECTOR_PASSPHRASE": "mật khẩu mới 2027",
                                                       "INSPECTOR_NEW_PASSPHRASE": PASSPHRASE})
    assert back.returncode == 0, back.stderr


def test_a_bug_log_names_where_it_failed_but_not_the_personal_data_in_the_message(tmp_path):
    from inspector_app.cli import _log_bug

    subject = {"name": "Phạm Văn Tùng", "id_number": "079190001234"}  # data, as the app would hold it

    def failing(person: dict[str, str]) -> None:
        raise ValueError(f"CCCD {person['id_number']} của {person['name']} không hợp lệ")

    try:
        failing(subject)
    except ValueError:
        path = _log_bug(tmp_path)
    assert path is not None
    text = path.read_text(encoding="utf-8")
    assert "ValueError" in text and "test_cli_security.py" in text
    assert "079190001234" not in text and "Phạm Văn Tùng" not in text
