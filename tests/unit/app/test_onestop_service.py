"""``OneStopService`` on a real database (SQLite and PostgreSQL): a hand-off puts the visit in the
department's queue, keeps it from being marked left, and the department's console lists
only what was handed to it."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER, Catalog, load_catalog
from kiosk.app.clerk_service import ClerkService
from kiosk.app.onestop_service import OneStopService, desk_items
from kiosk.app.visit_steps import navigation_summary
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

SCENARIO = BUNDLED_FOLDER.parent / "scenarios" / "tennyu_family4.json"


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    copy = tmp_path / "catalog"
    copy.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        shutil.copy(path, copy / path.name)
    desk = copy / "onestop.yaml"
    desk.write_text(desk.read_text(encoding="utf-8").replace("enabled: false", "enabled: true"),
                    encoding="utf-8")
    return load_catalog(copy)


@pytest.fixture
def clerk(tmp_path: Path, db_url: str) -> Iterator[ClerkService]:
    """On SQLite and on PostgreSQL (``db_url``)."""
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-test")
    yield ClerkService(engine, recorder, PersonalStore(engine, opener=TownKeyPair.generate()))
    engine.dispose()


def plan_for(catalog: Catalog) -> Plan:
    scenario = Scenario.from_json(json.loads(SCENARIO.read_text(encoding="utf-8")))
    return Navigator(catalog).plan(scenario)


def test_a_hand_off_routes_the_visit_to_the_department(catalog: Catalog,
                                                       clerk: ClerkService) -> None:
    desk = catalog.onestop
    assert desk is not None
    plan = plan_for(catalog)
    summary = navigation_summary(plan, 4, desk)
    assert summary.departments == ("SOGO",)  # the kiosk queues the visit at the desk only
    ticket = clerk.recorder.start_visit(channel="card")
    clerk.recorder.record(ticket.visit_id, "navigation_done", life_event=plan.event_id,
                          departments=list(summary.departments))
    today = local_day(utc_now())
    service = OneStopService(clerk)
    assert [e.visit_id for e in clerk.queue("SOGO", today)] == [ticket.visit_id]
    assert clerk.queue("KOSO", today) == []

    clerk.mark(ticket.visit_id, "service_started", "SOGO")
    for proc in plan.procedures():
        if desk.handles(proc.id):
            service.settle(ticket.visit_id, proc.id, "SOGO")
        else:
            service.hand_off(ticket.visit_id, proc.id, proc.department_id)
    clerk.mark(ticket.visit_id, "service_finished", "SOGO")
    assert [e.visit_id for e in clerk.queue("KOSO", today)] == [ticket.visit_id]
    assert [e.visit_id for e in clerk.queue("KYOIKU", today)] == [ticket.visit_id]
    assert clerk.queue("SOGO", today) == []  # done at the desk
    assert clerk.queue("JUMIN", today) == []  # the desk did the 住民課's procedures

    states = service.states(ticket.visit_id)
    at_desk = desk_items(plan, states, "SOGO", desk)
    assert len(at_desk) == len(plan.procedure_ids())
    assert [i.procedure.id for i in desk_items(plan, states, "KOSO", desk)] == ["hoiku_tenen"]
    assert {i.procedure.id for i in at_desk if i.specialist} == {"hoiku_tenen", "tennyugaku",
                                                                 "boshi_hoken"} & set(
        plan.procedure_ids())

    for department, procedure in (("KOSO", "hoiku_tenen"), ("KYOIKU", "tennyugaku")):
        clerk.mark(ticket.visit_id, "service_started", department)
        service.settle(ticket.visit_id, procedure, department)
        left_before = clerk._route_finished(ticket.visit_id)
        clerk.mark(ticket.visit_id, "service_finished", department)
    assert left_before is False  # KYOIKU was still serving when KOSO finished
    assert all(s.state == "done" for s in service.states(ticket.visit_id).values())
    assert clerk._route_finished(ticket.visit_id)


def test_without_a_desk_the_route_is_every_department() -> None:
    catalog = load_catalog()
    plan = plan_for(catalog)
    assert navigation_summary(plan, 4, catalog.onestop).departments == plan.department_ids()


def test_each_counter_accepts_for_the_core_system_what_it_settled(catalog: Catalog) -> None:
    """The desk accepts the procedures it did, whatever their department; a department
    only what the desk handed to it and it settled (so nothing is submitted twice)."""
    from datetime import UTC, datetime

    from kiosk.app.core_submissions import submissions_by_member
    from kiosk.app.onestop_service import settled_plan
    from kiosk.visits.handoffs import ProcedureState

    desk = catalog.onestop
    assert desk is not None
    plan = plan_for(catalog)
    scenario = Scenario.from_json(json.loads(SCENARIO.read_text(encoding="utf-8")))
    states = {p.id: (ProcedureState("done", "SOGO") if desk.handles(p.id)
                     else ProcedureState("done", p.department_id)) for p in plan.procedures()}
    states["tennyugaku"] = ProcedureState("handed", "KYOIKU")  # not settled there yet

    def accepted(counter: str) -> set[str]:
        return {record.procedure_id for _member, record in submissions_by_member(
            visit_id="v1", department=counter, scenario=scenario,
            plan=settled_plan(plan, states, counter), staff_id="S1",
            accepted_at=datetime(2026, 4, 6, tzinfo=UTC))}

    at_desk = accepted("SOGO")
    assert at_desk == {p.id for p in plan.procedures() if desk.handles(p.id)}
    assert "kokuho_shutoku" in at_desk and "jido_teate" in at_desk
    assert accepted("KOSO") == {"hoiku_tenen"}  # not the desk's 児童手当
    assert accepted("KYOIKU") == set()
    assert settled_plan(plan, {}, "SOGO").stops == ()
