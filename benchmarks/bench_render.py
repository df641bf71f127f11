"""Render time and size of a 転入 bundle for a family of four (guide sheet + forms).

The visit is ``forms/scenarios/tennyu_family4.json`` planned by the real engine. Prints the
warm render time (fonts already parsed in this process; median of several
runs), the cold time (a fresh Python process: imports, font parsing and one render), and
the bundle's size. Aims (issue #5): warm < 0.3 s, bundle < 600 KB.

    .venv/bin/python benchmarks/bench_render.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = ROOT / "forms" / "scenarios" / "tennyu_family4.json"
MY_NUMBERS = {"self": "123456789018", "spouse": "983205673214"}

ONE_RENDER = f"""
import sys, time, tempfile
t0 = time.perf_counter()
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_render import render_once
render_once()
print(time.perf_counter() - t0)
"""


def load_visit() -> tuple[Any, Any, Any]:
    """The sample 転入 family of four and the engine's plan for it (as the kiosk does)."""
    from forms.catalog import load_catalog
    from kiosk.navigation.engine import Navigator
    from kiosk.navigation.scenario import Scenario
    from printing.context import VisitInfo

    scenario = Scenario.from_json(json.loads(SCENARIO.read_text(encoding="utf-8")))
    plan = Navigator(load_catalog(None)).plan(scenario)
    return scenario, plan, VisitInfo("bench0001", "A-001", date(2026, 4, 6))


def render_once(visit: tuple[Any, Any, Any] | None = None) -> Any:
    from forms.catalog import load_catalog
    from printing.bundle import render_bundle

    scenario, plan, info = visit or load_visit()
    with tempfile.TemporaryDirectory() as tmp:
        return render_bundle(scenario, plan, info, Path(tmp), MY_NUMBERS, catalog=load_catalog(None))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    cold = subprocess.run([sys.executable, "-c", ONE_RENDER], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    cold_inside = float(cold.stdout.strip())
    cold_process = time.perf_counter() - started

    visit = load_visit()
    summary = render_once(visit)
    times = []
    cpu0 = time.process_time()
    for _ in range(args.runs):
        t0 = time.perf_counter()
        summary = render_once(visit)
        times.append(time.perf_counter() - t0)
    cpu = (time.process_time() - cpu0) / args.runs
    result = {
        "forms": len(summary.forms),
        "pages": summary.pages,
        "warm_median_s": round(statistics.median(times), 4),
        "warm_max_s": round(max(times), 4),
        "warm_cpu_s": round(cpu, 4),
        "cold_render_s": round(cold_inside, 4),
        "cold_process_s": round(cold_process, 4),
        "bundle_bytes": summary.size,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"転入 bundle, family of four: {result['forms']} forms, {result['pages']} pages")
        print(f"  warm render : {result['warm_median_s']:.3f} s median "
              f"(max {result['warm_max_s']:.3f} s, {args.runs} runs; aim < 0.3 s)")
        print(f"  warm CPU    : {result['warm_cpu_s']:.3f} s per render "
              "(unaffected by other processes on a busy machine)")
        print(f"  cold render : {result['cold_render_s']:.3f} s in a fresh process "
              f"(imports + fonts + render; whole process {result['cold_process_s']:.3f} s)")
        print(f"  bundle size : {result['bundle_bytes'] / 1024:.0f} KB (aim < 600 KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
