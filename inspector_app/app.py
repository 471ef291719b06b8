"""Composition root: paths, database, services, and (for the GUI) the QApplication and main window.

This is the only module that constructs concrete objects and wires them together.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from inspector_app.domain.clock import Clock, SystemClock
from inspector_app.paths import default_data_dir

if TYPE_CHECKING:
    from inspector_app.services.container import Services
    from inspector_app.services.rendering import RenderService
    from inspector_app.store.crypto import MasterKey
    from inspector_app.ui.startup import Gui

# Called with the Gui once the main window is shown, just before the event loop starts. Empty in the app;
# the start-up benchmark (scripts/bench_ui.py) adds one to time the real ``inspector gui`` entry point.
GUI_STARTED_HOOKS: list[Callable[[Gui], None]] = []


def build_services(data_dir: Path | None = None, clock: Clock | None = None,
                   reference_dir: Path | None = None, *, passphrase: str | None = None,
                   key: MasterKey | None = None, read_only: bool = False) -> Services:
    """Unlock and open the encrypted database in ``data_dir`` and build every service on it
    (``reference_dir``: the legal reference tables, the bundled ones by default).

    The key comes from the OS keyring, else ``passphrase``, else ``INSPECTOR_PASSPHRASE``
    (``KeyService.key_for_start``); PassphraseNeededError tells the caller to ask the officer. Clear data
    of an earlier version is converted first. An explicit ``key`` (the self-test's throwaway one) is used
    as given, and then the OS keyring is neither read nor written by these services.
    ``read_only``: the database refuses every write, and on a data directory that cannot be written
    nothing is created there (``store.db.open_database``).

    The imports live here, not at module level, so that starting the GUI shows the window before the
    store, the PDF engine and the rules (with the holiday calendar) are loaded on the worker thread.
    """
    from inspector_app.services.cases import CaseService, ProfileService
    from inspector_app.services.container import Services
    from inspector_app.services.keys import KeyService
    from inspector_app.services.secrets import NoKeyring

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    clock = clock or SystemClock()
    keys = KeyService(data_dir, NoKeyring() if key is not None else None)
    master_key = key if key is not None else keys.key_for_start(passphrase)
    repo = keys.open(master_key, read_only=read_only).repo
    profile = ProfileService(repo)

    # Each area is built when first used, and imports its module then (see services.container).
    def documents(s: Services) -> object:
        from inspector_app.services.documents import DocumentService

        return DocumentService(s.repo, s.clock, s.profile, lambda: s.rules)

    def rules(s: Services) -> object:
        from inspector_app.services.rules import RulesService

        return RulesService(s.repo, s.clock, reference_dir=reference_dir, keep_deadlines=False)

    def rendering(s: Services) -> object:
        from inspector_app.services import printed
        from inspector_app.services.rendering import RenderService

        return RenderService(s.repo, s.clock,
                             kept=lambda doc: printed.kept_result(s.repo, doc, s.clock.now().isoformat()))

    def demo(s: Services) -> object:
        from inspector_app.services.demo import DemoService

        return DemoService(s.repo, s.clock, s.profile, s.cases, s.documents)

    def exchange(s: Services) -> object:
        from inspector_app.services.exchange import ExchangeService

        return ExchangeService(s.repo, s.clock, s.profile)

    def sync(s: Services) -> object:
        from inspector_app.services.sync import SyncService

        return SyncService(s.repo, s.data_dir, s.clock, reference_check=s.rules.reference_problems,
                           on_revoked=lambda: s.retention.wipe_after_revocation())

    def backup(s: Services) -> object:
        from inspector_app.services.backup import BackupService

        return BackupService(s.repo, s.data_dir, s.clock, s.master_key)

    def retention(s: Services) -> object:
        from inspector_app.services.retention import RetentionService

        return RetentionService(s.repo, s.clock, s.keys, s.profile)

    cases = CaseService(repo, clock, profile, data_dir)
    services = Services(data_dir=data_dir, repo=repo, clock=clock, keys=keys, master_key=master_key,
                        profile=profile, cases=cases,
                        factories={"documents": documents, "rules": rules, "rendering": rendering, "demo": demo,
                                   "exchange": exchange, "sync": sync, "backup": backup, "retention": retention})
    # Every transaction that changes a case or its final documents stores the case's deadlines (issue 16);
    # the rules service that computes them is built by the first such transaction, not at start. Without
    # this, a save before anything used the rules (a fresh CLI run, a script) would store no deadlines.
    repo.add_commit_hook(lambda case_ids: services.rules.index.refresh(case_ids))
    # A case change that reaches a draft (the MBB01's explanation rights) asks the document service then.
    cases.draft_refresh = lambda doc: services.documents.fill_explanation_rights(doc)
    return services


def build_file_renderer() -> RenderService:
    """A renderer of documents read from files, with no database (``inspector render --input``)."""
    from inspector_app.services.rendering import RenderService

    return RenderService(None)


def run_gui(data_dir: Path | None = None) -> int:
    """Start the desktop app on ``data_dir``; returns the exit code.

    PySide6 is imported here, not at module level, so the CLI and the services work without Qt. The
    services are built on the UI's worker thread (opening the database is I/O); a database that cannot be
    opened is reported in a dialog and the app exits with code 2.
    """
    import sys

    from PySide6.QtWidgets import QApplication

    from inspector_app.paths import resource_path
    from inspector_app.ui.startup import start

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    gui = start(data_dir, lambda secret=None: build_services(data_dir, passphrase=secret), resource_path(),
                exit_app=app.exit)
    for hook in GUI_STARTED_HOOKS:
        hook(gui)
    try:
        return int(app.exec())
    finally:
        gui.shutdown()
