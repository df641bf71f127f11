"""The route check: a counter opens the visits whose route includes it.

Opening any other visit needs one of ``OFF_ROUTE_REASONS``, a code (never free text, so
no personal data is written), and writes an ``off_route_access`` row (who, which counter,
which visit, when, why) before the personal data is read. ``ClerkService.open_visit``
calls ``check_route`` whenever it is told the counter, so the rule holds for every
caller, not only the console's window.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, insert, select

from kiosk.storage.staff_tables import OffRouteAccess
from kiosk.storage.tables import Visit

#: Why a clerk opens a visit that is not routed to the counter (labels live in the UI).
OFF_ROUTE_REASONS = (
    "resident_at_this_counter",  # the resident came here and the route is wrong or old
    "covering_colleague",        # the routed counter is unstaffed; this one covers it
    "resident_request",          # the resident asked for a correction or a question here
    "supervisor_review",         # a manager or supervisor checks a colleague's work
)


class OffRoute(PermissionError):
    """The visit is not routed to this counter; opening it needs a reason."""

    def __init__(self, visit_id: str, department: str) -> None:
        super().__init__(f"visit {visit_id} is not routed to {department}: give a reason")
        self.visit_id = visit_id
        self.department = department


def routed_to(engine: Engine, visit_id: str, department: str) -> bool:
    v = Visit.__table__.c
    with engine.connect() as connection:
        route = connection.execute(select(v.departments).where(v.id == visit_id)
                                   ).scalar_one_or_none()
    return department in (route or "").split(",")


def check_route(engine: Engine, *, visit_id: str, department: str, reason: str | None,
                staff_id: str, terminal_id: str, at: datetime) -> None:
    """Pass for a routed visit; audit the reason for another; raise ``OffRoute`` without."""
    if routed_to(engine, visit_id, department):
        return
    if reason is None:
        raise OffRoute(visit_id, department)
    if reason not in OFF_ROUTE_REASONS:
        raise ValueError(f"unknown off-route reason {reason!r}")
    with engine.begin() as connection:
        connection.execute(insert(OffRouteAccess).values(
            at=at, terminal_id=terminal_id, staff_id=staff_id, visit_id=visit_id,
            department=department, reason=reason))
