"""Synthetic visits: plausible, consistent with the real summary code, bulk-written."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kiosk.statistics.demo_data import generate, insert_demo
from kiosk.storage.tables import DepartmentSummary, Visit, VisitEvent, VisitSummary
from kiosk.visits.clock import LOCAL_TZ
from kiosk.visits.outbox import Outbox
from kiosk.visits.purge import purge_metrics
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.store import next_ticket, refresh_summaries
from kiosk.visits.working_days import is_working_day

END = date(2026, 11, 20)


def _summaries(engine: Engine) -> tuple[dict[str, tuple], dict[tuple[str, str], tuple]]:
    v, d = VisitSummary.__table__.c, DepartmentSummary.__table__.c
    with engine.connect() as c:
        visits = {r[0]: tuple(r[1:]) for r in c.execute(
            select(v.visit_id, v.day, v.hour, v.week, v.life_event, v.channel,
                   v.dwell_seconds, v.kiosk_seconds))}
        depts = {(r[0], r[1]): tuple(r[2:]) for r in c.execute(
            select(d.visit_id, d.department, d.day, d.hour, d.life_event, d.channel,
                   d.wait_seconds, d.service_seconds, d.sent_back))}
    return visits, depts


def _approx(rows: dict) -> dict:
    return {k: tuple(pytest.approx(x, abs=1e-3) if isinstance(x, float) else x for x in row)
            for k, row in rows.items()}


def test_generated_summaries_equal_what_the_events_give(engine: Engine) -> None:
    assert insert_demo(engine, 400, 14, end=END, seed=3) == 400
    before = _summaries(engine)
    with engine.connect() as c:
        ids = list(c.execute(select(Visit.id)).scalars())
    with engine.begin() as c:
        refresh_summaries(c, ids)
    after = _summaries(engine)
    assert after[0] == _approx(before[0])
    assert after[1] == _approx(before[1])
    assert any(row[-1] for row in after[1].values())  # some visits were sent back


def test_a_child_process_generates_the_same_visits(sqlite_engine: Engine, tmp_path: Path
                                                    ) -> None:
    from kiosk.storage import migrate
    from kiosk.storage.db import make_engine

    in_thread = make_engine(f"sqlite:///{(tmp_path / 'thread.sqlite3').as_posix()}")
    migrate.upgrade(in_thread)
    assert insert_demo(sqlite_engine, 300, 14, end=END, seed=8, in_child=True) == 300
    insert_demo(in_thread, 300, 14, end=END, seed=8, in_child=False)
    assert _summaries(sqlite_engine) == _summaries(in_thread)
    in_thread.dispose()


def test_demo_visits_look_like_a_town_hall(engine: Engine, tmp_path: Path) -> None:
    insert_demo(engine, 1200, 30, end=END, seed=5)
    with engine.connect() as c:
        rows = c.execute(select(Visit.day, Visit.ticket, Visit.started_at, Visit.life_event,
                                Visit.channel, Visit.household_size)).all()
        events = c.execute(select(func.count()).select_from(VisitEvent)).scalar_one()
    assert len(rows) == 1200 and events > 1200 * 6
    assert all(is_working_day(r.day) and r.day <= END for r in rows)
    assert len({(r.day, r.ticket) for r in rows}) == 1200
    mix = Counter(r.life_event for r in rows)
    assert mix.most_common(1)[0][0] in {"IN", "OUT"} and set(mix) <= {"IN", "OUT", "MV", "B", "D",
                                                                     "M", "V", "H"}
    assert {r.channel for r in rows} == {"card", "manual", "pre_application", "walk_in"}
    assert max(r.household_size for r in rows) > 3
    # the counter moved on: a real visit on a demo day continues the numbering
    last_day = max(r.day for r in rows)
    last = max(int(r.ticket) for r in rows if r.day == last_day)
    with engine.begin() as c:
        assert next_ticket(c, last_day) == last + 1


def test_arrivals_peak_in_the_morning_and_after_lunch() -> None:
    starts: Counter[int] = Counter()
    for chunk in generate(5000, 20, end=END, seed=9):
        for row in chunk.visits:
            starts[row[4].astimezone(LOCAL_TZ).hour] += 1
    assert set(starts) <= set(range(8, 17))
    assert starts[9] > starts[12] < starts[13] and starts[9] > starts[16]


def test_purge_metrics_keeps_recent_days(engine: Engine, tmp_path: Path) -> None:
    insert_demo(engine, 300, 60, end=END, seed=2)
    now = datetime(2026, 11, 21, 12, tzinfo=UTC)
    assert purge_metrics(engine, 0, now) == 0
    removed = purge_metrics(engine, 30, now)
    with engine.connect() as c:
        days = c.execute(select(Visit.day)).scalars().all()
        orphans = c.execute(select(func.count()).select_from(VisitEvent)
                            .where(VisitEvent.visit_id.not_in(select(Visit.id)))).scalar_one()
        summaries = c.execute(select(func.count()).select_from(VisitSummary)).scalar_one()
    assert removed > 0 and len(days) == 300 - removed == summaries
    assert min(days) >= date(2026, 10, 22) and orphans == 0
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "o.sqlite3"), "k")
    assert recorder.start_visit().ticket  # still works after the purge


def test_pre_applied_demo_visits_spend_a_short_time_at_the_kiosk(engine: Engine) -> None:
    from kiosk.statistics.channels import channel_figures
    from kiosk.statistics.demo_mix import channel_mix
    from kiosk.statistics.stats import Filters, StatsService

    insert_demo(engine, 1500, 20, end=END, seed=11)
    rows = {r.channel: r for r in channel_figures(StatsService(engine), Filters())}
    steps = {p.channel: p.kiosk for p in channel_mix()}
    pre, card = rows["pre_application"].of("kiosk"), rows["card"].of("kiosk")
    assert pre.median is not None and card.median is not None
    pre_steps = steps["pre_application"]
    assert pre_steps is not None and pre_steps.at_home
    # about the sum of its steps' medians, and well under the card's
    total = pre_steps.identify + pre_steps.answer + pre_steps.print
    assert 0.7 * total < pre.median < 1.3 * total
    assert pre.median < card.median / 2.5
    assert rows["walk_in"].of("kiosk").count == 0 and steps["walk_in"] is None
    assert sum(r.visits for r in rows.values()) == 1500
