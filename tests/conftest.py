"""Shared fixtures: a fixed clock, a temp data dir and the services of one installation with a profile.

Kept generic on purpose (no Qt, nothing autouse): every test area builds on these.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import settings

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.services.container import Services
from inspector_builders import make_officer, make_unit

# No per-example deadline: on a loaded 2-core machine (CI, parallel work) a first example that imports a
# module or warms a cache takes longer, and hypothesis then reports a flaky "DeadlineExceeded". Speed is
# measured in the benchmarks, never in tests.
settings.register_profile("qltt", deadline=None)
settings.load_profile("qltt")

# Every installation a test opens is encrypted like a real one. The passphrase comes from the environment,
# as in unattended use (os.environ, so the CLI and app processes the tests start inherit it too).
os.environ["INSPECTOR_PASSPHRASE"] = "mật khẩu thử nghiệm 2026"

# A weekday morning well inside a year, so "yesterday" and "last week" stay in the same calendar year.
FIXED_NOW = datetime(2026, 3, 10, 9, 0, 0)


@pytest.fixture
def clock() -> FixedClock:
    """A clock standing at FIXED_NOW (tests may ``advance`` it)."""
    return FixedClock(FIXED_NOW)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data directory (the SQLite file is created in it)."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def bare_services(data_dir: Path, clock: FixedClock) -> Iterator[Services]:
    """Services on a fresh temp database, with no profile configured."""
    services = build_services(data_dir, clock)
    try:
        yield services
    finally:
        services.close()


@pytest.fixture
def services(bare_services: Services) -> Services:
    """Services on a fresh temp database with a unit and an officer configured."""
    bare_services.profile.set_profile(make_unit(), make_officer())
    return bare_services
