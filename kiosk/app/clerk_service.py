"""``ClerkService``: what the clerk console (a later, Qt part) calls — no SQL in the UI.

* ``queue(department, day)``: today's visits routed to a counter, oldest first, with their
  state there (waiting, called, serving, sent_back, done) — ids, tickets and codes only.
* ``find(ticket_or_visit_id, day)``: the visit a scanned guide-sheet QR code names.
* ``open_visit(visit_id, staff_id, department=…, reason=…)``: the prefilled data, audited
  (who, when, which visit). Told the counter, it opens a visit routed elsewhere only with
  a reason, audited too (``kiosk.app.route_check``).
* ``open_walk_in(...)``: a visit for a resident who came straight to the counter.
* ``mark(visit_id, kind, department)``: called / service_started / service_finished /
  sent_back through the terminal's ``MetricsRecorder`` (so it survives an outage), and
  ``left`` once the last department on the route has finished. With ``submissions`` (the
  accepted procedures, ``kiosk.app.core_submissions``) a *finished* first queues them for
  the core system (``core_queue``), then records the event: a crash in between leaves
  them queued, and pressing *Finished* again queues the same keys, which changes nothing.
  A queue that cannot be written (the database away) fails the mark, so nothing is lost
  silently: the clerk presses again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError

from kiosk.app.route_check import check_route
from kiosk.app.submission_queue import SubmissionQueue
from kiosk.domain.core_records import ProcedureSubmission
from kiosk.personal.store import PersonalData, PersonalStore
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits import dwell
from kiosk.visits.clock import as_utc, utc_now
from kiosk.visits.recorder import MetricsRecorder, VisitTicket
from kiosk.visits.store import parse_ticket_label, ticket_label
from kiosk.visits.vocabulary import WALK_IN

COUNTER_KINDS = ("called", "service_started", "service_finished", "sent_back")


@dataclass(frozen=True)
class QueueEntry:
    visit_id: str
    ticket: str
    started_at: datetime
    life_event: str | None
    state: str


class ClerkService:
    def __init__(
        self, engine: Engine, recorder: MetricsRecorder, personal: PersonalStore,
        core_queue: SubmissionQueue | None = None,
    ) -> None:
        self.engine = engine
        self.recorder = recorder
        self.personal = personal
        # The accepted procedures' queue to the core system; None without a core link.
        self.core_queue = core_queue

    def _events(self, visit_ids: list[str]) -> dict[str, list[dwell.Event]]:
        c = VisitEvent.__table__.c
        out: dict[str, list[dwell.Event]] = defaultdict(list)
        if not visit_ids:
            return out
        with self.engine.connect() as connection:
            for row in connection.execute(
                select(c.visit_id, c.kind, c.occurred_at, c.department)
                .where(c.visit_id.in_(visit_ids))
            ):
                out[row.visit_id].append(dwell.Event(row.kind, as_utc(row.occurred_at),
                                                     row.department))
        return out

    def queue(self, department: str, day: date, *, include_done: bool = False) -> list[QueueEntry]:
        v = Visit.__table__.c
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(v.id, v.ticket, v.ticket_rank, v.started_at, v.life_event, v.departments)
                .where(v.day == day).order_by(v.started_at)
            ).all()
        shared = Counter(r.ticket for r in rows)  # a ticket printed twice is marked on both
        routed = [r for r in rows if department in (r.departments or "").split(",")]
        events = self._events([r.id for r in routed])
        entries = []
        for r in routed:
            if any(e.kind == "left" for e in events[r.id]):
                continue
            state = dwell.department_state(events[r.id], department)
            if state != "done" or include_done:
                label = ticket_label(r.ticket, r.ticket_rank, shared[r.ticket] > 1)
                entries.append(QueueEntry(r.id, label, as_utc(r.started_at), r.life_event,
                                          state))
        return entries

    def find(self, text: str, day: date) -> str | None:
        """A visit id from a scanned code: the visit id itself, or the day's ticket."""
        v = Visit.__table__.c
        text = text.strip()
        with self.engine.connect() as connection:
            ticket, rank = parse_ticket_label(text)
            found = connection.execute(
                select(v.id).where((v.id == text) | ((v.day == day) & (v.ticket == ticket)))
                .order_by(v.ticket_rank).offset(rank).limit(1)
            ).scalar_one_or_none()
        return None if found is None else str(found)

    def open_visit(self, visit_id: str, staff_id: str, *, department: str | None = None,
                   reason: str | None = None) -> PersonalData | None:
        """``department=None`` is a read for no counter (a failed kiosk print's reprint)."""
        if department is not None:
            check_route(self.engine, visit_id=visit_id, department=department, reason=reason,
                        staff_id=staff_id, terminal_id=self.recorder.terminal_id,
                        at=utc_now())
        return self.personal.read(
            visit_id, staff_id=staff_id, terminal_id=self.recorder.terminal_id
        )

    def open_walk_in(
        self, *, language: str = "ja", life_event: str | None = None,
        departments: list[str] | None = None, household_size: int | None = None,
    ) -> VisitTicket:
        """Start a visit at the counter (channel ``walk_in``: no kiosk time)."""
        return self.recorder.start_visit(
            channel=WALK_IN, language=language, life_event=life_event,
            departments=departments, household_size=household_size,
        )

    def mark(self, visit_id: str, kind: str, department: str, *,
             submissions: Sequence[tuple[str, ProcedureSubmission]] = ()) -> str:
        """Record a counter event; mark the visit left when its whole route is finished.

        ``submissions`` (member id, record) go to the core-system queue first, on
        *finished* only."""
        if kind not in COUNTER_KINDS:
            raise ValueError(f"a clerk marks one of {', '.join(COUNTER_KINDS)}")
        if kind == "service_finished" and submissions and self.core_queue is not None:
            self.core_queue.enqueue(submissions)
        event_id = self.recorder.record(visit_id, kind, department)
        if kind == "service_finished" and self._route_finished_or_unknown(visit_id) is True:
            self.recorder.record(visit_id, "left")
        return event_id

    def mark_left(self, visit_id: str) -> str:
        return self.recorder.record(visit_id, "left")

    def _route_finished_or_unknown(self, visit_id: str) -> bool | None:
        """None while the central database is away: the clerk then marks *left* by hand."""
        try:
            return self._route_finished(visit_id)
        except DBAPIError:
            return None

    def _route_finished(self, visit_id: str) -> bool:
        v = Visit.__table__.c
        with self.engine.connect() as connection:
            route = connection.execute(
                select(v.departments).where(v.id == visit_id)
            ).scalar_one_or_none()
        departments = [d for d in (route or "").split(",") if d]
        if not departments:
            return False
        events = self._events([visit_id])[visit_id]
        return all(dwell.department_state(events, d) == "done" for d in departments)
