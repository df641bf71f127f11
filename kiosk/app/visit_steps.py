"""From typed screen results to the visit lifecycle: the shell's one call per finished screen.

Plain Python on purpose: the resident window calls :func:`record_step` with each result,
and unit tests call it the same way without a window.
"""

from __future__ import annotations

from forms.catalog.model import OneStopDesk
from kiosk.app.composition import Services
from kiosk.app.results import HandedOver, Identified, Planned, VisitStarted
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.navigation.plan import Plan
from kiosk.navigation.route import queue_departments
from kiosk.visits.lifecycle import NavigationSummary


def navigation_summary(plan: Plan, household_size: int,
                       desk: OneStopDesk | None = None) -> NavigationSummary:
    """The anonymous attributes of the visit's plan; the route is the counters whose
    queues expect the visit (the one-stop desk alone, when the town has one)."""
    return NavigationSummary(
        life_event=plan.event_id, household_size=household_size,
        procedures=len(plan.procedure_ids()), forms=len(plan.form_ids()),
        departments=queue_departments(plan, desk),
    )


def record_step(services: Services, session: ResidentSession, result: object) -> None:
    """Tell the lifecycle what ``result`` means for the visit (nothing for other results)."""
    visits = services.visits
    if isinstance(result, VisitStarted):
        visits.open(session, session.language)
    elif isinstance(result, Identified):
        visits.identified(session.visit_id, result.method)
    elif isinstance(result, Planned):
        plan = session.plan
        if plan is None or session.visit_id is None:
            return
        payload = Visit.for_services(session, services).scenario_json()
        summary = navigation_summary(plan, 1 + len(session.household),
                                     services.navigator.catalog.onestop)
        visits.planned(session.visit_id, summary, payload)
    elif isinstance(result, HandedOver):
        visits.handed_over(result.visit_id)
