"""The resident's route: the plan's counters, or the one-stop desk then the specialists."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forms.catalog import BUNDLED_FOLDER, OneStopDesk, load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import Plan
from kiosk.navigation.route import queue_departments, resident_route
from kiosk.navigation.scenario import Scenario

SCENARIO = BUNDLED_FOLDER.parent / "scenarios" / "tennyu_family4.json"


def plan_of(folder: Path | None) -> tuple[Plan, OneStopDesk | None]:
    catalog = load_catalog(folder)
    scenario = Scenario.from_json(json.loads(SCENARIO.read_text(encoding="utf-8")))
    return Navigator(catalog).plan(scenario), catalog.onestop


@pytest.fixture
def onestop(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog"
    copy.mkdir()
    for path in BUNDLED_FOLDER.glob("*.yaml"):
        shutil.copy(path, copy / path.name)
    desk = copy / "onestop.yaml"
    desk.write_text(desk.read_text(encoding="utf-8").replace("enabled: false", "enabled: true"),
                    encoding="utf-8")
    return copy


def test_without_a_desk_the_route_is_the_plans_counters() -> None:
    plan, _no_desk = plan_of(None)
    route = resident_route(plan, None)
    assert [s.department_id for s in route] == list(plan.department_ids())
    assert [s.procedures for s in route] == [s.procedures for s in plan.stops]
    assert not any(s.at_desk or s.after_desk for s in route)
    assert queue_departments(plan, None) == plan.department_ids()


def test_with_a_desk_the_resident_goes_there_then_only_to_specialists(onestop: Path) -> None:
    plan, desk = plan_of(onestop)
    assert desk is not None
    route = resident_route(plan, desk)
    assert [s.department_id for s in route] == ["SOGO", "KOSO", "KYOIKU"]
    assert route[0].at_desk and route[1].after_desk and route[2].after_desk
    assert [p.id for p in route[1].procedures] == ["hoiku_tenen"]
    assert [p.id for p in route[2].procedures] == ["tennyugaku"]
    every = [p.id for s in route for p in s.procedures]
    assert sorted(every) == sorted(plan.procedure_ids())  # nothing lost, nothing twice
    assert queue_departments(plan, desk) == ("SOGO",)
