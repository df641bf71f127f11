"""The waiting-area board: anonymous queue data, as the display shows it and the web publishes it.

A :class:`BoardSnapshot` holds nothing but printed ticket numbers, counter (department)
codes, times and counts: no visit id, no life event, no personal data. That is what lets
it leave the town's internal network (see ``docs/waiting-display.md``): the display
writes it as JSON (:meth:`BoardSnapshot.to_json`) and the status page reads it back
(:meth:`BoardSnapshot.from_json`), which refuses anything but this exact shape.

* :class:`CalledTicket`: a ticket called to a counter today and not finished there yet;
  ``state`` is ``called`` (walk to the counter) or ``serving``.
* :class:`CounterStatus`: per counter, how many tickets wait and the estimated wait
  (``None`` until today has figures; see ``kiosk.visits.wait_estimate``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

CALL_STATES = ("called", "serving")
_MAX_TEXT = 80  # a ticket label or counter code longer than this is not one of ours


@dataclass(frozen=True, slots=True)
class CalledTicket:
    ticket: str
    counter: str  # the department code (the catalog names its counter)
    called_at: datetime  # UTC, aware
    state: str = "called"

    @property
    def key(self) -> tuple[str, str, datetime]:
        """One call: the same ticket called again later is a new call (a new chime)."""
        return (self.ticket, self.counter, self.called_at)


@dataclass(frozen=True, slots=True)
class CounterStatus:
    counter: str
    waiting: int
    estimated_wait_seconds: float | None


@dataclass(frozen=True, slots=True)
class BoardSnapshot:
    day: date
    taken_at: datetime  # UTC, aware
    calls: tuple[CalledTicket, ...] = ()  # newest call first
    counters: tuple[CounterStatus, ...] = ()

    def new_calls(self, before: BoardSnapshot | None) -> list[CalledTicket]:
        """Calls in this snapshot that ``before`` did not have, oldest first (the order
        to announce them in). Against no earlier snapshot nothing is new: a display that
        starts does not chime for the calls already on the board. A ticket already being
        served is not announced: the resident is at the counter (the clerk pressed
        *started* without *called*)."""
        if before is None:
            return []
        known = {call.key for call in before.calls}
        fresh = [call for call in self.calls
                 if call.key not in known and call.state == "called"]
        return sorted(fresh, key=lambda call: call.called_at)

    def to_json(self) -> str:
        return json.dumps({
            "day": self.day.isoformat(),
            "taken_at": self.taken_at.isoformat(),
            "calls": [{"ticket": c.ticket, "counter": c.counter,
                       "called_at": c.called_at.isoformat(), "state": c.state}
                      for c in self.calls],
            "counters": [{"counter": s.counter, "waiting": s.waiting,
                          "estimated_wait_seconds": s.estimated_wait_seconds}
                         for s in self.counters],
        }, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BoardSnapshot:
        """Parse a published snapshot; ``ValueError`` for anything else."""
        try:
            raw = json.loads(text)
            if set(raw) != {"day", "taken_at", "calls", "counters"}:
                raise ValueError("unexpected keys")
            calls = tuple(_call(item) for item in raw["calls"])
            counters = tuple(_counter(item) for item in raw["counters"])
            return cls(date.fromisoformat(raw["day"]), _aware(raw["taken_at"]), calls,
                       counters)
        except (TypeError, KeyError, AttributeError, json.JSONDecodeError) as exc:
            raise ValueError(f"not a waiting-board snapshot: {exc}") from None


def _text(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > _MAX_TEXT:
        raise ValueError("a ticket or counter must be a short text")
    return value


def _aware(value: object) -> datetime:
    moment = datetime.fromisoformat(_text(value))
    if moment.tzinfo is None:
        raise ValueError("times must carry their offset")
    return moment


def _call(item: dict[str, object]) -> CalledTicket:
    if set(item) != {"ticket", "counter", "called_at", "state"}:
        raise ValueError("unexpected call keys")
    state = _text(item["state"])
    if state not in CALL_STATES:
        raise ValueError(f"unknown call state {state!r}")
    return CalledTicket(_text(item["ticket"]), _text(item["counter"]),
                        _aware(item["called_at"]), state)


def _counter(item: dict[str, object]) -> CounterStatus:
    if set(item) != {"counter", "waiting", "estimated_wait_seconds"}:
        raise ValueError("unexpected counter keys")
    waiting, estimate = item["waiting"], item["estimated_wait_seconds"]
    if not isinstance(waiting, int) or isinstance(waiting, bool) or waiting < 0:
        raise ValueError("waiting must be a count")
    if estimate is not None and (not isinstance(estimate, int | float)
                                 or isinstance(estimate, bool) or estimate < 0):
        raise ValueError("the estimated wait must be seconds or null")
    return CounterStatus(_text(item["counter"]), waiting,
                         None if estimate is None else float(estimate))
