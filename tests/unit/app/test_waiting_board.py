"""The waiting board read from the visits database as clerks call tickets (SQLite and
PostgreSQL), and what the display model shows and says about it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from kiosk.app.clerk_service import ClerkService
from kiosk.app.waiting_board import WaitingBoardService
from kiosk.app.waiting_display import DisplayModel
from kiosk.i18n import Text
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

NAMES = {"JUMIN": Text("1番窓口", "Counter 1"), "HOKEN": Text("2番窓口", "Counter 2")}


def _desk(engine: Engine, tmp_path: Path) -> tuple[MetricsRecorder, ClerkService]:
    kiosk = MetricsRecorder(engine, Outbox(tmp_path / "k.sqlite3"), "kiosk-1")
    clerk = ClerkService(engine, MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-1"),
                         PersonalStore(engine, opener=TownKeyPair.generate()))
    return kiosk, clerk


def _visit(kiosk: MetricsRecorder, route: list[str]) -> tuple[str, str]:
    ticket = kiosk.start_visit()
    kiosk.record(ticket.visit_id, "navigation_done", departments=route)
    kiosk.record(ticket.visit_id, "forms_printed")
    return ticket.visit_id, ticket.ticket


def test_a_clerks_call_changes_the_board_and_the_spoken_text(engine: Engine, tmp_path: Path) -> None:
    kiosk, clerk = _desk(engine, tmp_path)
    first, first_ticket = _visit(kiosk, ["JUMIN", "HOKEN"])
    second, second_ticket = _visit(kiosk, ["HOKEN"])
    board = WaitingBoardService(engine, ["JUMIN", "HOKEN"])
    model = DisplayModel(NAMES, ("ja", "en"))

    assert model.update(board.snapshot()) == []  # nothing called yet: nothing to say
    assert model.calls == []
    assert [(c.counter["ja"], c.waiting, c.wait["en"]) for c in model.counters] == [
        ("1番窓口", 1, "No estimate yet"), ("2番窓口", 2, "No estimate yet")]

    clerk.mark(second, "called", "HOKEN")
    said = model.update(board.snapshot())
    assert [a.text("ja") for a in said] == [f"受付番号 {second_ticket} 番の方、2番窓口へお越しください。"]
    assert [a.text("en") for a in said] == [f"Ticket {second_ticket}, please come to Counter 2."]
    assert [(c.ticket, c.counter["en"], c.state["ja"]) for c in model.calls] == [
        (second_ticket, "Counter 2", "窓口へお越しください")]
    assert [c.waiting for c in model.counters] == [1, 1]
    assert model.counters[1].wait["en"].startswith("About ")  # the first wait of the day

    assert model.update(board.snapshot()) == []  # the same call is not announced twice

    clerk.mark(first, "called", "JUMIN")
    clerk.mark(second, "service_started", "HOKEN")
    said = model.update(board.snapshot())
    assert [a.text("en") for a in said] == [f"Ticket {first_ticket}, please come to Counter 1."]
    assert [(c.ticket, c.state["en"]) for c in model.calls] == [
        (first_ticket, "Please come"), (second_ticket, "Being served")]

    clerk.mark(second, "service_finished", "HOKEN")  # its route is done: it left
    model.update(board.snapshot())
    assert [c.ticket for c in model.calls] == [first_ticket]


def test_the_board_holds_no_visit_id(engine: Engine, tmp_path: Path) -> None:
    kiosk, clerk = _desk(engine, tmp_path)
    visit, _ticket = _visit(kiosk, ["JUMIN"])
    clerk.mark(visit, "called", "JUMIN")
    published = WaitingBoardService(engine, ["JUMIN"]).snapshot().to_json()
    assert visit not in published and "JUMIN" in published
