"""The household split (世帯分離): the catalog says when it happens, the scenario says who
leaves and who heads them, and the one validation refuses anything else."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from forms.catalog.loader import load_catalog
from kiosk.navigation.household_split import splits_household
from kiosk.navigation.scenario import Scenario, ScenarioError
from kiosk.navigation.validation import validate_scenario

CASE = Path(__file__).resolve().parents[2] / "domain" / "cases" / \
    "household_split_three_generations.json"
CATALOG = load_catalog()
TODAY = date(2026, 6, 1)


def _split(**new_household: Any) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(json.loads(CASE.read_text(encoding="utf-8"))["scenario"])
    if new_household:
        data["new_household"] = new_household
    return data


def test_the_catalog_data_decides_when_the_household_splits() -> None:
    scenario = Scenario.from_json(_split())
    assert splits_household(scenario, CATALOG)
    assert not splits_household(scenario.with_answers(household_change="merge"), CATALOG)
    assert not splits_household(scenario.with_answers(household_change="head_change"), CATALOG)
    events = [e for e in CATALOG.events.values() if e.household_split is not None]
    assert len(events) == 1  # only the household change splits; a move never asks


def test_a_valid_split_is_read_into_the_scenario() -> None:
    scenario = validate_scenario(_split(), CATALOG, TODAY)
    assert scenario.new_household is not None
    assert scenario.new_household.members == ("son", "daughter_in_law", "grandchild")
    assert scenario.new_household.head == "son"
    assert "son" not in repr(scenario.new_household)


@pytest.mark.parametrize(("new_household", "message"), [
    ({"members": [], "head": "son"}, "at least one member who leaves"),
    ({"members": ["son", "nobody"], "head": "son"}, "'nobody' is not a living member"),
    ({"members": ["son", "son"], "head": "son"}, "listed twice"),
    ({"members": ["son", "grandchild"], "head": "daughter_in_law"}, "'head' must be one of"),
    ({"members": ["self", "son", "daughter_in_law", "grandchild"], "head": "son"},
     "not everybody leaves"),
    ({"members": "son", "head": "son"}, "a list of member ids"),
])
def test_a_wrong_split_is_refused_in_one_sentence(new_household: dict[str, Any],
                                                  message: str) -> None:
    data = _split()
    data["new_household"] = new_household
    with pytest.raises(ScenarioError) as caught:
        validate_scenario(data, CATALOG, TODAY)
    assert message in str(caught.value) and "試験" not in str(caught.value)


def test_a_split_must_say_who_leaves_and_only_a_split_may() -> None:
    data = _split()
    del data["new_household"]
    with pytest.raises(ScenarioError, match="give 'new_household'"):
        validate_scenario(data, CATALOG, TODAY)
    merge = _split()
    merge["answers"]["household_change"] = "merge"
    with pytest.raises(ScenarioError, match="only for a household split"):
        validate_scenario(merge, CATALOG, TODAY)


def test_the_deceased_cannot_leave() -> None:
    data = _split()
    data["household"][0]["status"] = "deceased"
    with pytest.raises(ScenarioError, match="'son' is not a living member"):
        validate_scenario(data, CATALOG, TODAY)
