"""``OneStopService``: what the one-stop desk's clerk console (and a department's, for the
procedures handed to it) records per procedure. No SQL in the UI.

* ``states(visit_id)``: where each procedure stands (``kiosk.visits.handoffs``);
* ``settle(visit_id, procedure_id, department)``: the procedure is done at this counter
  (``procedure_done``);
* ``hand_off(visit_id, procedure_id, department)``: the desk hands it to a department
  (``handed_off``). The department joins the visit's route, so the visit appears in that
  department's queue (``ClerkService.queue``), and the visit is not marked *left* until
  that department has finished too.

``settled_plan`` is what a counter accepts for the core system when it finishes (the
procedures settled there). ``desk_items`` says which procedures a counter's console
lists: every one at the desk, the handed ones at a department. Every event goes through the terminal's
``MetricsRecorder`` (outbox when the database is away). The events carry the procedure
id and the counter codes, nothing personal.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from forms.catalog.model import OneStopDesk
from kiosk.app.clerk_service import ClerkService
from kiosk.i18n import Text
from kiosk.navigation.plan import CounterStop, Department, Plan, PlannedProcedure
from kiosk.storage.tables import VisitEvent
from kiosk.visits.clock import as_utc
from kiosk.visits.dwell import PROCEDURE_KINDS
from kiosk.visits.handoffs import OPEN, ProcedureEvent, ProcedureState, procedure_states


class OneStopService:
    def __init__(self, clerk: ClerkService) -> None:
        self.clerk = clerk

    def states(self, visit_id: str) -> dict[str, ProcedureState]:
        c = VisitEvent.__table__.c
        with self.clerk.engine.connect() as connection:
            rows = connection.execute(
                select(c.kind, c.occurred_at, c.department, c.attrs)
                .where(c.visit_id == visit_id, c.kind.in_(sorted(PROCEDURE_KINDS)))
            ).all()
        return procedure_states(
            ProcedureEvent(r.kind, as_utc(r.occurred_at), r.department or "",
                           str((r.attrs or {}).get("procedure", "")))
            for r in rows)

    def settle(self, visit_id: str, procedure_id: str, department: str) -> str:
        return self.clerk.recorder.record(visit_id, "procedure_done", department,
                                          procedure=procedure_id)

    def hand_off(self, visit_id: str, procedure_id: str, department: str) -> str:
        return self.clerk.recorder.record(visit_id, "handed_off", department,
                                          procedure=procedure_id)


@dataclass(frozen=True, slots=True)
class DeskItem:
    """One procedure as a counter's console shows it: the planned procedure (with its
    guidance), where it stands, and the department the desk would hand it to."""

    procedure: PlannedProcedure
    state: ProcedureState
    # the catalog says a department's specialist does it (the desk hands it over)
    specialist: bool
    # the procedure's own department, the desk's default hand-off target
    department: str


def desk_items(plan: Plan, states: Mapping[str, ProcedureState], counter: str,
               desk: OneStopDesk) -> list[DeskItem]:
    """The procedures a counter works on: at the desk every procedure of the visit; at a
    department those the desk handed to it (open, or settled there since)."""
    items = []
    for proc in plan.procedures():
        state = states.get(proc.id, OPEN)
        if counter not in (desk.id, state.department):
            continue
        items.append(DeskItem(proc, state, not desk.handles(proc.id), proc.department_id))
    return items


def settled_plan(plan: Plan, states: Mapping[str, ProcedureState], counter: str) -> Plan:
    """The plan cut down to the procedures settled at ``counter``, as if they were that
    counter's own: what a one-stop counter accepts for the core system when it finishes
    (the desk accepts the procedures of many departments; a department only what the desk
    handed to it and it settled)."""
    procedures = tuple(
        dataclasses.replace(p, department_id=counter) for p in plan.procedures()
        if states.get(p.id, OPEN) == ProcedureState("done", counter))
    stop = CounterStop(Department(counter, Text(), Text(), 0), procedures)
    return Plan(plan.event_id, plan.event_date, (stop,) if procedures else ())
