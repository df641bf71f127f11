"""Statistics of dwell, kiosk, wait and service time: ``StatsService`` for the CLI and UI.

Figures per group are count, mean, median and 90th percentile (``percentile_cont``),
computed in SQL on PostgreSQL and by one unsorted fetch on SQLite: see
``kiosk.statistics.aggregate``.

Everything reads the per-visit summary tables (``visit_summary``, ``department_summary``)
kept up to date when events are written, filtered by day with the (day, …) indexes: one
month of a million-visit database is a range scan of a narrow table.

The **baseline** comparison is mix-adjusted: the survey's mean minutes per life event
are weighted by this period's visits of that life event, so a month with more complex
cases (死亡) is not read as a regression. Reduction = 1 − current mean ÷ baseline mean;
progress toward the goal = reduction ÷ 0.60.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    and_,
    func,
    literal,
    select,
    true,
)

from kiosk.statistics.aggregate import (
    EMPTY,
    Figures,
    Pass,
    aggregate_in_python,
    aggregate_in_sql,
    figures_of,
    percentile_cont,
)
from kiosk.storage.tables import Baseline, DepartmentSummary, VisitSummary

TARGET_REDUCTION = 0.60
METRICS = ("dwell", "kiosk", "wait", "service")
GROUPINGS = ("day", "week", "life_event", "department", "hour", "channel")


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    life_event: str | None = None
    department: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class BaselineComparison:
    baseline_minutes: float
    current_minutes: float
    reduction: float  # 0.25 = 25 % less time than before
    progress: float  # share of the way to −60 %
    target_minutes: float


@dataclass
class Summary:
    filters: Filters
    visits: int
    dwell: Figures
    kiosk: Figures
    wait: Figures
    service: Figures
    departments: dict[str, dict[str, Figures]] = field(default_factory=dict)
    baseline: BaselineComparison | None = None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["filters"] = {k: (v.isoformat() if isinstance(v, date) else v)
                           for k, v in asdict(self.filters).items()}
        return data


def _source(metric: str) -> tuple[Any, ColumnElement[Any]]:
    if metric in {"dwell", "kiosk"}:
        table = VisitSummary.__table__
        return table, table.c[f"{metric}_seconds"]
    if metric in {"wait", "service"}:
        table = DepartmentSummary.__table__
        return table, table.c[f"{metric}_seconds"]
    raise ValueError(f"unknown metric {metric!r} (one of {', '.join(METRICS)})")


def _conditions(table: Any, filters: Filters) -> list[ColumnElement[bool]]:
    c = table.c
    out: list[ColumnElement[bool]] = []
    if filters.date_from:
        out.append(c.day >= filters.date_from)
    if filters.date_to:
        out.append(c.day <= filters.date_to)
    if filters.life_event:
        out.append(c.life_event == filters.life_event)
    if filters.channel:
        out.append(c.channel == filters.channel)
    if filters.department:
        if "department" in c:
            out.append(c.department == filters.department)
        else:  # visit-level figures: the visits that went through that department
            d = DepartmentSummary.__table__.c
            out.append(c.visit_id.in_(
                select(d.visit_id).where(d.department == filters.department,
                                         *_conditions(DepartmentSummary.__table__,
                                                      Filters(filters.date_from, filters.date_to)))
            ))
    return out


class StatsService:
    """What the manager window and ``kiosk stats`` ask; never touches events directly."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def figures(
        self, metric: str, filters: Filters, by: str | None = None
    ) -> list[tuple[Any, Figures]]:
        """Figures of ``metric`` per group of ``by`` (one ``(None, …)`` row when ``by`` is None)."""
        total, groups = self.figures_with_total(metric, filters, by)
        return [(None, total)] if by is None else groups

    def figures_with_total(
        self, metric: str, filters: Filters, by: str | None
    ) -> tuple[Figures, list[tuple[Any, Figures]]]:
        """The figures over all rows and per group, from one pass over the rows."""
        table, value = _source(metric)
        if by == "department" and "department" not in table.c:
            # a visit counts under each department it went through: no meaningful total
            return self.figures_with_total(metric, filters, None)[0], (
                self._visit_figures_by_department(metric, filters))
        if by is not None and by not in GROUPINGS:
            raise ValueError(f"unknown grouping {by!r} (one of {', '.join(GROUPINGS)})")
        key = (literal("all") if by is None else table.c[by]).label("k")
        where = and_(value.is_not(None), *_conditions(table, filters))
        result = self._aggregate(select(key, value).where(where))
        return result.totals[0], ([] if by is None else result.groups[0])

    def _visit_figures_by_department(
        self, metric: str, filters: Filters
    ) -> list[tuple[Any, Figures]]:
        v = VisitSummary.__table__
        d = DepartmentSummary.__table__
        value = v.c[f"{metric}_seconds"]
        key = d.c.department.label("k")
        where = and_(value.is_not(None), *_conditions(d, filters))
        if filters.channel or filters.life_event:
            where = and_(where, *_conditions(v, Filters(life_event=filters.life_event,
                                                         channel=filters.channel)))
        query = select(key, value).select_from(v.join(d, d.c.visit_id == v.c.visit_id)).where(where)
        return self._aggregate(query).groups[0]

    def _aggregate(self, query: Select[Any]) -> Pass:
        """Figures of every value column of ``select(key, value, …)``, NULLs skipped per column."""
        with self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                return aggregate_in_sql(connection, query)
            return aggregate_in_python(connection, query)

    def visit_count(self, filters: Filters) -> int:
        table = VisitSummary.__table__
        with self.engine.connect() as connection:
            query = select(func.count()).select_from(table).where(
                and_(true(), *_conditions(table, filters)))
            return int(connection.execute(query).scalar_one())

    def summary(self, filters: Filters) -> Summary:
        """The headline figures: what ``kiosk stats summary`` prints and exports lead with.

        Two passes: one over the filtered visits (count, dwell by life event for the
        baseline, kiosk time), one over their department rows (wait and service).
        """
        v = VisitSummary.__table__
        visits = self._aggregate(
            select(v.c.life_event.label("k"), v.c.dwell_seconds, v.c.kiosk_seconds)
            .where(and_(true(), *_conditions(v, filters)))
        )
        d = DepartmentSummary.__table__
        counters = self._aggregate(
            select(d.c.department.label("k"), d.c.wait_seconds, d.c.service_seconds)
            .where(and_(true(), *_conditions(d, filters)))
        )
        waits, services = dict(counters.groups[0]), dict(counters.groups[1])
        departments = {
            name: {"wait": waits.get(name, EMPTY), "service": services.get(name, EMPTY)}
            for name in sorted(set(waits) | set(services))
        }
        return Summary(
            filters, visits.rows, visits.totals[0], visits.totals[1], counters.totals[0],
            counters.totals[1], departments,
            self.compare_with_baseline(filters, dict(visits.groups[0])),
        )

    def compare_with_baseline(
        self, filters: Filters, dwell_by_event: dict[Any, Figures] | None = None
    ) -> BaselineComparison | None:
        current = (dwell_by_event if dwell_by_event is not None
                   else dict(self.figures("dwell", filters, "life_event")))
        b = Baseline.__table__.c
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(b.life_event, func.avg(b.minutes), func.count()).group_by(b.life_event)
            ).all()
        survey = {str(r[0]): float(r[1]) for r in rows}
        if not survey or not current:
            return None
        shared = [le for le in current if le in survey and current[le].mean is not None]
        if shared:
            weights = {le: current[le].count for le in shared}
            total = sum(weights.values())
            before = sum(survey[le] * weights[le] for le in shared) / total
            now = sum((current[le].mean or 0.0) / 60 * weights[le] for le in shared) / total
        else:
            counts = sum(int(r[2]) for r in rows)
            before = sum(float(r[1]) * int(r[2]) for r in rows) / counts
            figures = [f for f in current.values() if f.mean is not None]
            total = sum(f.count for f in figures)
            now = sum((f.mean or 0.0) * f.count for f in figures) / total / 60
        reduction = 1 - now / before if before > 0 else 0.0
        return BaselineComparison(
            before, now, reduction, reduction / TARGET_REDUCTION, before * (1 - TARGET_REDUCTION)
        )


__all__ = [
    "EMPTY", "GROUPINGS", "METRICS", "BaselineComparison", "Figures", "Filters", "StatsService",
    "Summary", "figures_of", "minutes", "percentile_cont",
]


def minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 2)
