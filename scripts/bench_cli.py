"""Whole-process time of `inspector` commands beside a bare ReportLab process (issue 16, docs/benchmarks.md
"The command line").

Each command runs in a fresh interpreter, the way an officer or a script runs it, interleaved with its
reference in every round so that load drifts hit both alike:

- reference: a bare ReportLab process that draws one line and saves a PDF;
- ``inspector render ID`` (one MBB01 of the demo), ``inspector list --json``, ``inspector show ID --json``,
  with the data key in the keyring as on an officer's laptop (``bench_keyring.FileKeyring``);
- ``inspector render ID`` with the passphrase only (no keyring: the key is derived with Argon2id each time).

Usage: python scripts/bench_cli.py [--runs 9] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = ("from reportlab.pdfgen import canvas; c = canvas.Canvas(r'{out}'); "
        "c.drawString(72, 72, 'Biên bản'); c.save()")


def timed(argv: list[str], env: dict[str, str]) -> float:
    """Wall time of one process (seconds); it must succeed."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=600)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{argv} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed


def main() -> None:
    """Seed a demo installation, then time the commands and the reference in alternation."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-cli-"))
    data = work / "data"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as installed: .pyc kept
    env.update({"INSPECTOR_PASSPHRASE": "mật khẩu đo hiệu năng", "PYTHON_KEYRING_BACKEND": "bench_keyring.FileKeyring",
                "BENCH_KEYRING_FILE": str(work / "keyring.json"),
                "PYTHONPATH": os.pathsep.join([str(ROOT / "scripts"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)})
    inspector = [sys.executable, "-m", "inspector_app", "--data-dir", str(data)]
    timed([*inspector, "demo"], env)  # creates the key, keeps it in the bench keyring
    listing = subprocess.run([*inspector, "list", "--json", "--kind", "nd118.mbb01"], env=env, capture_output=True,
                             text=True, check=True).stdout
    doc_id = next(d["id"] for d in json.loads(listing) if d["status"] != "draft")
    no_keyring = {**env, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    cases = {
        "bare ReportLab process (reference)": ([sys.executable, "-c", BARE.format(out=work / "bare.pdf")], env),
        "inspector render ID (key in keyring)": ([*inspector, "render", doc_id, "-o", str(work / "a.pdf")], env),
        "inspector list --json": ([*inspector, "list", "--json"], env),
        "inspector show ID --json": ([*inspector, "show", doc_id, "--json"], env),
        "inspector render ID (passphrase, no keyring)": ([*inspector, "render", doc_id, "-o", str(work / "b.pdf")],
                                                         no_keyring),
    }
    for argv, e in cases.values():  # warm-up: writes the .pyc files, fills the page cache
        timed(argv, e)
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (argv, e) in cases.items():
            times[name].append(timed(argv, e))
    bare = statistics.median(times["bare ReportLab process (reference)"])
    result = {
        "runs": args.runs, "load_average": os.getloadavg(),
        "median_s": {name: round(statistics.median(t), 4) for name, t in times.items()},
        "ratio_to_bare": {name: round(statistics.median(t) / bare, 2) for name, t in times.items()},
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for name in cases:
            print(f"{name:<48} {result['median_s'][name] * 1000:8.0f} ms  {result['ratio_to_bare'][name]:5.2f}×")
        print(f"load average: {result['load_average']}")


if __name__ == "__main__":
    main()
