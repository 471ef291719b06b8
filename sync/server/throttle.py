"""Throttling of the HQ server's public doors: password logins and the public QR verification.

One reusable place for both kinds (officer login, HQ staff login, ``/verify``):

* ``Backoff`` — failures per key (a source address, a username, a pair) with *growing delays*: the first
  few failures are free, then every further one makes the key wait twice as long, up to a cap. Never a
  hard lock: the wait always ends, and a quiet key is forgotten after ``forget_after``.
* ``LoginThrottle`` — three ``Backoff`` scopes per login attempt. Per source address and per (source,
  username) with long caps: a guesser is slowed wherever it comes from. Per username (all sources) with a
  short cap only: a stranger spraying one officer's name from many addresses can slow that officer down
  by seconds, never lock the account (review D7). The right password from the officer's own source clears
  that source's counts.
* ``RateLimit`` — a token bucket per key for endpoints that need no password (``/verify``, review D11).

State lives in the server process (one HQ server per Chi cục): a restart only ever makes the server more
lenient. Every table is bounded (``max_keys``), so a flood of made-up keys cannot exhaust memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta


@dataclass
class _State:
    failures: int = 0
    blocked_until: datetime | None = None
    last: datetime | None = None


@dataclass
class Backoff:
    """Growing delays after repeated failures of one key (see module docstring)."""

    free_failures: int = 5
    first_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(hours=1)
    max_keys: int = 100_000
    _states: OrderedDict[str, _State] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def _get(self, key: str, now: datetime) -> _State | None:
        state = self._states.get(key)
        if state is not None and state.last is not None and now - state.last > self.forget_after:
            del self._states[key]
            return None
        return state

    def retry_after(self, key: str, now: datetime) -> int:
        """Whole seconds ``key`` must still wait (0: it may try now)."""
        with self._lock:
            state = self._get(key, now)
            if state is None or state.blocked_until is None or state.blocked_until <= now:
                return 0
            return max(1, int((state.blocked_until - now).total_seconds() + 0.999))

    def failed(self, key: str, now: datetime) -> None:
        """Count one failure of ``key``; beyond the free ones it must wait, twice as long each time."""
        with self._lock:
            state = self._get(key, now) or _State()
            state.failures += 1
            state.last = now
            extra = state.failures - self.free_failures
            if extra > 0:
                delay = min(self.max_delay, self.first_delay * (2 ** min(extra - 1, 30)))
                state.blocked_until = now + delay
            self._states[key] = state
            self._states.move_to_end(key)
            self._prune(now)

    def succeeded(self, key: str) -> None:
        """Forget ``key``'s failures."""
        with self._lock:
            self._states.pop(key, None)

    def _prune(self, now: datetime) -> None:
        if len(self._states) <= self.max_keys:
            return
        for key in [k for k, s in self._states.items() if s.last is None or now - s.last > self.forget_after]:
            del self._states[key]
        while len(self._states) > self.max_keys:  # still full: drop the least recently failed
            self._states.popitem(last=False)


def _per_pair() -> Backoff:
    # Five wrong passwords in a row from one place: the fifth already makes the next try wait.
    return Backoff(free_failures=4, first_delay=timedelta(seconds=2), max_delay=timedelta(minutes=15))


def _per_source() -> Backoff:
    # One source may try many usernames (a shared office NAT): a little more room, same cap.
    return Backoff(free_failures=10, first_delay=timedelta(seconds=2), max_delay=timedelta(minutes=15))


def _per_username() -> Backoff:
    # From every source at once: a short cap, so that nobody can keep an officer out for long.
    return Backoff(free_failures=20, first_delay=timedelta(seconds=1), max_delay=timedelta(seconds=30))


@dataclass
class LoginThrottle:
    """Growing delays for password logins, per source, per (source, username) and per username."""

    per_pair: Backoff = field(default_factory=_per_pair)
    per_source: Backoff = field(default_factory=_per_source)
    per_username: Backoff = field(default_factory=_per_username)

    @staticmethod
    def _name(username: str) -> str:
        return username.strip().casefold()

    def retry_after(self, username: str, source: str, now: datetime) -> int:
        """Seconds until this attempt may be checked (0: check the password now)."""
        name = self._name(username)
        return max(self.per_pair.retry_after(f"{source}|{name}", now), self.per_source.retry_after(source, now),
                   self.per_username.retry_after(name, now))

    def failed(self, username: str, source: str, now: datetime) -> None:
        """A wrong username or password."""
        name = self._name(username)
        self.per_pair.failed(f"{source}|{name}", now)
        self.per_source.failed(source, now)
        self.per_username.failed(name, now)

    def succeeded(self, username: str, source: str) -> None:
        """The right password from ``source``: that source's counts are cleared (not other sources')."""
        name = self._name(username)
        self.per_pair.succeeded(f"{source}|{name}")
        self.per_source.succeeded(source)


@dataclass
class RateLimit:
    """A token bucket per key: ``burst`` requests at once, then ``per_minute`` on average."""

    per_minute: float = 30.0
    burst: int = 30
    max_keys: int = 100_000
    _buckets: OrderedDict[str, tuple[float, datetime]] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def take(self, key: str, now: datetime) -> int:
        """Spend one request of ``key``: 0 if allowed, else the whole seconds until the next is."""
        rate = self.per_minute / 60.0
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + max(0.0, (now - last).total_seconds()) * rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0
            else:
                self._buckets[key] = (tokens, now)
                wait = max(1, int((1.0 - tokens) / rate + 0.999))
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            return wait
