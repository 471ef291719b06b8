"""Keeps the stored deadlines (``inspector_app.store.deadlines``) equal to a full recomputation.

Two ways in:

* at write time: the repository's commit hook hands over the cases whose header or final documents changed
  in a transaction, and their items are recomputed and stored in that same transaction (O(what changed));
* after a change of what deadlines are computed from (HQ pushes swapped days off, an app update brings a new
  rule table or holiday library; see ``RulesService.deadline_basis``): ``catch_up`` recomputes the cases
  computed with an older stamp in small time-boxed slices, so the caller (the UI's worker, between scans and
  saves; the CLI, all at once) never holds the database for long. Until then the old items are shown.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from inspector_app.domain.errors import InspectorError
from inspector_app.store.deadlines import DeadlineStore
from inspector_app.store.repository import Repository

if TYPE_CHECKING:
    from .rules import RulesService

log = logging.getLogger(__name__)

BATCH = 8  # cases per transaction in a catch-up slice (≈ 2–5 ms each)


@dataclass(frozen=True)
class CatchUp:
    """Where a catch-up pass stands: ``done`` of ``total`` (by case sequence), ``finished`` when up to date."""

    done: int
    total: int
    finished: bool
    recomputed: int = 0


class DeadlineIndex:
    """Writes each case's due items when it changes; recomputes stale ones after calendar or rule changes."""

    def __init__(self, repo: Repository, rules: RulesService, *, hook: bool = True) -> None:
        self.repo = repo
        self.rules = rules
        self.store = DeadlineStore(repo)
        self._cursor = 0
        self._pass_stamp = ""
        if hook:
            repo.add_commit_hook(self.refresh)

    def refresh(self, case_ids: set[str]) -> None:
        """Recompute and store the items of ``case_ids`` (inside the caller's transaction)."""
        stamp = self.rules.deadline_basis()
        for case_id in sorted(case_ids):
            self._store_case(case_id, stamp)

    def _store_case(self, case_id: str, stamp: str) -> None:
        if not self.repo.case_exists(case_id):
            return
        try:
            items = self.rules.deadlines_for_case(case_id)
        except InspectorError:
            # Malformed case data: no items (the full recomputation skips such a case too).
            items = []
        except Exception:  # noqa: BLE001 - a bug here must never undo the officer's save
            log.exception("deadlines of case %s could not be computed", case_id)
            items = []
        self.store.replace_case(case_id, [it.stored(i) for i, it in enumerate(items)], stamp)

    def is_stale(self) -> bool:
        """True if some cases may still carry items computed from older calendar or rule data."""
        return self.store.basis() != self.rules.deadline_basis()

    def catch_up(self, budget_s: float = 0.03, cancelled: Callable[[], bool] | None = None) -> CatchUp:
        """Recompute stale cases for about ``budget_s`` seconds, a few cases per transaction; call again until
        ``finished``. Cases changed meanwhile are already current (their writes used the new stamp)."""
        stamp = self.rules.deadline_basis()
        if stamp != self._pass_stamp:
            self._pass_stamp, self._cursor = stamp, 0
        total = int(self.repo.db.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM cases").fetchone()[0])
        start = time.perf_counter()
        recomputed = 0
        while True:
            batch = self.store.stale_cases(stamp, self._cursor, BATCH)
            if batch:
                with self.repo.write():
                    for seq, case_id in batch:
                        self._store_case(case_id, stamp)
                        self._cursor = seq
                recomputed += len(batch)
            if len(batch) < BATCH:  # the last stale case has been seen
                self.store.set_basis(stamp)
                self._cursor = 0
                return CatchUp(total, total, True, recomputed)
            if time.perf_counter() - start >= budget_s or (cancelled is not None and cancelled()):
                return CatchUp(min(self._cursor, total), total, False, recomputed)

    def rebuild(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring every case up to date in one go (the command line); returns how many were recomputed."""
        count = 0
        while True:
            step = self.catch_up(budget_s=0.5)
            count += step.recomputed
            if progress is not None:
                progress(step.done, step.total)
            if step.finished:
                return count
