"""The bounded soak in the normal test run: 60 residents through one real kiosk window.

Measured every 10 visits; the first sample is the warm-up, and the growth after it must
stay within ``soak_kiosk.BOUNDS`` (RSS, Python objects, and no growth of file
descriptors, threads, top-level widgets or QObjects). The kiosk runs in a process of its
own (``benchmarks/soak_residents.py``, which also runs the full 500 residents): the
memory measured is the kiosk's, not what earlier tests left in pytest's process. The card
goes through pcscd and vpcd, so run it under the shared lock:
``flock /work/wt/vpcd.lock .venv/bin/python -m pytest tests/soak``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from soak_kiosk import Sample, growth_failures, pcscd_ready

pytestmark = [pytest.mark.pcsc, pytest.mark.slow, pytest.mark.e2e, pytest.mark.timeout(300)]

RESIDENTS = int(os.environ.get("SOAK_RESIDENTS", "60"))
EVERY = 10
SOAK = Path(__file__).resolve().parents[2] / "benchmarks" / "soak_residents.py"


def test_sixty_residents_leave_no_growing_memory_or_handles(tmp_path: Path) -> None:
    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")
    run = subprocess.run(
        [sys.executable, str(SOAK), "--residents", str(RESIDENTS), "--every", str(EVERY)],
        capture_output=True, text=True, timeout=280, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)})
    print(run.stdout, run.stderr, sep="\n")
    samples = [line for line in run.stdout.splitlines() if " visits " in line]
    assert len(samples) == RESIDENTS // EVERY, run.stderr[-3000:]
    assert run.returncode == 0 and "soak held" in run.stdout, run.stdout
    warnings = [line for line in run.stderr.splitlines()
                if line.startswith(("Qt QtWarningMsg", "Qt QtCriticalMsg", "Qt QtFatalMsg"))]
    assert warnings == []


def test_the_bounds_catch_a_leak() -> None:
    """The check itself can fail: a leaking fd, a leaking widget, and steady RSS growth."""
    steady = [Sample(v, v * 2.0, 300.0, 500_000, 3, 900, 20, 8) for v in (10, 20, 30, 40)]
    assert growth_failures(steady) == []
    leaking = [Sample(v, v * 2.0, 300.0 + v, 500_000 + 100 * v, 3 + v // 10, 900, 20 + v, 8)
               for v in (10, 20, 30, 40)]
    failures = "\n".join(growth_failures(leaking))
    for what in ("RSS grew", "Python objects grew", "top-level widgets", "fds grew",
                 "fds rose at every sample"):
        assert what in failures
    assert growth_failures(steady[:2]) != []
