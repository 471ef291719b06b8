"""Clocks: the app's notion of "now" is injected so tests and demos control time."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol

# Vietnam has used UTC+7 without daylight saving since 1975; a fixed offset avoids needing tz data on Windows.
VIETNAM = timezone(timedelta(hours=7), "ICT")


class Clock(Protocol):
    """Anything that tells the current local (Vietnam) time as a naive datetime."""

    def now(self) -> datetime:
        """The current local time."""
        ...


class SystemClock:
    """The real clock, in Vietnam time whatever the laptop's time zone setting."""

    def now(self) -> datetime:
        """Current Vietnam time, naive, to the second."""
        return datetime.now(VIETNAM).replace(tzinfo=None, microsecond=0)


class FixedClock:
    """A clock that stands still (tests, demos); ``advance`` moves it."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        """The fixed time."""
        return self.at

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self.at += delta
