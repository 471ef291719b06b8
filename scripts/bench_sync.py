"""Benchmark: push 10,000 final documents with 500 photos to the real HQ server on loopback, batched vs one
request per record, with SQLite and with PostgreSQL behind the server; and many laptops at the same moment.

    python scripts/bench_sync.py [--documents 10000] [--attachments 500] [--per-record-sample 1000]
                                 [--backends sqlite,postgres] [--full-per-record]
    python scripts/bench_sync.py --laptops 1,8,32 --workers 2 [--laptop-documents 500]
                                 [--laptop-attachments 10] [--json]

``--laptops``: N laptop processes (each its own officer and unit, its own local database) log in, wait at a
common start line, then sync at the same moment against ``inspector-hq serve --workers W`` on a fresh
PostgreSQL database. Reported per N: documents/s at the server (every document of every laptop over the
time from the start line to the last laptop's end), each laptop's sync time (p50, p95), the server's
memory (every process of it: supervisor and workers; peak of the summed RSS and PSS, sampled every 0.2 s,
during the logins and during the sync) and the load average before and after. The laptops run on the same
machine as the server and PostgreSQL, so their own work (outbox, gzip, marking documents synced) competes
for the same cores; printed-PDF copies are not sent (``copies_per_sync=0``): documents are measured.

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
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))  # the sync tests' helpers: real server, keyring, documents

import keyring  # noqa: E402
from sync_factories import NOW, goods_list, local_store, unit  # noqa: E402
from sync_hq import HQServer, MemoryKeyring  # noqa: E402

from inspector_app.domain.clock import FixedClock  # noqa: E402
from inspector_app.services.sync import SyncService  # noqa: E402
from inspector_app.store.repository import Repository  # noqa: E402


def build_laptop(path: Path, documents: int, attachments: int, unit_code: str, encrypted: bool = False) -> Repository:
    """A local database with ``documents`` final bảng kê (3 goods rows each) of unit ``unit_code``,
    ``attachments`` of them with a ~200 KB photo; ``encrypted``: an installation with its key file
    (SQLCipher database, sealed photos) unlocked with ``INSPECTOR_PASSPHRASE``, else clear."""
    path.mkdir(parents=True)
    if encrypted:
        from inspector_app.store.crypto import KeyFile

        KeyFile.create(path, os.environ["INSPECTOR_PASSPHRASE"])
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

    def postmaster_pid(self) -> int:
        """The cluster's main process (its backends are its children)."""
        return int((self.dir / "data" / "postmaster.pid").read_text().split()[0])

    def stop(self) -> None:
        """Stop and delete the cluster."""
        subprocess.run([*self.prefix, self.pg_ctl, "-D", str(self.dir / "data"), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(self.dir, ignore_errors=True)


def run_once(db_url: str, work: Path, documents: int, attachments: int, batch_size: int,
             encrypted: bool = False) -> dict[str, float]:
    """Build a laptop (clear, or ``encrypted``), start a server on a fresh database, time one full sync."""
    server = HQServer(db_url, work)
    account = server.new_account("BENCH")
    server.engine.dispose()
    repo = build_laptop(work, documents, attachments, account.unit_code, encrypted)
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


# -- many laptops at once --------------------------------------------------------------------------------


def fleet_unit(n: int) -> str:
    """The unit (and officer) code of laptop ``n``: the same in every run, so laptops built once serve all."""
    return f"BENCH-{n:02d}"


def build_fleet(root: Path, count: int, documents: int, attachments: int) -> list[Path]:
    """``count`` laptop data dirs, laptop n holding ``documents`` final bảng kê of unit ``fleet_unit(n)``
    (``attachments`` of them with a ~200 KB photo); built once, copied fresh for each run."""
    dirs = []
    for n in range(count):
        path = root / f"laptop-{n:02d}"
        build_laptop(path, documents, attachments, fleet_unit(n)).close()
        dirs.append(path)
    return dirs


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            todo += [int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            pass
    return pids


def tree_cpu_s(pid: int) -> float:
    """User + system CPU seconds used so far by ``pid`` and its living descendants."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / tick


def tree_memory_kb(pid: int) -> tuple[int, int]:
    """``(RSS, PSS)`` in KiB summed over ``pid`` and its descendants (PSS counts shared pages once)."""
    rss = pss = 0
    for p in _tree(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            pass  # a process that ended between the listing and the read
    return rss, pss


class MemorySampler:
    """Peak summed RSS/PSS of a process tree, sampled every 0.2 s in a thread; ``mark()`` starts a new phase."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peaks: dict[str, list[int]] = {}
        self.phase = "start"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def mark(self, phase: str) -> None:
        """Samples from now on count towards ``phase``."""
        self.phase = phase

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            rss, pss = tree_memory_kb(self.pid)
            peak = self.peaks.setdefault(self.phase, [0, 0])
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)

    def stop(self) -> dict[str, list[int]]:
        """Stop sampling; ``{phase: [peak RSS KiB, peak PSS KiB]}``."""
        self._stop.set()
        self._thread.join()
        return self.peaks


def _laptop(url: str, username: str, password: str, data_dir: str, start: Any, out: Any) -> None:
    """One laptop process: log in, wait for the common start, sync, report its times."""
    keyring.set_keyring(MemoryKeyring())
    from sync_factories import local_store

    store = local_store(Path(data_dir))
    sync = SyncService(store.repo, Path(data_dir), FixedClock(NOW), batch_size=500, copies_per_sync=0)
    try:
        sync.login(url, username, password)
        start.wait()
        began, cpu = time.time(), os.times()
        report = sync.sync()
        ended, used = time.time(), os.times()
        out.put({"username": username, "began": began, "ended": ended, "accepted": report.accepted,
                 "uploaded": report.attachments_uploaded, "complete": report.complete,
                 "cpu_s": used.user - cpu.user + used.system - cpu.system})
    except BaseException as exc:  # reported to the parent, which fails the run
        out.put({"username": username, "error": repr(exc)})
        start.abort()


def run_fleet(db_url: str, work: Path, fleet: list[Path], laptops: int, workers: int, documents: int,
              attachments: int, postmaster: int) -> dict[str, Any]:
    """Start a server with ``workers`` workers on a fresh database, sync ``laptops`` laptops at once."""
    import multiprocessing

    from sync.server import accounts
    from sync.server.deps import utcnow

    work.mkdir(parents=True)
    server = HQServer(db_url, work, ("--workers", str(workers)) if workers > 1 else ())
    with server.engine.begin() as conn:
        for n in range(laptops):
            accounts.add_unit(conn, fleet_unit(n), f"Đội QLTT {fleet_unit(n)}", utcnow())
            accounts.add_officer(conn, fleet_unit(n).lower(), fleet_unit(n), "Cán bộ thử", "mật-khẩu-đủ-dài",
                                 utcnow())
    server.engine.dispose()
    copies = []
    for n in range(laptops):  # a fresh, unsynced copy of each laptop
        copies.append(work / f"laptop-{n:02d}")
        shutil.copytree(fleet[n], copies[-1])
    ctx = multiprocessing.get_context("fork")
    start, out = ctx.Barrier(laptops + 1), ctx.Queue()
    load_before = os.getloadavg()
    server.start()
    assert server.proc is not None
    procs = [ctx.Process(target=_laptop, args=(server.url, fleet_unit(n).lower(), "mật-khẩu-đủ-dài",
                                               str(copies[n]), start, out)) for n in range(laptops)]
    try:
        for proc in procs:
            proc.start()
        memory = MemorySampler(server.proc.pid)
        memory.mark("login")
        start.wait(timeout=600)  # every laptop logged in
        memory.mark("sync")
        began = time.time()
        server_cpu, pg_cpu = tree_cpu_s(server.proc.pid), tree_cpu_s(postmaster)
        results = [out.get(timeout=1800) for _ in range(laptops)]
        server_cpu, pg_cpu = tree_cpu_s(server.proc.pid) - server_cpu, tree_cpu_s(postmaster) - pg_cpu
        peaks = memory.stop()
        for proc in procs:
            proc.join(timeout=60)
    finally:
        server.stop()
        server.engine.dispose()
    load_after = os.getloadavg()
    failed = [r for r in results if "error" in r or not r["complete"] or r["accepted"] != documents
              or r["uploaded"] != attachments]
    if failed:
        raise RuntimeError(f"laptops failed: {failed[:3]}")
    durations = sorted(r["ended"] - r["began"] for r in results)
    wall = max(r["ended"] for r in results) - began

    def pct(q: float) -> float:
        return durations[min(len(durations) - 1, round(q * (len(durations) - 1)))]

    total = documents * laptops
    per_doc = {"server": server_cpu, "postgresql": pg_cpu, "laptops": sum(r["cpu_s"] for r in results)}
    return {"laptops": laptops, "workers": workers, "documents": documents * laptops,
            "attachments": attachments * laptops, "wall_s": round(wall, 2),
            "docs_per_s": round(documents * laptops / wall),
            "laptop_p50_s": round(pct(0.5), 2), "laptop_p95_s": round(pct(0.95), 2),
            "server_rss_mb_login": round(peaks.get("login", [0, 0])[0] / 1024),
            "server_rss_mb_sync": round(peaks.get("sync", [0, 0])[0] / 1024),
            "server_pss_mb_sync": round(peaks.get("sync", [0, 0])[1] / 1024),
            # CPU per document, which the other work on a shared machine does not change much: what the
            # server alone would sustain on both cores is 2000 / (server + postgresql) documents/s.
            **{f"cpu_ms_per_doc_{k}": round(v * 1000 / total, 3) for k, v in per_doc.items()},
            "docs_per_s_if_2_cores_for_server_and_db": round(2 * total / (server_cpu + pg_cpu)),
            "load_before": [round(x, 2) for x in load_before], "load_after": [round(x, 2) for x in load_after]}


def fleet_main(args: argparse.Namespace) -> int:
    """``--laptops``: many laptops at the same moment against PostgreSQL."""
    counts = [int(n) for n in args.laptops.split(",")]
    workers_list = [int(w) for w in args.workers.split(",")]
    results = []
    pg = Postgres()
    try:
        with tempfile.TemporaryDirectory(prefix="bench-fleet-") as tmp:
            root = Path(tmp)
            built = time.perf_counter()
            fleet = build_fleet(root / "fleet", max(counts), args.laptop_documents, args.laptop_attachments)
            print(f"built {max(counts)} laptops in {time.perf_counter() - built:.0f} s", file=sys.stderr)
            for workers in workers_list:
                for n in counts:
                    r = run_fleet(pg.new_database(), root / f"run-{workers}-{n}", fleet, n, workers,
                                  args.laptop_documents, args.laptop_attachments, pg.postmaster_pid())
                    results.append(r)
                    print(json.dumps(r), file=sys.stderr)
    finally:
        pg.stop()
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    print(f"each laptop: {args.laptop_documents} documents, {args.laptop_attachments} with a 200 KB photo; "
          "PostgreSQL\n")
    print("| workers | laptops | documents | documents/s at the server | laptop p50 | laptop p95 | server memory "
          "(RSS, sync / logins) | PSS (sync) | CPU ms/document: server, PostgreSQL, laptops | "
          "documents/s with both cores for server + database | load average before → after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['workers']} | {r['laptops']} | {r['documents']} | {r['docs_per_s']} | {r['laptop_p50_s']} s | "
              f"{r['laptop_p95_s']} s | {r['server_rss_mb_sync']} / {r['server_rss_mb_login']} MB | "
              f"{r['server_pss_mb_sync']} MB | {r['cpu_ms_per_doc_server']}, {r['cpu_ms_per_doc_postgresql']}, "
              f"{r['cpu_ms_per_doc_laptops']} | {r['docs_per_s_if_2_cores_for_server_and_db']} | "
              f"{' '.join(map(str, r['load_before']))} → {' '.join(map(str, r['load_after']))} |")
    return 0


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
    ap.add_argument("--laptops", default="", help="e.g. 1,8,32: that many laptops syncing at the same moment")
    ap.add_argument("--workers", default="2", help="server worker processes (a list runs each)")
    ap.add_argument("--laptop-documents", type=int, default=500)
    ap.add_argument("--laptop-attachments", type=int, default=10)
    args = ap.parse_args()
    keyring.set_keyring(MemoryKeyring())
    if args.laptops:
        return fleet_main(args)
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
