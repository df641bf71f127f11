"""Statistics of every metric of the vocabulary: ``StatsService`` for the CLI and UI.

The metrics (dwell, kiosk, wait and service time, …), the groupings and the channels are
those of a ``kiosk.visits.vocabulary.Vocabulary`` (``VOCABULARY`` unless one is given);
nothing here lists them.

Figures per group are count, mean, median and 90th percentile (``percentile_cont``),
computed in SQL on PostgreSQL and by one unsorted fetch on SQLite: see
``kiosk.statistics.aggregate``.

**Two sources, one answer.** Over more than ``EXACT_LIMIT`` visits, with no life event,
department or channel filter, the figures the roll-ups hold (``HELD``: all but the hour
of day and crossings such as dwell by department) come from the daily and monthly roll-ups
(``kiosk.statistics.rollup_reader``): counts and means exact, medians and 90th
percentiles within 1 % + 0.5 s of the exact ones (``kiosk.domain.log_histogram``), and
``Summary.exact`` is ``False``. Otherwise (a short range, a filter, the hour of day) they
are computed exactly from the per-visit summary tables (``visit_summary``,
``department_summary``), filtered by day with the (day, …) indexes. Both are kept up to
date in the transaction that writes the events.

The **baseline** comparison is mix-adjusted (``kiosk.statistics.baseline.compare``).
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

from kiosk.domain.log_histogram import ABSOLUTE_ERROR, RELATIVE_ERROR
from kiosk.statistics.aggregate import (
    EMPTY,
    Figures,
    Pass,
    aggregate_in_python,
    aggregate_in_sql,
    figures_of,
    percentile_cont,
)
from kiosk.statistics.baseline import TARGET_REDUCTION, BaselineComparison, SurveyMean, compare
from kiosk.statistics.rollup_reader import RollupView
from kiosk.storage.rollups import ALL, DEPARTMENT, HELD, LIFE_EVENT, ROLLED_UP, VISITS
from kiosk.storage.tables import Baseline, DepartmentSummary, VisitSummary
from kiosk.visits.vocabulary import HEADLINE_METRIC, VOCABULARY, Level, Metric, Vocabulary

#: Up to this many visits in the range, the figures are computed exactly from the
#: per-visit summaries (a fraction of a second); beyond, from the roll-ups.
EXACT_LIMIT = 20_000

@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    life_event: str | None = None
    department: str | None = None
    channel: str | None = None


@dataclass
class Summary:
    """The headline: the visit count and the figures of every metric, by metric id.

    ``departments`` holds, per department, the figures of the department-level metrics.
    """

    filters: Filters
    visits: int
    figures: dict[str, Figures]
    departments: dict[str, dict[str, Figures]] = field(default_factory=dict)
    baseline: BaselineComparison | None = None
    exact: bool = True  # False: percentiles from the roll-ups' histograms (see above)

    @property
    def dwell(self) -> Figures:
        """The headline figure (``HEADLINE_METRIC``), the one the baseline compares."""
        return self.figures[HEADLINE_METRIC]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: one top-level key per metric, beside visits, filters and baseline."""
        data = asdict(self)
        filters = {k: (v.isoformat() if isinstance(v, date) else v)
                   for k, v in asdict(self.filters).items()}
        return {"filters": filters, "visits": self.visits, **data["figures"],
                "departments": data["departments"], "baseline": data["baseline"],
                "percentiles": percentile_note(self.exact)}


def percentile_note(exact: bool) -> dict[str, Any]:
    """How exact the medians and 90th percentiles are (``--json``'s ``percentiles``)."""
    if exact:
        return {"exact": True}
    return {"exact": False, "relative_error": RELATIVE_ERROR,
            "absolute_error_seconds": ABSOLUTE_ERROR}


def _table(level: Level) -> Any:
    return VisitSummary.__table__ if level == "visit" else DepartmentSummary.__table__


def _source(metric: Metric) -> tuple[Any, ColumnElement[Any]]:
    table = _table(metric.level)
    return table, table.c[metric.column]


def _values(table: Any, metrics: tuple[Metric, ...]) -> list[ColumnElement[Any]]:
    # labelled by position: two metrics may read the same column
    return [table.c[m.column].label(f"v{i}") for i, m in enumerate(metrics)]


def conditions(table: Any, filters: Filters) -> list[ColumnElement[bool]]:
    """The ``where`` terms of ``filters`` on a summary table (visit or department level)."""
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
                                         *conditions(DepartmentSummary.__table__,
                                                      Filters(filters.date_from, filters.date_to)))
            ))
    return out


class StatsService:
    """What the manager window and ``kiosk stats`` ask; never touches events directly."""

    def __init__(self, engine: Engine, vocabulary: Vocabulary = VOCABULARY, *,
                 exact_limit: int = EXACT_LIMIT) -> None:
        self.engine = engine
        self.vocabulary = vocabulary
        self.exact_limit = exact_limit

    def rollups(self, filters: Filters) -> RollupView | None:
        """The roll-ups of the range when they answer ``filters`` and the range holds more
        than ``exact_limit`` visits; ``None``: compute exactly."""
        if filters.life_event or filters.department or filters.channel:
            return None
        if any(m.column not in ROLLED_UP for m in self.vocabulary.metrics):
            return None  # a town's own figure from a column the roll-ups do not hold
        view = RollupView(self.engine, filters.date_from, filters.date_to)
        if view.cells(ALL).figures(VISITS).count <= self.exact_limit:
            return None
        return view

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
        column = self.vocabulary.metric(metric).column
        if by is None or by in ("day", "week") or column in HELD.get(by, ()):
            view = self.rollups(filters)
            if view is not None:
                return _rollup_figures(view, self.vocabulary.metric(metric), by)
        table, value = _source(self.vocabulary.metric(metric))
        if by == "department" and "department" not in table.c:
            # a visit counts under each department it went through: no meaningful total
            return self.figures_with_total(metric, filters, None)[0], (
                self._visit_figures_by_department(metric, filters))
        if by is not None:
            self.vocabulary.grouping(by)  # raises on an unknown grouping
        key = (literal("all") if by is None else table.c[by]).label("k")
        where = and_(value.is_not(None), *conditions(table, filters))
        result = self.aggregate(select(key, value).where(where))
        return result.totals[0], ([] if by is None else result.groups[0])

    def _visit_figures_by_department(
        self, metric: str, filters: Filters
    ) -> list[tuple[Any, Figures]]:
        v = VisitSummary.__table__
        d = DepartmentSummary.__table__
        value = v.c[self.vocabulary.metric(metric).column]
        key = d.c.department.label("k")
        where = and_(value.is_not(None), *conditions(d, filters))
        if filters.channel or filters.life_event:
            where = and_(where, *conditions(v, Filters(life_event=filters.life_event,
                                                         channel=filters.channel)))
        query = select(key, value).select_from(v.join(d, d.c.visit_id == v.c.visit_id)).where(where)
        return self.aggregate(query).groups[0]

    def aggregate(self, query: Select[Any]) -> Pass:
        """Figures of every value column of ``select(key, value, …)``, NULLs skipped per column."""
        with self.engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                return aggregate_in_sql(connection, query)
            return aggregate_in_python(connection, query)

    def visit_count(self, filters: Filters) -> int:
        table = VisitSummary.__table__
        with self.engine.connect() as connection:
            query = select(func.count()).select_from(table).where(
                and_(true(), *conditions(table, filters)))
            return int(connection.execute(query).scalar_one())

    def summary(self, filters: Filters) -> Summary:
        """The headline figures: what ``kiosk stats summary`` prints and exports lead with.

        Two passes: one over the filtered visits (the count, every visit-level metric, the
        headline by life event for the baseline), one over their department rows (every
        department-level metric, per department).
        """
        view = self.rollups(filters)
        if view is not None:
            return self._summary_from_rollups(view, filters)
        vocabulary = self.vocabulary
        per_visit, per_department = vocabulary.at_level("visit"), vocabulary.at_level("department")
        v = VisitSummary.__table__
        visits = self.aggregate(
            select(v.c.life_event.label("k"), *_values(v, per_visit))
            .where(and_(true(), *conditions(v, filters)))
        )
        d = DepartmentSummary.__table__
        counters = self.aggregate(
            select(d.c.department.label("k"), *_values(d, per_department))
            .where(and_(true(), *conditions(d, filters)))
        )
        figures = {m.id: visits.totals[i] for i, m in enumerate(per_visit)}
        figures |= {m.id: counters.totals[i] for i, m in enumerate(per_department)}
        by_department = {m.id: dict(counters.groups[i]) for i, m in enumerate(per_department)}
        names = sorted({name for groups in by_department.values() for name in groups})
        departments = {name: {metric: groups.get(name, EMPTY)
                              for metric, groups in by_department.items()} for name in names}
        headline = [m.id for m in per_visit].index(HEADLINE_METRIC)
        return Summary(
            filters, visits.rows, {m.id: figures[m.id] for m in vocabulary.metrics},
            departments, self.compare_with_baseline(filters, dict(visits.groups[headline])),
        )

    def _summary_from_rollups(self, view: RollupView, filters: Filters) -> Summary:
        vocabulary = self.vocabulary
        everything, by_department = view.cells(ALL), view.cells(DEPARTMENT)
        per_department = vocabulary.at_level("department")
        names = sorted({name for m in per_department for name in by_department.members(m.column)})
        departments = {name: {m.id: by_department.figures(m.column, name)
                              for m in per_department} for name in names}
        headline = vocabulary.metric(HEADLINE_METRIC).column
        by_event = dict(view.cells(LIFE_EVENT).groups(headline))
        return Summary(
            filters, everything.figures(VISITS).count,
            {m.id: everything.figures(m.column) for m in vocabulary.metrics}, departments,
            self.compare_with_baseline(filters, by_event), exact=False,
        )

    def compare_with_baseline(
        self, filters: Filters, dwell_by_event: dict[Any, Figures] | None = None
    ) -> BaselineComparison | None:
        current = (dwell_by_event if dwell_by_event is not None
                   else dict(self.figures(HEADLINE_METRIC, filters, "life_event")))
        return compare(self.survey(), current)

    def survey(self) -> list[SurveyMean]:
        """The pre-system survey's mean minutes per life event (empty: none imported)."""
        b = Baseline.__table__.c
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(b.life_event, func.avg(b.minutes), func.count()).group_by(b.life_event)
            ).all()
        return [SurveyMean(str(r[0]), float(r[1]), int(r[2])) for r in rows]


__all__ = [
    "EMPTY", "TARGET_REDUCTION", "BaselineComparison", "Figures", "Filters", "StatsService",
    "Summary", "figures_of", "minutes", "percentile_cont",
]


def _rollup_figures(view: RollupView, metric: Metric, by: str | None
                    ) -> tuple[Figures, list[tuple[Any, Figures]]]:
    total = view.cells(ALL).figures(metric.column)
    if by is None:
        return total, []
    if by == "day":
        return total, view.cells(ALL, by_day=True).groups(metric.column)
    if by == "week":
        return total, view.by_week(metric.column)
    return total, view.cells(by).groups(metric.column)


def minutes(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 2)
