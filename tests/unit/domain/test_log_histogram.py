"""The stated error bound of percentiles read from log-spaced bins, against exact ones."""

from __future__ import annotations

import statistics

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.domain.log_histogram import (
    GAMMA,
    RELATIVE_ERROR,
    bin_of,
    error_bound,
    histogram_of,
    percentile,
    representative,
)
from kiosk.statistics.aggregate import percentile_cont

durations = st.floats(min_value=0, max_value=7 * 24 * 3600, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(durations, min_size=1, max_size=400),
       st.floats(min_value=0, max_value=1))
def test_any_percentile_from_the_bins_is_within_the_stated_bound(
    values: list[float], q: float
) -> None:
    exact = percentile_cont(sorted(values), q)
    estimate = percentile(histogram_of(values), q)
    assert estimate is not None
    # 1e-9: the float rounding of ln and of the interpolation itself
    assert abs(estimate - exact) <= error_bound(exact) + 1e-9 * max(exact, 1.0)


@settings(max_examples=100, deadline=None)
@given(st.lists(durations, min_size=1, max_size=200),
       st.lists(durations, min_size=1, max_size=200))
def test_histograms_add_up_like_the_values_they_count(a: list[float], b: list[float]) -> None:
    """A range's bins are the sum of its days' bins: the median of the union stays bounded."""
    merged = histogram_of(a)
    for k, c in histogram_of(b).items():
        merged[k] = merged.get(k, 0) + c
    assert merged == histogram_of(a + b)
    exact = statistics.median(a + b)
    estimate = percentile(merged, 0.5)
    assert estimate is not None
    assert abs(estimate - exact) <= error_bound(exact) + 1e-9 * max(exact, 1.0)


@given(st.floats(min_value=1, max_value=1e9, allow_nan=False))
def test_every_value_is_within_the_relative_error_of_its_bins_representative(x: float) -> None:
    assert abs(representative(bin_of(x)) - x) <= RELATIVE_ERROR * x * (1 + 1e-9)


def test_bins_are_log_spaced_from_one_second() -> None:
    assert bin_of(0) == bin_of(0.99) == 0
    assert bin_of(1.0) == 1
    assert bin_of(GAMMA * 1.0001) == 2
    assert representative(0) == 0.5
    assert percentile({}, 0.5) is None
