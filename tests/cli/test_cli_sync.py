"""``inspector login``, ``inspector sync`` and ``inspector sync --status`` end to end (in-process CLI)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sync_hq import HQServer

from inspector_app.app import build_services
from inspector_app.cli import run
from inspector_app.services.sync import Backoff


def demo_laptop(path: Path) -> None:
    """A data dir with the demo dataset."""
    services = build_services(path)
    try:
        services.demo.load()
    finally:
        services.close()


def test_login_sync_and_status_from_the_command_line(hq_sqlite: HQServer, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    account = hq_sqlite.new_account()
    data = tmp_path / "laptop"
    demo_laptop(data)
    monkeypatch.setattr("sys.stdin", io.StringIO(account.password + "\n"))
    assert run(["login", "--server", hq_sqlite.url, "--username", account.username, "--password-stdin",
                "--data-dir", str(data), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["token_stored"] is True
    assert run(["sync", "--data-dir", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["complete"] and report["accepted"] > 0
    assert len(hq_sqlite.stored(account.unit_code)) == report["accepted"]
    assert run(["sync", "--status", "--data-dir", str(data), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["items"] == [] and set(status["counts"]) == {"synced"}


def test_sync_to_an_unreachable_server_says_so_in_vietnamese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    hq = HQServer(f"sqlite:///{tmp_path / 'hq.sqlite3'}", tmp_path)
    hq.start()
    try:
        account = hq.new_account()
        data = tmp_path / "laptop"
        demo_laptop(data)
        monkeypatch.setattr("sys.stdin", io.StringIO(account.password + "\n"))
        assert run(["login", "--server", hq.url, "--username", account.username, "--password-stdin",
                    "--data-dir", str(data)]) == 0
    finally:
        hq.stop()  # the office network is down now
        hq.engine.dispose()
    services = build_services(data)
    services.sync.backoff = Backoff(base=0.001, cap=0.002, max_failures=3)
    monkeypatch.setattr("inspector_app.app.build_services", lambda *_a, **_k: services)
    capsys.readouterr()
    code = run(["sync", "--data-dir", str(data)])
    err = capsys.readouterr().err
    assert code == 1 and "Không kết nối được máy chủ" in err and "không mất dữ liệu" in err
    assert "Traceback" not in err
    assert build_services(data).sync.counts().get("retry", 0) > 0  # the outbox remembers


def test_sync_before_login_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["sync", "--data-dir", str(tmp_path / "empty")]) == 2
    assert "inspector login" in capsys.readouterr().err


def test_login_to_plain_http_elsewhere_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("mat-khau-dai\n"))
    assert run(["login", "--server", "http://hq.example.vn", "--username", "lan", "--password-stdin",
                "--data-dir", str(tmp_path / "d")]) == 2
    assert "HTTPS" in capsys.readouterr().err
