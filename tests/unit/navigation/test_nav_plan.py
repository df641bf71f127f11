"""The plan object: form requests, de-duplication and JSON."""

from __future__ import annotations

import json
from datetime import date

from nav_helpers import load_scenario

from kiosk.i18n import Text
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import CounterStop, Department, Plan, PlannedProcedure


def proc(pid: str, forms: tuple[str, ...], members: tuple[str, ...], scope: str) -> PlannedProcedure:
    return PlannedProcedure(pid, Text(pid, pid), "JUMIN", forms, (), Text(), Text(), (),
                            members, scope)


def test_form_requests_deduplicate_and_merge() -> None:
    dept = Department("JUMIN", Text("住民", "Residents"), Text("1", "1"), 10)
    plan = Plan("IN", date(2026, 4, 6), (CounterStop(dept, (
        proc("a", ("f1", "f2"), ("self", "kid"), "member"),
        proc("b", ("f1",), ("kid", "spouse"), "member"),
        proc("c", ("hh",), ("self", "kid"), "household"),
        proc("d", ("hh",), ("self", "spouse"), "household"),
        proc("e", (), ("self",), "member"),
    )),))
    assert plan.form_ids() == (("f1", "self"), ("f1", "kid"), ("f2", "self"), ("f2", "kid"),
                               ("f1", "spouse"), ("hh", "self"))
    merged = plan.form_requests()[-1]
    assert merged.member_ids == ("self", "kid", "spouse")
    assert merged.procedure_ids == ("c", "d")
    twice = plan.form_requests()[1]
    assert twice.procedure_ids == ("a", "b")
    assert plan.procedure_ids() == ("a", "b", "c", "d", "e")
    assert "c" in plan and "z" not in plan and plan.find("z") is None


def test_plan_json_round_trips(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("okuyami.json"))
    data = json.loads(json.dumps(plan.to_json(), ensure_ascii=False))
    assert data["event"] == "D" and data["event_date"] == "2026-02-10"
    assert [s["department"]["id"] for s in data["stops"]] == list(plan.department_ids())
    assert [tuple((f["form_id"], f["member_id"])) for f in data["forms"]] == list(plan.form_ids())
    assert data["stops"][0]["department"]["id"] == "JUMIN"


def test_late_filing_is_flagged_per_procedure(nav: Navigator) -> None:
    scenario = load_scenario("tennyu_family4.json")  # moved in on 2026-04-06
    in_time = nav.plan(scenario, filed_on=date(2026, 4, 20))
    late = nav.plan(scenario, filed_on=date(2026, 4, 21))
    assert in_time.late_procedures() == ()
    jumin = late.find("jumin_ido")
    assert jumin is not None and jumin.filed_late
    assert jumin.filing_deadline == date(2026, 4, 20)
    assert jumin.to_json()["filed_late"] is True
    assert "jumin_ido" in {p.id for p in late.late_procedures()}
    card = late.find("mynumber_card")  # 90 days for the card: not late yet
    assert card is not None and not card.filed_late
    water = late.find("suido")  # no legal period
    assert water is not None and water.filing_deadline is None and not water.filed_late
