"""Encryption at rest against the clear database, side by side in one run (docs/benchmarks.md, "Encryption").

1. List and search with N cases (default 100,000, ten goods rows each): the clear database is seeded once
   (``bench_ui.seed``), the encrypted one is an exact SQLCipher copy of it (``sqlcipher_export``), and the
   same queries of the case list run on both, alternated, through the repository the app uses.
2. Finalisation: the same drafts finalised on a clear and on an encrypted installation (numbering, canonical
   JSON, triggers, audit chain, outbox; ``synchronous=FULL``), alternated.

Budget (issue 14): each at most 10 % slower encrypted than clear.

    python scripts/bench_crypto.py [--cases 100000] [--runs 7] [--finals 60] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
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

QUERIES: dict[str, dict[str, object]] = {
    "list (newest 500)": {"limit": 500},
    "list status=open": {"status": "open", "limit": 500},
    "list kind=nd118.mbb01": {"kind": "nd118.mbb01", "limit": 500},
    "search 'thuoc la' (folded)": {"search": "thuoc la", "limit": 500},
    "search 'dong ho bien hoa'": {"search": "dong ho bien hoa", "limit": 500},
}


def encrypted_copy(clear: Path, target: Path, key: bytes) -> float:
    """An exact encrypted copy of the clear database (the store's own conversion step); returns the seconds."""
    from inspector_app.store.copying import connect_file
    from inspector_app.store.encrypt import export_encrypted

    t0 = time.perf_counter()
    export_encrypted(clear, target, key)
    # The export re-inserts the search rows through FTS5, which leaves the index in many segments; merge
    # both indexes so the two files hold the same data in the same shape.
    for path, k in ((clear, None), (target, key)):
        c = connect_file(path, k)
        c.execute("INSERT INTO case_search(case_search) VALUES ('optimize')")
        c.execute("PRAGMA optimize")
        c.close()
    return time.perf_counter() - t0


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
        for _ in range(runs):
            for name, repo in repos.items():
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
            repo = keys.open(keys.create("mật khẩu đo hiệu năng")).repo
        profile = ProfileService(repo)
        profile.set_profile(make_unit(), make_officer())
        # What the builders need of the services container (the same builders the tests use).
        services = SimpleNamespace(clock=clock, cases=CaseService(repo, clock, profile, d),
                                   documents=DocumentService(repo, clock, profile))
        installs[name] = (repo, services.cases, services.documents)
        for _ in range(finals):
            drafts[name].append(make_draft(services, make_case(services), "tt22.m06").id)  # type: ignore[arg-type]
    times: dict[str, list[float]] = {"clear": [], "encrypted": []}
    for i in range(finals):
        for name, (_repo, _cases, documents) in installs.items():
            t0 = time.perf_counter()
            documents.finalize(drafts[name][i], "")
            times[name].append((time.perf_counter() - t0) * 1000)
    for repo, _c, _d in installs.values():
        repo.close()
    c, e = statistics.median(times["clear"]), statistics.median(times["encrypted"])
    return {"clear_ms": round(c, 2), "encrypted_ms": round(e, 2), "ratio": round(e / c, 3) if c else 0.0}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--goods", type=int, default=10, help="goods rows per case")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--finals", type=int, default=60)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from bench_ui import seed

    result: dict[str, object] = {"load_average": os.getloadavg(), "cases": args.cases, "goods_per_case": args.goods}
    with tempfile.TemporaryDirectory(prefix="bench-crypto-") as tmp:
        work = Path(tmp)
        (work / "clear").mkdir()
        clear = work / "clear" / "inspector.sqlite3"
        seconds, _probe = seed(clear, args.cases, args.goods)
        result["seed_s"] = round(seconds, 1)
        key = os.urandom(32)
        (work / "enc").mkdir()
        encrypted = work / "enc" / "inspector.sqlite3"
        result["encrypt_copy_s"] = round(encrypted_copy(clear, encrypted, key), 1)
        result["size_mb"] = {"clear": round(clear.stat().st_size / 2**20, 1),
                             "encrypted": round(encrypted.stat().st_size / 2**20, 1)}
        result["queries"] = bench_queries(clear, encrypted, key, args.runs)
        (work / "fin").mkdir()
        result["finalize"] = bench_finalize(work / "fin", args.finals)
    result["load_average_after"] = os.getloadavg()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for label, row in result["queries"].items():  # type: ignore[union-attr]
            print(f"{label:<32} clear {row['clear_ms']:8.2f} ms  encrypted {row['encrypted_ms']:8.2f} ms  "
                  f"×{row['ratio']:.2f}")
        fin = result["finalize"]
        print(f"{'finalise a BB-KT':<32} clear {fin['clear_ms']:8.2f} ms  encrypted {fin['encrypted_ms']:8.2f} ms  "  # type: ignore[index]
              f"×{fin['ratio']:.2f}")  # type: ignore[index]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
