"""Eight terminals at once against one real PostgreSQL: unique tickets, no lost event.

Each worker process is a terminal with its own engine and outbox, and drives every visit
through the very ``start_visit`` / ``record`` calls the kiosk makes — no batching of the
writes under test. A visit here is short (start, identified, forms printed, called,
left) so that 8 × 500 visits fit the two cores of the test machine in reasonable time.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent, VisitSummary
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

PROCESSES = 8
VISITS = 500

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _terminal(args: tuple[str, str, int]) -> tuple[list[tuple[str, str, bool]], list[str]]:
    url, folder, number = args
    engine = make_engine(url)
    recorder = MetricsRecorder(engine, Outbox(Path(folder) / f"outbox-{number}.sqlite3"),
                               f"kiosk-{number}")
    visits: list[tuple[str, str, bool]] = []
    events: list[str] = []
    try:
        for _ in range(VISITS):
            ticket = recorder.start_visit()
            visits.append((ticket.visit_id, ticket.ticket, ticket.offline))
            v = ticket.visit_id
            events.append(recorder.record(v, "identified", method="card"))
            events.append(recorder.record(v, "forms_printed"))
            events.append(recorder.record(v, "called", "JUMIN"))
            events.append(recorder.record(v, "left"))
    finally:
        engine.dispose()
    return visits, events


def test_eight_terminals_get_unique_tickets_and_lose_nothing(fresh_pg_url: str,
                                                             tmp_path: Path) -> None:
    engine = make_engine(fresh_pg_url)
    migrate.upgrade(engine)
    engine.dispose()
    context = multiprocessing.get_context("spawn")  # fresh interpreter, fresh engine
    with context.Pool(PROCESSES) as pool:
        results = pool.map(_terminal, [(fresh_pg_url, str(tmp_path), i) for i in range(PROCESSES)])
    visits = [v for vs, _ in results for v in vs]
    event_ids = [e for _, es in results for e in es]
    assert len(visits) == PROCESSES * VISITS
    assert not any(offline for _, _, offline in visits)
    tickets = [int(t) for _, t, _ in visits]
    assert sorted(tickets) == list(range(1, PROCESSES * VISITS + 1))  # unique and no gap

    engine = make_engine(fresh_pg_url)
    try:
        with engine.connect() as c:
            stored = dict(c.execute(select(Visit.id, Visit.ticket)).all())
            stored_events = set(c.execute(select(VisitEvent.id)).scalars())
            per_visit = c.execute(select(func.count()).select_from(VisitEvent)
                                  .group_by(VisitEvent.visit_id)).scalars().all()
            summaries = c.execute(select(func.count()).select_from(VisitSummary)
                                  .where(VisitSummary.dwell_seconds.is_not(None))).scalar_one()
    finally:
        engine.dispose()
    assert stored == {v: t for v, t, _ in visits}
    assert set(event_ids) <= stored_events
    assert len(stored_events) == len(event_ids) + len(visits)  # plus each visit_started
    assert set(per_visit) == {5}
    assert summaries == len(visits)
    assert [p.stat().st_size for p in tmp_path.glob("outbox-*.sqlite3")]  # created, unused
    assert all(Outbox(p).size() == 0 for p in tmp_path.glob("outbox-*.sqlite3"))
