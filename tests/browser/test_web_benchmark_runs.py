"""The load benchmark, run small (5 users for 2 s) so CI sees it still works and prints figures.

The figures themselves (p95, requests/s) are the machine's; the aims are checked by a person
reading the full run (``benchmarks/bench_web.py``), never here: a shared CI box is not a lab.
"""

from __future__ import annotations

import json
import subprocess
import sys

from browser_support import ROOT


def test_the_web_benchmark_walks_the_wizard_and_prints_its_figures() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_web.py"),
                           "--users", "5", "--duration", "2", "--json"],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    figures = json.loads(done.stdout)
    assert figures["errors"] == 0
    assert figures["requests"] > 0 and figures["requests_per_s"] > 0
    assert figures["question_pages"] > 0 and figures["question_p95_ms"] > 0
    weights = figures["page_weight_bytes"]
    assert {"start", "resident", "event", "household", "question", "summary", "code"} <= set(weights)
    assert all(size > 500 for size in weights.values()), weights
