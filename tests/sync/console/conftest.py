"""Fixtures of the console tests: the real application over a temp SQLite database with the demo world."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from console_world import World, build_world
from fastapi.testclient import TestClient

from sync.server.app import create_app
from sync.server.database import make_engine, migrate


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, World]]:
    """``(app, world)``: the HQ application (API + console) over a migrated SQLite file with the world."""
    tmp: Path = tmp_path_factory.mktemp("console")
    engine = make_engine(f"sqlite:///{tmp / 'hq.sqlite3'}")
    migrate(engine)
    world = build_world(engine, tmp)
    app = create_app(engine)
    yield app, world
    engine.dispose()


@pytest.fixture
def client(console: tuple[Any, World]) -> Iterator[TestClient]:
    """A fresh browser-like client (own cookies) on loopback, where cookies need not be Secure."""
    with TestClient(console[0], base_url="http://127.0.0.1") as c:
        yield c
