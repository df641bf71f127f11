"""Pure functions: a visit's events in, its dwell, kiosk, wait and service times out.

Definitions (documented here because the town's −60% claim rests on them):

* **dwell** = the last ``left`` − the first ``visit_started``. Unknown (``None``) until
  the visit has both.
* **kiosk time** = ``visit_started`` → the first ``forms_printed`` (or, if nothing was
  printed, the last ``navigation_done``). A later reprint is not kiosk time. Walk-ins
  opened by a clerk have none.
* **arrival** at a department = the latest moment, before that department's service
  starts, at which the resident became free to queue: the visit start, navigation done,
  forms printed, or the end (finished or sent back) of a service at any department.
  ``called`` does not end the wait: the resident still has to walk to the counter.
* **wait** = ``service_started`` − arrival (or ``called`` − arrival when the clerk never
  pressed *started*). **service** = ``service_started`` → ``service_finished`` or
  ``sent_back``. A resident sent back for a correction returns later: each return is a
  new episode whose wait and service are added to the department's totals.
* **one-stop desk**: the desk is a counter like any other (its own wait and service). A
  procedure the desk's clerk settles is a ``procedure_done`` event at the desk; one it
  hands to a department is a ``handed_off`` event naming that department, which joins
  the visit's route (its queue). The hand-off is a ready moment **for that department
  only**: its arrival is never before the hand-off, so a specialist who comes to the desk
  while the desk still serves counts a wait from the hand-off; a resident who walks over
  after the desk counts one from the desk's end of service. ``procedure_done`` events
  change no time: dwell, wait and service come from the counter events alone.
* **out of order**: events are sorted by their (drift-corrected) time, ties broken by the
  natural order of the kinds, so an event synced late from an outbox lands in its place.
  A ``service_finished`` with no open episode is ignored. Because spans are taken in that
  sorted order, residual skew between two terminals never yields a negative span: an
  event a skewed clock puts too early counts from the previous ready moment instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

KIND_ORDER = {
    "visit_started": 0,
    "identified": 1,
    "navigation_done": 2,
    "forms_printed": 3,
    "handed_off": 3,
    "called": 4,
    "procedure_done": 5,
    "service_started": 5,
    "sent_back": 6,
    "service_finished": 6,
    "left": 9,
}
EVENT_KINDS = frozenset(KIND_ORDER)
DEPARTMENT_KINDS = frozenset({"called", "service_started", "service_finished", "sent_back"})
READY_KINDS = frozenset({"visit_started", "navigation_done", "forms_printed"})
#: Per-procedure events of the one-stop desk: they name a counter (where the procedure was
#: settled, or the department it was handed to) and a procedure id (attribute).
PROCEDURE_KINDS = frozenset({"procedure_done", "handed_off"})
#: Every kind that names a counter.
COUNTER_EVENT_KINDS = DEPARTMENT_KINDS | PROCEDURE_KINDS


@dataclass(frozen=True)
class Event:
    """The part of a ``visit_event`` row the computation needs."""

    kind: str
    at: datetime
    department: str | None = None


@dataclass
class DepartmentTimes:
    wait_seconds: float | None = None
    service_seconds: float | None = None
    episodes: int = 0
    sent_back: int = 0
    finished: bool = False


@dataclass
class VisitTimes:
    dwell_seconds: float | None
    kiosk_seconds: float | None
    departments: dict[str, DepartmentTimes] = field(default_factory=dict)
    left: bool = False


def _seconds(start: datetime, end: datetime) -> float:
    return max(0.0, (end - start).total_seconds())


def _add(total: float | None, value: float) -> float:
    return value if total is None else total + value


def sort_events(events: Iterable[Event]) -> list[Event]:
    return sorted(events, key=lambda e: (e.at, KIND_ORDER.get(e.kind, 8)))


@dataclass
class _Episode:
    arrival: datetime
    wait_end: datetime | None = None
    started: datetime | None = None


def compute(events: Iterable[Event]) -> VisitTimes:
    """Every figure for one visit; unknown figures are ``None``, never guessed."""
    ordered = sort_events(events)
    start = next((e.at for e in ordered if e.kind == "visit_started"), None)
    lefts = [e.at for e in ordered if e.kind == "left"]
    kiosk_end = _kiosk_end(ordered)
    dwell = _seconds(start, lefts[-1]) if start is not None and lefts else None
    kiosk = _seconds(start, kiosk_end) if start is not None and kiosk_end is not None else None

    tracker = _Tracker(start if start is not None else (ordered[0].at if ordered else None))
    for event in ordered:
        tracker.feed(event)
    return VisitTimes(dwell, kiosk, tracker.finish(), left=bool(lefts))


class _Tracker:
    """Walks the sorted events, opening and closing one episode per department."""

    def __init__(self, ready_at: datetime | None) -> None:
        self.ready_at = ready_at
        self.open: dict[str, _Episode] = {}
        self.times: dict[str, DepartmentTimes] = {}
        self.handed: dict[str, datetime] = {}  # department -> its latest hand-off

    def _arrival(self, department: str, at: datetime) -> datetime:
        ready = self.ready_at or at
        handed = self.handed.get(department)
        return ready if handed is None else max(ready, handed)

    def _ready(self, at: datetime) -> None:
        self.ready_at = at if self.ready_at is None else max(self.ready_at, at)

    def feed(self, event: Event) -> None:
        if event.kind in READY_KINDS:
            self._ready(event.at)
            return
        if event.kind == "handed_off" and event.department:
            self.handed[event.department] = event.at
            return
        if event.kind not in DEPARTMENT_KINDS or not event.department:
            return
        name = event.department
        dept = self.times.setdefault(name, DepartmentTimes())
        episode = self.open.get(name)
        if event.kind == "called":
            if episode is None:
                self.open[name] = _Episode(arrival=self._arrival(name, event.at),
                                           wait_end=event.at)
        elif event.kind == "service_started":
            if episode is None:
                episode = self.open[name] = _Episode(arrival=self._arrival(name, event.at))
            if episode.started is None:
                episode.started = event.at
                episode.wait_end = event.at
        elif episode is not None:  # finished / sent back; with nothing open: ignored
            _close(dept, episode, event.at)
            del self.open[name]
            dept.finished = event.kind == "service_finished"
            dept.sent_back += event.kind == "sent_back"
            self._ready(event.at)

    def finish(self) -> dict[str, DepartmentTimes]:
        for name, episode in self.open.items():  # called or started but not yet over
            if episode.wait_end is not None:
                dept = self.times[name]
                dept.wait_seconds = _add(
                    dept.wait_seconds, _seconds(episode.arrival, episode.wait_end)
                )
                dept.episodes += 1
        return self.times


def _close(dept: DepartmentTimes, episode: _Episode, end: datetime) -> None:
    wait_end = episode.wait_end if episode.wait_end is not None else end
    dept.wait_seconds = _add(dept.wait_seconds, _seconds(episode.arrival, wait_end))
    if episode.started is not None:
        dept.service_seconds = _add(dept.service_seconds, _seconds(episode.started, end))
    dept.episodes += 1


def _kiosk_end(ordered: list[Event]) -> datetime | None:
    printed = [e.at for e in ordered if e.kind == "forms_printed"]
    if printed:
        return printed[0]
    navigated = [e.at for e in ordered if e.kind == "navigation_done"]
    return navigated[-1] if navigated else None


def department_state(events: Iterable[Event], department: str) -> str:
    """Where a visit stands at one department: waiting, called, serving, sent_back, done."""
    state = "waiting"
    for event in sort_events(events):
        if event.department != department:
            continue
        state = {
            "called": "called",
            "service_started": "serving",
            "service_finished": "done",
            "sent_back": "sent_back",
        }.get(event.kind, state)
    return state
