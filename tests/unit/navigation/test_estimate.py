"""「約N分」: the catalog's minutes per counter and procedure, added up and rounded."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest
from nav_helpers import load_scenario

from forms.catalog import BUNDLED_FOLDER, Catalog, CatalogError, KioskTiming, load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.estimate import VisitEstimate, estimate

ON = date(2026, 4, 6)


def test_each_planned_procedure_carries_its_counter_s_minutes(
    catalog: Catalog, nav: Navigator
) -> None:
    plan = nav.plan(load_scenario("tennyu_family4.json"), filed_on=ON)
    for proc in plan.procedures():
        expected = catalog.procedures[proc.id].minutes
        if expected is None:
            expected = catalog.departments[proc.department_id].minutes
        assert proc.minutes == expected
    assert proc.to_json()["minutes"] == proc.minutes


def test_the_estimate_adds_the_counters_and_the_printing(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("tennyu_family4.json"), filed_on=ON)
    counters = sum(p.minutes for p in plan.procedures())
    assert counters >= 10
    sheets = len(plan.form_requests()) + 1
    result = estimate(plan, KioskTiming(seconds_to_finish=60, seconds_per_form=30))
    assert result.counter_minutes % 5 == 0 and counters <= result.counter_minutes < counters + 5
    assert result.kiosk_minutes == -(-(60 + 30 * sheets) // 60)
    assert result.total_minutes == result.kiosk_minutes + result.counter_minutes


def test_small_figures_are_not_rounded_to_five(nav: Navigator) -> None:
    plan = nav.plan(load_scenario("tennyu_family4.json"), filed_on=ON)
    one = dataclasses.replace(plan, stops=(dataclasses.replace(
        plan.stops[0], procedures=(dataclasses.replace(plan.stops[0].procedures[0],
                                                       minutes=7),)),))
    assert estimate(one, KioskTiming(0, 0)) == VisitEstimate(kiosk_minutes=1, counter_minutes=7)


def test_a_town_sets_its_own_minutes_as_data(tmp_path: Path) -> None:
    folder = tmp_path / "town"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    path = folder / "departments.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("seconds_per_form: 15", "seconds_per_form: 40")
                    .replace("    order: 10\n    minutes: 10", "    order: 10\n    minutes: 25"),
                    encoding="utf-8")
    catalog = load_catalog(folder)
    assert catalog.departments["JUMIN"].minutes == 25
    assert catalog.kiosk_timing.seconds_per_form == 40
    path.write_text(text.replace("    order: 10\n    minutes: 10", "    order: 10\n    minutes: -3"),
                    encoding="utf-8")
    with pytest.raises(CatalogError, match="'minutes' must be between 0 and 240"):
        load_catalog(folder)
