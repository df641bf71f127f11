"""Start-up time of the kiosk: process start to the first shown frame of the welcome screen.

Runs ``kiosk run --demo --smoke`` several times in fresh processes (offscreen Qt) and prints
each run and the median. Aim: under 1.5 s on the 2-core reference machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def one_run(home: str) -> float:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "run", "--demo", "--smoke"],
        capture_output=True, text=True, check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_HOME": home},
    )
    return float(result.stdout.split("first frame after ")[1].split(" s")[0])


def main() -> None:
    with tempfile.TemporaryDirectory() as home:
        one_run(home)  # warm the OS file cache, as on a terminal that has run before
        times = [one_run(home) for _ in range(RUNS)]
    print("start-up to first frame (s):", " ".join(f"{t:.3f}" for t in times))
    print(f"median {statistics.median(times):.3f} s over {RUNS} runs (aim < 1.5 s)")


if __name__ == "__main__":
    main()
