"""The roll-ups against an exact recomputation: same counts and means, percentiles within
the stated bound, and still so after late events and a purge (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, Table, select

from kiosk.domain.log_histogram import error_bound
from kiosk.statistics.aggregate import Figures
from kiosk.statistics.channels import channel_figures
from kiosk.statistics.demo_data import insert_demo
from kiosk.statistics.stats import Filters, StatsService
from kiosk.storage import rollups
from kiosk.storage.tables import StatsRollup, VisitEvent, VisitSummary
from kiosk.visits.clock import LOCAL_TZ
from kiosk.visits.purge import purge_metrics
from kiosk.visits.store import insert_ignore, insert_visits, refresh_summaries

END = date(2026, 11, 20)
RANGES = (
    Filters(),  # all time: month cells only
    Filters(date(2026, 10, 1), date(2026, 10, 31)),  # a calendar month
    Filters(date(2026, 9, 17), END),  # days, a month, days
)


def assert_close(rolled: Figures, exact: Figures) -> None:
    assert rolled.count == exact.count
    if not exact.count:
        return
    assert rolled.mean == pytest.approx(exact.mean, rel=1e-9)
    for estimate, value in ((rolled.median, exact.median), (rolled.p90, exact.p90)):
        assert estimate is not None and value is not None
        assert abs(estimate - value) <= error_bound(value) + 1e-9 * value


def assert_same_statistics(engine: Engine, filters: Filters) -> None:
    exact = StatsService(engine, exact_limit=10**9)
    rolled = StatsService(engine, exact_limit=0)
    a, b = rolled.summary(filters), exact.summary(filters)
    assert not a.exact and b.exact
    assert a.visits == b.visits > 0
    for metric in b.figures:
        assert_close(a.figures[metric], b.figures[metric])
    assert a.departments.keys() == b.departments.keys()
    for name, figures in b.departments.items():
        for metric, values in figures.items():
            assert_close(a.departments[name][metric], values)
    assert a.baseline == b.baseline
    for grouping in ("day", "week", "life_event", "channel", "department"):
        for metric in exact.vocabulary.metric_ids:
            total_a, groups_a = rolled.figures_with_total(metric, filters, grouping)
            total_b, groups_b = exact.figures_with_total(metric, filters, grouping)
            assert_close(total_a, total_b)
            assert [k for k, _ in groups_a] == [k for k, _ in groups_b]
            for (_, fa), (_, fb) in zip(groups_a, groups_b, strict=True):
                assert_close(fa, fb)
    for row_a, row_b in zip(channel_figures(rolled, filters), channel_figures(exact, filters),
                            strict=True):
        assert (row_a.channel, row_a.visits) == (row_b.channel, row_b.visits)
        for metric, values in row_b.figures.items():
            assert_close(row_a.of(metric), values)


def cells(engine: Engine) -> dict[tuple, tuple[int, float]]:
    r = StatsRollup.__table__.c
    with engine.connect() as c:
        return {tuple(row[:6]): (row[6], pytest.approx(row[7], abs=1e-6))
                for row in c.execute(select(r.grain, r.dimension, r.period, r.metric, r.member,
                                            r.bin, r.value_count, r.value_sum))
                if row[6]}


def assert_cells_equal_a_rebuild(engine: Engine) -> None:
    kept = cells(engine)
    with engine.begin() as c:
        rollups.rebuild(c)
    assert cells(engine) == kept


def test_the_rollups_give_the_exact_figures_within_the_bound(engine: Engine) -> None:
    insert_demo(engine, 900, 80, end=END, seed=4)
    for filters in RANGES:
        assert_same_statistics(engine, filters)
    assert_cells_equal_a_rebuild(engine)


def _local(day: date, hour: int, minute: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)


def _event(visit_id: str, n: int, kind: str, at: datetime, department: str | None = None
           ) -> dict[str, object]:
    return {"id": f"{visit_id[:30]}late{n:02d}", "visit_id": visit_id, "kind": kind,
            "department": department, "method": None, "attrs": None, "terminal_id": "tab",
            "occurred_at": at}


def test_late_events_move_a_visit_between_cells(engine: Engine) -> None:
    insert_demo(engine, 300, 30, end=END, seed=6)
    events = VisitEvent.__table__
    assert isinstance(events, Table)
    day = END - timedelta(days=1)
    with engine.connect() as c:
        counted = c.execute(select(VisitSummary.visit_id, VisitSummary.day)
                            .where(VisitSummary.dwell_seconds.is_not(None))
                            .order_by(VisitSummary.visit_id).limit(1)).one()
    # an event that changes a visit's dwell after it was counted: it left an hour later
    with engine.begin() as c:
        left = c.execute(select(events.c.occurred_at).where(
            events.c.visit_id == counted.visit_id, events.c.kind == "left")).scalar_one()
        insert_ignore(c, events, [_event(counted.visit_id, 1, "left",
                                         left + timedelta(hours=1))])
        refresh_summaries(c, [counted.visit_id])
    # a whole visit synced late from an offline tablet, its events out of order
    visit_id = "0190aaaa-bbbb-7ccc-8ddd-eeeeffff0001"
    with engine.begin() as c:
        insert_visits(c, [{"id": visit_id, "day": day, "ticket": "tab-1", "terminal_id": "tab",
                           "started_at": _local(day, 9, 0), "channel": "walk_in"}])
        insert_ignore(c, events, [
            _event(visit_id, 3, "left", _local(day, 10, 30)),
            _event(visit_id, 1, "visit_started", _local(day, 9, 0)),
            _event(visit_id, 2, "service_started", _local(day, 9, 20), "JUMIN"),
        ])
        refresh_summaries(c, [visit_id])
        # … and the service's end arrives later still
        insert_ignore(c, events, [_event(visit_id, 4, "service_finished",
                                         _local(day, 9, 50), "JUMIN")])
        refresh_summaries(c, [visit_id])
    for filters in RANGES:
        assert_same_statistics(engine, filters)
    assert_cells_equal_a_rebuild(engine)
    exact = StatsService(engine, exact_limit=10**9).summary(Filters(day, day))
    rolled = StatsService(engine, exact_limit=0).summary(Filters(day, day))
    assert rolled.visits == exact.visits and rolled.figures["service"].count == (
        exact.figures["service"].count)


def test_a_purge_leaves_no_trace_in_the_rollups(engine: Engine) -> None:
    insert_demo(engine, 300, 60, end=END, seed=2)
    purge_metrics(engine, 30, datetime(2026, 11, 21, 12, tzinfo=UTC))
    assert_cells_equal_a_rebuild(engine)
    assert_same_statistics(engine, Filters())


def test_the_summary_says_where_its_percentiles_come_from(engine: Engine) -> None:
    insert_demo(engine, 60, 10, end=END, seed=1)
    assert StatsService(engine).summary(Filters()).as_dict()["percentiles"] == {"exact": True}
    note = StatsService(engine, exact_limit=0).summary(Filters()).as_dict()["percentiles"]
    assert note == {"exact": False, "relative_error": 0.01, "absolute_error_seconds": 0.5}
    # a filter the roll-ups do not cut by: computed exactly
    assert StatsService(engine, exact_limit=0).summary(Filters(channel="walk_in")).exact


def test_demo_cells_added_to_days_that_had_visits_equal_a_rebuild(engine: Engine) -> None:
    """``demo-data`` counts its cells as it generates and adds them to the days' cells."""
    insert_demo(engine, 200, 20, end=END, seed=3)
    insert_demo(engine, 200, 40, end=END, seed=9)
    assert_cells_equal_a_rebuild(engine)
    assert_same_statistics(engine, Filters())
