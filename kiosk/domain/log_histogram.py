"""Log-spaced histogram bins with a stated error bound for medians and percentiles.

The statistics keep, per day and month, how many durations fell in each bin (and their
sum) instead of every duration (``kiosk.storage.rollups``). A percentile read back from
the bins is within a stated bound of the exact one; the mean and the count are exact.

**Why log-spaced bins, not 1-second bins or a sketch.** Durations run from seconds (a
short wait) to hours (a long visit). Fixed 1-second bins would need ten thousand bins per
day and group for a 3-hour tail; log-spaced bins hold the *relative* error fixed with a few
hundred, and the bins are additive: a fiscal year's histogram is the sum of its months',
so the database sums them in SQL (``GROUP BY bin``). A mergeable sketch (t-digest, KLL)
gives a rank error that depends on the data and its merge order; these bins give a value
error that does not, and the bin of a value is one SQL expression (``ln``), the same in
back-fills and in the per-visit updates.

**The bins.** ``RELATIVE_ERROR`` α = 1 %, γ = (1 + α) / (1 − α). Bin 0 holds the values
below one second (zeros included); bin b ≥ 1 holds [γ^(b−1), γ^b). There is no cap and no
overflow bin: rows are sparse (only bins that hold values are stored), so an hour-long or
a day-long value costs one more bin, never a wrong one.

**The representative** of bin b ≥ 1 is 2γ^b / (1 + γ): every value of the bin is within
α of it, relatively. Bin 0's is half a second.

**The bound.** ``percentile_cont(q)`` (linear interpolation between the two closest
ranks) read from the bins differs from the exact one by at most α·exact + 0.5 s: each of
the two ranks' values is replaced by its bin's representative (within α·value, or 0.5 s
below one second), and the interpolation is a convex combination of the two.
``tests/unit/domain/test_log_histogram.py`` proves it against exact computation with
hypothesis.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

RELATIVE_ERROR = 0.01
GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR)
LN_GAMMA = math.log(GAMMA)
#: Values below this (seconds) share bin 0, whose representative is half of it.
SMALLEST = 1.0
ABSOLUTE_ERROR = SMALLEST / 2
#: The bin of rows that carry a sum and a count only (no distribution).
SUMS_ONLY = -1


def bin_of(value: float) -> int:
    """The bin of ``value`` (seconds, ≥ 0); the SQL of ``kiosk.storage.rollups`` is the same."""
    if value < SMALLEST:
        return 0
    return 1 + math.floor(math.log(value) / LN_GAMMA)


def representative(bin_index: int) -> float:
    """The value a bin stands for: within ``RELATIVE_ERROR`` of all its values."""
    if bin_index <= 0:
        return ABSOLUTE_ERROR
    return 2 * GAMMA**bin_index / (1 + GAMMA)


def error_bound(exact: float) -> float:
    """How far a percentile read from the bins may be from ``exact``."""
    return RELATIVE_ERROR * abs(exact) + ABSOLUTE_ERROR


def histogram_of(values: Iterable[float]) -> dict[int, int]:
    """Counts per bin (for tests and for a caller holding raw values)."""
    counts: dict[int, int] = {}
    for value in values:
        b = bin_of(value)
        counts[b] = counts.get(b, 0) + 1
    return counts


def percentile(counts: Mapping[int, int], q: float) -> float | None:
    """``percentile_cont(q)`` estimated from counts per bin; ``None`` when empty."""
    ordered = sorted((b, c) for b, c in counts.items() if c > 0)
    total = sum(c for _, c in ordered)
    if not total:
        return None
    position = (total - 1) * q
    low = math.floor(position)
    high = min(low + 1, total - 1)
    low_value = high_value = None
    seen = 0
    for b, c in ordered:
        seen += c
        if low_value is None and low < seen:
            low_value = representative(b)
        if high < seen:
            high_value = representative(b)
            break
    assert low_value is not None and high_value is not None  # ranks are below the total
    return low_value + (high_value - low_value) * (position - low)
