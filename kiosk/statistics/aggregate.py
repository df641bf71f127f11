"""Count, mean, median and 90th percentile of value columns, grouped and in total.

``percentile_cont`` is PostgreSQL's definition (linear interpolation between the two
closest ranks), which is also ``statistics.quantiles(method="inclusive")``. A "pass" reads
``select(key, v1, v2, …)`` once and returns, per value column, the figures of every group
and of all rows, NULLs skipped per column: on PostgreSQL in SQL (``percentile_cont`` with
``GROUPING SETS ((key), ())``), on SQLite — which has no percentile aggregate — by fetching
the rows unsorted (cheaper than ``ORDER BY``) and sorting each group's values here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, func, select, tuple_


@dataclass(frozen=True)
class Figures:
    """Seconds; ``None`` when there is nothing to measure."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None


EMPTY = Figures(0, None, None, None)


def percentile_cont(ordered: Sequence[float], q: float) -> float:
    """PostgreSQL's ``percentile_cont(q)`` on already sorted values."""
    if not ordered:
        raise ValueError("no values")
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def figures_of(ordered: Sequence[float]) -> Figures:
    if not ordered:
        return EMPTY
    return Figures(
        len(ordered), math.fsum(ordered) / len(ordered),
        percentile_cont(ordered, 0.5), percentile_cont(ordered, 0.9),
    )


@dataclass
class Pass:
    """One pass over ``select(key, v1, v2, …)``: the row count, then per value column."""

    rows: int
    totals: list[Figures]
    groups: list[list[tuple[Any, Figures]]]


def aggregate_in_python(connection: Connection, query: Select[Any]) -> Pass:
    """SQLite: fetch unsorted (cheaper than ORDER BY), group, and sort each list here."""
    width = len(query.selected_columns) - 1
    by_key: dict[Any, list[list[float]]] = {}
    rows = 0
    for row in connection.execute(query):
        rows += 1
        lists = by_key.get(row[0])
        if lists is None:
            lists = by_key[row[0]] = [[] for _ in range(width)]
        for index in range(width):
            value = row[index + 1]
            if value is not None:
                lists[index].append(value)
    totals, groups = [], []
    for index in range(width):
        everything: list[float] = []
        per_group = []
        for key in sorted(by_key):
            values = by_key[key][index]
            if values:
                values.sort()
                everything += values
                per_group.append((key, figures_of(values)))
        everything.sort()  # sorted runs: timsort merges them in linear time
        totals.append(figures_of(everything))
        groups.append(per_group)
    return Pass(rows, totals, groups)


def aggregate_in_sql(connection: Connection, query: Select[Any]) -> Pass:
    """PostgreSQL: ``percentile_cont`` per group and for the total, in one query."""
    sub = query.subquery()
    k, values = sub.c[0], list(sub.c)[1:]
    columns: list[Any] = [func.grouping(k), k, func.count()]
    for v in values:
        columns += [func.count(v), func.avg(v),
                    func.percentile_cont(0.5).within_group(v.asc()),
                    func.percentile_cont(0.9).within_group(v.asc())]
    aggregate = (select(*columns).group_by(func.grouping_sets(k, tuple_()))
                 .order_by(func.grouping(k), k))
    result = Pass(0, [EMPTY] * len(values), [[] for _ in values])
    for row in connection.execute(aggregate):
        if row[0]:
            result.rows = int(row[2])
        for index in range(len(values)):
            count, mean, median, p90 = row[3 + 4 * index: 7 + 4 * index]
            if not count:
                continue
            figures = Figures(int(count), float(mean), float(median), float(p90))
            if row[0]:
                result.totals[index] = figures
            else:
                result.groups[index].append((row[1], figures))
    return result
