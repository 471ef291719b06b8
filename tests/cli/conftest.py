"""Fixtures for the ``inspector`` command-line tests (tests/cli mirrors inspector_app/cli/).

The commands reach every area, so these tests use the helpers of the forms tests (PDFs read back, form
builders) and of the sync tests (the real HQ server, the in-memory keyring): those folders go on
``sys.path`` here, as tests/ui/test_sync_ui.py does for the sync helpers.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent.parent
for helpers in ("forms", "sync"):
    if str(TESTS / helpers) not in sys.path:
        sys.path.append(str(TESTS / helpers))

from sync_hq import HQServer, MemoryKeyring, memory_keyring_installed, running_hq  # noqa: E402


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every command-line test gets an empty in-memory keyring (``login`` stores its token there)."""
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture(scope="module")
def hq_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HQServer]:
    """The real HQ server over a SQLite file, once for a test module."""
    work = tmp_path_factory.mktemp("hq-cli")
    with running_hq(f"sqlite:///{work / 'hq.sqlite3'}", work) as server:
        yield server
