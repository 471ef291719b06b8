"""The services of one installation, built by the composition root (``inspector_app.app``).

The database, the clock, the keys, the profile and the cases are there from the start; every other area is
built the first time it is used, by the factory the composition root gave for it. A command of the
``inspector`` line therefore loads only what it uses (``render`` needs neither the rules service with its
holiday library nor the HTTP client), and the window's start-up does not wait for areas it has not touched.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from inspector_app.domain.clock import Clock
from inspector_app.store.repository import Repository

from .cases import CaseService, ProfileService

if TYPE_CHECKING:  # each area loads with its own dependencies (ReportLab, holidays, requests) when first used
    from inspector_app.store.crypto import MasterKey

    from .backup import BackupService
    from .demo import DemoService
    from .documents import DocumentService
    from .exchange import ExchangeService
    from .keys import KeyService
    from .rendering import RenderService
    from .retention import RetentionService
    from .rules import RulesService
    from .sync import SyncService

T = TypeVar("T")
Factory = Callable[["Services"], object]


class Area(Generic[T]):
    """A service built on first access by the factory of the same name, then kept (one per installation)."""

    name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> Area[T]: ...

    @overload
    def __get__(self, obj: Services, owner: type | None = None) -> T: ...

    def __get__(self, obj: Services | None, owner: type | None = None) -> Area[T] | T:
        if obj is None:
            return self
        built = obj.__dict__.get(self.name)
        if built is None:
            # One lock per installation: the worker and a helper thread (the page check) never build an
            # area twice.
            with obj._building:
                built = obj.__dict__.get(self.name)
                if built is None:
                    built = obj._factories[self.name](obj)
                    obj.__dict__[self.name] = built
        return cast(T, built)


class Services:
    """Everything the CLI and the UI call, every area always available. Built only by ``app.build_services``."""

    documents: Area[DocumentService] = Area()
    rules: Area[RulesService] = Area()
    rendering: Area[RenderService] = Area()
    demo: Area[DemoService] = Area()
    exchange: Area[ExchangeService] = Area()
    sync: Area[SyncService] = Area()
    backup: Area[BackupService] = Area()
    retention: Area[RetentionService] = Area()

    def __init__(self, *, data_dir: Path, repo: Repository, clock: Clock, keys: KeyService, master_key: MasterKey,
                 profile: ProfileService, cases: CaseService, factories: Mapping[str, Factory]) -> None:
        missing = {name for name, value in vars(Services).items() if isinstance(value, Area)} - set(factories)
        if missing:
            raise TypeError(f"no factory for {sorted(missing)}")
        self.data_dir = data_dir
        self.repo = repo
        self.clock = clock
        self.keys = keys
        self.master_key = master_key
        self.profile = profile
        self.cases = cases
        self._factories = dict(factories)
        self._building = threading.RLock()

    def built(self) -> list[str]:
        """The areas built so far (tests check that a command builds only what it uses)."""
        return sorted(name for name in self._factories if name in self.__dict__)

    def close(self) -> None:
        """Close the database connection."""
        self.repo.close()

    def __repr__(self) -> str:
        return f"Services({self.data_dir}, built={self.built()})"
