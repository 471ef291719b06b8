"""Where bundled resources and user data live.

``resource_path()`` is the one way to find bundled files: it knows PyInstaller's ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "QLTTInspector"
APP_AUTHOR = "QLTT"


def resource_root() -> Path:
    """The folder that holds ``resources/`` (the bundle's temp dir when frozen, else the checkout)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource_path("fonts", "LiberationSerif-Regular.ttf")``."""
    return resource_root().joinpath("resources", *parts)


def default_data_dir() -> Path:
    """The user data directory: ``$INSPECTOR_DATA_DIR`` or the platform's per-user data folder."""
    env = os.environ.get("INSPECTOR_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
