"""Per-action costs at growing database sizes (docs/benchmarks.md, "Per action, as the data grows").

Every path the window runs after a user action, through the real services, on databases of 100, 10,000 and
100,000 cases: start-up (open the database, build the services, first list, deadline dock, sync state), open
a case, save a case and everything the window does after it, scan a barcode, finalise a document and
everything after it, preview, the sync-state refresh, search-as-you-type. Each must cost O(what changed)
or O(page shown), not O(database): the ratio from 10,000 to 100,000 cases is reported.

Seeding goes through the domain and the store: the four demo raids are built once by the demo service
(real goods, violations, seizures, seals, final and draft documents), then cloned with new ids, shifted
dates, fresh numbers and their SHA-256 recomputed by the domain, and written with ``Repository.save_case``
and ``insert_document`` in large transactions, so the stored deadlines are computed at write time by the
app's own commit hook. A seeded database is kept under ``--cache DIR`` and reused by later runs.

    python scripts/bench_actions.py [--cases 100 10000 100000] [--runs 15] [--json] [--cache /tmp/bench-actions]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from inspector_app.app import build_services  # noqa: E402
from inspector_app.domain.canonical import canonical_bytes  # noqa: E402
from inspector_app.domain.clock import FixedClock  # noqa: E402
from inspector_app.services.container import Services  # noqa: E402

NOW = datetime(2026, 11, 20, 10, 0, 0)
DOCK_LIMIT = 200  # ui.main_window.DEADLINE_LIMIT
LIST_LIMIT = 500  # ui.main_window.CASE_LIMIT
GOODS_PER_CASE = 12
SEED_CHUNK = 250  # cases per transaction while seeding


# -- seeding -------------------------------------------------------------------------------------------------
# Tables a case lives in, with the column that names its case (subjects are reached through cases).
CASE_TABLES = {"subjects": "", "cases": "id", "goods": "case_id", "violations": "case_id", "seals": "case_id",
               "documents": "case_id"}
ISO_DATE = re.compile(r"\b(20[2-9]\d-\d\d-\d\d)(T\d\d:\d\d(?::\d\d)?)?")
UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")


TOKEN = re.compile(UUID.pattern + "|" + ISO_DATE.pattern)

Part = str | tuple[str, str]  # literal text, or ("id" | "date" | "text", original)


@dataclass
class Template:
    """One demo raid as the store wrote it: every text value cut once into literal parts and the ids, dates
    and numbers each clone renews, so that a clone is a join of parts (seeding 100,000 cases stays fast)."""

    rows: dict[str, list[dict[str, Any]]]
    parts: dict[str, list[dict[str, list[Part]]]]
    dates: list[str]


def _cut(value: str, renew_text: list[str]) -> list[Part]:
    """``value`` as literal parts and the tokens to renew (ids, dates of 2020 on, numbers, ID codes)."""
    parts: list[Part] = []
    pos = 0
    for m in TOKEN.finditer(value):
        parts.append(value[pos:m.start()])
        parts.append(("id", m.group(0)) if UUID.fullmatch(m.group(0)) else ("date", m.group(0)))
        pos = m.end()
    parts.append(value[pos:])
    for text in renew_text:  # numbers and ID codes sit inside literal parts
        out: list[Part] = []
        for p in parts:
            if isinstance(p, str) and text in p:
                pieces = p.split(text)
                for k, piece in enumerate(pieces):
                    if k:
                        out.append(("text", text))
                    out.append(piece)
            else:
                out.append(p)
        parts = out
    return [p for p in parts if p != ""]


def templates(tmp: Path) -> list[Template]:
    """The four demo raids, built once by the demo service through the real services, as stored rows.

    The demo's 126-row seizure is cut to its first rows (in the case and in its documents alike, before they
    are finalised), to keep about ten goods rows a case like the list budget's 1,000,000 rows / 100,000 cases.
    """
    s = build_services(tmp / "template", FixedClock(NOW))
    try:
        loaded = s.demo.load()
        result = []
        for case_id in loaded["case_ids"]:
            conn = s.repo.db.conn
            rows: dict[str, list[dict[str, Any]]] = {}
            subject_id = conn.execute("SELECT subject_id FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
            for table, col in CASE_TABLES.items():
                cur = conn.execute(f"SELECT * FROM {table} WHERE {col or 'id'} = ?", (case_id if col else subject_id,))
                names = [c[0] for c in cur.description]
                rows[table] = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
            rows["goods"] = sorted(rows["goods"], key=lambda r: r["line_no"])[:GOODS_PER_CASE]
            keep = {g["id"] for g in rows["goods"]}
            for d in rows["documents"]:
                for key in ("body", "canonical"):
                    if d[key]:
                        data = json.loads(d[key])
                        data["goods"] = [g for g in data.get("goods", []) if g.get("id") in keep][:GOODS_PER_CASE]
                        d[key] = canonical_bytes(data).decode()
            subject = rows["subjects"][0] if rows["subjects"] else {}
            renew_text = sorted({d["number"] for d in rows["documents"] if d["number"]}
                                | {subject.get("tax_code") or "", subject.get("id_number") or ""} - {""},
                                key=len, reverse=True)
            parts = {table: [{k: _cut(v, renew_text) for k, v in r.items() if isinstance(v, str) and v}
                             for r in rs] for table, rs in rows.items()}
            dates = sorted({p[1] for rs in parts.values() for r in rs for ps in r.values() for p in ps
                            if isinstance(p, tuple) and p[0] == "date"})
            result.append(Template(rows, parts, dates))
        return result
    finally:
        s.close()


def clone_rows(t: Template, i: int, days: int) -> dict[str, list[dict[str, Any]]]:
    """Template ``t`` as clone number ``i``: new ids, its numbers made unique, its subject's tax code and CCCD
    renewed (province, century/sex and birth year of a CCCD stay: they must agree with the birth date), every
    date of 2020 or later moved ``days`` days, and each final document's SHA-256 recomputed over its new
    canonical JSON (the hash is over exactly the stored bytes)."""
    delta = timedelta(days=days)
    new: dict[tuple[str, str], str] = {}
    for d in t.dates:
        day = date.fromisoformat(d[:10]) + delta
        new[("date", d)] = day.isoformat() + d[10:]

    def value(p: Part) -> str:
        if isinstance(p, str):
            return p
        got = new.get(p)
        if got is None:
            kind, old = p
            if kind == "id":
                got = str(uuid.uuid4())
            elif old.isdigit() and len(old) == 10:  # a tax code (with a valid check digit)
                got = valid_tax_code(36, i)
            elif old.isdigit() and len(old) == 12:  # a CCCD
                got = old[:6] + f"{i % 10**6:06d}"
            else:  # a document number
                got = f"{i:06d}.{old}"
            new[p] = got
        return got

    out: dict[str, list[dict[str, Any]]] = {}
    for table, rs in t.rows.items():
        out[table] = []
        for r, cut in zip(rs, t.parts[table], strict=True):
            row = dict(r)
            for k, ps in cut.items():
                row[k] = "".join(value(p) for p in ps)
            out[table].append(row)
    for d in out["documents"]:
        if d["canonical"]:
            d["sha256"] = hashlib.sha256(d["canonical"].encode()).hexdigest()
    return out


def valid_tax_code(prefix: int, n: int) -> str:
    """A 10-digit enterprise code ``<prefix><n…><check digit>`` whose check digit is valid (the first such
    code from ``n`` on: some bodies have none)."""
    from inspector_app.domain.checks import tax_check_digit

    while True:
        body = f"{prefix:02d}{n % 10**7:07d}"
        digit = tax_check_digit(body)
        if digit is not None:
            return f"{body}{digit}"
        n += 1


TAX = re.compile(r"\b3[6-9]\d{8}\b")
CCCD = re.compile(r"\b0\d{11}\b")
NUMBERED = re.compile(r"\b(\d{6})\.")


def renew(value: Any, k: int) -> Any:
    """Text of copy ``k`` of a seeded database: other ids, numbers, tax codes and CCCDs (k = 0: the same ids,
    tax codes with a valid check digit)."""
    if not isinstance(value, str) or not value:
        return value
    if k:
        # The last 12 hex digits change, so ids keep their order (documents of a case are listed by it).
        value = UUID.sub(lambda m: m.group(0)[:24] + hashlib.md5(f"{m.group(0)}{k}".encode()).hexdigest()[:12],
                         value)
        value = NUMBERED.sub(lambda m: f"{k}{m.group(1)}.", value)
        value = CCCD.sub(lambda m: m.group(0)[:6] + f"{(int(m.group(0)[6:]) + k * 131071) % 10**6:06d}", value)
    return TAX.sub(lambda m: valid_tax_code(36 + k, int(m.group(0)[2:9])), value)


def valid_subjects(s: Services) -> None:
    """Give every subject's tax code a valid check digit (databases seeded by an earlier version of this
    script had none; a save validates the subject). Documents keep the subject as it was signed."""
    conn = s.repo.db.conn
    conn.create_function("renew", 2, renew, deterministic=True)
    with s.repo.write():
        conn.execute("UPDATE subjects SET tax_code = renew(tax_code, 0), data = renew(data, 0)"
                     " WHERE tax_code != renew(tax_code, 0)")


def upscale(src_dir: Path, data_dir: Path, factor: int) -> dict[str, Any]:
    """A database ``factor`` times larger than the seeded one in ``src_dir``: each copy of its rows gets other
    ids, numbers, codes and recomputed document hashes (in SQL, with ``renew`` as a function), its stored
    deadlines copied with it (the same content gives the same deadlines; a sample is recomputed below)."""
    import shutil

    t0 = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    src = build_services(src_dir, FixedClock(NOW))
    src.repo.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    src.close()
    # The copy keeps the seeded file's key: its wrapped key (keys.json) goes with it.
    shutil.copy2(src_dir / "keys.json", data_dir / "keys.json")
    shutil.copy2(src_dir / "inspector.sqlite3", data_dir / "inspector.sqlite3")
    s = build_services(data_dir, FixedClock(NOW))
    conn = s.repo.db.conn
    conn.create_function("renew", 2, renew, deterministic=True)
    conn.create_function("sha256_hex", 1, lambda t: hashlib.sha256(t.encode()).hexdigest(), deterministic=True)
    try:
        valid_subjects(s)
        top = {t: conn.execute(f"SELECT COALESCE(MAX(rowid), 0) FROM {t}").fetchone()[0]
               for t in ("subjects", "cases", "goods", "violations", "seals", "documents", "outbox",
                         "case_deadlines", "deadline_cases")}
        max_seq = conn.execute("SELECT MAX(seq) FROM cases").fetchone()[0]
        for k in range(1, factor):
            with s.repo.write():
                for table, last in top.items():
                    cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
                    exprs = []
                    for c in cols:
                        if table == "cases" and c == "seq":
                            exprs.append(f"seq + {k * max_seq}")
                        elif table == "documents" and c == "number":
                            # Numbers given by the measured actions (not seeded) carry no clone prefix to renew.
                            exprs.append(f"CASE WHEN number != '' AND renew(number, {k}) = number THEN '{k}:' || number"
                                         f" ELSE renew(number, {k}) END")
                        elif table == "documents" and c == "sha256":
                            exprs.append(f"CASE WHEN canonical IS NULL THEN sha256 ELSE sha256_hex(renew(canonical, {k}))"
                                         " END")
                        else:
                            exprs.append(f"renew({c}, {k})")
                    conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM {table}"
                                 f" WHERE rowid <= {last}")
                conn.execute(f"INSERT INTO case_search (rowid, text) SELECT rowid + {k * max_seq}, renew(text, {k})"
                             f" FROM case_search WHERE rowid <= {max_seq}")
        for (case_id,) in conn.execute("SELECT id FROM cases ORDER BY random() LIMIT 20"):
            assert s.rules.stored_deadlines(case_id) == s.rules.deadlines_for_case(case_id), case_id
        conn.execute("PRAGMA optimize")
        n = conn.execute("SELECT COUNT(*) FROM cases").fetchone()[0]
        docs = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        s.close()
    return {"cases": n, "documents": docs, "seconds": time.perf_counter() - t0, "upscaled_from": str(src_dir),
            "bytes": (data_dir / "inspector.sqlite3").stat().st_size}


def seed(data_dir: Path, n_cases: int, tmp: Path) -> dict[str, Any]:
    """Fill ``data_dir`` with ``n_cases`` cloned raids spread over five years; returns what was written.

    Rows go in with ``executemany`` in large transactions; the per-case search document is written by
    ``Repository.reindex_case`` and the stored deadlines by the app's own commit hook (``DeadlineIndex``),
    which reads each case back from the database like after any save.
    """
    t0 = time.perf_counter()
    base = templates(tmp)
    s = build_services(data_dir, FixedClock(NOW))
    from inspector_app.services.demo import DEMO_UNIT, demo_officer

    s.profile.set_profile(DEMO_UNIT, demo_officer())
    rng = random.Random(16)
    conn = s.repo.db.conn
    docs_written = 0
    seq = 0
    try:
        for start in range(0, n_cases, SEED_CHUNK):
            batch: dict[str, list[dict[str, Any]]] = {t: [] for t in CASE_TABLES}
            outbox_rows = []
            for i in range(start, min(n_cases, start + SEED_CHUNK)):
                # Most cases are old and synced; the newest few hundred are recent (their clocks still run).
                old = i < n_cases - 300
                days = -rng.randrange(30, 5 * 365) if old else -rng.randrange(0, 30)
                rows = clone_rows(base[i % len(base)], i, days)
                seq += 1
                rows["cases"][0]["seq"] = seq
                if old and days < -60:
                    rows["cases"][0]["status"] = "closed"  # officers close a raid once it is dealt with
                for d in rows["documents"]:
                    if d["status"] != "draft":
                        d["status"] = "synced" if old else "final"
                        outbox_rows.append((d["id"], d["status"], NOW.isoformat()))
                for table, rs in rows.items():
                    batch[table] += rs
                docs_written += len(rows["documents"])
            with s.repo.write():
                for table, rs in batch.items():
                    if rs:
                        cols = list(rs[0])
                        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                         f"({', '.join('?' for _ in cols)})", [tuple(r[c] for c in cols) for r in rs])
                conn.executemany("INSERT INTO outbox (document_id, state, updated_at) VALUES (?, ?, ?)", outbox_rows)
                for r in batch["cases"]:
                    s.repo.reindex_case(r["id"])
                    s.repo.touch_case(r["id"])  # the commit hook stores the case's deadlines
        s.rules.index.rebuild()  # a fresh database: records that every case is computed with today's data
        # The seeded deadlines are the app's: check a sample against a full recomputation.
        for (case_id,) in conn.execute("SELECT id FROM cases ORDER BY random() LIMIT 20"):
            assert s.rules.stored_deadlines(case_id) == s.rules.deadlines_for_case(case_id), case_id
        conn.execute("PRAGMA optimize")
    finally:
        s.close()
    return {"cases": n_cases, "documents": docs_written, "seconds": time.perf_counter() - t0,
            "bytes": (data_dir / "inspector.sqlite3").stat().st_size}


# -- measuring -----------------------------------------------------------------------------------------------
def timed(fn: Callable[[], Any], runs: int) -> dict[str, float]:
    """Median and max milliseconds of ``fn`` over ``runs`` calls after one warm-up."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"median_ms": statistics.median(times), "max_ms": max(times)}


def after_change(s: Services, case_id: str, *, document: bool) -> None:
    """What the window asks the worker after a saved case or document (MainWindow._changed): after a case,
    that case's own list row (``refresh_case_row``) and the dock; after a document, the list page, the dock,
    the sync state and the case's documents."""
    if document:
        s.cases.list(limit=LIST_LIMIT)
    else:
        s.cases.list(case_id=case_id, limit=1)
    s.rules.deadline_feed(case_id, DOCK_LIMIT)
    if document:
        s.sync.waiting_and_stuck()
        s.sync.last_success_at()
        s.documents.list(case_id=case_id)


def open_case(s: Services, case_id: str) -> None:
    """Selecting a case: the case and the subject's history, its documents, the dock with its deadlines."""
    s.cases.get(case_id)
    s.rules.subject_history(case_id)
    s.documents.list(case_id=case_id)
    s.rules.deadline_feed(case_id, DOCK_LIMIT)


def bench_level(data_dir: Path, runs: int) -> dict[str, dict[str, float]]:
    """Every per-action path on one seeded database."""
    from inspector_builders import complete

    results: dict[str, dict[str, float]] = {}

    def startup() -> None:
        s = build_services(data_dir, FixedClock(NOW))
        s.profile.is_configured()
        s.cases.list(limit=LIST_LIMIT)
        s.rules.deadline_feed("", DOCK_LIMIT)
        s.sync.waiting_and_stuck()
        s.close()

    results["start-up (open, services, list, dock, sync state)"] = timed(startup, max(3, runs // 3))
    s = build_services(data_dir, FixedClock(NOW))
    valid_subjects(s)
    try:
        recent = [r.id for r in s.cases.list(limit=50)]
        # A recent case with violations, not one grown by the scans of an earlier run on this database.
        counterfeit = next(cid for cid in recent if s.cases.get(cid).violations and len(s.cases.get(cid).goods) <= 10)
        results["open a case"] = timed(lambda: open_case(s, counterfeit), runs)

        case = s.cases.get(counterfeit)

        def save() -> None:
            case.findings = case.findings.rstrip(".") + "."
            s.cases.save(case)
            after_change(s, case.id, document=False)

        results["save a case + window refresh"] = timed(save, runs)
        # Drafts first: the scans below add goods rows, and minutes with more than ten rows need a bảng kê.
        drafts = []
        for _ in range(runs + 1):
            d = complete(s.documents.create_draft(case.id, "tt22.m06"), NOW)
            d.fields["results"] = "Kết quả kiểm tra."
            drafts.append(s.documents.save_draft(d).id)
        codes = iter(f"893{k:09d}" for k in range(10**6))
        from inspector_app.domain.checks import gs1_check_digit

        def scan() -> None:
            body = next(codes)
            s.cases.scan_barcode(case.id, body + str(gs1_check_digit(body)))

        results["scan a barcode (new row)"] = timed(scan, runs)
        repeat = case.goods[0].barcode if case.goods and case.goods[0].barcode else ""
        if repeat:
            results["scan a barcode (same product again)"] = timed(lambda: s.cases.scan_barcode(case.id, repeat), runs)
        pending = iter(drafts)

        def finalize() -> None:
            s.documents.finalize(next(pending))
            after_change(s, case.id, document=True)

        results["finalise + window refresh"] = timed(finalize, runs)
        mbb01 = next(d.id for d in s.documents.list(case_id=case.id, kind="nd118.mbb01"))
        results["preview an MBB01"] = timed(lambda: s.rendering.render(s.documents.get(mbb01)), max(3, runs // 3))
        results["sync-state refresh"] = timed(lambda: (s.sync.waiting_and_stuck(), s.sync.configured_server(),
                                                      s.sync.last_success_at()), runs)
        for prefix in ("th", "thuoc", "thuoc la", "hoang gia"):
            results[f"search as you type '{prefix}'"] = timed(lambda p=prefix: s.cases.list(search=p, limit=LIST_LIMIT),
                                                              runs)
        results["deadline dock (200 most overdue + 200 due soon + count)"] = timed(
            lambda: s.rules.deadline_feed("", DOCK_LIMIT), runs)
    finally:
        s.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, nargs="+", default=[100, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache", type=Path, default=None, help="keep seeded databases here and reuse them")
    parser.add_argument("--upscale-from", type=int, default=10_000,
                        help="build a larger level from copies of a cached level at least this big")
    args = parser.parse_args()
    out: dict[str, Any] = {"load_average_before": os.getloadavg(), "python": sys.version.split()[0],
                           "levels": {}}
    with tempfile.TemporaryDirectory(prefix="bench-actions-") as tmp_s:
        tmp = Path(tmp_s)
        for n in args.cases:
            data_dir = (args.cache or tmp) / f"cases-{n}"
            smaller = [m for m in args.cases if m < n and n % m == 0 and m >= args.upscale_from]
            cached = args.cache and smaller and (args.cache / f"cases-{max(smaller)}" / "inspector.sqlite3").exists()
            if not (data_dir / "inspector.sqlite3").exists() and cached:
                m = max(smaller)
                info = upscale(args.cache / f"cases-{m}", data_dir, n // m)
                if not args.json:
                    print(f"{n:,} cases: {n // m} copies of the {m:,}-case database, {info['documents']:,} documents, "
                          f"{info['bytes'] / 1e6:.0f} MB in {info['seconds']:.0f} s", flush=True)
            elif not (data_dir / "inspector.sqlite3").exists():
                info = seed(data_dir, n, tmp / f"templates-{n}")
                if not args.json:
                    print(f"seeded {n:,} cases, {info['documents']:,} documents, "
                          f"{info['bytes'] / 1e6:.0f} MB in {info['seconds']:.0f} s", flush=True)
            else:
                info = {"cases": n, "reused": str(data_dir)}
            # The measured actions add a few rows (a scan, finalised minutes) to the kept database: nothing
            # that changes its size class, and copying a 5 GB file for each run would cost more than the run.
            level = bench_level(data_dir, args.runs)
            out["levels"][str(n)] = {"seed": info, "paths": level}
            if not args.json:
                print(f"\n{n:,} cases")
                for label, r in level.items():
                    print(f"  {label:52s} median {r['median_ms']:8.1f} ms   max {r['max_ms']:8.1f} ms", flush=True)
    sizes = [str(n) for n in args.cases]
    if "10000" in sizes and "100000" in sizes:
        big, mid = out["levels"]["100000"]["paths"], out["levels"]["10000"]["paths"]
        out["ratio_10k_to_100k"] = {k: big[k]["median_ms"] / mid[k]["median_ms"] for k in big if k in mid}
    out["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=1))
    elif "ratio_10k_to_100k" in out:
        print("\nratio 10,000 → 100,000 cases (budget ≤ 1.3):")
        for k, v in out["ratio_10k_to_100k"].items():
            print(f"  {k:52s} {v:5.2f}")
    print(f"load average before {out['load_average_before']}, after {out['load_average_after']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
