"""Pure functions: today's events in, each counter's board figures out (no database here).

Definitions (shown to residents on the waiting-area display and the status page):

* **waiting** at a counter = today's tickets routed to it that have not left the town
  hall and that the counter has neither called, nor served, nor finished (a ticket sent
  back for a correction waits again).
* **estimated wait** at a counter = the median wait (as ``kiosk.visits.dwell`` defines
  it: from the moment the resident was free to queue to the call, or to the start of
  service when the clerk never pressed *called*) of the last :data:`RECENT` tickets that
  counter called or started serving today. It follows the live pace of the day and is
  ``None`` until the counter has called someone today: no guess from other days.
* **being called** = the ticket's latest event at that counter is ``called`` or
  ``service_started`` (the resident is walking there or is being served), and it has not
  left. Newest call first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import median

from kiosk.visits import dwell

RECENT = 10
_CALL_KINDS = frozenset({"called", "service_started"})


@dataclass(frozen=True, slots=True)
class TicketEvents:
    """One visit of today: its printed ticket, its route and its events."""

    ticket: str
    route: tuple[str, ...]
    events: tuple[dwell.Event, ...]

    @property
    def left(self) -> bool:
        return any(e.kind == "left" for e in self.events)


@dataclass(frozen=True, slots=True)
class Call:
    ticket: str
    counter: str
    called_at: datetime
    state: str  # "called" or "serving"


@dataclass(frozen=True, slots=True)
class CounterFigures:
    counter: str
    waiting: int
    estimated_wait_seconds: float | None


def current_calls(visits: Sequence[TicketEvents]) -> list[Call]:
    """Every ticket now called or being served, newest call first."""
    calls: list[Call] = []
    for visit in visits:
        if visit.left:
            continue
        for counter in _counters(visit):
            state = dwell.department_state(visit.events, counter)
            if state not in ("called", "serving"):
                continue
            at = _first_call_of_episode(visit.events, counter)
            if at is not None:
                calls.append(Call(visit.ticket, counter, at, state))
    return sorted(calls, key=lambda c: c.called_at, reverse=True)


def counter_figures(visits: Sequence[TicketEvents], counters: Sequence[str]) -> list[CounterFigures]:
    """The waiting count and estimated wait of each of ``counters``, in that order."""
    waits: dict[str, list[tuple[datetime, float]]] = {c: [] for c in counters}
    waiting: dict[str, int] = dict.fromkeys(counters, 0)
    for visit in visits:
        times = dwell.compute(visit.events).departments
        for counter in counters:
            if counter in visit.route and not visit.left and dwell.department_state(
                    visit.events, counter) in ("waiting", "sent_back"):
                waiting[counter] += 1
            at = _first_call(visit.events, counter)
            wait = times[counter].wait_seconds if counter in times else None
            if at is not None and wait is not None:
                waits[counter].append((at, wait))
    return [CounterFigures(c, waiting[c], _recent_median(waits[c])) for c in counters]


def _recent_median(samples: list[tuple[datetime, float]]) -> float | None:
    recent = sorted(samples)[-RECENT:]
    return median(wait for _at, wait in recent) if recent else None


def _counters(visit: TicketEvents) -> list[str]:
    seen = {e.department for e in visit.events if e.department}
    return sorted(seen | set(visit.route))


def _first_call(events: Sequence[dwell.Event], counter: str) -> datetime | None:
    return next((e.at for e in dwell.sort_events(events)
                 if e.department == counter and e.kind in _CALL_KINDS), None)


def _first_call_of_episode(events: Sequence[dwell.Event], counter: str) -> datetime | None:
    """When the current episode at ``counter`` was first called (or started): a ticket
    called twice (the resident did not come) keeps one row, at its latest call."""
    at: datetime | None = None
    for event in dwell.sort_events(events):
        if event.department != counter:
            continue
        if event.kind == "called":
            at = event.at  # a repeated call is a new call: it chimes again
        elif event.kind == "service_started" and at is None:
            at = event.at
        elif event.kind in ("service_finished", "sent_back"):
            at = None
    return at

