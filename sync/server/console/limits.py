"""A per-source request budget for the public verification page (anyone may ask, nobody may enumerate)."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class RateLimit:
    """At most ``limit`` requests per ``window`` from one source; kept in memory (a restart forgets)."""

    limit: int = 30
    window: timedelta = timedelta(minutes=1)
    max_sources: int = 100_000  # bounded memory under a flood of spoofed sources
    _seen: dict[str, deque[datetime]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def allow(self, source: str, now: datetime) -> int:
        """0 if the request may go ahead (and count it), else the seconds to wait."""
        with self._lock:
            times = self._seen.get(source)
            if times is None:
                if len(self._seen) >= self.max_sources:
                    self._seen.clear()
                times = self._seen[source] = deque()
            while times and now - times[0] >= self.window:
                times.popleft()
            if len(times) >= self.limit:
                return max(1, int((times[0] + self.window - now).total_seconds()))
            times.append(now)
            return 0
