"""Benchmark of the official forms (docs/benchmarks.md, section "Forms").

Median wall time of ``render_document`` for a 1–2 page MBB01 (budget ≤ 30 ms) and a 1,000-row bảng kê
(budget ≤ 1.2 s), after one warm-up render (font loading happens once per process in the app).

    python scripts/bench_forms.py [--runs N] [--json] [--check]

``--check`` exits 1 when a median is over its budget. The documents are the test fixtures of
tests/forms/form_factories.py, so the benchmark and the tests print the same realistic content.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inspector_app.domain.model import Document  # noqa: E402
from inspector_app.forms import render_document  # noqa: E402


def _fixtures() -> object:
    spec = importlib.util.spec_from_file_location("form_factories", ROOT / "tests" / "forms" / "form_factories.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(doc: Document, runs: int) -> dict[str, float | int]:
    """Median, min and max seconds of ``runs`` renders of ``doc`` (after one warm-up)."""
    result = render_document(doc)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_document(doc)
        times.append(time.perf_counter() - t0)
    return {"median_s": statistics.median(times), "min_s": min(times), "max_s": max(times), "runs": runs,
            "pages": result.page_count, "sheets": result.sheets, "bytes": len(result.pdf)}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=0, help="renders per document (default 50 / 7)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 if a median is over budget")
    args = parser.parse_args(argv)
    fx = _fixtures()
    cases: list[tuple[str, Callable[[], Document], float, int]] = [
        ("MBB01, 1–2 pages", fx.make_mbb01_short, 0.030, args.runs or 50),  # type: ignore[attr-defined]
        ("Bảng kê, 1,000 rows", lambda: fx.make_m10(1000, "bench-m10"), 1.2, args.runs or 7),  # type: ignore[attr-defined]
    ]
    report = {"python": platform.python_version(), "machine": platform.machine(), "results": {}}
    over = False
    for name, make, budget, runs in cases:
        r = measure(make(), runs)
        r["budget_s"] = budget
        over |= r["median_s"] > budget
        report["results"][name] = r  # type: ignore[index]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{'document':<22}{'pages':>6}{'median':>11}{'min':>11}{'budget':>10}")
        for name, r in report["results"].items():  # type: ignore[attr-defined]
            print(f"{name:<22}{r['pages']:>6}{r['median_s'] * 1000:>9.1f}ms{r['min_s'] * 1000:>9.1f}ms"
                  f"{r['budget_s'] * 1000:>8.0f}ms")
    return 1 if args.check and over else 0


if __name__ == "__main__":
    raise SystemExit(main())
