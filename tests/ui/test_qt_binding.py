"""The Qt binding must keep ``None`` alive: a long working day makes millions of void Qt calls.

PySide6 6.12.0 returned ``None`` from void methods without taking a reference on Python < 3.12 (where
``None`` is not immortal), so each call lowered its reference count until the interpreter aborted with
"none_dealloc" after a few thousand calls. pyproject.toml pins PySide6 below 6.12; this test fails if a
binding with that fault comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for i in range(50_000):
    label.setText("Biên bản")   # a void method
    QCoreApplication.processEvents()  # a void static method, called in loops by tests and tools
drift = sys.getrefcount(None) - before
print(drift)
"""


def test_fifty_thousand_void_qt_calls_leave_none_alone() -> None:
    # In a child process: the fault aborts the interpreter, which must not take the test run down with it.
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert abs(int(result.stdout.strip().splitlines()[-1])) < 1000
