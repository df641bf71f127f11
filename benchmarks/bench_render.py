"""Render time and size of a 転入 bundle for a family of four (guide sheet + forms).

The visit is ``forms/scenarios/tennyu_family4.json`` planned by the real engine. Prints:

* warm render: ``render_bundle`` in a process that has rendered before (catalog loaded,
  fonts parsed), median of ``--runs`` (aim, issue 16: 0.08 s);
* first render after ``printing.warmup.warm_up``, as a ratio to a warm one, in a fresh
  process (the kiosk warms up after its first frame; aim: at most 1.5×); and the same
  first render without the warm-up, for comparison;
* cold whole process: ``kiosk forms render`` of the sample (interpreter, imports, catalog,
  fonts, one bundle), and the benchmark's own one-render subprocess, medians;
* the bundle's size.

``--vs-libreoffice`` also builds a workbook of as many A4 sheets as the bundle has pages
(bordered cells in a Mincho face, each sheet fitted to one page; ``lo_workbook.py``) and
converts it with ``soffice --headless --convert-to pdf``, interleaved with the kiosk's
whole-process renders, and prints both medians and their ratio (aim: at most 0.2×).
LibreOffice keeps one warm profile for the whole run, as on a desktop that has used it
before. Without ``soffice`` on the PATH the comparison is skipped with a note.

    .venv/bin/python benchmarks/bench_render.py [--runs N] [--json] [--vs-libreoffice [--lo-runs N]]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
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
KIOSK = Path(sys.executable).with_name("kiosk")

ONE_RENDER = f"""
import sys, time
t0 = time.perf_counter()
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_render import render_once
render_once()
print(time.perf_counter() - t0)
"""

FIRST_RENDER = f"""
import json, sys, time
sys.path.insert(0, {str(ROOT / "benchmarks")!r})
from bench_render import load_visit, render_once
visit = load_visit()
warm = sys.argv[1] == "warm"
if warm:
    from printing.warmup import warm_up
    warm_up()
t0 = time.perf_counter()
render_once(visit)
first = time.perf_counter() - t0
times = []
for _ in range(int(sys.argv[2])):
    t0 = time.perf_counter()
    render_once(visit)
    times.append(time.perf_counter() - t0)
print(json.dumps({{"first": first, "warm": times}}))
"""


def load_visit() -> tuple[Any, Any, Any, Any]:
    """The sample 転入 family of four, the engine's plan for it and the catalog (loaded once,
    as the kiosk does)."""
    from forms.catalog import load_catalog
    from kiosk.navigation.engine import Navigator
    from kiosk.navigation.scenario import Scenario
    from printing.context import VisitInfo

    catalog = load_catalog(None)
    scenario = Scenario.from_json(json.loads(SCENARIO.read_text(encoding="utf-8")))
    plan = Navigator(catalog).plan(scenario)
    return scenario, plan, VisitInfo("bench0001", "A-001", date(2026, 4, 6)), catalog


def render_once(visit: tuple[Any, Any, Any, Any] | None = None) -> Any:
    from printing.bundle import render_bundle

    scenario, plan, info, catalog = visit or load_visit()
    with tempfile.TemporaryDirectory() as tmp:
        return render_bundle(scenario, plan, info, Path(tmp), MY_NUMBERS, catalog=catalog)


def _timed(command: list[str]) -> tuple[float, str]:
    # Bytecode is written and used, as in an installed kiosk (pip compiles it at install):
    # without it, a fresh process compiles some 90 of our modules from source every time.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT,
                          env=env)
    return time.perf_counter() - started, done.stdout


def kiosk_process(out: Path) -> float:
    """``kiosk forms render`` of the sample, as a whole process."""
    return _timed([str(KIOSK), "forms", "render", "--scenario", str(SCENARIO),
                   "--out", str(out), "--ticket", "A-001"])[0]


def script_process() -> float:
    """The benchmark's own cold one-render subprocess, as a whole process."""
    return _timed([sys.executable, "-c", ONE_RENDER])[0]


def first_render(warm: bool, runs: int) -> tuple[float, float]:
    """(first render, median warm render) in a fresh process, with or without warm_up."""
    _, out = _timed([sys.executable, "-c", FIRST_RENDER, "warm" if warm else "cold",
                     str(runs)])
    data = json.loads(out)
    return data["first"], statistics.median(data["warm"])


def vs_libreoffice(pages: int, runs: int, work: Path) -> dict[str, Any]:
    """Interleaved whole-process runs: kiosk, the one-render script, LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {"skipped": "LibreOffice (soffice) is not installed"}
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from lo_workbook import MINCHO_FACES, write_workbook

    book, face = write_workbook(work / "bundle.xlsx", pages)
    profile = (work / "lo-profile").as_uri()
    out = work / "lo-out"

    def libreoffice() -> float:
        return _timed([soffice, f"-env:UserInstallation={profile}", "--headless",
                       "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                       str(book)])[0]

    libreoffice()  # create and warm LibreOffice's profile once, as on a used desktop
    lo_pages = _pdf_pages(out / "bundle.pdf")
    kiosk_process(work / "kiosk-out")  # and the OS file cache for the kiosk's files
    kiosk_times: list[float] = []
    script_times: list[float] = []
    lo_times: list[float] = []
    for run in range(runs):
        order = [libreoffice, None] if run % 2 else [None, libreoffice]
        for step in order:
            if step is None:
                kiosk_times.append(kiosk_process(work / "kiosk-out"))
                script_times.append(script_process())
            else:
                lo_times.append(step())
    lo = statistics.median(lo_times)
    return {
        "face": face if face in MINCHO_FACES else f"{face} (no Mincho face found)",
        "libreoffice_pages": lo_pages,
        "libreoffice_s": round(lo, 3),
        "kiosk_process_s": round(statistics.median(kiosk_times), 3),
        "script_process_s": round(statistics.median(script_times), 3),
        "kiosk_ratio": round(statistics.median(kiosk_times) / lo, 3),
        "script_ratio": round(statistics.median(script_times) / lo, 3),
        "runs": runs,
    }


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="warm renders (default 10)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--vs-libreoffice", action="store_true",
                        help="compare with soffice --convert-to pdf (interleaved)")
    parser.add_argument("--lo-runs", type=int, default=5,
                        help="interleaved whole-process runs each (default 5)")
    args = parser.parse_args()

    visit = load_visit()
    summary = render_once(visit)
    times = []
    cpu0 = time.process_time()
    for _ in range(args.runs):
        t0 = time.perf_counter()
        summary = render_once(visit)
        times.append(time.perf_counter() - t0)
    cpu = (time.process_time() - cpu0) / args.runs
    warm = statistics.median(times)
    after_warm_up, warm_there = first_render(True, 5)
    no_warm_up, _ = first_render(False, 1)
    with tempfile.TemporaryDirectory(prefix="bench-render-") as tmp:
        cold = [kiosk_process(Path(tmp)) for _ in range(3)]
        cold_script = [script_process() for _ in range(3)]
        lo = vs_libreoffice(summary.pages, args.lo_runs, Path(tmp)) if args.vs_libreoffice \
            else None
    result: dict[str, Any] = {
        "forms": len(summary.forms),
        "pages": summary.pages,
        "warm_median_s": round(warm, 4),
        "warm_max_s": round(max(times), 4),
        "warm_cpu_s": round(cpu, 4),
        "first_after_warm_up_s": round(after_warm_up, 4),
        "first_after_warm_up_ratio": round(after_warm_up / warm_there, 2),
        "first_without_warm_up_s": round(no_warm_up, 4),
        "cold_kiosk_process_s": round(statistics.median(cold), 3),
        "cold_script_process_s": round(statistics.median(cold_script), 3),
        "bundle_bytes": summary.size,
    }
    if lo is not None:
        result["libreoffice"] = lo
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"転入 bundle, family of four: {result['forms']} forms, {result['pages']} pages, "
          f"{result['bundle_bytes'] / 1024:.0f} KB (aim < 600 KB)")
    print(f"  warm render     : {warm:.3f} s median (max {max(times):.3f} s, {args.runs} runs; "
          f"CPU {cpu:.3f} s each; aim ≤ 0.08 s)")
    print(f"  first render    : {after_warm_up:.3f} s after warm_up() in a fresh process = "
          f"{result['first_after_warm_up_ratio']:.2f}× a warm one there (aim ≤ 1.5×); "
          f"{no_warm_up:.3f} s without it")
    print(f"  cold process    : `kiosk forms render` {result['cold_kiosk_process_s']:.3f} s, "
          f"one-render script {result['cold_script_process_s']:.3f} s (medians of 3)")
    if lo is not None and "skipped" in lo:
        print(f"  vs LibreOffice  : skipped: {lo['skipped']}")
    elif lo is not None:
        print(f"  vs LibreOffice  : soffice --convert-to pdf of {lo['libreoffice_pages']} A4 "
              f"sheets ({lo['face']}) {lo['libreoffice_s']:.3f} s; kiosk forms render "
              f"{lo['kiosk_process_s']:.3f} s = {lo['kiosk_ratio']:.2f}×, one-render script "
              f"{lo['script_process_s']:.3f} s = {lo['script_ratio']:.2f}× "
              f"(medians of {lo['runs']} interleaved runs; aim ≤ 0.2×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
