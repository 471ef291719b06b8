"""Encryption at rest against the clear database, side by side in one run (docs/benchmarks.md, "Encryption").

1. List and search with N cases (default 100,000): the encrypted installation is seeded by
   ``bench_actions.py``'s own seeding (the four demo raids cloned through the real services, about ten goods
   rows a case; 100,000 as ten renewed copies of 10,000), its clear twin is an exact copy written by the
   store's ``export_database``, and the same case-list queries run on both through the repository the app
   uses, alternated run by run (the order flips every run, so load drift and cache warmth hit both alike).
2. Finalisation: the same drafts finalised on a clear and on an encrypted installation (numbering, canonical
   JSON, triggers, audit chain, outbox, deadlines; ``synchronous=FULL``), alternated.
3. Sync: ``bench_sync.py``'s end-of-day sync (10,000 final documents, 500 photos of 200 KB, to a real HQ
   server on loopback) from a clear and from an encrypted laptop, in ABBA order over ``--sync-rounds``.

Budget (issue 14): each at most 10 % slower encrypted than clear.

    python scripts/bench_crypto.py [--cases 100000] [--cache /tmp/bench-crypto] [--runs 15] [--finals 60]
                                   [--sync-rounds 2] [--sync-documents 10000] [--sync-attachments 500] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "sync"))

# The installations this script makes are unlocked like unattended ones (INSPECTOR_PASSPHRASE); the keyring
# is an in-memory one (bench_sync's device token goes there), so nothing lands in the OS keyring.
BENCH_PASSPHRASE = "mật khẩu đo hiệu năng"
os.environ.setdefault("INSPECTOR_PASSPHRASE", BENCH_PASSPHRASE)

# The case-list queries of the window on bench_actions' data (the four demo raids cloned): the newest page,
# the status and kind filters, goods and subject words of every fourth case, and a two-letter prefix.
QUERIES: dict[str, dict[str, object]] = {
    "list (newest 500)": {"limit": 500},
    "list status=open": {"status": "open", "limit": 500},
    "list kind=nd118.mbb01": {"kind": "nd118.mbb01", "limit": 500},
    "search 'nuoc mam' (folded)": {"search": "nuoc mam", "limit": 500},
    "search 'hoang gia'": {"search": "hoang gia", "limit": 500},
    "search 'th' (as you type)": {"search": "th", "limit": 500},
}


def seeded_installation(cache: Path, n: int, tmp: Path) -> Path:
    """The data dir of an encrypted installation with ``n`` cases, seeded by bench_actions (kept in ``cache``)."""
    from bench_actions import seed, upscale

    data_dir = cache / f"cases-{n}"
    if (data_dir / "inspector.sqlite3").exists():
        return data_dir
    base = 10_000
    if n > base and n % base == 0:
        upscale(seeded_installation(cache, base, tmp), data_dir, n // base)
    else:
        seed(data_dir, n, tmp / f"templates-{n}")
    return data_dir


def clear_twin(data_dir: Path, target: Path) -> tuple[bytes, float]:
    """A clear copy of the installation's database (the store's ``export_database``) with both search indexes
    merged alike (an export re-inserts the FTS5 rows, which leaves the index in other segments); returns the
    database key and the seconds it took."""
    from inspector_app.store.copying import connect_file
    from inspector_app.store.crypto import KeyFile
    from inspector_app.store.encrypt import export_database

    key = KeyFile.load(data_dir).unlock(os.environ["INSPECTOR_PASSPHRASE"]).database
    encrypted = data_dir / "inspector.sqlite3"
    t0 = time.perf_counter()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        export_database(encrypted, target, source_key=key, target_key=None)
        for path, k in ((target, None), (encrypted, key)):
            c = connect_file(path, k)
            c.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
            c.execute("PRAGMA optimize")
            c.close()
    return key, time.perf_counter() - t0


def bench_queries(clear: Path, encrypted: Path, key: bytes, runs: int) -> dict[str, dict[str, float]]:
    """Median ms of each list/search query on both databases, alternated query by query."""
    from inspector_app.store.db import open_database
    from inspector_app.store.repository import Repository

    repos = {"clear": Repository(open_database(clear), clear),
             "encrypted": Repository(open_database(encrypted, key=key), encrypted)}
    out: dict[str, dict[str, float]] = {}
    for label, filters in QUERIES.items():
        times: dict[str, list[float]] = {"clear": [], "encrypted": []}
        for repo in repos.values():
            repo.list_cases(**filters)  # type: ignore[arg-type]  # warm the page cache
        for run in range(runs):
            for name in (("clear", "encrypted") if run % 2 == 0 else ("encrypted", "clear")):
                repo = repos[name]
                t0 = time.perf_counter()
                repo.list_cases(**filters)  # type: ignore[arg-type]
                times[name].append((time.perf_counter() - t0) * 1000)
        c, e = statistics.median(times["clear"]), statistics.median(times["encrypted"])
        out[label] = {"clear_ms": round(c, 2), "encrypted_ms": round(e, 2), "ratio": round(e / c, 3) if c else 0.0}
    for repo in repos.values():
        repo.close()
    return out


def bench_finalize(work: Path, finals: int) -> dict[str, float]:
    """Median ms to finalise a minutes, on a clear and on an encrypted installation, alternated."""
    from types import SimpleNamespace

    from inspector_app.domain.clock import FixedClock
    from inspector_app.services.cases import CaseService, ProfileService
    from inspector_app.services.documents import DocumentService
    from inspector_app.services.keys import KeyService
    from inspector_app.services.rules import RulesService
    from inspector_app.store.db import DB_FILENAME, open_database
    from inspector_app.store.repository import Repository
    from inspector_builders import make_case, make_draft, make_officer, make_unit

    clock = FixedClock(datetime(2026, 3, 10, 9, 0))
    installs = {}
    drafts: dict[str, list[str]] = {"clear": [], "encrypted": []}
    for name in ("clear", "encrypted"):
        d = work / name
        d.mkdir()
        if name == "clear":
            repo = Repository(open_database(d / DB_FILENAME), d / DB_FILENAME)
        else:
            keys = KeyService(d)
            repo = keys.open(keys.create(BENCH_PASSPHRASE)).repo
        profile = ProfileService(repo)
        profile.set_profile(make_unit(), make_officer())
        # What the builders need of the services container (the same builders the tests use).
        # As the app wires it (app.build_services): the rule set checks the document before it is final.
        services = SimpleNamespace(clock=clock, cases=CaseService(repo, clock, profile, d),
                                   documents=DocumentService(repo, clock, profile, RulesService(repo, clock)))
        installs[name] = (repo, services.cases, services.documents)
        for _ in range(finals):
            drafts[name].append(make_draft(services, make_case(services), "tt22.m06").id)  # type: ignore[arg-type]
    times: dict[str, list[float]] = {"clear": [], "encrypted": []}
    for i in range(finals):
        for name in (("clear", "encrypted") if i % 2 == 0 else ("encrypted", "clear")):
            documents = installs[name][2]
            t0 = time.perf_counter()
            documents.finalize(drafts[name][i], "")
            times[name].append((time.perf_counter() - t0) * 1000)
    for repo, _c, _d in installs.values():
        repo.close()
    c, e = statistics.median(times["clear"]), statistics.median(times["encrypted"])
    return {"clear_ms": round(c, 2), "encrypted_ms": round(e, 2), "ratio": round(e / c, 3) if c else 0.0}


def bench_sync(work: Path, rounds: int, documents: int, attachments: int) -> dict[str, object]:
    """Seconds of bench_sync's end-of-day sync from a clear and from an encrypted laptop, ABBA order."""
    from bench_sync import run_once

    times: dict[str, list[float]] = {"clear": [], "encrypted": []}
    order = [m for r in range(rounds) for m in (("clear", "encrypted") if r % 2 == 0 else ("encrypted", "clear"))]
    for i, mode in enumerate(order):
        target = work / f"sync-{i}-{mode}"
        target.mkdir(parents=True)
        result = run_once(f"sqlite:///{target / 'hq.sqlite3'}", target / "laptop", documents, attachments, 500,
                          encrypted=mode == "encrypted")
        times[mode].append(result["seconds"])
        shutil.rmtree(target)  # 100 MB of photos per laptop
    c, e = statistics.median(times["clear"]), statistics.median(times["encrypted"])
    return {"clear_s": round(c, 2), "encrypted_s": round(e, 2), "ratio": round(e / c, 3) if c else 0.0,
            "runs": {k: [round(t, 2) for t in v] for k, v in times.items()}, "documents": documents,
            "attachments": attachments}


def main() -> int:
    """Run the three comparisons and print them (or one JSON object)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=None, help="keep the seeded installations here and reuse them")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--finals", type=int, default=60)
    parser.add_argument("--sync-rounds", type=int, default=2, help="0 leaves the sync out")
    parser.add_argument("--sync-documents", type=int, default=10_000)
    parser.add_argument("--sync-attachments", type=int, default=500)
    parser.add_argument("--parts", default="queries,finalize,sync",
                        help="which comparisons to run (comma-separated: queries, finalize, sync)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    import keyring
    from sync_hq import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    result: dict[str, object] = {"load_average": os.getloadavg(), "cases": args.cases, "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(prefix="bench-crypto-") as tmp:
        work = Path(tmp)
        cache = args.cache or work / "cache"
        if "queries" in parts:
            t0 = time.perf_counter()
            data_dir = seeded_installation(cache, args.cases, work)
            result["seed_s"] = round(time.perf_counter() - t0, 1)
            clear = cache / f"clear-{args.cases}" / "inspector.sqlite3"
            key, seconds = clear_twin(data_dir, clear)
            result["clear_copy_s"] = round(seconds, 1)
            encrypted = data_dir / "inspector.sqlite3"
            result["size_mb"] = {"clear": round(clear.stat().st_size / 2**20, 1),
                                 "encrypted": round(encrypted.stat().st_size / 2**20, 1)}
            result["load_average_before_queries"] = os.getloadavg()
            result["queries"] = bench_queries(clear, encrypted, key, args.runs)
            result["load_average_after_queries"] = os.getloadavg()
        if "finalize" in parts:
            (work / "fin").mkdir()
            result["finalize"] = bench_finalize(work / "fin", args.finals)
            result["load_average_after_finalize"] = os.getloadavg()
        if "sync" in parts and args.sync_rounds:
            result["sync"] = bench_sync(work / "sync", args.sync_rounds, args.sync_documents, args.sync_attachments)
    result["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    for label, row in result.get("queries", {}).items():  # type: ignore[attr-defined]
        print(f"{label:<32} clear {row['clear_ms']:8.2f} ms  encrypted {row['encrypted_ms']:8.2f} ms  "
              f"×{row['ratio']:.2f}")
    if "finalize" in result:
        fin = result["finalize"]
        print(f"{'finalise a BB-KT':<32} clear {fin['clear_ms']:8.2f} ms  encrypted {fin['encrypted_ms']:8.2f} ms  "  # type: ignore[index]
              f"×{fin['ratio']:.2f}")  # type: ignore[index]
    if "sync" in result:
        sync = result["sync"]
        print(f"{'sync (bench_sync)':<32} clear {sync['clear_s']:8.2f} s   encrypted {sync['encrypted_s']:8.2f} s   "  # type: ignore[index]
              f"×{sync['ratio']:.2f}")  # type: ignore[index]
    print(f"load average before {result['load_average']}, after {result['load_average_after']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
