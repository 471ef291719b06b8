"""Benchmark: push 10,000 final documents with 500 photos to the real HQ server on loopback, batched vs one
request per record, with SQLite and with PostgreSQL behind the server.

    python scripts/bench_sync.py [--documents 10000] [--attachments 500] [--per-record-sample 1000]
                                 [--backends sqlite,postgres] [--full-per-record]

Measures ``SyncService.sync()`` end to end (outbox bookkeeping, HTTP, gzip, server validation and storage,
marking documents synced, pulling reference data). The one-request-per-record mode is the same service
with ``batch_size=1``; by default it runs on a sample and its rate is extrapolated (``--full-per-record``
runs all of it). The server is a real ``inspector-hq serve`` subprocess; PostgreSQL is a throwaway cluster
started with the machine's initdb/pg_ctl (default durability settings: fsync on).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))  # the sync tests' helpers: real server, keyring, documents

import keyring  # noqa: E402
from sync_factories import NOW, goods_list, local_store, unit  # noqa: E402
from sync_hq import HQServer, MemoryKeyring  # noqa: E402

from inspector_app.domain.clock import FixedClock  # noqa: E402
from inspector_app.services.sync import SyncService  # noqa: E402
from inspector_app.store.repository import Repository  # noqa: E402


def build_laptop(path: Path, documents: int, attachments: int, unit_code: str) -> Repository:
    """A local database with ``documents`` final bảng kê (3 goods rows each) of unit ``unit_code``,
    ``attachments`` of them with a ~200 KB photo."""
    path.mkdir(parents=True)
    store = local_store(path)
    every = max(1, documents // attachments) if attachments else 0
    with store.repo.write():  # one transaction for the whole set-up (not timed)
        for n in range(documents):
            doc = goods_list(n, rows=3)
            doc.unit = unit(unit_code)
            blobs = [os.urandom(200_000)] if every and n % every == 0 and n // every < attachments else []
            store.add_final(doc, f"{n + 1}/BK", blobs)
    return store.repo


class Postgres:
    """A throwaway PostgreSQL cluster (run as the postgres user when we are root)."""

    def __init__(self) -> None:
        self.initdb = shutil.which("initdb") or "/usr/lib/postgresql/15/bin/initdb"
        self.pg_ctl = shutil.which("pg_ctl") or "/usr/lib/postgresql/15/bin/pg_ctl"
        self.dir = Path(tempfile.mkdtemp(prefix="bench-pg-"))
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            pw = pwd.getpwnam("postgres")
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
            self.prefix = ["runuser", "-u", "postgres", "--"]
        os.chmod(self.dir, 0o755)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        subprocess.run([*self.prefix, self.initdb, "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres",
                        "-E", "UTF8"], check=True, capture_output=True)
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.dir / "data"), "-l", str(self.dir / "log"), "-o",
                        f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1", "-w", "start"],
                       check=True, capture_output=True)
        self.n = 0

    def new_database(self) -> str:
        """A fresh database URL."""
        import psycopg

        self.n += 1
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f"CREATE DATABASE bench{self.n}")
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/bench{self.n}"

    def stop(self) -> None:
        """Stop and delete the cluster."""
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.dir / "data"), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def run_once(db_url: str, work: Path, documents: int, attachments: int, batch_size: int) -> dict[str, float]:
    """Build a laptop, start a server on a fresh database, time one full sync."""
    server = HQServer(db_url, work)
    account = server.new_account("BENCH")
    server.engine.dispose()
    repo = build_laptop(work, documents, attachments, account.unit_code)
    server.start()
    try:
        sync = SyncService(repo, work, FixedClock(NOW), batch_size=batch_size)
        sync.login(server.url, account.username, account.password)
        started = time.perf_counter()
        report = sync.sync()
        elapsed = time.perf_counter() - started
    finally:
        server.stop()
        server.engine.dispose()
        repo.close()
    if not report.complete or report.accepted != documents or report.attachments_uploaded != attachments:
        raise RuntimeError(f"sync incomplete: {report}")
    return {"seconds": elapsed, "documents": documents, "attachments": attachments}


def main() -> int:
    """Run the benchmark and print a Markdown table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=10_000)
    ap.add_argument("--attachments", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--per-record-sample", type=int, default=1000)
    ap.add_argument("--full-per-record", action="store_true")
    ap.add_argument("--backends", default="sqlite,postgres")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    keyring.set_keyring(MemoryKeyring())
    results = []
    pg = Postgres() if "postgres" in args.backends else None
    try:
        with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
            root = Path(tmp)
            for backend in args.backends.split(","):
                def url(name: str, backend: str = backend) -> str:
                    return f"sqlite:///{root / (backend + name)}.sqlite3" if backend == "sqlite" else pg.new_database()  # type: ignore[union-attr]

                batched = run_once(url("-batched"), root / f"{backend}-batched", args.documents, args.attachments,
                                   args.batch_size)
                n = args.documents if args.full_per_record else min(args.per_record_sample, args.documents)
                att = round(args.attachments * n / args.documents)
                single = run_once(url("-single"), root / f"{backend}-single", n, att, 1)
                single_total = single["seconds"] * args.documents / n
                results.append({"backend": backend, "batched_s": round(batched["seconds"], 2),
                                "per_record_s": round(single_total, 1), "per_record_measured_on": n,
                                "speedup": round(single_total / batched["seconds"], 1),
                                "docs_per_s": round(args.documents / batched["seconds"])})
                print(f"{backend}: batched {batched['seconds']:.2f} s; one request per record "
                      f"{single['seconds']:.2f} s for {n} → {single_total:.1f} s for {args.documents}", file=sys.stderr)
    finally:
        if pg:
            pg.stop()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"{args.documents} documents, {args.attachments} attachments (200 KB each), batch size {args.batch_size}\n")
    print("| database | batched | one request per record | speed-up | documents/s (batched) |")
    print("|---|---|---|---|---|")
    for r in results:
        extrapolated = "" if r["per_record_measured_on"] == args.documents else \
            f" (measured on {r['per_record_measured_on']}, scaled)"
        print(f"| {r['backend']} | {r['batched_s']} s | {r['per_record_s']} s{extrapolated} | {r['speedup']}× | {r['docs_per_s']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
