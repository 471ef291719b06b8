"""Units, officers and device tokens on the HQ server.

Passwords are hashed with Argon2id (argon2-cffi's defaults follow RFC 9106). A device token is 32 random
bytes shown once at login; only its SHA-256 is stored, so a token check is one indexed lookup and a copy
of the database does not contain usable tokens.

Each Argon2 computation holds 64 MiB for its whole run: 32 laptops logging in at the same moment took the
server to 1.5-1.7 GB. Every hash and check therefore goes through one ``HashGate`` per process, which lets
only a configured number run at once (``inspector-hq serve --password-hashes``); the others wait without
holding memory, and without holding a database connection (``login_outside_transaction``).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, Engine, insert, select, update

from .database import reading
from .reference import put_item
from .tables import audit, devices, officers, units

_HASHER = PasswordHasher()
# Verified against when the username is unknown, so a wrong username costs as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("không có tài khoản này")


class HashGate:
    """At most ``slots`` password hashes at once in this process; counts the peak (for tests and the log)."""

    def __init__(self, slots: int) -> None:
        if slots < 1:
            raise ValueError("at least one password hash must be allowed at a time")
        self.slots = slots
        self._semaphore = threading.BoundedSemaphore(slots)
        self._lock = threading.Lock()
        self.running = 0
        self.peak = 0

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the slots for the block (waits for one to free up)."""
        with self._semaphore:
            with self._lock:
                self.running += 1
                self.peak = max(self.peak, self.running)
            try:
                yield
            finally:
                with self._lock:
                    self.running -= 1


def default_hash_slots(workers: int = 1) -> int:
    """One hash per core and server process: Argon2 is CPU-bound, more at once only adds memory."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


_GATE = HashGate(default_hash_slots())


def hash_gate() -> HashGate:
    """The process's gate."""
    return _GATE


def set_password_hash_slots(slots: int) -> HashGate:
    """Replace the process's gate (server start-up, from ``--password-hashes``); returns the new gate."""
    global _GATE
    _GATE = HashGate(slots)
    return _GATE


class AccountError(Exception):
    """A unit, officer or device command that cannot be done (message for HQ staff)."""


@dataclass(frozen=True)
class Device:
    """The authenticated caller of a request: a device of an officer of a unit."""

    id: str
    username: str
    unit_code: str


def hash_password(password: str) -> str:
    """The Argon2id hash stored for a password (officers and console staff alike)."""
    with _GATE.slot():
        return _HASHER.hash(password)


def check_password(stored_hash: str | None, password: str) -> bool:
    """True if ``password`` matches; with no account (None) a dummy hash is checked, so a wrong username
    costs as long as a wrong password."""
    try:
        with _GATE.slot():
            _HASHER.verify(stored_hash or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return stored_hash is not None


def token_hash(token: str) -> str:
    """What is stored for a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def write_audit(conn: Connection, now: datetime, actor: str, action: str, unit_code: str = "",
                entity_id: str = "", data: dict[str, Any] | None = None) -> None:
    """Append one audit row inside the caller's transaction."""
    conn.execute(insert(audit).values(at=now, actor=actor, unit_code=unit_code, action=action,
                                      entity_id=entity_id, data=json.dumps(data or {}, ensure_ascii=False)))


def add_unit(conn: Connection, code: str, name: str, now: datetime, *, parent_name: str = "",
             place_name: str = "") -> None:
    """Create a unit and publish it as reference data (kind ``unit``) to every device."""
    code = code.strip()
    if not code or len(code) > 32:
        raise AccountError("unit code must be 1-32 characters")
    if conn.execute(select(units.c.code).where(units.c.code == code)).first():
        raise AccountError(f"unit {code} already exists")
    conn.execute(insert(units).values(code=code, name=name, parent_name=parent_name, place_name=place_name,
                                      created_at=now))
    data = {"code": code, "name": name, "parent_name": parent_name, "place_name": place_name}
    put_item(conn, "unit", code, data, scope="", now=now)
    write_audit(conn, now, "hq", "add_unit", code, code, data)


def add_officer(conn: Connection, username: str, unit_code: str, full_name: str, password: str,
                now: datetime) -> None:
    """Create an officer account of a unit with an Argon2id password hash."""
    username = username.strip()
    if not username or len(username) > 64:
        raise AccountError("username must be 1-64 characters")
    _check_new_password(password)
    if not conn.execute(select(units.c.code).where(units.c.code == unit_code)).first():
        raise AccountError(f"unknown unit {unit_code}; create it with add-unit first")
    if conn.execute(select(officers.c.username).where(officers.c.username == username)).first():
        raise AccountError(f"officer {username} already exists")
    conn.execute(insert(officers).values(username=username, unit_code=unit_code, full_name=full_name,
                                         password_hash=hash_password(password), active=True, created_at=now))
    write_audit(conn, now, "hq", "add_officer", unit_code, username, {"full_name": full_name})


def login(conn: Connection, username: str, password: str, device_name: str, now: datetime,
          ttl: timedelta, *, installation_id: str = "") -> tuple[str, Device, dict[str, str]] | None:
    """Check the password and issue a new device token; None if the credentials are wrong.

    With an ``installation_id``, the officer's older tokens of that installation are revoked: a laptop that
    logs in again (its earlier answer lost on the way, or a new login) keeps one valid token, not many.
    """
    row = conn.execute(select(officers).where(officers.c.username == username)).mappings().first()
    if not check_password(row["password_hash"] if row else None, password) or row is None or not row["active"]:
        return None
    return _issue_token(conn, row, device_name, now, ttl, installation_id)


def login_outside_transaction(engine: Engine, username: str, password: str, device_name: str, now: datetime,
                              ttl: timedelta, *, installation_id: str = "") -> tuple[str, Device, dict[str, str]] | None:
    """``login`` for the server: the slow password check (which may wait for a ``HashGate`` slot) runs with
    no database connection held, so many laptops logging in at once neither exhaust the connection pool
    nor, on SQLite, hold the write lock while they hash. The write transaction then checks that the
    account is unchanged (not disabled, password not reset meanwhile)."""
    with reading(engine) as conn:
        row = conn.execute(select(officers.c.password_hash).where(officers.c.username == username)).first()
    seen = row.password_hash if row else None
    if not check_password(seen, password):
        return None
    with engine.begin() as conn:
        current = conn.execute(select(officers).where(officers.c.username == username)).mappings().first()
        if current is None or not current["active"] or current["password_hash"] != seen:
            return None
        return _issue_token(conn, current, device_name, now, ttl, installation_id)


def _issue_token(conn: Connection, row: Any, device_name: str, now: datetime, ttl: timedelta,
                 installation_id: str) -> tuple[str, Device, dict[str, str]]:
    username = row["username"]
    token = secrets.token_urlsafe(32)
    device = Device(id=str(uuid.uuid4()), username=username, unit_code=row["unit_code"])
    if installation_id:
        conn.execute(update(devices).where(devices.c.username == username,
                                           devices.c.installation_id == installation_id,
                                           devices.c.revoked_at.is_(None)).values(revoked_at=now))
    conn.execute(insert(devices).values(id=device.id, token_hash=token_hash(token), username=username,
                                        unit_code=device.unit_code, device_name=device_name[:200],
                                        created_at=now, expires_at=now + ttl, last_seen_at=now,
                                        installation_id=installation_id))
    write_audit(conn, now, username, "login", device.unit_code, device.id, {"device_name": device_name[:200]})
    officer = {"username": username, "full_name": row["full_name"], "unit_code": row["unit_code"]}
    return token, device, officer


def authenticate(conn: Connection, token: str, now: datetime) -> Device | None:
    """The device a bearer token belongs to, if it is neither revoked nor expired (nor its officer disabled)."""
    row = conn.execute(
        select(devices.c.id, devices.c.username, devices.c.unit_code, devices.c.expires_at,
               devices.c.revoked_at, officers.c.active)
        .join(officers, officers.c.username == devices.c.username)
        .where(devices.c.token_hash == token_hash(token))
    ).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now or not row.active:
        return None
    return Device(id=row.id, username=row.username, unit_code=row.unit_code)


def is_revoked(conn: Connection, token: str) -> bool:
    """True if the token belongs to a device that HQ revoked on purpose (not merely expired or disabled)."""
    row = conn.execute(select(devices.c.revoked_at).where(devices.c.token_hash == token_hash(token))).first()
    return row is not None and row.revoked_at is not None


def revoke(conn: Connection, now: datetime, *, device_id: str = "", username: str = "") -> int:
    """Revoke one device, or every device of an officer; returns how many tokens were revoked."""
    if not device_id and not username:
        raise AccountError("name a device id or --username")
    stmt = update(devices).where(devices.c.revoked_at.is_(None))
    if device_id:
        stmt = stmt.where(devices.c.id == device_id)
    if username:
        stmt = stmt.where(devices.c.username == username)
    count = conn.execute(stmt.values(revoked_at=now)).rowcount
    write_audit(conn, now, "hq", "revoke_device", "", device_id or username, {"revoked": count})
    return int(count)


def _officer(conn: Connection, username: str) -> Any:
    row = conn.execute(select(officers).where(officers.c.username == username)).mappings().first()
    if row is None:
        raise AccountError(f"unknown officer {username}")
    return row


def set_active(conn: Connection, username: str, active: bool, now: datetime) -> int:
    """Enable or disable an officer (review D10). Disabling also revokes every device token of the
    officer, and a disabled officer cannot log in; returns how many tokens were revoked."""
    row = _officer(conn, username)
    conn.execute(update(officers).where(officers.c.username == username).values(active=active))
    revoked = 0 if active else revoke(conn, now, username=username)
    write_audit(conn, now, "hq", "enable_officer" if active else "disable_officer", row["unit_code"], username,
                {"revoked": revoked})
    return revoked


def _check_new_password(password: str) -> None:
    if len(password) < 8:
        raise AccountError("password must have at least 8 characters")


def reset_password(conn: Connection, username: str, password: str, now: datetime) -> int:
    """HQ sets a new password (the officer forgot it, or it leaked): every device token of the officer is
    revoked, so each laptop must log in again with the new one. Returns how many tokens were revoked."""
    _check_new_password(password)
    row = _officer(conn, username)
    conn.execute(update(officers).where(officers.c.username == username)
                 .values(password_hash=hash_password(password)))
    revoked = revoke(conn, now, username=username)
    write_audit(conn, now, "hq", "reset_password", row["unit_code"], username, {"revoked": revoked})
    return revoked


def change_password(conn: Connection, username: str, current: str, new: str, now: datetime) -> None:
    """The officer changes their own password, proving the current one; their devices stay logged in."""
    _check_new_password(new)
    row = _officer(conn, username)
    if not check_password(row["password_hash"], current):
        raise AccountError("the current password is wrong")
    conn.execute(update(officers).where(officers.c.username == username).values(password_hash=hash_password(new)))
    write_audit(conn, now, username, "change_password", row["unit_code"], username)


def list_devices(conn: Connection) -> list[dict[str, Any]]:
    """Every device token (never the token itself), newest first."""
    rows = conn.execute(select(devices.c.id, devices.c.username, devices.c.unit_code, devices.c.device_name,
                               devices.c.created_at, devices.c.expires_at, devices.c.last_seen_at,
                               devices.c.revoked_at).order_by(devices.c.created_at.desc())).mappings()
    return [{k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in r.items()} for r in rows]


def unit_exists(conn: Connection, code: str) -> bool:
    """True if the unit exists."""
    return conn.execute(select(units.c.code).where(units.c.code == code)).first() is not None
