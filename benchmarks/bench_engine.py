"""Time the rule engine on full household scenarios (aim, issue #4: under 5 ms).

For each scenario prints the median and 95th percentile of:

* ``plan``: every procedure rule for every member, with documents and forms;
* ``pending``: the relevance analysis behind ``next_question`` (all questions unanswered,
  the worst case, as on the first question screen);
* ``wizard``: a whole question sequence, ``next_prompt`` after every answer, then the plan.

Also prints the catalog load time (once per process at start-up).

    .venv/bin/python benchmarks/bench_engine.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from forms.catalog import load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario

SCENARIOS = Path(__file__).resolve().parent.parent / "forms" / "scenarios"
AIM_MS = 5.0


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and p95 in milliseconds."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def blank(scenario: Scenario) -> Scenario:
    """The same visit before any question was answered."""
    return Scenario(scenario.event, scenario.event_date, scenario.resident,
                    scenario.household, {}, scenario.new_address, scenario.current_address)


def wizard(nav: Navigator, scenario: Scenario) -> int:
    """Answer every prompt with the scenario's own answers (default when absent)."""
    given = dict(scenario.answers)
    current = blank(scenario)
    steps = 0
    while (prompt := nav.next_prompt(current)) is not None:
        qid = prompt.question.id
        current = current.with_answer(qid, given.get(qid, prompt.question.default))
        for key, value in given.items():
            if key.startswith(qid + "@"):
                current = current.with_answer(key, value)
        steps += 1
    nav.plan(current)
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    start = time.perf_counter()
    catalog = load_catalog()
    load_ms = (time.perf_counter() - start) * 1000
    nav = Navigator(catalog)

    results: list[dict[str, Any]] = []
    for path in sorted(SCENARIOS.glob("*.json")):
        scenario = Scenario.from_json(json.loads(path.read_text(encoding="utf-8")))
        plan_med, plan_p95 = timed(lambda s=scenario: nav.plan(s), args.runs)
        unanswered = blank(scenario)
        pend_med, pend_p95 = timed(lambda s=unanswered: nav.pending(s), args.runs)
        steps = wizard(nav, scenario)
        wiz_med, wiz_p95 = timed(lambda s=scenario: wizard(nav, s), max(args.runs // 10, 5))
        results.append({
            "scenario": path.stem, "members": len(scenario.members), "questions": steps,
            "procedures": len(nav.plan(scenario).procedure_ids()),
            "plan_ms": round(plan_med, 3), "plan_p95_ms": round(plan_p95, 3),
            "pending_ms": round(pend_med, 3), "pending_p95_ms": round(pend_p95, 3),
            "wizard_ms": round(wiz_med, 3), "wizard_p95_ms": round(wiz_p95, 3),
        })

    # The verdict uses medians: on a shared 2-core machine the p95 mostly measures the
    # neighbours (the p95 is printed for reference).
    worst = max(max(r["plan_ms"], r["pending_ms"]) for r in results)
    if args.json:
        print(json.dumps({"catalog_load_ms": round(load_ms, 2), "scenarios": results,
                          "worst_median_ms": worst, "aim_ms": AIM_MS}, indent=2))
    else:
        print(f"catalog load: {load_ms:.1f} ms")
        print(f"{'scenario':18} {'people':>6} {'asked':>5} {'procs':>5} "
              f"{'plan ms':>9} {'p95':>7} {'pending':>9} {'p95':>7} {'wizard':>8}")
        for r in results:
            print(f"{r['scenario']:18} {r['members']:6} {r['questions']:5} {r['procedures']:5} "
                  f"{r['plan_ms']:9.3f} {r['plan_p95_ms']:7.3f} {r['pending_ms']:9.3f} "
                  f"{r['pending_p95_ms']:7.3f} {r['wizard_ms']:8.2f}")
        verdict = "within" if worst < AIM_MS else "OVER"
        print(f"worst median of plan/pending: {worst:.3f} ms ({verdict} the {AIM_MS} ms aim)")
    return 0 if worst < AIM_MS else 1


if __name__ == "__main__":
    sys.exit(main())
