#!/usr/bin/env python3
"""Benchmark of the HQ console on PostgreSQL: a generator for N documents (COPY) and the time of its pages.

    python scripts/bench_console.py [--documents 1000000] [--json]

Starts a throwaway PostgreSQL cluster (the machine's initdb/pg_ctl, as the tests do), migrates it, loads
``--documents`` synthetic documents of 10 units, 100 officers and 8 kinds over two years with
``COPY ... FROM STDIN`` straight into ``documents``, the console's ``inbox`` index (with the folded
search text) and the ``daily_totals`` / ``monthly_totals`` the server keeps at ingest (computed case by case with the server's own
``totals.case_contributions``), then times the console's own routes in process (FastAPI TestClient, so template rendering is
included, the network is not): inbox first page, inbox of one unit and one review state, full-text search,
a case view, the statistics page and the period report of one year as XLSX. Budgets: pages ≤ 200 ms, the
year's report ≤ 5 s. Each figure is the median of ``--repeat`` runs after one warm-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))  # the sync tests' helpers: the PostgreSQL cluster
sys.path.insert(0, str(REPO / "tests" / "sync" / "console"))

from sync_hq import PostgresCluster  # noqa: E402

KINDS = ["tt22.m01", "tt22.m06", "tt22.m10", "nd118.mbb01", "nd118.mbb15", "nd118.mbb26", "nd118.mbb27",
         "nd118.mqd02"]
NAMES = ["Công ty TNHH Thương mại Hoàng Gia", "Hộ kinh doanh Nguyễn Văn Đức", "Cửa hàng mỹ phẩm Minh Châu",
         "Công ty CP Dược phẩm Đông Nam", "Tạp hóa Bà Tư", "Gian hàng Tram Beauty Store", "Đại lý Phú Thịnh"]
GOODS = ["Thuốc lá điếu Jet", "Nước hoa Chanel", "Kem dưỡng da Ohui", "Rượu vang Đà Lạt", "Sữa bột Similac",
         "Dầu gội Tsubaki", "Giày thể thao Nike", "Đồng hồ Casio"]
PLATFORMS = ["", "", "", "Shopee", "Lazada", "TikTok Shop"]
STATES = ["received"] * 6 + ["has_issues", "approved", "approved", "rejected"]


def _copy_rows(rows: list[tuple[object, ...]]) -> str:
    def cell(v: object) -> str:
        if v is None:
            return "\\N"
        if isinstance(v, bool):
            return "t" if v else "f"
        return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

    return "".join("\t".join(cell(v) for v in row) + "\n" for row in rows)


def generate(url: str, count: int, seed: int = 15) -> float:
    """Load ``count`` documents with COPY; returns the seconds it took (indexes included)."""
    import psycopg

    from sync.server import accounts
    from sync.server.console import totals
    from sync.server.console.index import summarise
    from sync.server.console.staff import add_staff
    from sync.server.database import make_engine, migrate

    engine = make_engine(url)
    migrate(engine)
    now = datetime(2026, 6, 30, 12, 0, 0)
    with engine.begin() as conn:
        for u in range(10):
            accounts.add_unit(conn, f"QLTT-{u:02d}", f"ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ {u + 1}", now)
        add_staff(conn, "admin", "Quản trị", "admin", None, "mat-khau-bench", now)
        add_staff(conn, "lead", "Đội trưởng", "leader", "QLTT-03", "mat-khau-bench", now)
    engine.dispose()
    rng = random.Random(seed)
    start_day = date(2025, 1, 1)
    started = time.perf_counter()
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as pg:
        with pg.cursor() as cur:
            chunk = 20_000
            day_totals: totals.Totals = {}
            case_rows: list[dict[str, object]] = []
            for first in range(0, count, chunk):
                docs, inbox = [], []
                for i in range(first, min(count, first + chunk)):
                    kind = KINDS[i % len(KINDS)]
                    unit = f"QLTT-{(i // 48) % 10:02d}"
                    day = start_day + timedelta(days=(i * 730) // max(count, 1))
                    goods = [{"name": f"{rng.choice(GOODS)} lô {i}", "unit": "hộp", "quantity": str(rng.randint(1, 50)),
                              "unit_price": rng.randint(10, 500) * 1000, "barcode": f"893{i:010d}"}
                             for _ in range(2)]
                    fine = rng.randint(1, 80) * 1_000_000 if kind == "nd118.mqd02" else None
                    data = {"id": f"b{i:010d}", "kind": kind, "case_id": f"c{i // 8:09d}",
                            "number": f"{i % 9999 + 1:04d}/{kind[-4:].upper()}", "issued_at": f"{day}T09:30:00",
                            "place": "Chợ Biên Hòa", "subject": {"name": rng.choice(NAMES),
                                                                 "platform": rng.choice(PLATFORMS)},
                            "goods": goods, "violations": [{"decree": "98/2020/NĐ-CP", "article": 15, "clause": 1,
                                                            "point": "a", "description": "Buôn bán hàng giả",
                                                            "fine_amount": fine}] if kind in ("nd118.mbb01", "nd118.mqd02") else []}
                    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
                    received = datetime.combine(day, datetime.min.time()) + timedelta(hours=10, seconds=i % 3600)
                    docs.append((data["id"], unit, kind, data["number"], f"{i:064x}", "", canonical, str(day)[:7],
                                 True, "bench-device", received))
                    s = summarise(data)
                    officer = f"cb{unit[-2:]}{(i // 8) % 10}"  # ten officers per unit, one per case
                    inbox.append((data["id"], s["case_id"], unit, officer, kind, s["number"], s["issued_day"],
                                  received, s["subject_name"], s["platform"], s["search_text"], rng.choice(STATES),
                                  s["violations"], s["fine_total"], s["goods_value"], False))
                    # The daily totals the server keeps at ingest, from the same function, case by case.
                    case_rows.append({"document_id": data["id"], "case_id": s["case_id"], "unit_code": unit,
                                      "officer": officer, "kind": kind, "platform": s["platform"],
                                      "issued_day": s["issued_day"], "received_at": received, "superseded": False,
                                      "violations": s["violations"], "fine_total": s["fine_total"],
                                      "goods_value": s["goods_value"], "articles": totals.articles_of(data)})
                    if i % 8 == 7 or i == count - 1:
                        for key, m in totals.case_contributions(case_rows).items():
                            acc = day_totals.setdefault(key, [0] * len(totals.MEASURES))
                            for n, v in enumerate(m):
                                acc[n] += v
                        case_rows = []
                with cur.copy("COPY documents (id, unit_code, kind, number, sha256, supersedes, canonical, issued_month,"
                              " complete, device_id, received_at) FROM STDIN") as copy:
                    copy.write(_copy_rows(docs))
                with cur.copy("COPY inbox (document_id, case_id, unit_code, officer, kind, number, issued_day,"
                              " received_at, subject_name, platform, search_text, review_state, violations,"
                              " fine_total, goods_value, superseded) FROM STDIN") as copy:
                    copy.write(_copy_rows(inbox))
                pg.commit()
            with cur.copy("COPY daily_totals (day, unit_code, dimension, value, " + ", ".join(totals.MEASURES)
                          + ") FROM STDIN") as copy:
                copy.write(_copy_rows([(*k, *m) for k, m in day_totals.items() if any(m)]))
            with cur.copy("COPY monthly_totals (month, unit_code, dimension, value, " + ", ".join(totals.MEASURES)
                          + ") FROM STDIN") as copy:
                copy.write(_copy_rows([(*k, *m) for k, m in totals.by_month(day_totals).items()]))
            pg.commit()
            cur.execute("ANALYZE daily_totals")
            cur.execute("ANALYZE monthly_totals")
            cur.execute("ANALYZE documents")
            cur.execute("ANALYZE inbox")
        pg.commit()
    return time.perf_counter() - started


def measure(url: str, repeat: int, count: int) -> dict[str, float]:
    """Median milliseconds of each console route, signed in as the HQ administrator."""
    from console_world import csrf_of
    from fastapi.testclient import TestClient

    from sync.server.app import create_app
    from sync.server.database import make_engine

    engine = make_engine(url)
    app = create_app(engine)
    routes = {
        "inbox_first_page": "/inbox",
        "inbox_unit_state": "/inbox?unit=QLTT-03&state=has_issues",
        "search": "/inbox?q=nuoc+hoa",
        "search_rare": f"/inbox?q=893{count // 3:010d}",
        "case_view": f"/documents/b{count // 2 + 3:010d}",
        "statistics_year": "/stats?start=2025-01-01&end=2025-12-31",
        "statistics_two_years": "/stats?start=2025-01-01&end=2026-12-31",
        "statistics_partial_months": "/stats?start=2025-03-15&end=2026-02-10",
        "report_year_xlsx": "/reports/period.xlsx?start=2025-01-01&end=2025-12-31",
        "report_year_pdf": "/reports/period.pdf?start=2025-01-01&end=2025-12-31",
    }
    out: dict[str, float] = {}
    with TestClient(app, base_url="http://127.0.0.1") as c:
        page = c.get("/login")
        c.post("/login", data={"csrf": csrf_of(page.text), "username": "admin", "password": "mat-khau-bench"})
        for name, path in routes.items():
            times = []
            for n in range(repeat + 1):
                t = time.perf_counter()
                r = c.get(path)
                elapsed = (time.perf_counter() - t) * 1000
                assert r.status_code == 200, (path, r.status_code, r.text[:300])
                if n:  # the first run warms caches
                    times.append(elapsed)
            out[name] = round(statistics.median(times), 1)
    engine.dispose()
    return out


def main() -> int:
    """Generate, measure, print."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--documents", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    cluster = PostgresCluster()
    try:
        url = cluster.create_database("console_bench")
        load = generate(url, args.documents)
        before = [round(x, 2) for x in os.getloadavg()]
        timings = measure(url, args.repeat, args.documents)
        # The load average while the pages were timed (before and after): the machine is shared.
        results = {"documents": args.documents, "generate_seconds": round(load, 1),
                   "loadavg": before, "loadavg_after": [round(x, 2) for x in os.getloadavg()],
                   "milliseconds": timings}
    finally:
        cluster.stop()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{args.documents} documents generated in {results['generate_seconds']} s")
        for name, ms in results["milliseconds"].items():
            print(f"{name:<26} {ms:>9.1f} ms")
        print(f"load average {results['loadavg']} … {results['loadavg_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
