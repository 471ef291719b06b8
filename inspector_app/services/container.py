"""The services of one installation, built by the composition root (``inspector_app.app``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.domain.clock import Clock
from inspector_app.store.repository import Repository

from .cases import CaseService, ProfileService
from .documents import DocumentService

if TYPE_CHECKING:  # each area loads with its own dependencies (ReportLab, holidays, requests) in app.py
    from inspector_app.store.crypto import MasterKey

    from .backup import BackupService
    from .demo import DemoService
    from .exchange import ExchangeService
    from .keys import KeyService
    from .rendering import RenderService
    from .retention import RetentionService
    from .rules import RulesService
    from .sync import SyncService


@dataclass
class Services:
    """Everything the CLI and the UI call, every area always present. Built only by ``app.build_services``."""

    data_dir: Path
    repo: Repository
    clock: Clock
    profile: ProfileService
    cases: CaseService
    documents: DocumentService
    rules: RulesService
    rendering: RenderService
    demo: DemoService
    exchange: ExchangeService
    sync: SyncService
    keys: KeyService
    master_key: MasterKey
    backup: BackupService
    retention: RetentionService

    def close(self) -> None:
        """Close the database connection."""
        self.repo.close()
