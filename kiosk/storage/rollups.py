"""Daily and monthly roll-ups of the per-visit summaries (the ``stats_rollup`` table).

Each summary value is counted in one cell per **dimension**:

* ``all``: every visit (or every department row, for the department-level columns);
* ``life_event``, ``channel``: the visit's, as ``member`` (visit-level columns);
* ``department``: the department row's (wait and service);
* ``channel_event``: ``"<channel>/<life event>"``, a count and a sum only (bin
  ``SUMS_ONLY``), for the channel comparison's mix-adjusted baseline.

and in one **bin** of ``kiosk.domain.log_histogram`` (``bin_expression``, in SQL). The
pseudo-metric ``visits`` counts the summary rows themselves (a visit still under way has
no dwell yet but is a visit). ``HELD`` lists what each dimension holds: other crossings
(dwell by department, wait by channel) are rare questions, answered exactly from the
summaries rather than multiplying the cells. Each cell exists at two **grains**: the day, and the month
(its first day as ``period``), so a fiscal year reads twelve months of cells.

Two ways in, both computing bins with the same SQL so their cells always agree:

* ``VisitDeltas`` (used by ``kiosk.visits.store.refresh_summaries``): reads a visit's cells
  before and after its summaries are rewritten, in the events' transaction, and applies
  the difference as one sorted batch of upserts (a fixed lock order, so two terminals
  never deadlock). A late event from an offline tablet thus moves the visit's value from
  its old bins to its new ones.
* ``rebuild(connection, first, last)``: recomputes the cells of those days, and of their
  months, from the summaries in bulk (the migration's back-fill, ``kiosk demo-data``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.domain.log_histogram import LN_GAMMA, SMALLEST, SUMS_ONLY
from kiosk.storage.tables import DepartmentSummary, StatsRollup, VisitSummary

VISIT_COLUMNS = ("dwell_seconds", "kiosk_seconds")
DEPARTMENT_COLUMNS = ("wait_seconds", "service_seconds")
ROLLED_UP = frozenset(VISIT_COLUMNS + DEPARTMENT_COLUMNS)
VISITS = "visits"
DAY, MONTH = "day", "month"
ALL, LIFE_EVENT, CHANNEL, DEPARTMENT, CHANNEL_EVENT = (
    "all", "life_event", "channel", "department", "channel_event")
#: The columns each dimension holds (what the summary, the channel comparison and the
#: exports' breakdowns read); any other figure is computed exactly from the summaries.
HELD = {
    ALL: ROLLED_UP | {VISITS},
    LIFE_EVENT: frozenset(VISIT_COLUMNS) | {VISITS},
    CHANNEL: frozenset(VISIT_COLUMNS) | {VISITS},
    DEPARTMENT: frozenset(DEPARTMENT_COLUMNS),
    CHANNEL_EVENT: frozenset(VISIT_COLUMNS),  # counts and sums only
}

Key = tuple[str, str, date, str, str, int]  # grain, dimension, period, metric, member, bin


def _table(model: Any) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def bin_expression(value: ColumnElement[Any]) -> ColumnElement[int]:
    """``kiosk.domain.log_histogram.bin_of`` in SQL (``ln`` and ``floor`` on both back-ends)."""
    log_bin = cast(func.floor(func.ln(value) / literal(LN_GAMMA, Float)), Integer)
    return case((value < SMALLEST, 0), else_=log_bin + 1)


def _branches(visit_where: Any, department_where: Any, *, totals: bool = True
              ) -> Iterator[Select[Any]]:
    """One select per dimension and column; without ``totals``, none for ``all``."""
    v, d = _table(VisitSummary), _table(DepartmentSummary)
    empty = literal("", String)

    def row(period: Any, dimension: str, metric: str, member: Any, bin_: Any,
            value: Any) -> list[Any]:
        return [period.label("period"), literal(dimension, String).label("dimension"),
                literal(metric, String).label("metric"), member.label("member"),
                bin_.label("bin"), value.label("value")]

    members = {ALL: empty, LIFE_EVENT: v.c.life_event, CHANNEL: v.c.channel}
    if not totals:
        del members[ALL]
    for column in VISIT_COLUMNS:
        x = v.c[column]
        b = bin_expression(x)
        where = and_(x.is_not(None), visit_where)
        for dimension, member in members.items():
            yield select(*row(v.c.day, dimension, column, member, b, x)).where(where)
        yield select(*row(v.c.day, CHANNEL_EVENT, column, v.c.channel + "/" + v.c.life_event,
                          literal(SUMS_ONLY, Integer), x)).where(where)
    zero, nothing = literal(0, Integer), literal(0.0, Float)
    for dimension, member in members.items():
        yield select(*row(v.c.day, dimension, VISITS, member, zero, nothing)).where(visit_where)
    for column in DEPARTMENT_COLUMNS:
        x = d.c[column]
        b = bin_expression(x)
        where = and_(x.is_not(None), department_where)
        for dimension, member in ((ALL, empty), (DEPARTMENT, d.c.department))[not totals:]:
            yield select(*row(d.c.day, dimension, column, member, b, x)).where(where)


def daily_cells(visit_where: Any, department_where: Any) -> Select[Any]:
    """(period, dimension, metric, member, bin, count, sum) of the summary rows selected."""
    values = union_all(*_branches(visit_where, department_where)).subquery()
    c = values.c
    keys = (c.period, c.dimension, c.metric, c.member, c.bin)
    return select(*keys, func.count().label("n"), func.sum(c.value).label("total")).group_by(*keys)


def month_of(day: date) -> date:
    return day.replace(day=1)


@functools.cache
def _cells_of_one_visit() -> Select[Any]:
    """``daily_cells`` of the visit ``:visit_id``, built once (building it costs more than
    running it)."""
    v, d = _table(VisitSummary), _table(DepartmentSummary)
    visit = bindparam("visit_id", type_=String)
    return daily_cells(v.c.visit_id == visit, d.c.visit_id == visit)


@dataclass
class VisitDeltas:
    """The cells of the visits being refreshed, before and after: apply the difference."""

    cells: dict[Key, list[float]] = field(default_factory=dict)

    def _add(self, connection: Connection, visit_id: str, sign: int) -> None:
        rows = connection.execute(_cells_of_one_visit(), {"visit_id": visit_id})
        for period, dimension, metric, member, bin_, n, total in rows:
            for grain, start in ((DAY, period), (MONTH, month_of(period))):
                cell = self.cells.setdefault((grain, dimension, start, metric, member, bin_),
                                             [0, 0.0])
                cell[0] += sign * n
                cell[1] += sign * (total or 0.0)

    def before(self, connection: Connection, visit_id: str) -> None:
        self._add(connection, visit_id, -1)

    def after(self, connection: Connection, visit_id: str) -> None:
        self._add(connection, visit_id, +1)

    def apply(self, connection: Connection) -> int:
        """Upsert the changed cells in key order; return how many changed."""
        rows = [dict(zip(_KEY_NAMES, key, strict=True), value_count=int(n), value_sum=total)
                for key, (n, total) in sorted(self.cells.items()) if n or total]
        self.cells.clear()
        if rows:
            connection.execute(_upsert(connection), rows)
        return len(rows)


_KEY_NAMES = ("grain", "dimension", "period", "metric", "member", "bin")


def _upsert(connection: Connection) -> Any:
    table = _table(StatsRollup)
    statement: Any = (postgresql.insert(table) if connection.dialect.name == "postgresql"
                      else sqlite.insert(table))
    return statement.on_conflict_do_update(
        index_elements=list(_KEY_NAMES),
        set_={"value_count": table.c.value_count + statement.excluded.value_count,
              "value_sum": table.c.value_sum + statement.excluded.value_sum},
    )


def upsert_cells(connection: Connection, cells: list[tuple[Any, ...]]) -> None:
    """Add cells (grain, dimension, period as ISO text, metric, member, bin, count, sum) to
    the table; the raw driver's ``executemany`` on SQLite (tens of thousands of rows)."""
    if not cells:
        return
    if connection.dialect.name != "sqlite":
        rows = [dict(zip(_KEY_NAMES, (g, dim, date.fromisoformat(p), m, mem, b), strict=True),
                     value_count=n, value_sum=total) for g, dim, p, m, mem, b, n, total in cells]
        connection.execute(_upsert(connection), rows)
        return
    names = ", ".join(_KEY_NAMES)
    cursor: Any = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    cursor.executemany(
        f"INSERT INTO stats_rollup ({names}, value_count, value_sum) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"  # noqa: S608 - fixed names
        f" ON CONFLICT ({names}) DO UPDATE SET value_count = value_count + excluded.value_count,"
        " value_sum = value_sum + excluded.value_sum", cells)
    cursor.close()


def _months(first: date, last: date) -> Iterator[tuple[date, date]]:
    start = month_of(first)
    while start <= last:
        following = (start + timedelta(days=32)).replace(day=1)
        yield start, following - timedelta(days=1)
        start = following


def summary_days(connection: Connection) -> tuple[date, date] | None:
    """The first and last day of the visit summaries, or ``None`` when there are none."""
    v = _table(VisitSummary)
    first, last = connection.execute(select(func.min(v.c.day), func.max(v.c.day))).one()
    if first is None:
        return None
    return _as_date(first), _as_date(last)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def rebuild(connection: Connection, first: date | None = None, last: date | None = None, *,
            cells_written: bool = False) -> None:
    """Recompute the cells of the days ``first``…``last`` (default: all) and their months.

    Month by month, so the database sorts one month of rows at a time. ``cells_written``:
    the days' cells of every dimension but ``all`` are up to date already (``demo-data``
    counts them as it generates); only the totals and the months are recomputed.
    """
    if first is None or last is None:
        span = summary_days(connection)
        if span is None:
            return
        first, last = first or span[0], last or span[1]
    r, v, d = _table(StatsRollup), _table(VisitSummary), _table(DepartmentSummary)
    # No ``PRAGMA temp_store`` here: SQLite refuses to change it inside a transaction that
    # already used temporary storage (migration 0003's did), and it saved under 0.3 s.
    for month_start, month_end in _months(first, last):
        low, high = max(first, month_start), min(last, month_end)
        connection.execute(delete(r).where(
            r.c.grain == DAY, r.c.period.between(low, high),
            *([r.c.dimension == ALL] if cells_written else [])))
        # one statement per dimension and metric: several small sorts, not one big one
        branches = [] if cells_written else _branches(
            v.c.day.between(low, high), d.c.day.between(low, high), totals=False)
        for branch in branches:
            c = branch.subquery().c
            connection.execute(insert(r).from_select(
                [*_KEY_NAMES, "value_count", "value_sum"],
                select(literal(DAY, String), c.dimension, c.period, c.metric, c.member, c.bin,
                       func.count(), func.sum(c.value))
                .group_by(c.period, c.dimension, c.metric, c.member, c.bin)))
        # the totals add up the channels' cells (and the departments'): fewer rows to bin
        for finer, columns in ((CHANNEL, (*VISIT_COLUMNS, VISITS)), (DEPARTMENT, DEPARTMENT_COLUMNS)):
            connection.execute(insert(r).from_select(
                [*_KEY_NAMES, "value_count", "value_sum"],
                select(r.c.grain, literal(ALL, String), r.c.period, r.c.metric,
                       literal("", String), r.c.bin, func.sum(r.c.value_count),
                       func.sum(r.c.value_sum))
                .where(r.c.grain == DAY, r.c.dimension == finer, r.c.metric.in_(columns),
                       r.c.period.between(low, high))
                .group_by(r.c.grain, r.c.period, r.c.metric, r.c.bin)))
        connection.execute(delete(r).where(r.c.grain == MONTH, r.c.period == month_start))
        keys = (r.c.dimension, r.c.metric, r.c.member, r.c.bin)
        connection.execute(insert(r).from_select(
            [*_KEY_NAMES, "value_count", "value_sum"],
            select(literal(MONTH, String), r.c.dimension, literal(month_start, r.c.period.type),
                   r.c.metric, r.c.member, r.c.bin, func.sum(r.c.value_count),
                   func.sum(r.c.value_sum))
            .where(r.c.grain == DAY, r.c.period.between(month_start, month_end), true())
            .group_by(*keys)))



def forget_before(connection: Connection, cutoff: date) -> None:
    """Drop the cells of the days before ``cutoff`` (their summaries were purged)."""
    r = _table(StatsRollup)
    connection.execute(delete(r).where(r.c.grain == DAY, r.c.period < cutoff))
    connection.execute(delete(r).where(r.c.grain == MONTH, r.c.period < month_of(cutoff)))
    if cutoff.day > 1:  # the cutoff's month, from the days it keeps
        rebuild(connection, month_of(cutoff), cutoff - timedelta(days=1))
