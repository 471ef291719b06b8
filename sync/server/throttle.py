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

Where the counts live is separate from what they mean: ``MemoryCounts`` (one process; bounded by
``max_keys``, so a flood of made-up keys cannot exhaust memory) or ``DatabaseCounts`` (the
``throttle_counts`` table: every process of ``serve --workers N`` sees the same counts, so N processes do
not give a guesser N times the attempts). ``create_app`` puts the server's throttles in its database
(``use_database``); a fresh throttle counts in memory. Quiet keys are deleted either way.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from .database import reading
from .tables import throttle_counts

_R = TypeVar("_R")


@dataclass(frozen=True)
class Count:
    """What a throttle remembers of one key: a failure count or the tokens left (``value``), the time it
    must wait until (``until``, growing delays only) and when it was last seen."""

    value: float
    until: datetime | None
    last: datetime


class Counts(Protocol):
    """Where a throttle keeps its counts."""

    def get(self, key: str) -> Count | None:
        """The count of ``key`` (None: never seen, or forgotten)."""

    def change(self, key: str, now: datetime, step: Callable[[Count | None], tuple[Count, _R]]) -> _R:
        """Replace the count of ``key`` by ``step(old)[0]`` atomically (no other process or thread changes it
        in between); returns ``step(old)[1]``."""

    def drop(self, key: str) -> None:
        """Forget ``key``."""


@dataclass
class MemoryCounts:
    """Counts of this process only, at most ``max_keys`` of them (keys quiet for ``forget_after`` go first,
    then the least recently seen)."""

    forget_after: timedelta
    max_keys: int = 100_000
    _counts: OrderedDict[str, Count] = field(default_factory=OrderedDict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __len__(self) -> int:
        return len(self._counts)

    def get(self, key: str) -> Count | None:
        """See ``Counts.get``."""
        with self._lock:
            return self._counts.get(key)

    def change(self, key: str, now: datetime, step: Callable[[Count | None], tuple[Count, _R]]) -> _R:
        """See ``Counts.change``."""
        with self._lock:
            count, result = step(self._counts.get(key))
            self._counts[key] = count
            self._counts.move_to_end(key)
            if len(self._counts) > self.max_keys:
                for stale in [k for k, c in self._counts.items() if now - c.last > self.forget_after]:
                    del self._counts[stale]
                while len(self._counts) > self.max_keys:  # still full: drop the least recently seen
                    self._counts.popitem(last=False)
            return result

    def drop(self, key: str) -> None:
        """See ``Counts.drop``."""
        with self._lock:
            self._counts.pop(key, None)


class DatabaseCounts:
    """Counts in the ``throttle_counts`` table, under ``namespace`` (one per throttle), shared by every
    server process on the database. Each change is one short write transaction that locks its row (on
    SQLite the whole write lock: BEGIN IMMEDIATE). Rows quiet for ``forget_after`` are deleted now and then.
    """

    PRUNE_EVERY = timedelta(minutes=5)

    def __init__(self, engine: Engine, namespace: str, forget_after: timedelta) -> None:
        self.engine = engine
        self.namespace = namespace
        self.forget_after = forget_after
        self._pruned = datetime.min

    def _key(self, key: str) -> str:
        full = f"{self.namespace}|{key}"
        if len(full) <= 200:
            return full
        # A key longer than the column (an odd header behind a proxy): its digest, still one key per value.
        return f"{self.namespace}|#{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()}"

    def get(self, key: str) -> Count | None:
        """See ``Counts.get``."""
        with reading(self.engine) as conn:
            row = conn.execute(select(throttle_counts.c.value, throttle_counts.c.until, throttle_counts.c.last)
                               .where(throttle_counts.c.key == self._key(key))).first()
        return Count(float(row.value), row.until, row.last) if row else None

    def change(self, key: str, now: datetime, step: Callable[[Count | None], tuple[Count, _R]]) -> _R:
        """See ``Counts.change``."""
        name = self._key(key)
        for attempt in range(3):
            try:
                with self.engine.begin() as conn:
                    row = conn.execute(select(throttle_counts.c.value, throttle_counts.c.until,
                                              throttle_counts.c.last)
                                       .where(throttle_counts.c.key == name).with_for_update()).first()
                    count, result = step(Count(float(row.value), row.until, row.last) if row else None)
                    values = {"value": count.value, "until": count.until, "last": count.last}
                    if row is None:
                        conn.execute(insert(throttle_counts).values(key=name, **values))
                    else:
                        conn.execute(update(throttle_counts).where(throttle_counts.c.key == name).values(**values))
                    if now - self._pruned > self.PRUNE_EVERY:
                        self._pruned = now
                        conn.execute(delete(throttle_counts).where(
                            throttle_counts.c.key.startswith(f"{self.namespace}|", autoescape=True),
                            throttle_counts.c.last < now - self.forget_after))
                    return result
            except IntegrityError:
                # Another process counted the same new key at the same moment: read its row and count again.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def drop(self, key: str) -> None:
        """See ``Counts.drop``."""
        with self.engine.begin() as conn:
            conn.execute(delete(throttle_counts).where(throttle_counts.c.key == self._key(key)))


@dataclass
class Backoff:
    """Growing delays after repeated failures of one key (see module docstring)."""

    free_failures: int = 5
    first_delay: timedelta = timedelta(seconds=2)
    max_delay: timedelta = timedelta(minutes=15)
    forget_after: timedelta = timedelta(hours=1)
    max_keys: int = 100_000
    counts: Counts | None = None  # None: in this process's memory

    def __post_init__(self) -> None:
        if self.counts is None:
            self.counts = MemoryCounts(self.forget_after, self.max_keys)

    def _store(self) -> Counts:
        assert self.counts is not None
        return self.counts

    def _live(self, count: Count | None, now: datetime) -> Count | None:
        return None if count is None or now - count.last > self.forget_after else count

    def retry_after(self, key: str, now: datetime) -> int:
        """Whole seconds ``key`` must still wait (0: it may try now)."""
        count = self._live(self._store().get(key), now)
        if count is None or count.until is None or count.until <= now:
            return 0
        return max(1, int((count.until - now).total_seconds() + 0.999))

    def failed(self, key: str, now: datetime) -> None:
        """Count one failure of ``key``; beyond the free ones it must wait, twice as long each time."""

        def step(old: Count | None) -> tuple[Count, None]:
            live = self._live(old, now)
            failures = (int(live.value) if live else 0) + 1
            until = live.until if live else None
            extra = failures - self.free_failures
            if extra > 0:
                until = now + min(self.max_delay, self.first_delay * (2 ** min(extra - 1, 30)))
            return Count(failures, until, now), None

        self._store().change(key, now, step)

    def succeeded(self, key: str) -> None:
        """Forget ``key``'s failures."""
        self._store().drop(key)

    def use_database(self, engine: Engine, namespace: str) -> None:
        """Keep the counts in ``engine``'s ``throttle_counts`` under ``namespace`` from now on."""
        self.counts = DatabaseCounts(engine, namespace, self.forget_after)


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

    def use_database(self, engine: Engine) -> None:
        """Keep every count in ``engine`` (shared by all server processes on it)."""
        self.per_pair.use_database(engine, "login.pair")
        self.per_source.use_database(engine, "login.source")
        self.per_username.use_database(engine, "login.name")


@dataclass
class RateLimit:
    """A token bucket per key: ``burst`` requests at once, then ``per_minute`` on average."""

    per_minute: float = 30.0
    burst: int = 30
    max_keys: int = 100_000
    counts: Counts | None = None  # None: in this process's memory

    def __post_init__(self) -> None:
        if self.counts is None:
            self.counts = MemoryCounts(self._refill_time(), self.max_keys)

    def _refill_time(self) -> timedelta:
        # A bucket quiet this long is full again: its row says nothing any more.
        return timedelta(minutes=self.burst / self.per_minute) + timedelta(seconds=1)

    def take(self, key: str, now: datetime) -> int:
        """Spend one request of ``key``: 0 if allowed, else the whole seconds until the next is."""
        rate = self.per_minute / 60.0

        def step(old: Count | None) -> tuple[Count, int]:
            tokens, last = (old.value, old.last) if old else (float(self.burst), now)
            tokens = min(float(self.burst), tokens + max(0.0, (now - last).total_seconds()) * rate)
            if tokens >= 1.0:
                return Count(tokens - 1.0, None, now), 0
            return Count(tokens, None, now), max(1, int((1.0 - tokens) / rate + 0.999))

        assert self.counts is not None
        return self.counts.change(key, now, step)

    def use_database(self, engine: Engine, namespace: str = "verify") -> None:
        """Keep the buckets in ``engine`` (shared by all server processes on it)."""
        self.counts = DatabaseCounts(engine, namespace, self._refill_time())
