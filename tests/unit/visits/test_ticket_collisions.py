"""Two visits printed the same ticket: both are stored, the resident keeps the number, staff see both.

The probe of issue 11 lost 820 of 2,675 visit rows because a bare ``ON CONFLICT DO NOTHING``
also swallowed the (day, ticket) uniqueness: the colliding visit row was dropped while its
events were stored. Here two terminals share one id (or one outbox was started again), so
their offline tickets collide.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import OperationalError

from kiosk.app.clerk_service import ClerkService
from kiosk.personal.store import PersonalStore
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.clock import local_day
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.store import parse_ticket_label, ticket_label


@pytest.fixture
def dead_engine() -> Iterator[Engine]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = make_engine(f"postgresql://kiosk:kiosk@127.0.0.1:{port}/none", connect_timeout=2)
    yield engine
    engine.dispose()


def _offline_visit(recorder: MetricsRecorder) -> tuple[str, str]:
    ticket = recorder.start_visit()
    recorder.record(ticket.visit_id, "navigation_done", departments=["JUMIN"])
    recorder.record(ticket.visit_id, "forms_printed")
    return ticket.visit_id, ticket.ticket


def test_colliding_offline_tickets_keep_both_visits_and_mark_them(
        engine: Engine, dead_engine: Engine, tmp_path: Path) -> None:
    first = MetricsRecorder(dead_engine, Outbox(tmp_path / "a.sqlite3"), "kiosk-1")
    second = MetricsRecorder(dead_engine, Outbox(tmp_path / "b.sqlite3"), "kiosk-1")
    a_id, a_ticket = _offline_visit(first)
    b_id, b_ticket = _offline_visit(second)
    assert a_ticket == b_ticket == "kiosk-1-1"  # two residents hold the same paper

    assert first.outbox.sync(engine) == 4  # the visit row and its three events
    assert second.outbox.sync(engine) == 4
    assert second.outbox.sync(engine) == 0
    with engine.connect() as c:
        stored = {r.id: (r.ticket, r.ticket_rank) for r in c.execute(
            select(Visit.id, Visit.ticket, Visit.ticket_rank))}
        events = c.execute(select(func.count()).select_from(VisitEvent)).scalar_one()
    assert stored == {a_id: ("kiosk-1-1", 0), b_id: ("kiosk-1-1", 1)}  # printed number kept
    assert events == 6

    clerk = ClerkService(engine, first, PersonalStore(engine, "48"))

    day = local_day(first.clock.now())
    queue = {e.visit_id: e.ticket for e in clerk.queue("JUMIN", day)}
    assert queue == {a_id: "kiosk-1-1 ⚠1", b_id: "kiosk-1-1 ⚠2"}
    assert clerk.find("kiosk-1-1 ⚠2", day) == b_id
    assert clerk.find("kiosk-1-1 ⚠1", day) == a_id
    assert clerk.find("kiosk-1-1", day) == a_id  # the bare number: the first one


def test_a_resent_visit_is_not_ranked_again(engine: Engine, dead_engine: Engine,
                                            tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "a.sqlite3")
    recorder = MetricsRecorder(dead_engine, outbox, "kiosk-1")
    _offline_visit(recorder)
    pending = outbox._batch()
    assert outbox.sync(engine) == 4
    for _seq, kind, row in pending:  # a crash before the outbox was emptied
        outbox.put(kind, row)
    assert outbox.sync(engine) == 4
    with engine.connect() as c:
        ranks = c.execute(select(Visit.ticket_rank)).scalars().all()
        events = c.execute(select(func.count()).select_from(VisitEvent)).scalar_one()
    assert ranks == [0] and events == 3


def test_an_unmarked_ticket_reads_as_itself() -> None:
    assert ticket_label("12", 0, shared=False) == "12"
    assert ticket_label("kiosk-1-3", 2, shared=True) == "kiosk-1-3 ⚠3"
    assert parse_ticket_label("kiosk-1-3 ⚠3") == ("kiosk-1-3", 2)
    assert parse_ticket_label("kiosk-1-3") == ("kiosk-1-3", 0)
    assert parse_ticket_label("x ⚠0") == ("x ⚠0", 0)


def test_a_start_committed_as_the_connection_died_keeps_the_printed_offline_ticket(
        engine: Engine, tmp_path: Path) -> None:
    from kiosk.visits.store import insert_visits

    outbox = Outbox(tmp_path / "a.sqlite3")
    online = MetricsRecorder(engine, outbox, "kiosk-1")
    central = online.start_visit()  # committed centrally with ticket "1" …
    assert central.ticket == "1"
    with engine.connect() as c:  # … but the terminal saw an error and printed offline
        row = dict(c.execute(select(Visit.__table__).where(Visit.id == central.visit_id))
                   .mappings().one())
    with engine.begin() as c:
        insert_visits(c, [{**row, "ticket": "kiosk-1-1"}])
    with engine.connect() as c:
        assert c.execute(select(Visit.ticket)).scalars().all() == ["kiosk-1-1"]


class _CommitThenDie:
    """An engine whose transactions commit, then report the connection lost."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection
        raise OperationalError("COMMIT", {}, Exception("server closed the connection"))


def test_a_start_that_committed_unseen_is_neither_doubled_nor_renumbered(
        engine: Engine, tmp_path: Path) -> None:
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "a.sqlite3"), "kiosk-1")
    recorder.engine = _CommitThenDie(engine)  # type: ignore[assignment]
    ticket = recorder.start_visit()
    assert ticket.offline and ticket.ticket == "kiosk-1-1"  # what the resident holds
    recorder.engine = engine
    recorder._paused_until = 0.0
    assert recorder.sync() == 2
    with engine.connect() as c:
        starts = c.execute(select(func.count()).select_from(VisitEvent)
                           .where(VisitEvent.kind == "visit_started")).scalar_one()
        stored = c.execute(select(Visit.ticket)).scalars().all()
    assert starts == 1 and stored == ["kiosk-1-1"]
