"""Where the resident goes: the plan's counters, or the town's one-stop desk.

Without a one-stop desk the route is the plan's stops, one counter per department in
visiting order. With one (``Catalog.onestop``) the resident goes to the desk first, with
every procedure the desk handles; a department is a stop of its own only for the
procedures that need its specialist, after the desk (the desk hands them over). The
guide sheet and the kiosk's last screen both print this route, and the visit's first
queue is the route's first counter(s) (:func:`queue_departments`).
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.catalog.model import OneStopDesk
from kiosk.i18n import Text
from kiosk.navigation.plan import Plan, PlannedProcedure


@dataclass(frozen=True, slots=True)
class RouteStop:
    """One place the resident goes to, with what is done there."""

    department_id: str
    name: Text
    place: Text
    procedures: tuple[PlannedProcedure, ...]
    # the one-stop desk itself, or a department whose specialist takes over from it
    at_desk: bool = False
    after_desk: bool = False


def resident_route(plan: Plan, desk: OneStopDesk | None) -> tuple[RouteStop, ...]:
    """The stops in the order the resident visits them (see the module docstring)."""
    if desk is None:
        return tuple(RouteStop(s.department.id, s.department.name, s.department.counter,
                               s.procedures) for s in plan.stops)
    handled = tuple(p for p in plan.procedures() if desk.handles(p.id))
    stops = [RouteStop(desk.id, desk.name, desk.place, handled, at_desk=True)]
    for stop in plan.stops:
        specialist = tuple(p for p in stop.procedures if not desk.handles(p.id))
        if specialist:
            stops.append(RouteStop(stop.department.id, stop.department.name,
                                   stop.department.counter, specialist, after_desk=True))
    return tuple(stops)


def queue_departments(plan: Plan, desk: OneStopDesk | None) -> tuple[str, ...]:
    """The counters whose queues expect the visit when it leaves the kiosk: every
    department of the plan, or the desk alone (it hands procedures on to departments)."""
    return (desk.id,) if desk is not None else plan.department_ids()
