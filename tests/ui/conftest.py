"""Fixtures for the desktop-app tests: offscreen Qt, a scripted prompter, the whole GUI on a temp data dir.

``QT_QPA_PLATFORM`` is set before Qt loads. The helpers live in ui_helpers.py.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from ui_helpers import ScriptedPrompter, services_factory, wait_idle  # noqa: E402

from inspector_app.paths import resource_path  # noqa: E402
from inspector_app.services.container import Services  # noqa: E402
from inspector_app.ui.startup import Gui, start  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot propagate size hints whenever a window is shown; that is
    a fact about the test platform, not about the app, so only that message is exempt from the
    fail-on-warning rule."""
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).parent == here:
            item.add_marker(pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"))


@pytest.fixture
def prompter(tmp_path: Path) -> ScriptedPrompter:
    """The scripted prompter; printed PDFs land in tmp_path/printed."""
    out = tmp_path / "printed"
    out.mkdir()
    return ScriptedPrompter(out)


@pytest.fixture
def start_gui(qtbot: Any, tmp_path: Path, prompter: ScriptedPrompter) -> Iterator[Callable[..., Gui]]:
    """Start the whole app on a fresh temp data dir: ``start_gui(configure=True, seed=None)``."""
    started: list[Gui] = []

    def run(configure: bool = True, seed: Callable[[Services], None] | None = None,
            data_dir: Path | None = None) -> Gui:
        d = data_dir or tmp_path / "data"
        d.mkdir(exist_ok=True)
        gui = start(d, services_factory(d, configure, seed), resource_path(), prompter=prompter)
        started.append(gui)
        qtbot.addWidget(gui.window)
        if configure:
            with qtbot.waitSignal(gui.window.profile_ready, timeout=20000):
                pass
            wait_idle(qtbot, gui)
        return gui

    yield run
    for gui in started:
        gui.window.close()
        gui.shutdown()
        if gui.translator is not None:  # the next test starts in its own language
            from PySide6.QtWidgets import QApplication

            QApplication.removeTranslator(gui.translator)
