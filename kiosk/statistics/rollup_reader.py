"""Figures read from the daily and monthly roll-ups (``kiosk.storage.rollups``).

A range of days is read as the whole months it covers (month cells) plus the days at
either end (day cells); ``None`` ends mean "since the first" and "up to the last", so
all time is month cells only. The cells of one dimension are summed per metric, member
and bin in SQL, and each histogram gives the figures: the count and the mean exactly,
the median and the 90th percentile within ``kiosk.domain.log_histogram.error_bound``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from kiosk.domain.log_histogram import SUMS_ONLY, percentile
from kiosk.statistics.aggregate import EMPTY, Figures
from kiosk.storage.rollups import ALL, DAY, MONTH, month_of
from kiosk.storage.tables import StatsRollup
from kiosk.visits.clock import iso_week

EARLIEST, LATEST = date(1900, 1, 1), date(9000, 12, 31)
Histogram = dict[int, list[float]]  # bin → [count, sum]


def _next_month(start: date) -> date:
    return (start + timedelta(days=32)).replace(day=1)


def split(first: date | None, last: date | None
          ) -> tuple[tuple[date, date] | None, list[tuple[date, date]]]:
    """The whole months of ``first``…``last`` (their first and last day), and the day
    ranges left at either end."""
    first, last = first or EARLIEST, last or LATEST
    full_from = first if first.day == 1 else _next_month(first)
    after = last + timedelta(days=1)
    full_until = after if after.day == 1 else month_of(last)  # exclusive
    if full_from >= full_until:
        return None, [(first, last)]
    days = []
    if first < full_from:
        days.append((first, full_from - timedelta(days=1)))
    if full_until <= last:
        days.append((full_until, last))
    return (full_from, full_until - timedelta(days=1)), days


def figures_of_histogram(histogram: Histogram) -> Figures:
    count = int(sum(n for n, _ in histogram.values()))
    if count <= 0:
        return EMPTY
    mean = sum(total for _, total in histogram.values()) / count
    counts = {b: int(n) for b, (n, _) in histogram.items() if b != SUMS_ONLY}
    return Figures(count, mean, percentile(counts, 0.5), percentile(counts, 0.9))


@dataclass
class Cells:
    """Histograms of one dimension: ``histograms[(metric, member)][bin] = [count, sum]``."""

    histograms: dict[tuple[str, Any], Histogram] = field(
        default_factory=lambda: defaultdict(dict))

    def add(self, metric: str, member: Any, bin_: int, count: float, total: float) -> None:
        cell = self.histograms[(metric, member)].setdefault(bin_, [0, 0.0])
        cell[0] += count
        cell[1] += total

    def figures(self, metric: str, member: Any = "") -> Figures:
        histogram = self.histograms.get((metric, member))
        return EMPTY if histogram is None else figures_of_histogram(histogram)

    def members(self, metric: str) -> Iterator[Any]:
        yield from sorted(m for (name, m), h in self.histograms.items()
                          if name == metric and any(n for n, _ in h.values()))

    def groups(self, metric: str) -> list[tuple[Any, Figures]]:
        return [(member, self.figures(metric, member)) for member in self.members(metric)]


def read(connection: Connection, dimension: str, first: date | None, last: date | None,
         *, by_day: bool = False) -> Cells:
    """The summed cells of ``dimension`` over the range (per day as the member: ``by_day``)."""
    r = StatsRollup.__table__.c
    cells = Cells()
    if by_day:
        member = r.period
        ranges = [(DAY, first or EARLIEST, last or LATEST)]
    else:
        member = r.member
        months, days = split(first, last)
        ranges = [(DAY, low, high) for low, high in days]
        if months is not None:
            ranges.append((MONTH, *months))
    for grain, low, high in ranges:
        query = (select(r.metric, member, r.bin, func.sum(r.value_count), func.sum(r.value_sum))
                 .where(r.grain == grain, r.dimension == dimension,
                        r.period.between(low, high))
                 .group_by(r.metric, member, r.bin))
        for metric, key, bin_, count, total in connection.execute(query):
            cells.add(metric, key, int(bin_), float(count), float(total or 0.0))
    return cells


class RollupView:
    """The roll-ups of one range of days, each dimension read once when first asked."""

    def __init__(self, engine: Engine, first: date | None, last: date | None) -> None:
        self.engine, self.first, self.last = engine, first, last
        self._cells: dict[tuple[str, bool], Cells] = {}

    def cells(self, dimension: str, *, by_day: bool = False) -> Cells:
        key = (dimension, by_day)
        if key not in self._cells:
            with self.engine.connect() as connection:
                self._cells[key] = read(connection, dimension, self.first, self.last,
                                        by_day=by_day)
        return self._cells[key]

    def by_week(self, metric: str) -> list[tuple[str, Figures]]:
        """Figures per ISO week, from the day cells (histograms add up)."""
        weeks: dict[str, Histogram] = defaultdict(dict)
        for (name, day), histogram in self.cells(ALL, by_day=True).histograms.items():
            if name != metric:
                continue
            week = weeks[iso_week(day if isinstance(day, date) else date.fromisoformat(day))]
            for bin_, (count, total) in histogram.items():
                cell = week.setdefault(bin_, [0, 0.0])
                cell[0] += count
                cell[1] += total
        return [(week, figures_of_histogram(h)) for week, h in sorted(weeks.items())
                if figures_of_histogram(h).count]
