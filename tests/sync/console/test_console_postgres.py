"""The console's queries on PostgreSQL: trigram search with folded words, filters, scoping and the report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from console_world import UNIT_A, build_world, login
from fastapi.testclient import TestClient
from sync_hq import PostgresCluster

from sync.server.app import create_app
from sync.server.console.text import fold
from sync.server.database import make_engine, migrate

pytestmark = pytest.mark.postgres


def test_search_filters_and_report_on_postgresql(pg_cluster: PostgresCluster, tmp_path: Path) -> None:
    engine = make_engine(pg_cluster.create_database("console_pg"))
    migrate(engine)
    world = build_world(engine, tmp_path)
    docs = [json.loads(r["canonical"]) for r in world.unit_a_docs.values()]
    app = create_app(engine)
    try:
        with TestClient(app, base_url="http://127.0.0.1") as c:
            login("", "leader-a", c)
            subject = next(d["subject"]["name"] for d in docs if d.get("subject"))
            words = " ".join(fold(subject).split()[-2:])
            html = c.get("/inbox", params={"q": words}).text
            expected = {d["id"] for d in docs if words in fold(json.dumps(d, ensure_ascii=False))}
            found = {d["id"] for d in docs if d["id"] in html}
            assert found and found <= expected
            assert c.get("/inbox", params={"q": "100%_"}).status_code == 200  # LIKE syntax is not syntax here
            mqd = [d for d in docs if d["kind"] == "nd118.mqd02"]
            assert c.get("/inbox?kind=nd118.mqd02").text.count('class="open"') == len(mqd)
            other = next(iter(world.unit_b_docs))
            assert other not in c.get("/inbox").text and c.get(f"/documents/{other}").status_code == 404
            report = c.get("/reports?start=2000-01-01&end=2099-12-31").text
            fines = sum(v.get("fine_amount") or 0 for d in mqd for v in d["violations"])
            assert UNIT_A in report and f"{fines:,}".replace(",", ".") in report
            assert c.get("/stats?start=2000-01-01&end=2099-12-31").text.count("<svg") >= 2
    finally:
        engine.dispose()
