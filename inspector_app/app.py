"""Composition root: paths, database, services, and (for the GUI) the QApplication and main window.

This is the only module that constructs concrete objects and wires them together.
"""

from __future__ import annotations

from pathlib import Path

from inspector_app.domain.clock import Clock, SystemClock
from inspector_app.paths import default_data_dir
from inspector_app.services.cases import CaseService, ProfileService
from inspector_app.services.container import Services
from inspector_app.services.documents import DocumentService
from inspector_app.store.db import DB_FILENAME, open_database
from inspector_app.store.repository import Repository


def build_services(data_dir: Path | None = None, clock: Clock | None = None) -> Services:
    """Open the database in ``data_dir`` and build every service on it."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    clock = clock or SystemClock()
    db_path = data_dir / DB_FILENAME
    repo = Repository(open_database(db_path), db_path)
    profile = ProfileService(repo)
    services = Services(
        data_dir=data_dir, repo=repo, clock=clock, profile=profile,
        cases=CaseService(repo, clock, profile, data_dir),
        documents=DocumentService(repo, clock, profile),
    )
    from inspector_app.services.demo import DemoService
    from inspector_app.services.exchange import ExchangeService

    services.demo = DemoService(services)
    services.exchange = ExchangeService(repo, clock, profile)
    return services
