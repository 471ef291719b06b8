"""The services of one installation, built by the composition root (``inspector_app.app``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from inspector_app.domain.clock import Clock
from inspector_app.store.repository import Repository

from .cases import CaseService, ProfileService
from .documents import DocumentService


@dataclass
class Services:
    """Everything the CLI and the UI call. Built only by ``app.build_services``.

    Areas added by their own modules (rendering, rules, sync, demo, exchange) are typed ``Any`` here so
    that this module does not import them all; each is set by the composition root.
    """

    data_dir: Path
    repo: Repository
    clock: Clock
    profile: ProfileService
    cases: CaseService
    documents: DocumentService
    demo: Any = None
    exchange: Any = None
    rendering: Any = None
    rules: Any = None
    sync: Any = None
    extras: dict[str, Any] = field(default_factory=dict)

    def close(self) -> None:
        """Close the database connection."""
        self.repo.close()
