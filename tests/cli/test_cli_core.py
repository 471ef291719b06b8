"""The ``inspector`` command: as a subprocess (exit codes, stderr, no traceback) and in-process via run()."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from inspector_app.app import build_services
from inspector_app.cli import run
from inspector_app.domain.canonical import canonical_bytes, sha256_hex
from inspector_app.domain.clock import FixedClock
from inspector_app.domain.kinds import KINDS
from inspector_app.services.exchange import EXPORT_PURPOSE
from inspector_app.store.crypto import open_with_passphrase, seal_with_passphrase
from inspector_app.store.db import DB_FILENAME
from inspector_builders import make_case, make_draft, raw_connection

TABLES = ("cases", "goods", "documents", "number_counters", "audit_events", "attachments", "outbox")


# The passphrase of export files, as a script gives it (an officer types it on the terminal).
EXPORT_PASSPHRASE = "mật khẩu tệp xuất 2026"
EXPORT_ENV = {"INSPECTOR_EXPORT_PASSPHRASE": EXPORT_PASSPHRASE}


def inspector(*args: str, data_dir: Path | None = None, env_dir: Path | None = None,
              timeout: float = 60, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m inspector_app`` as a separate process."""
    env = {k: v for k, v in os.environ.items() if k not in ("INSPECTOR_DATA_DIR", "INSPECTOR_EXPORT_PASSPHRASE")}
    env.update(env_extra or {})
    if env_dir is not None:
        env["INSPECTOR_DATA_DIR"] = str(env_dir)
    argv = [sys.executable, "-m", "inspector_app", *args]
    if data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=env, timeout=timeout)


def call(capsys, *args: str) -> tuple[int, str, str]:
    """Run the command in this process; returns (exit code, stdout, stderr)."""
    try:
        code = run(list(args))
    except SystemExit as exc:  # argparse errors and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def counts(data_dir: Path) -> dict[str, int]:
    conn = raw_connection(data_dir / DB_FILENAME)
    try:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def assert_one_clean_line(result_err: str) -> None:
    assert "Traceback" not in result_err
    lines = result_err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("Lỗi")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory) -> Path:
    """A data dir with the demo dataset (made once; copy it before changing it)."""
    path = tmp_path_factory.mktemp("demo") / "data"
    result = inspector("demo", "--json", data_dir=path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_copy(demo_dir, tmp_path) -> Path:
    path = tmp_path / "data"
    shutil.copytree(demo_dir, path)
    return path


def listed(capsys, data_dir: Path, *extra: str) -> list[dict]:
    code, out, err = call(capsys, "list", "--json", "--data-dir", str(data_dir), *extra)
    assert code == 0, err
    return json.loads(out)


def test_demo_creates_every_kind_final_and_draft(demo_dir, capsys):
    docs = listed(capsys, demo_dir)
    assert {d["kind"] for d in docs if d["status"] == "final"} == set(KINDS)
    assert {d["kind"] for d in docs if d["status"] == "draft"}
    for d in docs:
        assert {"id", "case_id", "kind", "number", "status", "sha256"} <= set(d)
        assert (d["status"] == "draft") == (d["number"] == "") == (d["sha256"] == "")


def test_demo_run_twice_doubles_with_disjoint_ids(demo_copy, capsys):
    before = listed(capsys, demo_copy)
    result = inspector("demo", "--json", env_dir=demo_copy)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    after = listed(capsys, demo_copy)
    assert len(after) == 2 * len(before) == 2 * report["documents"]
    assert not {d["id"] for d in before} & set(report["document_ids"])
    assert not {d["case_id"] for d in before} & set(report["case_ids"])


def test_list_filters_by_status_and_kind(demo_dir, capsys):
    finals = listed(capsys, demo_dir, "--status", "final", "--kind", "nd118.mbb01")
    assert finals and all(d["status"] == "final" and d["kind"] == "nd118.mbb01" for d in finals)
    code, out, _ = call(capsys, "list", "--data-dir", str(demo_dir))
    assert code == 0 and out.strip().endswith("văn bản)")


@pytest.mark.parametrize("words,title_part", [(["nhap", "lau"], "nhập lậu"), (["dong nai"], None)])
def test_search_folds_diacritics(demo_dir, capsys, words, title_part):
    code, out, err = call(capsys, "search", *words, "--json", "--data-dir", str(demo_dir))
    assert code == 0, err
    hits = json.loads(out)
    assert hits
    if title_part:
        assert any(title_part in h["title"] for h in hits)


def test_show_document_and_case(demo_dir, capsys):
    doc = next(d for d in listed(capsys, demo_dir) if d["status"] == "final")
    code, out, _ = call(capsys, "show", doc["id"], "--json", "--data-dir", str(demo_dir))
    assert code == 0 and json.loads(out)["sha256"] == doc["sha256"]
    code, out, _ = call(capsys, "show", doc["case_id"], "--data-dir", str(demo_dir))
    assert code == 0 and doc["id"] in out
    code, out, err = call(capsys, "show", "no-such-id", "--data-dir", str(demo_dir))
    assert code == 2 and out == ""
    assert_one_clean_line(err)


@pytest.fixture
def configured_dir(tmp_path) -> tuple[Path, str, str]:
    """A data dir with a profile, a case and a complete draft (and an incomplete one)."""
    from inspector_builders import make_officer, make_unit

    path = tmp_path / "work"
    services = build_services(path, FixedClock(datetime.now().replace(microsecond=0)))
    try:
        services.profile.set_profile(make_unit(), make_officer())
        case = make_case(services)
        good = make_draft(services, case, "nd118.mbb01")
        bad = make_draft(services, case, "nd118.mbb01")
        bad.violations = []
        bad.place = ""
        services.documents.save_draft(bad)
        return path, good.id, bad.id
    finally:
        services.close()


def test_finalize_then_correct(configured_dir, capsys):
    path, good, _ = configured_dir
    code, out, err = call(capsys, "finalize", good, "--json", "--data-dir", str(path))
    assert code == 0, err
    result = json.loads(out)
    assert result["status"] == "final" and result["number"] == "01/BB-VPHC-QLTT0215" and len(result["sha256"]) == 64
    code, out, err = call(capsys, "finalize", good, "--data-dir", str(path))
    assert code == 2 and out == ""
    assert_one_clean_line(err)
    code, out, err = call(capsys, "correct", good, "--json", "--data-dir", str(path))
    assert code == 0 and json.loads(out)["supersedes"] == good


def test_finalize_of_an_incomplete_draft_lists_every_problem(configured_dir, capsys):
    path, _, bad = configured_dir
    code, out, err = call(capsys, "finalize", bad, "--json", "--data-dir", str(path))
    assert code == 2
    error = json.loads(out)
    assert error["ok"] is False and error["error"]["code"] == "validation"
    assert {d["field"] for d in error["error"]["details"]} == {"violations", "place"}
    # Where each problem lies, in words; the internal paths only in the JSON details (issue 11).
    assert "Hành vi vi phạm" in err and "Địa điểm lập" in err and "Traceback" not in err
    assert "violations" not in err


def test_audit_verify_passes_and_then_finds_tampering(demo_copy, capsys):
    code, out, _ = call(capsys, "audit", "verify", "--json", "--data-dir", str(demo_copy))
    assert code == 0 and json.loads(out)["ok"] is True
    conn = raw_connection(demo_copy / DB_FILENAME)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("UPDATE audit_events SET actor = 'kẻ giả mạo' WHERE seq = 7")
    conn.commit()
    conn.close()
    result = inspector("audit", "verify", data_dir=demo_copy)
    assert result.returncode == 1 and "7" in result.stdout and "Traceback" not in result.stderr


def test_export_then_import_into_a_fresh_dir_reproduces_final_documents(demo_dir, tmp_path, capsys):
    export = tmp_path / "out" / "export.qltt"
    result = inspector("export", "-o", str(export), "--json", data_dir=demo_dir, env_extra=EXPORT_ENV)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["encrypted"] is True
    fresh = tmp_path / "fresh"
    result = inspector("import", str(export), "--json", env_dir=fresh, env_extra=EXPORT_ENV)
    assert result.returncode == 0, result.stderr
    key = lambda d: (d["id"], d["kind"], d["number"], d["sha256"], d["status"])  # noqa: E731
    source = sorted(key(d) for d in listed(capsys, demo_dir) if d["status"] != "draft")
    assert sorted(key(d) for d in listed(capsys, fresh) if d["status"] != "draft") == source
    code, out, _ = call(capsys, "audit", "verify", "--json", "--data-dir", str(fresh))
    assert code == 0


def _export_data(demo_dir: Path, tmp_path: Path) -> dict:
    export = tmp_path / "export.qltt"
    assert inspector("export", "-o", str(export), data_dir=demo_dir, env_extra=EXPORT_ENV).returncode == 0
    return json.loads(open_with_passphrase(EXPORT_PASSPHRASE, export.read_bytes(), EXPORT_PURPOSE))


def _sealed(text: str) -> bytes:
    """``text`` as an export file sealed with the right passphrase (edited by someone who knows it)."""
    return seal_with_passphrase(EXPORT_PASSPHRASE, text.encode("utf-8"), EXPORT_PURPOSE)


def _first_final(data: dict) -> int:
    return next(i for i, e in enumerate(data["documents"]) if e["status"] == "final")


def test_import_of_bad_files_exits_2_lists_every_problem_and_changes_nothing(demo_dir, demo_copy, tmp_path):
    data = _export_data(demo_dir, tmp_path)
    i = _first_final(data)
    tampered = json.loads(json.dumps(data))
    tampered["documents"][i]["document"]["place"] = "Nơi khác"
    unknown_kind = json.loads(json.dumps(data))
    unknown_kind["documents"][i]["document"]["kind"] = "tt22.m99"
    unknown_kind["documents"][i]["sha256"] = sha256_hex(canonical_bytes(unknown_kind["documents"][i]["document"]))
    j = next(k for k, e in enumerate(data["documents"]) if e["status"] == "final" and k > i)
    unknown_kind["documents"][j]["sha256"] = "0" * 64
    files = {
        "not-json.json": ("{ đây không phải JSON", ["$"]),
        "wrong-shape.json": (json.dumps({"format": "qltt-inspector/1", "units": {}, "cases": [],
                                         "officers": [], "documents": 5}), ["$.units", "$.documents"]),
        "tampered.json": (json.dumps(tampered), [f"$.documents[{i}].sha256"]),
        "unknown-kind.json": (json.dumps(unknown_kind),
                              [f"$.documents[{i}].document.kind", f"$.documents[{j}].sha256"]),
    }
    before = counts(demo_copy)
    for name, (content, paths) in files.items():
        bad = tmp_path / name
        bad.write_bytes(_sealed(content))
        result = inspector("import", str(bad), env_dir=demo_copy, env_extra=EXPORT_ENV)
        assert result.returncode == 2, (name, result.stderr)
        assert "Traceback" not in result.stderr and result.stderr.startswith("Lỗi")
        for path in paths:
            assert f"- {path}" in result.stderr, (name, path, result.stderr)
        assert counts(demo_copy) == before, name


def test_import_json_error_lists_problems_as_details(demo_dir, tmp_path, capsys):
    data = _export_data(demo_dir, tmp_path)
    data["documents"][_first_final(data)]["document"]["place"] = "Nơi khác"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")  # a clear file, as earlier versions wrote them
    code, out, _ = call(capsys, "import", str(bad), "--json", "--data-dir", str(tmp_path / "fresh"))
    assert code == 2
    details = json.loads(out)["error"]["details"]
    assert [d["field"] for d in details] == [f"$.documents[{_first_final(data)}].sha256"]


def test_import_with_a_wrong_or_no_passphrase_exits_2_in_vietnamese_and_changes_nothing(demo_dir, demo_copy,
                                                                                        tmp_path):
    export = tmp_path / "export.qltt"
    assert inspector("export", "-o", str(export), data_dir=demo_dir, env_extra=EXPORT_ENV).returncode == 0
    before = counts(demo_copy)
    result = inspector("import", str(export), env_dir=demo_copy,
                       env_extra={"INSPECTOR_EXPORT_PASSPHRASE": "mật khẩu đoán bừa"})
    assert result.returncode == 2
    assert_one_clean_line(result.stderr)
    assert "Mật khẩu của tệp không đúng" in result.stderr
    result = inspector("import", str(export), env_dir=demo_copy)  # no terminal, no environment variable
    assert result.returncode == 2
    assert_one_clean_line(result.stderr)
    assert "INSPECTOR_EXPORT_PASSPHRASE" in result.stderr
    assert counts(demo_copy) == before


def test_export_without_a_passphrase_or_with_a_short_one_exits_2_and_writes_nothing(demo_dir, tmp_path):
    export = tmp_path / "out" / "export.qltt"
    for extra in ({}, {"INSPECTOR_EXPORT_PASSPHRASE": "ngắn"}):
        result = inspector("export", "-o", str(export), data_dir=demo_dir, env_extra=extra)
        assert result.returncode == 2, result.stderr
        assert_one_clean_line(result.stderr)
    assert not export.parent.exists()


def test_import_of_a_missing_file_is_a_clear_error(tmp_path, capsys):
    code, out, err = call(capsys, "import", str(tmp_path / "missing.json"), "--data-dir", str(tmp_path / "d"))
    assert code == 2
    assert_one_clean_line(err)


@pytest.mark.parametrize("args", [
    ["frobnicate"], ["list", "--status", "archived"], ["list", "--kind", "tt22.m99"], ["search"], ["show"],
    ["search", "x", "--limit", "nhiều"], ["finalize"], ["export"], ["audit", "verify", "--bogus"],
])
def test_bad_arguments_exit_2_with_one_clear_line(args, tmp_path, capsys):
    code, out, err = call(capsys, *args, "--data-dir", str(tmp_path / "d"))
    assert code == 2 and out == ""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Lỗi tham số"), lines


def test_bad_arguments_in_a_subprocess_print_no_traceback(tmp_path):
    result = inspector("list", "--status", "archived", data_dir=tmp_path / "d")
    assert result.returncode == 2 and result.stdout == ""
    assert_one_clean_line(result.stderr)


@pytest.mark.parametrize("content", [os.urandom(4096), b"SQLite format 3\x00" + os.urandom(8192)])
def test_corrupt_database_file_exits_non_zero_with_one_line(tmp_path, content):
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / DB_FILENAME).write_bytes(content)
    result = inspector("list", data_dir=data_dir)
    assert result.returncode == 1 and result.stdout == ""
    assert_one_clean_line(result.stderr)


def test_truncated_database_exits_non_zero_with_one_line(demo_copy):
    db = demo_copy / DB_FILENAME
    conn = raw_connection(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 3)
    result = inspector("list", "--json", data_dir=demo_copy)
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert json.loads(result.stdout)["error"]["code"] == "database_corrupt"


def test_locked_database_exits_1_with_one_line(demo_copy):
    holder = raw_connection(demo_copy / DB_FILENAME)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
        result = inspector("list", data_dir=demo_copy)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert_one_clean_line(result.stderr)
    assert "khóa" in result.stderr


def test_data_dir_comes_from_option_or_environment(tmp_path, capsys):
    by_env = tmp_path / "env"
    result = inspector("list", "--json", env_dir=by_env)
    assert result.returncode == 0 and json.loads(result.stdout) == []
    assert (by_env / DB_FILENAME).is_file()
    by_option = tmp_path / "option"
    code, _, _ = call(capsys, "--data-dir", str(by_option), "list")  # before the subcommand works too
    assert code == 0 and (by_option / DB_FILENAME).is_file()


def test_help_works_without_a_database(tmp_path):
    result = inspector("--help", data_dir=tmp_path / "d")
    assert result.returncode == 0 and "inspector" in result.stdout
    assert not (tmp_path / "d").exists()


def test_output_into_a_closed_pipe_stops_quietly(tmp_path):
    """``inspector show ID | head -5``: the reader went away; no "Lỗi: … Broken pipe", no traceback."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has already gone before the command writes anything
    env = {k: v for k, v in os.environ.items() if k != "INSPECTOR_DATA_DIR"}
    try:
        proc = subprocess.run([sys.executable, "-m", "inspector_app", "--data-dir", str(tmp_path), "list"],
                              stdout=write_end, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env,
                              timeout=60)
    finally:
        os.close(write_end)
    assert proc.stderr == ""
    assert proc.returncode == 141
