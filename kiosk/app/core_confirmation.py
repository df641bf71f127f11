"""A form the core system fills itself becomes a short confirmation sheet.

When the town's catalog says so (a procedure rule's ``core_fills_with: reservation``) and
the visit came with a 転入予約 that names the resident (引越しワンストップ), the core system
already holds what the form asks: the kiosk prints ``forms/layouts/core_confirmation.yaml``
(the movers, the planned address and date, the reservation number, a signature) in its
place. Without a reservation, or where the catalog does not say so, the plan is unchanged.

The clerks' copy names the reservation (``core_reservation``: its number and planned
date, no personal data), so a clerk's re-render prints the same sheet
(:func:`confirmation_from_copy`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date
from typing import Any

from forms.catalog import Catalog
from kiosk.app.record_prefill import reservation_in_use
from kiosk.app.session import ResidentSession
from kiosk.navigation.plan import Plan, PlannedProcedure
from printing.context import VisitInfo

#: The layout printed in place of a form the core system fills from a reservation.
CONFIRMATION_FORM = "core_confirmation"
RESERVATION = "reservation"


def with_core_confirmation(plan: Plan, catalog: Catalog, session: ResidentSession) -> Plan:
    """The plan with each form the core system fills itself replaced by the sheet."""
    if reservation_in_use(session, catalog.events.get(plan.event_id)) is None:
        return plan
    return _swapped(plan, catalog)


def _swapped(plan: Plan, catalog: Catalog) -> Plan:
    def swapped(procedure: PlannedProcedure) -> PlannedProcedure:
        owner = catalog.procedures.get(procedure.id)
        rule = owner.rules.get(plan.event_id) if owner is not None else None
        if rule is None or rule.core_fills_with != RESERVATION or not procedure.form_ids:
            return procedure
        return dataclasses.replace(procedure, form_ids=(CONFIRMATION_FORM,))

    stops = tuple(dataclasses.replace(stop, procedures=tuple(swapped(p) for p in stop.procedures))
                  for stop in plan.stops)
    return dataclasses.replace(plan, stops=stops)


def core_visit_info(visit: VisitInfo, catalog: Catalog, session: ResidentSession) -> VisitInfo:
    """``visit`` with the reservation's number and planned date, which the sheet prints."""
    reservation = reservation_in_use(session, catalog.events.get(session.event_id or ""))
    if reservation is None:
        return visit
    return dataclasses.replace(visit, core_reference=reservation.reservation_id,
                               core_planned_date=reservation.planned_date)


def reservation_json(session: ResidentSession, catalog: Catalog) -> dict[str, str] | None:
    """The clerks' copy's ``core_reservation`` (number and planned date), when in use."""
    reservation = reservation_in_use(session, catalog.events.get(session.event_id or ""))
    if reservation is None:
        return None
    return {"reservation_id": reservation.reservation_id,
            "planned_date": reservation.planned_date.isoformat()}


def confirmation_from_copy(plan: Plan, visit: VisitInfo, catalog: Catalog,
                           payload: Mapping[str, Any]) -> tuple[Plan, VisitInfo]:
    """The plan and visit ids a clerk's re-render of a stored copy prints with: the sheet
    in place of the form when the copy names a reservation, else both unchanged."""
    raw = payload.get("core_reservation")
    if not isinstance(raw, Mapping) or not isinstance(raw.get("reservation_id"), str):
        return plan, visit
    try:
        planned = date.fromisoformat(str(raw.get("planned_date")))
    except ValueError:
        planned = None
    return _swapped(plan, catalog), dataclasses.replace(
        visit, core_reference=raw["reservation_id"], core_planned_date=planned)
