"""The bounded soak in the normal test run: 60 residents through one real kiosk window.

Measured every 10 visits; the first sample is the warm-up, and the growth after it must
stay within ``soak_kiosk.BOUNDS`` (RSS, Python objects, and no growth of file
descriptors, threads, top-level widgets or QObjects). The full 500 residents:
``benchmarks/soak_residents.py``. The card goes through pcscd and vpcd, so run it under
the shared lock: ``flock /work/wt/vpcd.lock .venv/bin/python -m pytest tests/soak``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from kiosk_test_support import service_missing
from soak_kiosk import Sample, growth_failures, pcscd_ready, run_soak, soak_kiosk

pytestmark = [pytest.mark.pcsc, pytest.mark.slow, pytest.mark.e2e, pytest.mark.timeout(300)]

RESIDENTS = int(os.environ.get("SOAK_RESIDENTS", "60"))
EVERY = 10


def test_sixty_residents_leave_no_growing_memory_or_handles(
        qapp: Any, isolated_dirs: Path, tmp_path: Path) -> None:
    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")
    samples: list[Sample] = []
    with soak_kiosk(tmp_path) as resident:
        samples = run_soak(resident, RESIDENTS, EVERY, lambda s: print(s.line(), flush=True))
    assert len(samples) == RESIDENTS // EVERY
    assert growth_failures(samples) == []


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
