"""Retention and the wipe of a revoked device: a lost laptop holds weeks of records, not years.

- Retention: a document that HQ has and has approved more than N days ago (setting, default 90) is
  removed from the laptop; its hash stays in the audit log and the purge marks.
- Wipe: when HQ answers that this device was revoked, every synced document goes at once, the device token
  and the unwrapped data key leave the OS keyring (the next start needs the passphrase). Drafts and
  unsynced final documents are never removed: they are kept and reported, so nothing is silently lost.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import timedelta
from typing import Any

from inspector_app.domain.clock import Clock
from inspector_app.domain.errors import InspectorError
from inspector_app.store.purge import PurgeReport, all_synced, approved_before, purge, unsynced_documents
from inspector_app.store.repository import Repository
from inspector_app.store.settings import RETENTION_DAYS

from .cases import ProfileService
from .keys import KeyService

DEFAULT_RETENTION_DAYS = int(RETENTION_DAYS.default)
MIN_RETENTION_DAYS = 7  # HQ must have had time to review; a typo must not empty the laptop


@dataclass
class WipeReport:
    """What a wipe removed, and the unsynced documents it kept (id, kind, status)."""

    purged: dict[str, Any]
    kept: list[tuple[str, str, str]] = field(default_factory=list)

    def message(self) -> str:
        """The officer's summary, in Vietnamese."""
        kept = (f" Giữ lại {len(self.kept)} văn bản chưa gửi về Chi cục (nháp hoặc đã hoàn tất): hãy liên hệ Chi "
                "cục để được cấp lại quyền và gửi chúng.") if self.kept else ""
        return (f"Chi cục đã thu hồi quyền đồng bộ của máy này. Đã xóa {self.purged['documents']} văn bản và "
                f"{self.purged['cases']} vụ việc đã có ở Chi cục khỏi máy.{kept}")


class RetentionService:
    """Retention of synced records and the wipe of a revoked device."""

    def __init__(self, repo: Repository, clock: Clock, keys: KeyService, profile: ProfileService) -> None:
        self.repo = repo
        self.clock = clock
        self.keys = keys
        self.profile = profile

    def days(self) -> int:
        """Days an approved document stays on the laptop after its approval."""
        try:
            return int(self.repo.get_setting(RETENTION_DAYS))
        except ValueError:
            return DEFAULT_RETENTION_DAYS

    def set_days(self, days: int) -> None:
        """Change the retention period (at least a week)."""
        if days < MIN_RETENTION_DAYS:
            raise InspectorError(f"Thời gian lưu giữ phải ít nhất {MIN_RETENTION_DAYS} ngày.", code="bad_input")
        self.repo.set_setting(RETENTION_DAYS, str(int(days)))

    def run(self) -> PurgeReport:
        """Remove the documents approved by HQ more than ``days()`` ago (and what only they used)."""
        now = self.clock.now()
        cutoff = (now - timedelta(days=self.days())).isoformat(timespec="seconds")
        ids = approved_before(self.repo, cutoff)
        if not ids:
            return PurgeReport()
        return purge(self.repo, ids, reason="retention", now=now.isoformat(timespec="seconds"), actor=self.profile.actor())

    def wipe_after_revocation(self) -> WipeReport:
        """HQ revoked this device: remove every synced record and the keyring's copy of the data key."""
        now = self.clock.now().isoformat(timespec="seconds")
        report = purge(self.repo, all_synced(self.repo), reason="device_revoked", now=now, actor=self.profile.actor())
        self.keys.forget()
        return WipeReport(asdict(report), unsynced_documents(self.repo))
