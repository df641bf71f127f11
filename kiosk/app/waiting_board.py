"""``WaitingBoardService``: today's anonymous queue, read from the visits database.

The waiting-area display (``kiosk display``) asks it for a :class:`BoardSnapshot` about
once a second. It reads the ``visit`` and ``visit_event`` tables only (never the personal
tables), keeps ticket numbers, counter codes and times, and leaves the figures to
``kiosk.visits.wait_estimate``. A ticket printed twice shows as printed: residents read
the number on their paper.

Other programs (tests, a future headless publisher) depend on the :class:`WaitingBoard`
protocol, not on this class.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import Engine, select

from kiosk.domain.waiting_board import BoardSnapshot, CalledTicket, CounterStatus
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits import dwell
from kiosk.visits.clock import as_utc, local_day, utc_now
from kiosk.visits.wait_estimate import TicketEvents, counter_figures, current_calls

MAX_CALLS = 12  # a TV shows this many calls at most; older ones have had their chance


class WaitingBoard(Protocol):
    """Where the display and the publisher get the board from."""

    def snapshot(self) -> BoardSnapshot: ...


class WaitingBoardService:
    def __init__(self, engine: Engine, counters: Sequence[str], *,
                 now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.counters = tuple(counters)  # the counters this board shows, in order
        self.now = now

    def snapshot(self) -> BoardSnapshot:
        taken = self.now()
        day = local_day(taken)
        visits = self._today(day)
        calls = [c for c in current_calls(visits) if c.counter in self.counters]
        figures = counter_figures(visits, self.counters)
        return BoardSnapshot(
            day, taken,
            tuple(CalledTicket(c.ticket, c.counter, c.called_at, c.state)
                  for c in calls[:MAX_CALLS]),
            tuple(CounterStatus(f.counter, f.waiting, f.estimated_wait_seconds)
                  for f in figures))

    def _today(self, day: date) -> list[TicketEvents]:
        v, e = Visit.__table__.c, VisitEvent.__table__.c
        events: dict[str, list[dwell.Event]] = defaultdict(list)
        with self.engine.connect() as connection:
            visits = connection.execute(
                select(v.id, v.ticket, v.departments).where(v.day == day)).all()
            for row in connection.execute(
                select(e.visit_id, e.kind, e.occurred_at, e.department)
                .join(Visit.__table__, v.id == e.visit_id).where(v.day == day)
            ):
                events[row.visit_id].append(
                    dwell.Event(row.kind, as_utc(row.occurred_at), row.department))
        return [TicketEvents(row.ticket, tuple(d for d in (row.departments or "").split(",") if d),
                             tuple(events[row.id]))
                for row in visits]


def status_url(base_url: str) -> str:
    """The waiting status page under the web server's public URL (``[web] base_url``);
    "" when the town has not configured one, and then nothing is printed."""
    return f"{base_url.rstrip('/')}/queue" if base_url.strip() else ""
