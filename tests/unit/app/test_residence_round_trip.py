"""A foreign resident's §30の45 items survive the kiosk's session and the clerks' copy.

The scenario file (the corpus case below) carries them for the resident and every member;
the session rebuilt from it (the demo, the clerk's reopened visit) must freeze them back
into the scenario the forms print, and ``scenario_to_json`` (the clerks' copy) must keep
them, or the 住民異動届's foreign residents' page prints empty after a correction.
"""

from __future__ import annotations

import json
from pathlib import Path

from kiosk.app.session import ResidentSession
from kiosk.app.visit import scenario_to_json, session_from_scenario
from kiosk.navigation.residence import residence_to_json
from kiosk.navigation.scenario import Scenario

CASE = Path(__file__).parents[2] / "domain" / "cases" / "foreign_mid_long_family_from_abroad.json"


def test_residence_items_survive_the_session_and_the_clerks_copy() -> None:
    data = json.loads(CASE.read_text(encoding="utf-8"))["scenario"]
    original = Scenario.from_json(data)
    session = ResidentSession()
    session_from_scenario(data, session)
    frozen = session.freeze(original.event_date)
    copy = Scenario.from_json(scenario_to_json(original))
    for scenario in (frozen, copy):
        assert residence_to_json(scenario.resident.residence) == residence_to_json(
            original.resident.residence)
        assert [residence_to_json(p.residence) for p in scenario.household] == [
            residence_to_json(p.residence) for p in original.household]
    assert original.resident.residence is not None
    assert all(p.residence is not None for p in original.household)
    session.wipe()
    assert session.residence is None

