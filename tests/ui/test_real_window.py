"""The real-window check of scripts/gui_check.py (Xvfb, xdotool, the running app, Ctrl+L and the passphrase, kill -9), as a test.

Slow (about 20 s, longer on a loaded machine): run with ``-m slow``. It needs Xvfb, xdotool and xkbcomp
(scripts/setup installs them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_scans_ctrl_s_and_typing_survive_in_a_real_window_and_a_kill_9() -> None:
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "gui_check.py"), "--json"], capture_output=True,
                         text=True, timeout=300, cwd=ROOT)
    assert run.returncode != 2, run.stderr  # the X tools are missing: scripts/setup installs them
    result = json.loads(run.stdout)
    failed = [name for name, ok in result["checks"].items() if not ok]
    assert not failed and run.returncode == 0, (failed, result["facts"])
    assert len(result["checks"]) == 10
