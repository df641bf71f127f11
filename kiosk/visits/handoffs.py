"""Where each procedure of a visit stands at a one-stop desk: a pure fold of its events.

The desk's clerk settles a procedure (``procedure_done`` at the desk) or hands it to a
department (``handed_off`` naming the department); the department's clerk then settles
it there (``procedure_done`` at the department). The latest event of a procedure wins,
so a procedure handed back and forth ends where it was last sent. Plain Python, no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kiosk.visits.dwell import KIND_ORDER, PROCEDURE_KINDS


@dataclass(frozen=True, slots=True)
class ProcedureEvent:
    """A ``procedure_done`` or ``handed_off`` row: kind, time, counter, procedure id."""

    kind: str
    at: datetime
    department: str
    procedure: str


@dataclass(frozen=True, slots=True)
class ProcedureState:
    """``open`` (nobody settled it yet), ``handed`` (waiting at ``department``) or
    ``done`` (settled at ``department``)."""

    state: str
    department: str | None = None


OPEN = ProcedureState("open")


def procedure_states(events: Iterable[ProcedureEvent]) -> dict[str, ProcedureState]:
    """``{procedure id: state}`` for every procedure the events name."""
    states: dict[str, ProcedureState] = {}
    for event in sorted(events, key=lambda e: (e.at, KIND_ORDER.get(e.kind, 8))):
        if event.kind not in PROCEDURE_KINDS:
            continue
        kind = "done" if event.kind == "procedure_done" else "handed"
        states[event.procedure] = ProcedureState(kind, event.department)
    return states


def handed_to(states: dict[str, ProcedureState], department: str) -> list[str]:
    """The procedures handed to ``department`` and not settled yet (its part of the visit)."""
    return [pid for pid, s in states.items() if s.state == "handed" and s.department == department]
