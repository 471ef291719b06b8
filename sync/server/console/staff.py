"""Staff accounts of the HQ console and their cookie sessions.

Staff are separate from officers (who log in from field devices): an HQ administrator sees and does
everything, a unit leader reviews and reports on the records of their unit, a viewer only reads their unit's
records. Passwords are hashed with the same Argon2id hasher as officers' (``accounts.hash_password``). A
session cookie carries 32 random bytes; only their SHA-256 is stored, with the session's CSRF token.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, insert, select, update

from ..accounts import AccountError, check_password, hash_password, token_hash, unit_exists, write_audit
from ..tables import staff, staff_sessions


class Role(StrEnum):
    """What a staff member may do."""

    ADMIN = "admin"  # every unit; accounts, devices and reference data
    LEADER = "leader"  # their unit: read, review, reports
    VIEWER = "viewer"  # their unit: read only

    @property
    def label(self) -> str:
        """Vietnamese name of the role."""
        return {"admin": "Quản trị Chi cục", "leader": "Lãnh đạo / người duyệt", "viewer": "Chỉ xem"}[self.value]


@dataclass(frozen=True)
class StaffMember:
    """The signed-in staff member of a request."""

    username: str
    full_name: str
    role: Role
    unit_code: str | None  # None: every unit (administrator)
    csrf: str = ""

    @property
    def can_review(self) -> bool:
        """Administrators and unit leaders review; viewers only read."""
        return self.role in (Role.ADMIN, Role.LEADER)

    @property
    def is_admin(self) -> bool:
        """Administrator of the whole Chi cục."""
        return self.role == Role.ADMIN

    def sees_unit(self, unit_code: str) -> bool:
        """True if this member may see records of ``unit_code``."""
        return self.unit_code is None or self.unit_code == unit_code


def add_staff(conn: Connection, username: str, full_name: str, role: str, unit_code: str | None,
              password: str, now: datetime) -> None:
    """Create a staff account; a leader or viewer belongs to one unit, an administrator to none."""
    username = username.strip()
    if not username or len(username) > 64:
        raise AccountError("username must be 1-64 characters")
    try:
        parsed = Role(role)
    except ValueError:
        raise AccountError(f"unknown role {role!r} (admin, leader, viewer)") from None
    if len(password) < 8:
        raise AccountError("password must have at least 8 characters")
    if parsed != Role.ADMIN and not unit_code:
        raise AccountError(f"a {parsed.value} belongs to one unit: give --unit")
    if parsed == Role.ADMIN:
        unit_code = None
    if unit_code is not None and not unit_exists(conn, unit_code):
        raise AccountError(f"unknown unit {unit_code}; create it with add-unit first")
    if conn.execute(select(staff.c.username).where(staff.c.username == username)).first():
        raise AccountError(f"staff member {username} already exists")
    conn.execute(insert(staff).values(username=username, full_name=full_name, role=parsed.value,
                                      unit_code=unit_code, password_hash=hash_password(password), active=True,
                                      created_at=now))
    write_audit(conn, now, "hq", "add_staff", unit_code or "", username, {"role": parsed.value,
                                                                         "full_name": full_name})


def login(conn: Connection, username: str, password: str, now: datetime,
          ttl: timedelta) -> tuple[str, StaffMember] | None:
    """Check the password and open a session; ``(cookie value, member)`` or None."""
    row = conn.execute(select(staff).where(staff.c.username == username)).mappings().first()
    if not check_password(row["password_hash"] if row else None, password) or row is None or not row["active"]:
        return None
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    conn.execute(insert(staff_sessions).values(token_hash=token_hash(token), username=username, csrf=csrf,
                                               created_at=now, expires_at=now + ttl))
    write_audit(conn, now, f"staff:{username}", "console_login", row["unit_code"] or "", username)
    return token, StaffMember(username, row["full_name"], Role(row["role"]), row["unit_code"], csrf)


def authenticate(conn: Connection, token: str, now: datetime) -> StaffMember | None:
    """The member of a live session cookie (not expired, not logged out, account still active)."""
    row = conn.execute(
        select(staff.c.username, staff.c.full_name, staff.c.role, staff.c.unit_code, staff.c.active,
               staff_sessions.c.csrf, staff_sessions.c.expires_at, staff_sessions.c.revoked_at)
        .join(staff, staff.c.username == staff_sessions.c.username)
        .where(staff_sessions.c.token_hash == token_hash(token))).first()
    if row is None or row.revoked_at is not None or row.expires_at <= now or not row.active:
        return None
    return StaffMember(row.username, row.full_name, Role(row.role), row.unit_code, row.csrf)


def logout(conn: Connection, token: str, member: StaffMember, now: datetime) -> None:
    """End a session (the cookie becomes useless even if it was copied)."""
    conn.execute(update(staff_sessions).where(staff_sessions.c.token_hash == token_hash(token))
                 .values(revoked_at=now))
    write_audit(conn, now, f"staff:{member.username}", "console_logout", member.unit_code or "", member.username)
