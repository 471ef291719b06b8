"""Administration of the console (HQ administrators only): units, officers and their devices, staff, and
the reference data that flows to the laptops through the existing cursor (watch lists, catalog updates,
number blocks). Every change goes to the audit log with the staff member as actor.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update

from ..accounts import AccountError, revoke, write_audit
from ..reference import put_item
from ..tables import devices, officers, reference_items, staff, units
from .staff import StaffMember

# Reference kinds shown here, with the fields an administrator fills in by hand (the data the laptops read:
# services/cases.watch_entry, services/documents.block_number). Catalog updates are structured legal data
# checked by the laptop's rules engine: they are listed here and imported with ``inspector-hq
# import-reference violation_catalog FILE``.
EDITABLE_KINDS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "watchlist": ("Danh sách theo dõi (mã vạch hàng giả, gian hàng trực tuyến)",
                  [("product", "Tên hàng / gian hàng"), ("reason", "Lý do"), ("source", "Nguồn")]),
    "number_block": ("Dải số quyết định cấp cho đơn vị",
                     [("kind", "Loại văn bản (vd. tt22.m01)"), ("year", "Năm"), ("prefix", "Tiền tố (4 chữ số)"),
                      ("first", "Số đầu"), ("last", "Số cuối")]),
    "violation_catalog": ("Cập nhật danh mục hành vi vi phạm", []),
}
_NUMBERS = {"year", "first", "last"}


class AdminError(Exception):
    """An administrative change that cannot be made (Vietnamese message)."""


def _require_admin(member: StaffMember) -> None:
    if not member.is_admin:
        raise AdminError("Chỉ quản trị Chi cục được thực hiện thao tác này")


def overview(conn: Connection) -> dict[str, Any]:
    """Units, officers (with their active device count), devices and staff."""
    active = (select(devices.c.username, func.count().label("n")).where(devices.c.revoked_at.is_(None))
              .group_by(devices.c.username).subquery())
    return {
        "units": [dict(r) for r in conn.execute(select(units).order_by(units.c.code)).mappings()],
        "officers": [dict(r) for r in conn.execute(
            select(officers.c.username, officers.c.unit_code, officers.c.full_name, officers.c.active,
                   func.coalesce(active.c.n, 0).label("devices"))
            .outerjoin(active, active.c.username == officers.c.username).order_by(officers.c.username)).mappings()],
        "devices": [dict(r) for r in conn.execute(
            select(devices.c.id, devices.c.username, devices.c.unit_code, devices.c.device_name,
                   devices.c.created_at, devices.c.expires_at, devices.c.revoked_at)
            .order_by(devices.c.created_at.desc()).limit(200)).mappings()],
        "staff": [dict(r) for r in conn.execute(
            select(staff.c.username, staff.c.full_name, staff.c.role, staff.c.unit_code, staff.c.active)
            .order_by(staff.c.username)).mappings()],
    }


def reference_list(conn: Connection, kind: str, limit: int = 200) -> list[dict[str, Any]]:
    """Current (not deleted) reference items of one kind, newest first."""
    rows = conn.execute(select(reference_items.c.seq, reference_items.c.key, reference_items.c.scope,
                               reference_items.c.data, reference_items.c.updated_at)
                        .where(reference_items.c.kind == kind, reference_items.c.deleted.is_(False))
                        .order_by(reference_items.c.seq.desc()).limit(limit)).mappings()
    return [{**dict(r), "data": json.loads(r["data"])} for r in rows]


def form_data(kind: str, form: dict[str, str]) -> dict[str, Any]:
    """The item data of a reference form: the kind's fields, numbers as integers."""
    fields = EDITABLE_KINDS.get(kind, ("", []))[1]
    data: dict[str, Any] = {}
    for name, label in fields:
        value = form.get(name, "").strip()[:500]
        if not value:
            continue
        if name in _NUMBERS:
            if not value.isdigit():
                raise AdminError(f"{label}: cần một số")
            data[name] = int(value)
        else:
            data[name] = value
    if kind == "number_block" and not {"kind", "year", "first", "last"} <= data.keys():
        raise AdminError("Dải số cần loại văn bản, năm, số đầu và số cuối")
    if kind == "number_block" and data["first"] > data["last"]:
        raise AdminError("Số đầu phải nhỏ hơn hoặc bằng số cuối")
    return data


def revoke_device(conn: Connection, member: StaffMember, device_id: str, now: datetime) -> int:
    """Revoke one device token (its laptop must log in again)."""
    _require_admin(member)
    try:
        count = revoke(conn, now, device_id=device_id)
    except AccountError as exc:
        raise AdminError(str(exc)) from exc
    write_audit(conn, now, f"staff:{member.username}", "console_revoke_device", "", device_id, {"revoked": count})
    return count


def set_officer_active(conn: Connection, member: StaffMember, username: str, active: bool, now: datetime) -> None:
    """Disable (every token stops working at once) or re-enable an officer account."""
    _require_admin(member)
    row = conn.execute(select(officers.c.unit_code).where(officers.c.username == username)).first()
    if row is None:
        raise AdminError("Không có cán bộ này")
    conn.execute(update(officers).where(officers.c.username == username).values(active=active))
    write_audit(conn, now, f"staff:{member.username}", "officer_enable" if active else "officer_disable",
                row.unit_code, username)


def put_reference(conn: Connection, member: StaffMember, kind: str, key: str, data: dict[str, Any], scope: str,
                  now: datetime, *, deleted: bool = False) -> int:
    """Add, replace or delete a reference item; the laptops receive it at their next sync."""
    _require_admin(member)
    if kind not in EDITABLE_KINDS or (not EDITABLE_KINDS[kind][1] and not deleted):
        raise AdminError("Loại dữ liệu tham chiếu này không nhập tay ở đây")
    key = key.strip()
    if not key or len(key) > 200:
        raise AdminError("Cần mã (1–200 ký tự)")
    if scope and not conn.execute(select(units.c.code).where(units.c.code == scope)).first():
        raise AdminError(f"Không có đơn vị {scope}")
    seq = put_item(conn, kind, key, data, scope=scope, now=now, deleted=deleted)
    write_audit(conn, now, f"staff:{member.username}", "reference_delete" if deleted else "reference_put",
                scope, f"{kind}:{key}", data)
    return seq
