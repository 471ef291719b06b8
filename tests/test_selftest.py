"""``inspector --self-test``: every step passes on a working install; a broken bundle names its step."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from inspector_app.selftest import STEPS, run_self_test


def test_self_test_passes_every_step_and_reports_them_as_json(tmp_path) -> None:
    # In a child process, as users run it: it creates its own Qt application, which must not leak into the
    # other tests' process.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_DATA_DIR": str(tmp_path / "unused")}
    result = subprocess.run([sys.executable, "-m", "inspector_app", "--self-test", "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert [s["step"] for s in report["steps"]] == [name for name, _ in STEPS]
    render = next(s for s in report["steps"] if s["step"] == "render")
    assert "đủ 8 loại mẫu" in render["detail"]
    assert not (tmp_path / "unused").exists()  # the self-test never touches the user's data


def test_self_test_leaves_the_os_keyring_untouched(tmp_path) -> None:
    # The child's "OS keyring" is a file the test can read (scripts/bench_keyring.py's file backend), holding the
    # officer's own entry; the self-test must neither add its throwaway key nor change or remove anything there.
    ring = tmp_path / "keyring.json"
    scripts = Path(__file__).resolve().parent.parent / "scripts"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_DATA_DIR": str(tmp_path / "unused"),
           "PYTHON_KEYRING_BACKEND": "bench_keyring.FileKeyring", "BENCH_KEYRING_FILE": str(ring),
           "PYTHONPATH": os.pathsep.join([str(scripts), os.environ.get("PYTHONPATH", "")])}
    # Control: in such a child, keyring really writes to that file (else the check below proves nothing).
    subprocess.run([sys.executable, "-c", "import keyring; keyring.set_password('qltt-inspector-key', "
                                          "'/home/officer/data|abcd', 'the officer key')"], env=env, check=True)
    before = ring.read_text(encoding="utf-8")
    assert "the officer key" in before
    result = subprocess.run([sys.executable, "-m", "inspector_app", "--self-test", "--json"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ring.read_text(encoding="utf-8") == before


def test_self_test_of_a_bundle_without_its_resources_fails_at_that_step(monkeypatch: pytest.MonkeyPatch,
                                                                         tmp_path) -> None:
    # A frozen app finds its files under sys._MEIPASS; an empty one is a bundle built without resources/.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    out = io.StringIO()
    assert run_self_test(out) == 1
    assert out.getvalue().startswith("[LỖI] resources: thiếu phông chữ")
