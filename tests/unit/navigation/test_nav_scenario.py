"""The scenario file format, its checks, and the redaction of personal data."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from nav_helpers import load_scenario

from kiosk.domain.resident import Sex
from kiosk.navigation.scenario import Scenario, ScenarioError, Status

BASE: dict[str, Any] = {
    "event": "IN", "event_date": "2026-04-06",
    "resident": {"name": "南関 太郎", "address": "熊本市中央区1番", "birth_date": "1986-07-15",
                 "sex": "1"},
}


def test_from_json_reads_the_issue_format() -> None:
    scenario = Scenario.from_json(BASE | {
        "household": [{"name": "南関 花子", "birth_date": "1988-11-02", "sex": "F",
                       "relation": "妻"}],
        "answers": {"has_mnc": True},
        "new_address": {"oaza": "関町", "banchi": "12"},
    })
    assert scenario.event_date == date(2026, 4, 6)
    assert scenario.resident.id == "self" and scenario.resident.relation == "本人"
    assert scenario.resident.sex is Sex.MALE
    assert scenario.household[0].id == "m1" and scenario.household[0].sex is Sex.FEMALE
    assert scenario.current_address == "熊本市中央区1番"
    assert scenario.new_address is not None and scenario.new_address.oaza == "関町"
    assert scenario.answer("has_mnc", "m1") is True
    assert scenario.card_read is False
    assert Scenario.from_json(BASE | {"card_read": True}).card_read is True


def test_every_repr_is_redacted() -> None:
    scenario = load_scenario("tennyu_family4.json")
    for thing in (scenario, scenario.resident, scenario.household[0], scenario.new_address):
        text = repr(thing) + str(thing)
        for secret in ("南関", "太郎", "1986", "関町", "1234"):
            assert secret not in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"event": ""}, "'event' must be a non-empty text"),
        ({"event_date": "06/04/2026"}, "event_date must be a date written YYYY-MM-DD"),
        ({"resident": "x"}, "'resident' must be an object"),
        ({"household": {}}, "'household' must be a list"),
        ({"household": [{"id": "a", "birth_date": "2000-01-01"},
                        {"id": "a", "birth_date": "2000-01-01"}]}, "duplicate member id 'a'"),
        ({"household": [{"birth_date": "2000-01-01", "status": "dead"}]},
         "status must be one of newborn, deceased, stays, away"),
        ({"answers": {"x": [1]}}, "answer 'x' must be true/false"),
        ({"new_address": "関町"}, "'new_address' must be an object"),
    ],
)
def test_bad_files_are_refused_without_personal_data(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ScenarioError, match=message) as info:
        Scenario.from_json(BASE | change)
    assert "南関" not in str(info.value)


def test_newborn_is_marked_only_when_asked_for() -> None:
    baby = {"id": "baby", "birth_date": "2026-04-01"}
    old = {"id": "old", "birth_date": "2020-04-01"}
    read = Scenario.from_json(BASE | {"event": "B", "household": [baby, old]})
    assert read.household[0].status is Status.PRESENT  # reading alone infers nothing
    inferred = read.with_newborns_inferred()
    assert inferred.household[0].status is Status.NEWBORN
    assert inferred.household[1].status is Status.PRESENT  # born too long ago


def test_with_answers_returns_a_new_scenario() -> None:
    scenario = Scenario.from_json(BASE)
    more = scenario.with_answers(has_mnc=True).with_answer("has_mnc@self", False)
    assert scenario.answers == {}
    assert more.answer("has_mnc") is False and more.answers["has_mnc"] is True
    assert more.member("self") is scenario.resident
    with pytest.raises(ScenarioError, match="no household member with id 'x'"):
        more.member("x")
