"""The daily totals kept at ingest equal a recomputation from the documents, whatever arrives in what order.

Random batches of real records (the demo dataset's documents, re-issued with new ids, cases, days, platforms
and corrections that supersede others, sometimes before the version they replace arrives) go through the
server's own ingest; after every batch the stored ``daily_totals`` must equal ``totals.recompute`` over the
inbox, and the statistics functions must read the same figures.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from console_world import laptop_with_demo, records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from qltt_canonical import canonical_text, sha256_hex
from sync.server import accounts, ingest
from sync.server.console import queries, totals
from sync.server.console.staff import Role, StaffMember
from sync.server.database import make_engine, migrate
from sync.server.deps import utcnow
from sync.server.tables import daily_totals, monthly_totals

DAYS = [str(date(2026, 1, 30) + timedelta(days=n)) for n in (0, 1, 2, 40)]  # two months
PLATFORMS = ["", "Shopee", "TikTok Shop"]


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """The demo laptop's final documents as wire records (parsed), without attachments."""
    services = laptop_with_demo(tmp_path_factory.mktemp("laptop"))
    recs = records(services)
    services.close()
    out = [json.loads(r["canonical"]) for r in recs]
    return [d for d in out if not d.get("attachments")]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, list[Any]]]:
    """A migrated HQ database (SQLite file or PostgreSQL) with two units and three signed-in devices."""
    if request.param == "postgres":
        url = request.getfixturevalue("pg_cluster").create_database("console_totals")
    else:
        url = f"sqlite:///{tmp_path_factory.mktemp('totals') / 'hq.sqlite3'}"
    engine = make_engine(url)
    migrate(engine)
    now = utcnow()
    devices = []
    with engine.begin() as conn:
        for unit in ("QLTT-A", "QLTT-B"):
            accounts.add_unit(conn, unit, f"Đội {unit}", now)
        for username, unit in (("an", "QLTT-A"), ("binh", "QLTT-A"), ("chi", "QLTT-B")):
            accounts.add_officer(conn, username, unit, username, "mật-khẩu-đủ-dài", now)
            devices.append(accounts.login(conn, username, "mật-khẩu-đủ-dài", "laptop", now, timedelta(days=1))[1])
    yield engine, devices
    engine.dispose()


issue = st.tuples(st.integers(0, 1000), st.integers(0, 2), st.integers(0, 3), st.sampled_from(DAYS),
                  st.sampled_from(PLATFORMS), st.integers(-1, 11))


def _record(template: dict[str, Any], doc_id: str, case: str, day: str, platform: str, supersedes: str) -> dict[str, Any]:
    data = json.loads(json.dumps(template))
    data.update(id=doc_id, case_id=case, issued_at=day + str(template.get("issued_at", ""))[10:])
    if supersedes:
        data["supersedes"] = supersedes
    else:
        data.pop("supersedes", None)
    if isinstance(data.get("subject"), dict):
        data["subject"]["platform"] = platform
    canonical = canonical_text(data)
    return {"id": doc_id, "kind": data["kind"], "sha256": sha256_hex(canonical.encode()), "canonical": canonical,
            "supersedes": supersedes, "attachments": []}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(issues=st.lists(issue, min_size=1, max_size=12), cut=st.integers(1, 12))
def test_daily_totals_equal_a_recomputation_after_random_ingests(
        templates: list[dict[str, Any]], world: tuple[Engine, list[Any]], issues: list[Any], cut: int) -> None:
    engine, devices = world
    run = uuid.uuid4().hex[:8]
    ids = [f"t{run}{n:02d}" for n in range(len(issues))]
    batches: dict[int, list[dict[str, Any]]] = {}
    for n, (template, device, case, day, platform, target) in enumerate(issues):
        # A correction supersedes another record of the same device (sent before or after it), never itself.
        supersedes = ids[target] if 0 <= target < len(ids) and target != n and issues[target][1] == device else ""
        case_id = f"c{run}{device}{case}" if case else ""
        rec = _record(templates[template % len(templates)], ids[n], case_id, day, platform, supersedes)
        batches.setdefault(device, []).append(rec)
    for device, recs in sorted(batches.items()):
        for first in range(0, len(recs), cut):
            with engine.begin() as conn:
                results = ingest.ingest_batch(conn, devices[device], recs[first:first + cut], utcnow())
            assert all(r.status.stored for r in results), [r.to_wire() for r in results]
            with engine.connect() as conn:
                expected = totals.recompute(conn)
                assert totals.stored(conn) == expected
                assert totals.stored(conn, monthly_totals) == totals.by_month(expected)

    admin = StaffMember("admin", "Quản trị", Role.ADMIN, None)
    # Whole months read monthly rows, the days at the edges daily rows: every kind of period adds up the same.
    for start, end in ((DAYS[0], DAYS[-1]), ("2026-02-01", "2026-02-28"), ("2026-01-31", "2026-02-01"),
                       ("2026-01-01", "2026-03-31"), ("2026-02-02", "2026-03-11")):
        period = queries.Period(start, end)
        with engine.connect() as conn:
            expected = totals.recompute(conn)
            lines = queries.period_report(conn, admin, period)
            months = queries.monthly(conn, admin, period)
            articles = queries.violations_by_article(conn, admin, period, limit=1000)
        in_period = [m for k, m in expected.items() if k[2] == "" and start <= k[0] <= end]
        assert lines[-1].documents == sum(m[0] for m in in_period)
        assert lines[-1].inspections == sum(m[1] for m in in_period) == sum(m["cases"] for m in months)
        assert lines[-1].fines == sum(m[4] for m in in_period) == sum(m["fines"] for m in months)
        assert sum(n for _, n in articles) == sum(m[3] for k, m in expected.items()
                                                  if k[2] == "article" and start <= k[0] <= end)


def test_rebuild_fills_the_totals_of_documents_indexed_before_them(world: tuple[Engine, list[Any]],
                                                                    templates: list[dict[str, Any]]) -> None:
    engine, devices = world
    recs = [_record(t, f"r{uuid.uuid4().hex[:10]}", "", DAYS[1], "", "") for t in templates[:3]]
    with engine.begin() as conn:
        ingest.ingest_batch(conn, devices[2], recs, utcnow())
        before = totals.stored(conn)
        conn.execute(daily_totals.delete())
        conn.execute(monthly_totals.delete())
        assert totals.rebuild_if_missing(conn) and totals.stored(conn) == before == totals.recompute(conn)
        assert not totals.rebuild_if_missing(conn)
        conn.execute(monthly_totals.delete())  # a database upgraded to the monthly table: filled at start
        assert totals.rebuild_if_missing(conn)
        assert totals.stored(conn, monthly_totals) == totals.by_month(before)

