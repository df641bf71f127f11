"""The outbox: nothing lost, nothing counted twice, no error for the resident.

The "unreachable" database is a real PostgreSQL URL on a closed loopback port, so the
driver really fails to connect; "back" is the fixture's real database (SQLite and
PostgreSQL). The full stop/start of a server is in tests/integration/test_outage.py.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kiosk.config import Config
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent, VisitSummary
from kiosk.visits.outbox import Outbox, describe_outbox
from kiosk.visits.recorder import MetricsRecorder


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def dead_engine() -> Iterator[Engine]:
    engine = make_engine(f"postgresql://kiosk:kiosk@127.0.0.1:{_closed_port()}/none",
                         connect_timeout=2)
    yield engine
    engine.dispose()


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _count(engine: Engine, model: type[Visit] | type[VisitEvent]) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(model)).scalar_one())


def test_offline_visit_is_queued_and_sent_once(engine: Engine, dead_engine: Engine,
                                               tmp_path: Path) -> None:
    clock = Clock()
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    recorder = MetricsRecorder(dead_engine, outbox, "kiosk-2", monotonic=clock)
    ticket = recorder.start_visit()
    assert ticket.offline and ticket.ticket == "kiosk-2-1"
    assert not recorder.online  # pausing: the next writes go straight to the outbox
    for kind in ("navigation_done", "forms_printed", "left"):
        recorder.record(ticket.visit_id, kind)
    assert outbox.size() == 5  # the visit row and its four events
    assert recorder.start_visit().ticket == "kiosk-2-2"

    recorder.engine = engine  # the network is back
    clock.now += recorder.retry_after + 1
    later = recorder.start_visit()  # sends the outbox first, then goes online
    assert not later.offline and later.ticket == "1"
    assert outbox.size() == 0
    assert _count(engine, Visit) == 3
    assert _count(engine, VisitEvent) == 4 + 1 + 1
    with engine.connect() as c:
        dwell = c.execute(select(VisitSummary.dwell_seconds)
                          .where(VisitSummary.visit_id == ticket.visit_id)).scalar_one()
    assert dwell is not None and dwell >= 0
    assert recorder.sync() == 0


def test_resending_after_a_crash_counts_nothing_twice(engine: Engine, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    dead = make_engine(f"postgresql://k:k@127.0.0.1:{_closed_port()}/x", connect_timeout=2)
    offline = MetricsRecorder(dead, outbox, "kiosk-3")
    v = offline.start_visit().visit_id
    offline.record(v, "called", "JUMIN")
    offline.record(v, "service_started", "JUMIN")
    dead.dispose()
    pending = outbox._batch()
    assert outbox.sync(engine) == 4  # the visit row and three events
    for _seq, kind, row in pending:  # a crash before the outbox was emptied: all again
        outbox.put(kind, row)
    assert outbox.sync(engine) == 4
    assert _count(engine, Visit) == 1
    assert _count(engine, VisitEvent) == 3


def test_events_of_an_online_visit_survive_an_outage(engine: Engine, dead_engine: Engine,
                                                     tmp_path: Path) -> None:
    clock = Clock()
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "o.sqlite3"), "kiosk-1",
                               monotonic=clock)
    v = recorder.start_visit().visit_id
    recorder.engine = dead_engine
    recorder.record(v, "forms_printed")
    recorder.record(v, "left")
    assert recorder.outbox.size() == 2
    assert recorder.sync() == 0  # still down: no exception
    recorder.engine = engine
    clock.now += 100
    assert recorder.sync() == 2
    assert _count(engine, VisitEvent) == 3


def test_offline_tickets_of_two_terminals_never_collide(engine: Engine, dead_engine: Engine,
                                                        tmp_path: Path) -> None:
    a = MetricsRecorder(dead_engine, Outbox(tmp_path / "a.sqlite3"), "kiosk-1")
    b = MetricsRecorder(dead_engine, Outbox(tmp_path / "b.sqlite3"), "kiosk-2")
    tickets = [a.start_visit().ticket, b.start_visit().ticket, a.start_visit().ticket]
    assert tickets == ["kiosk-1-1", "kiosk-2-1", "kiosk-1-2"]
    a.outbox.sync(engine)
    b.outbox.sync(engine)
    online = MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "kiosk-3")
    assert online.start_visit().ticket == "1"
    with engine.connect() as c:
        assert sorted(c.execute(select(Visit.ticket)).scalars()) == [
            "1", "kiosk-1-1", "kiosk-1-2", "kiosk-2-1"]


def test_describe_outbox_reports_the_size(tmp_path: Path, dead_engine: Engine) -> None:
    path = tmp_path / "outbox.sqlite3"
    config = Config().replace("database", outbox_url=f"sqlite:///{path.as_posix()}")
    ok, message = describe_outbox(config)
    assert ok and "no outbox file" in message
    recorder = MetricsRecorder(dead_engine, Outbox(path), "kiosk-1")
    recorder.start_visit()
    ok, message = describe_outbox(config)
    assert not ok and message.startswith("2 item(s) waiting")


def test_an_item_the_database_refuses_stays_and_never_reaches_the_kiosk(
        engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    clock = Clock()
    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.put("event", {"id": "bad", "visit_id": None, "kind": "left", "terminal_id": "k",
                         "occurred_at": datetime(2026, 11, 25, tzinfo=UTC)})  # a bug: NOT NULL
    recorder = MetricsRecorder(engine, outbox, "kiosk-1", monotonic=clock)
    ticket = recorder.start_visit()  # no exception for the resident
    assert ticket.offline and "refused" in caplog.text
    assert recorder.sync() == 0
    assert outbox.size() == 3  # the bad row, then the new visit and its start, in order
