"""Nothing personal is written in clear to the data dir, the temp dir or the logs (issue 14), over an
officer's whole day through the real command: demo data, a document finalised, printed to PDF (one and a
whole case), an export, a backup, the doctor, a login and a sync to the real HQ server. Every command runs
as its own process with a private TMPDIR; then every byte of the data dir (database, WAL, vault, backups,
logs, key file) and of that TMPDIR is searched for the people's names, identity numbers and addresses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sync_hq import HQServer

from inspector_app.app import build_services
from inspector_app.services.exchange import EXPORT_PURPOSE
from inspector_app.store.crypto import open_with_passphrase
from inspector_builders import demo_secrets, make_case, make_draft, person_subject

EXPORT_PASSPHRASE = "mật khẩu tệp xuất 2026"


def assert_nothing_in_clear(folder: Path, secrets: list[bytes]) -> int:
    """Every file under ``folder`` is free of every secret; returns how many files were read."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    for path in files:
        blob = path.read_bytes()
        for secret in secrets:
            assert secret not in blob, f"{secret.decode()} in clear in {path}"
    return len(files)


@pytest.mark.slow  # ten processes and a sync: about a minute
def test_a_day_of_work_leaves_nothing_personal_in_clear(hq_sqlite: HQServer, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    data, temp, out = tmp_path / "data", tmp_path / "tmp", tmp_path / "printed"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # this process too (the finalised draft is made here)
    monkeypatch.setattr("tempfile.tempdir", None)  # re-read TMPDIR
    env = {**{k: v for k, v in os.environ.items() if k != "INSPECTOR_DATA_DIR"}, "TMPDIR": str(temp),
           "INSPECTOR_EXPORT_PASSPHRASE": EXPORT_PASSPHRASE,
           # A laptop without an OS keyring: the sync password is typed for each sync, stored nowhere.
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def inspector(*args: str, stdin: str = "") -> str:
        result = subprocess.run([sys.executable, "-m", "inspector_app", *args, "--data-dir", str(data)],
                                input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, timeout=180)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout

    inspector("demo")
    services = build_services(data)
    try:
        case = make_case(services, person_subject())
        draft = make_draft(services, case, "nd118.mbb01")
    finally:
        services.close()
    inspector("finalize", draft.id)
    inspector("render", draft.id, "-o", str(out / "mbb01.pdf"))
    inspector("render", "--case", case.id, "-o", str(out / "case"))
    inspector("export", "-o", str(out / "all.qltt"))
    inspector("backup")
    inspector("doctor")
    account = hq_sqlite.new_account()
    inspector("login", "--server", hq_sqlite.url, "--username", account.username, "--password-stdin",
              stdin=account.password + "\n")
    inspector("sync", "--password-stdin", stdin=account.password + "\n")

    services = build_services(data)
    try:
        secrets = demo_secrets(services) + [b"Tram Beauty"]
        assert services.sync.counts().get("synced", 0) > 0  # the sync really sent the documents
    finally:
        services.close()
    assert (out / "mbb01.pdf").read_bytes().startswith(b"%PDF")  # printed where the officer asked
    assert assert_nothing_in_clear(data, secrets) >= 5
    assert (data / "backups").is_dir() and any((data / "vault").rglob("*"))
    assert_nothing_in_clear(temp, secrets)
    # The export is the one file meant to travel: it too is free of them (encrypted) …
    blob = (out / "all.qltt").read_bytes()
    assert not any(s in blob for s in secrets)
    # … while its content holds every one of them: the search above looks for bytes that really exist.
    plain = open_with_passphrase(EXPORT_PASSPHRASE, blob, EXPORT_PURPOSE)
    assert all(s in plain for s in secrets)
