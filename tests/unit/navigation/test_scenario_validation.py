"""The one validation of a scenario: answers, dates, each event's people, the new address.

The bases are the bundled samples, whose events the catalog describes (a newborn, a death,
a new address); each case breaks one thing and expects one sentence naming no person.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from forms.catalog import AddressChange, Catalog, Subject
from kiosk.navigation.scenario import ScenarioError, Status
from kiosk.navigation.validation import load_scenario_file, validate_scenario

SCENARIOS = Path(__file__).resolve().parents[3] / "forms" / "scenarios"
TODAY = date(2026, 11, 28)
PERSONAL = ("南関", "ナンカン", "太郎", "花子", "1986", "1234")


def sample(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / name).read_text(encoding="utf-8"))
    return data


def refused(data: Any, catalog: Catalog, today: date = TODAY) -> str:
    with pytest.raises(ScenarioError) as caught:
        validate_scenario(data, catalog, today)
    message = str(caught.value)
    assert "\n" not in message
    assert not any(secret in message for secret in PERSONAL), message
    return message


@pytest.mark.parametrize("path", sorted(SCENARIOS.glob("*.json")), ids=lambda p: p.stem)
def test_every_bundled_sample_passes(path: Path, catalog: Catalog) -> None:
    scenario, data = load_scenario_file(path, catalog, TODAY)
    assert scenario.event == data["event"]


def test_the_samples_cover_each_kind_of_event_people(catalog: Catalog) -> None:
    """The cases below lean on these samples being what the catalog says they are."""
    events = catalog.events
    assert events[sample("shussei.json")["event"]].subject is Subject.NEWBORN
    assert events[sample("okuyami.json")["event"]].subject is Subject.DECEASED
    assert (events[sample("tennyu_family4.json")["event"]].address_change
            is AddressChange.NEW_ADDRESS)


def test_unknown_event_question_member_and_value(catalog: Catalog) -> None:
    base = sample("tennyu_family4.json")
    assert "unknown life event 'ZZ'" in refused(base | {"event": "ZZ"}, catalog)
    assert "unknown question id 'nope'" in refused(base | {"answers": {"nope": True}}, catalog)
    assert "names no household member" in refused(
        base | {"answers": {"has_mnc@ghost": True}}, catalog)
    message = refused(base | {"answers": {"insurance": "martian"}}, catalog)
    assert "answer 'insurance' must be" in message and "national" in message
    assert "true or false" in refused(base | {"answers": {"has_mnc": "yes"}}, catalog)


def test_not_an_object(catalog: Catalog) -> None:
    assert refused([1, 2], catalog) == "a scenario must be a JSON object"


def test_birth_in_the_future(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    data["household"][1]["birth_date"] = "2026-11-29"
    assert refused(data, catalog) == "household[1]: birth_date is in the future"


def test_event_before_a_birth(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    data["resident"]["birth_date"] = "2026-04-07"  # the day after the move
    assert "resident: birth_date is after event_date" in refused(data, catalog)
    newborn = sample("shussei.json")
    newborn["household"][0]["birth_date"] = "2026-05-13"  # the day after the event
    assert "household[0]: birth_date is after event_date" in refused(newborn, catalog)
    newborn["household"][0]["birth_date"] = newborn["event_date"]  # born that day: fine
    validate_scenario(newborn, catalog, TODAY)


def test_event_date_at_most_a_year_ahead(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    message = refused(data | {"event_date": "2999-04-06"}, catalog)
    assert message == "event_date is more than a year from today; check the year"
    refused(data | {"event_date": "2027-11-29"}, catalog)
    validate_scenario(data | {"event_date": "2027-11-28"}, catalog, TODAY)


def test_nobody_older_than_the_limit(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    data["resident"]["birth_date"] = "1886-04-05"
    assert "more than 130 years before event_date" in refused(data, catalog)
    data["resident"]["birth_date"] = "1896-04-06"
    validate_scenario(data, catalog, TODAY)


def test_a_birth_needs_a_newborn(catalog: Catalog) -> None:
    data = sample("shussei.json")
    data["household"][0].update(status="", birth_date="2020-05-01")  # a sibling, not a baby
    message = refused(data, catalog)
    assert "registers a birth" in message and '"newborn"' in message
    data["household"][0]["birth_date"] = "2026-05-01"  # unmarked, but born 11 days before
    assert validate_scenario(data, catalog, TODAY).household[0].status is Status.PRESENT


def test_a_death_needs_the_deceased(catalog: Catalog) -> None:
    data = sample("okuyami.json")
    data["household"][0]["status"] = ""
    message = refused(data, catalog)
    assert "is about a death" in message and '"deceased"' in message


def test_the_resident_is_never_the_newborn_or_the_deceased(catalog: Catalog) -> None:
    data = sample("okuyami.json")
    data["resident"]["status"] = "deceased"
    assert "the resident is the person filing" in refused(data, catalog)
    data["resident"]["status"] = "away"  # a child from elsewhere filing for a parent: fine
    validate_scenario(data, catalog, TODAY)


def test_a_move_in_needs_a_new_address(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    del data["new_address"]
    assert "give 'new_address' with its 'oaza' (大字) and 'banchi' (番地)" in refused(
        data, catalog)
    blank = sample("tennyu_family4.json")
    blank["new_address"]["banchi"] = " "
    assert "give 'new_address'" in refused(blank, catalog)


def test_the_oaza_must_be_the_towns(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    data["new_address"]["oaza"] = "水前寺"
    message = refused(data, catalog)
    assert message.startswith("new_address: 'oaza' is not one of the town's 大字 (")
    assert all(entry.name in message for entry in catalog.town.oaza)


@pytest.mark.parametrize("code", ["8610803", "861-080", "８６１-０８０３", "861 0803", "abc-defg"])
def test_a_malformed_postal_code(catalog: Catalog, code: str) -> None:
    data = sample("tennyu_family4.json")
    data["new_address"]["postal_code"] = code
    assert refused(data, catalog) == "new_address: 'postal_code' must be written like 861-0803"


def test_the_postal_code_must_be_the_oazas(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    oaza = catalog.town.oaza[0]
    data["new_address"].update(oaza=oaza.name, postal_code=catalog.town.oaza[1].postal_code)
    assert refused(data, catalog) == (
        f"new_address: 'postal_code' is not the 大字's (it is {oaza.postal_code})")
    data["new_address"]["postal_code"] = oaza.postal_code
    validate_scenario(data, catalog, TODAY)
    data["new_address"]["postal_code"] = ""  # not given: the 大字's is printed
    validate_scenario(data, catalog, TODAY)


def test_an_event_without_a_new_address_ignores_one(catalog: Catalog) -> None:
    """A departure's destination is outside the town: its 大字 is not checked."""
    data = sample("tenshutsu.json")
    data["new_address"] = {"oaza": "水前寺", "banchi": "1", "postal_code": "862-0950"}
    validate_scenario(data, catalog, TODAY)


@pytest.mark.parametrize("where", ["resident", "household"])
@pytest.mark.parametrize("name", ["", "  ", "\u3000"])
def test_an_empty_name(catalog: Catalog, where: str, name: str) -> None:
    data = sample("tennyu_family4.json")
    person = data["resident"] if where == "resident" else data["household"][2]
    person["name"] = name
    expected = "resident" if where == "resident" else "household[2]"
    assert refused(data, catalog) == f"{expected}: 'name' must not be empty"


def test_the_input_is_not_changed(catalog: Catalog) -> None:
    data = sample("shussei.json")
    before = copy.deepcopy(data)
    validate_scenario(data, catalog, TODAY)
    assert data == before


def test_a_file_error_names_the_file(catalog: Catalog, tmp_path: Path) -> None:
    path = tmp_path / "visit.json"
    with pytest.raises(ScenarioError, match=r"^scenario file .*visit\.json does not exist$"):
        load_scenario_file(path, catalog, TODAY)
    path.write_text(json.dumps(sample("tennyu_family4.json") | {"event": "ZZ"}),
                    encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"^visit\.json: unknown life event 'ZZ'"):
        load_scenario_file(path, catalog, TODAY)


def test_at_most_thirty_people(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    child = data["household"][2]
    data["household"] = [child | {"id": f"c{i}"} for i in range(29)]
    validate_scenario(data, catalog, TODAY)
    data["household"].append(child | {"id": "c29"})
    assert refused(data, catalog).startswith("a visit is for one household: at most 30 people")


@pytest.mark.parametrize(
    ("where", "key"),
    [("resident", "name"), ("resident", "address"), ("household", "relation"),
     ("household", "furigana"), ("new_address", "banchi"), ("new_address", "postal_code")],
)
def test_a_text_must_be_a_text(catalog: Catalog, where: str, key: str) -> None:
    data = sample("tennyu_family4.json")
    target = data["household"][0] if where == "household" else data[where]
    target[key] = 861
    expected = "household[0]" if where == "household" else where
    assert refused(data, catalog) == f"{expected}: {key!r} must be a text"


@pytest.mark.parametrize(("sex", "accepted"),
                         [("F", True), ("2", True), ("女", True), ("9", True), (None, True),
                          ("X", False), ("female?", False), (3, False)])
def test_sex_is_one_of_the_known_codes(catalog: Catalog, sex: Any, accepted: bool) -> None:
    data = sample("tennyu_family4.json")
    if sex is None:
        del data["household"][0]["sex"]
    else:
        data["household"][0]["sex"] = sex
    if accepted:
        validate_scenario(data, catalog, TODAY)
    else:
        assert refused(data, catalog).startswith("household[0]: 'sex' must be M or F")


def test_texts_are_at_most_200_characters(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    data["new_address"]["katagaki"] = "棟" * 200
    validate_scenario(data, catalog, TODAY)
    data["new_address"]["katagaki"] += "棟"
    assert refused(data, catalog) == "new_address: 'katagaki' is longer than 200 characters"


def test_ids_from_the_file_are_quoted_short_and_on_one_line(catalog: Catalog) -> None:
    data = sample("tennyu_family4.json")
    assert refused(data | {"event": "Z\n" * 100}, catalog).startswith(
        "unknown life event 'Z\\nZ\\nZ\\n")
    message = refused(data | {"answers": {"q" * 5000: True}}, catalog)
    assert message == f"unknown question id '{'q' * 39}…' in the answers"
    message = refused(data | {"answers": {"has_mnc@m\n1": True}}, catalog)
    assert message == "answer 'has_mnc@m\\n1' names no household member"
    household_question = next(q for q in catalog.questions.values() if q.scope == "household")
    key = f"{household_question.id}@spouse"
    message = refused(data | {"answers": {key: household_question.default}}, catalog)
    assert message.endswith("is answered once per household; drop '@spouse'")
