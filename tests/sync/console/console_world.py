"""A small HQ world for the console tests: two units, officers whose laptops hold the demo dataset and have
synced it, and staff of every role. Built with the real services: the demo data of a real local database,
its outbox records, and the server's own ingest, accounts and staff functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine

from inspector_app.app import build_services
from inspector_app.domain.clock import FixedClock
from inspector_app.store import outbox
from sync.server import accounts, ingest
from sync.server.console.staff import add_staff
from sync.server.deps import utcnow

PASSWORD = "mật-khẩu-đủ-dài"
UNIT_A, UNIT_B = "QLTT-DN-01", "QLTT-DN-02"


@dataclass
class World:
    """What the tests know about the world they log in to."""

    unit_a_docs: dict[str, dict[str, Any]]  # document id -> {kind, number, canonical}
    unit_b_docs: dict[str, dict[str, Any]]
    laptop_dir: Path


def laptop_with_demo(data_dir: Path) -> Any:
    """Services of a laptop that loaded the demo dataset (final, numbered documents of several kinds)."""
    services = build_services(data_dir, FixedClock(datetime(2026, 11, 30, 9, 0, 0)))
    services.demo.load()
    return services


def records(services: Any) -> list[dict[str, Any]]:
    """The laptop's outbox as wire records."""
    return [{"id": i.document_id, "kind": i.kind, "sha256": i.sha256, "canonical": i.canonical,
             "supersedes": i.supersedes, "attachments": i.attachments}
            for i in outbox.due(services.repo, "9999", 10_000)]


def build_world(engine: Engine, tmp: Path) -> World:
    """Units A and B with one officer each, the demo dataset stored for both, and staff of every role."""
    now = utcnow()
    docs: dict[str, dict[str, dict[str, Any]]] = {}
    laptop_dir = tmp / "laptop-a"
    for unit, username, folder in ((UNIT_A, "huongnt", laptop_dir), (UNIT_B, "tuanlv", tmp / "laptop-b")):
        with engine.begin() as conn:
            accounts.add_unit(conn, unit, f"ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ {unit[-1]}", now,
                              parent_name="CHI CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI")
            accounts.add_officer(conn, username, unit, "Nguyễn Thị Thanh Hương", PASSWORD, now)
            _token, device, _officer = accounts.login(conn, username, PASSWORD, "laptop", now,
                                                      timedelta(days=1))
        services = laptop_with_demo(folder)
        recs = records(services)
        services.close()
        with engine.begin() as conn:
            results = ingest.ingest_batch(conn, device, recs, now)
        assert all(r.status.stored for r in results), [r.to_wire() for r in results if not r.status.stored]
        docs[unit] = {r["id"]: r for r in recs}
    with engine.begin() as conn:
        add_staff(conn, "admin", "Trần Văn Quản", "admin", None, PASSWORD, now)
        add_staff(conn, "leader-a", "Lê Văn Đội", "leader", UNIT_A, PASSWORD, now)
        add_staff(conn, "viewer-a", "Phạm Thị Xem", "viewer", UNIT_A, PASSWORD, now)
        add_staff(conn, "leader-b", "Đỗ Minh Hai", "leader", UNIT_B, PASSWORD, now)
    return World(docs[UNIT_A], docs[UNIT_B], laptop_dir)


def csrf_of(html: str) -> str:
    """The CSRF token of the first form of a page."""
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html[:500]
    return match.group(1)


def login(base: str, username: str, session: Any = None) -> Any:
    """A signed-in HTTP session (requests, or a TestClient passed as ``session``)."""
    s = session or requests.Session()
    page = s.get(f"{base}/login")
    r = s.post(f"{base}/login", data={"csrf": csrf_of(page.text), "username": username, "password": PASSWORD,
                                      "next": "/inbox"})
    assert r.status_code == 200 and "/inbox" in str(r.url), r.text[:500]
    return s
