"""``OneStopService``: what the one-stop desk's clerk console (and a department's, for the
procedures handed to it) records per procedure. No SQL in the UI.

* ``states(visit_id)``: where each procedure stands (``kiosk.visits.handoffs``);
* ``settle(visit_id, procedure_id, department)``: the procedure is done at this counter
  (``procedure_done``);
* ``hand_off(visit_id, procedure_id, department)``: the desk hands it to a department
  (``handed_off``). The department joins the visit's route, so the visit appears in that
  department's queue (``ClerkService.queue``), and the visit is not marked *left* until
  that department has finished too.

Every event goes through the terminal's ``MetricsRecorder`` (outbox when the database is
away). The events carry the procedure id and the counter codes, nothing personal.
"""

from __future__ import annotations

from sqlalchemy import select

from kiosk.app.clerk_service import ClerkService
from kiosk.storage.tables import VisitEvent
from kiosk.visits.clock import as_utc
from kiosk.visits.dwell import PROCEDURE_KINDS
from kiosk.visits.handoffs import ProcedureEvent, ProcedureState, procedure_states


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
