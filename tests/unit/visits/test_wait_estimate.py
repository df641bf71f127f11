"""Board figures computed by hand: who is called, who waits, and the median recent wait."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.visits.dwell import Event
from kiosk.visits.wait_estimate import RECENT, TicketEvents, counter_figures, current_calls

T0 = datetime(2026, 4, 6, 0, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def visit(ticket: str, route: tuple[str, ...], *events: tuple[str, float, str | None]) -> TicketEvents:
    return TicketEvents(ticket, route, (Event("visit_started", at(0)),
                                        *(Event(kind, at(m), dept) for kind, m, dept in events)))


def test_figures_by_hand() -> None:
    visits = [
        # printed at 5, called at 17 at A: waited 12; then served and finished
        visit("1", ("A",), ("forms_printed", 5, None), ("called", 17, "A"),
              ("service_started", 18, "A"), ("service_finished", 25, "A")),
        # printed at 6, started at 26 without a call: waited 20; being served
        visit("2", ("A", "B"), ("forms_printed", 6, None), ("service_started", 26, "A")),
        # printed at 10, called at 30 at A: waited 20, walking there now
        visit("3", ("A",), ("forms_printed", 10, None), ("called", 30, "A")),
        # printed at 12: waits at A and at B
        visit("4", ("A", "B"), ("forms_printed", 12, None)),
        # called at B, then left: off the board
        visit("5", ("B",), ("called", 8, "B"), ("left", 9, None)),
    ]
    calls = current_calls(visits)
    assert [(c.ticket, c.counter, c.state, c.called_at) for c in calls] == [
        ("3", "A", "called", at(30)), ("2", "A", "serving", at(26))]
    figures = counter_figures(visits, ["A", "B"])
    assert [(f.counter, f.waiting) for f in figures] == [("A", 1), ("B", 2)]
    assert figures[0].estimated_wait_seconds == 20 * 60  # median of 12, 20, 20 minutes
    assert figures[1].estimated_wait_seconds == 8 * 60  # the one call at B today


def test_only_the_recent_calls_count() -> None:
    early = [visit(str(n), ("A",), ("called", 60.0 + n, "A")) for n in range(RECENT)]  # waits ~60+
    late = [visit(f"L{n}", ("A",), ("forms_printed", 100 + n, None),
                  ("called", 102.0 + n, "A")) for n in range(RECENT)]  # waits of 2 minutes
    figures = counter_figures(early + late, ["A"])
    assert figures[0].estimated_wait_seconds == 2 * 60


def test_a_repeated_call_is_a_new_call() -> None:
    again = visit("7", ("A",), ("called", 10, "A"), ("called", 14, "A"))
    assert [c.called_at for c in current_calls([again])] == [at(14)]
