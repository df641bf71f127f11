"""ClerkService: the queue of a counter, scanning, audited opening, marking."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from kiosk.app.clerk_service import ClerkService
from kiosk.personal import audit
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage.tables import VisitEvent, VisitSummary
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

TOWN_KEYS = TownKeyPair.generate()  # the clerk terminal's town key pair

def _kiosk_visit(kiosk: MetricsRecorder, route: list[str]) -> tuple[str, str]:
    ticket = kiosk.start_visit()
    kiosk.record(ticket.visit_id, "identified", method="card")
    kiosk.record(ticket.visit_id, "navigation_done", life_event="IN", departments=route)
    kiosk.record(ticket.visit_id, "forms_printed")
    return ticket.visit_id, ticket.ticket


def test_a_visit_goes_through_two_counters(engine: Engine, tmp_path: Path) -> None:
    kiosk = MetricsRecorder(engine, Outbox(tmp_path / "k.sqlite3"), "kiosk-1")
    clerk_recorder = MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-1")
    personal = PersonalStore(engine, opener=TOWN_KEYS)
    clerk = ClerkService(engine, clerk_recorder, personal)
    first, first_ticket = _kiosk_visit(kiosk, ["JUMIN", "HOKEN"])
    second, _ = _kiosk_visit(kiosk, ["HOKEN"])
    personal.put(first, {"name": "山田 太郎"})
    day = kiosk.start_visit().day  # a third visit without a route: in no queue

    assert [e.visit_id for e in clerk.queue("JUMIN", day)] == [first]
    assert [(e.visit_id, e.state) for e in clerk.queue("HOKEN", day)] == [
        (first, "waiting"), (second, "waiting")]
    assert clerk.find(first_ticket, day) == first
    assert clerk.find(f" {first} ", day) == first
    assert clerk.find("9999", day) is None

    data = clerk.open_visit(first, "staff-3")
    assert data is not None and data["name"] == "山田 太郎"
    assert [(e.staff_id, e.terminal_id, e.visit_id) for e in audit.entries(engine)] == [
        ("staff-3", "clerk-1", first)]

    clerk.mark(first, "called", "JUMIN")
    assert clerk.queue("JUMIN", day)[0].state == "called"
    clerk.mark(first, "service_started", "JUMIN")
    clerk.mark(first, "service_finished", "JUMIN")
    assert clerk.queue("JUMIN", day) == []
    assert [e.state for e in clerk.queue("JUMIN", day, include_done=True)] == ["done"]
    for kind in ("called", "service_started", "service_finished"):
        clerk.mark(first, kind, "HOKEN")
    # the last counter on the route finished: the visit left by itself
    with engine.connect() as c:
        kinds = c.execute(select(VisitEvent.kind).where(VisitEvent.visit_id == first)).scalars()
        dwell = c.execute(select(VisitSummary.dwell_seconds)
                          .where(VisitSummary.visit_id == first)).scalar_one()
    assert list(kinds).count("left") == 1 and dwell is not None
    assert [e.visit_id for e in clerk.queue("HOKEN", day)] == [second]
    clerk.mark_left(second)
    assert clerk.queue("HOKEN", day) == []


def test_a_walk_in_opened_at_the_counter(engine: Engine, tmp_path: Path) -> None:
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-2")
    clerk = ClerkService(engine, recorder, PersonalStore(engine, opener=TOWN_KEYS))
    ticket = clerk.open_walk_in(life_event="D", departments=["JUMIN"], household_size=2)
    assert [e.visit_id for e in clerk.queue("JUMIN", ticket.day)] == [ticket.visit_id]
    for kind in ("called", "service_started", "service_finished"):
        clerk.mark(ticket.visit_id, kind, "JUMIN")
    with engine.connect() as c:
        row = c.execute(select(VisitSummary).where(VisitSummary.visit_id == ticket.visit_id)).one()
    assert (row.channel, row.life_event, row.kiosk_seconds) == ("walk_in", "D", None)
    assert row.dwell_seconds is not None
