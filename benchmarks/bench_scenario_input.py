"""Time how fast a hostile scenario file is refused, and a largest valid one accepted.

Issue 10 asks for "a clear refusal well under a second". For each file prints the median
and the worst of ``load_scenario_file`` (read, decode, depth scan, parse, validate):

* a 10 MB file (refused by size after reading 256 KB + 1 byte);
* 100,000 nested brackets (refused by the depth scan, before the parser);
* 256 KB of escaped quotes in one unterminated string (the scan must stay linear);
* the largest valid scenario (30 people, every text at its longest) in Shift_JIS.

    .venv/bin/python benchmarks/bench_scenario_input.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from forms.catalog import load_catalog
from kiosk.navigation.scenario import ScenarioError
from kiosk.navigation.validation import load_scenario_file

SCENARIOS = Path(__file__).resolve().parent.parent / "forms" / "scenarios"
AIM_MS = 1000.0


def hostile_files(folder: Path) -> dict[str, Path]:
    sample = json.loads((SCENARIOS / "tennyu_family4.json").read_text(encoding="utf-8"))
    sample["new_address"]["katagaki"] = "棟" * 200
    child = sample["household"][2]
    sample["household"] = [child | {"id": f"c{i}", "name": "髙" * 200, "furigana": "ア" * 200}
                           for i in range(29)]  # the most people and the longest texts
    contents = {
        "10 MB of spaces": b" " * (10 * 1024 * 1024),
        "100,000 deep": b"[" * 100_000,
        "256 KB of escaped quotes": b'"' + b'\\"' * (128 * 1024 - 1),
        "largest valid, Shift_JIS": json.dumps(sample, ensure_ascii=False).encode("cp932"),
    }
    paths = {}
    for index, (name, raw) in enumerate(contents.items()):
        paths[name] = folder / f"s{index}.json"
        paths[name].write_bytes(raw)
    return paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    catalog = load_catalog()
    results: dict[str, dict[str, object]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in hostile_files(Path(tmp)).items():
            samples, outcome = [], ""
            for _ in range(args.runs):
                start = time.perf_counter()
                try:
                    load_scenario_file(path, catalog)
                    outcome = "accepted"
                except ScenarioError as exc:
                    outcome = str(exc).split(" ", 3)[-1]
                samples.append((time.perf_counter() - start) * 1000)
            results[name] = {"median_ms": round(statistics.median(samples), 2),
                             "worst_ms": round(max(samples), 2), "outcome": outcome}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        for name, row in results.items():
            print(f"{name:28} median {row['median_ms']:8.2f} ms  worst {row['worst_ms']:8.2f} ms"
                  f"  {row['outcome']}")
    worst = max(float(str(row["worst_ms"])) for row in results.values())
    print(f"worst {worst:.1f} ms (aim < {AIM_MS:.0f} ms)", file=sys.stderr)
    return 0 if worst < AIM_MS else 1


if __name__ == "__main__":
    sys.exit(main())
