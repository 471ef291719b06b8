"""Build the PyInstaller one-folder bundle and run its self-test with a clean environment (slow)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_bundle_builds_and_passes_its_self_test_without_python(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(work), str(ROOT / "build.spec")],
        cwd=ROOT, check=True, timeout=1200,
    )
    bundle = dist / "qltt-inspector"
    exe = bundle / ("qltt-inspector.exe" if os.name == "nt" else "qltt-inspector")
    assert exe.is_file()
    home = tmp_path / "home"
    home.mkdir()
    # A clean environment: no virtualenv, no PYTHONPATH, no Python on PATH beyond the system's.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    result = subprocess.run([str(exe), "--self-test"], cwd=tmp_path, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[OK]  render" in result.stdout
    assert "[OK]  database: CSDL tạm (mã hóa SQLCipher)" in result.stdout  # SQLCipher and cryptography are in
    assert "Tự kiểm tra thành công." in result.stdout
    # PyInstaller links the Qt libraries into _internal/: count each file once, as `du` does.
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 250 * 1024 * 1024, f"bundle is {size / 1e6:.0f} MB"
    # Excluded Qt modules must really be absent.
    assert not list(bundle.rglob("*WebEngine*"))
