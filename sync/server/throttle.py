"""Login throttling: after repeated wrong passwords an account is locked for a while.

Kept in the server process (one HQ server per Chi cục); a restart forgets the counts, which only ever makes
the server more lenient, never locks anyone out for longer.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class LoginThrottle:
    """Counts failed logins per username within ``window``; at ``max_failures`` the username is locked
    for ``lockout`` (even the right password is refused then, so guessing gains nothing)."""

    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lockout: timedelta = timedelta(minutes=15)
    _failures: dict[str, list[datetime]] = field(default_factory=dict, repr=False)
    _locked_until: dict[str, datetime] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().casefold()

    def retry_after(self, username: str, now: datetime) -> int:
        """Seconds until ``username`` may try again (0: now)."""
        with self._lock:
            until = self._locked_until.get(self._key(username))
            if until is None or until <= now:
                return 0
            return max(1, int((until - now).total_seconds()))

    def failed(self, username: str, now: datetime) -> None:
        """Record a wrong password; lock the username when there were too many."""
        key = self._key(username)
        with self._lock:
            recent = [t for t in self._failures.get(key, []) if now - t < self.window] + [now]
            self._failures[key] = recent
            if len(recent) >= self.max_failures:
                self._locked_until[key] = now + self.lockout
                self._failures[key] = []

    def succeeded(self, username: str) -> None:
        """A right password clears the count."""
        key = self._key(username)
        with self._lock:
            self._failures.pop(key, None)
            self._locked_until.pop(key, None)
