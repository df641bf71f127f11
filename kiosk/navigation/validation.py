"""The one validation of a scenario, shared by every command, the kiosk and the web.

``validate_scenario(data, catalog)`` takes the raw JSON data of a scenario (already read,
see ``kiosk.textfile.read_json_file``) and returns a ``Scenario`` the engine and the forms
can trust, or raises ``ScenarioError`` with one sentence a person can act on. The sentence
names keys, ids and the town's own data, never a resident's name, date or address.

What is checked, all from the catalog (no event is named here):

* the event exists; every answer names a known question (and member) with a valid value;
* nobody is born in the future or after the event; nobody is older than ``MAX_AGE_YEARS``;
  the event date is at most a year ahead (an event in 2999 would make children elderly);
* each event's people: a newborn for an event about a newborn, a deceased member for one
  about a death, a new address for one that brings one (``subject``, ``address_change``);
* a foreign resident's §30の45 items (``kiosk.navigation.residence``): the card number's
  form, the items of the category, a period of stay that has not ended before the event;
* at most ``MAX_MEMBERS`` people; no empty names; a new address's 大字 is the town's,
  its postal code is written like 861-0803 and, when given, is the 大字's;
* a household split names who leaves and their head (``kiosk.navigation.household_split``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from forms.catalog import AddressChange, Catalog, EventDef, Subject, Town
from kiosk.domain.answers import is_dont_know
from kiosk.navigation.household_split import check_new_household
from kiosk.navigation.residence import ResidenceError, check_stay_on
from kiosk.navigation.scenario import SELF_ID, Person, Scenario, ScenarioError, Status, shown
from kiosk.textfile import TextFileError, read_json_file

MAX_AGE_YEARS = 130
# everyone in one visit, the resident included: three generations and more fit, and a
# file cannot make one visit print thousands of pages
MAX_MEMBERS = 30
POSTAL_CODE = re.compile(r"[0-9]{3}-[0-9]{4}")


def load_scenario_file(
    path: Path, catalog: Catalog, today: date | None = None
) -> tuple[Scenario, Mapping[str, Any]]:
    """Read a scenario file (UTF-8 with or without a BOM, or Shift_JIS; size and depth
    limited, see ``kiosk.textfile``) and validate it: the scenario and its raw data (which
    may carry ``my_number`` entries for the forms). Every failure is one ``ScenarioError``
    sentence naming the file."""
    try:
        data = read_json_file(path)
    except TextFileError as exc:
        raise ScenarioError(f"scenario file {path} {exc}") from None
    try:
        scenario = validate_scenario(data, catalog, today)
    except ScenarioError as exc:
        raise ScenarioError(f"{path.name}: {exc}") from None
    assert isinstance(data, Mapping)  # validate_scenario refuses anything else
    return scenario, data


def validate_scenario(data: object, catalog: Catalog, today: date | None = None) -> Scenario:
    """The scenario in ``data`` (parsed JSON), checked against ``catalog`` and ``today``."""
    if not isinstance(data, Mapping):
        raise ScenarioError("a scenario must be a JSON object")
    scenario = Scenario.from_json(data)
    check_scenario(scenario, catalog, today)
    return scenario


def check_scenario(scenario: Scenario, catalog: Catalog, today: date | None = None) -> None:
    """Every check of the module docstring on a scenario built elsewhere (the kiosk's
    session, before it prints)."""
    if len(scenario.members) > MAX_MEMBERS:
        raise ScenarioError(
            f"a visit is for one household: at most {MAX_MEMBERS} people, the resident "
            f"and {MAX_MEMBERS - 1} in 'household'"
        )
    check_answers(scenario, catalog)
    event = catalog.events[scenario.event]
    _check_dates(scenario, today or date.today())
    _check_names(scenario)
    _check_required_people(scenario, event)
    _check_residence(scenario)
    if event.address_change is AddressChange.NEW_ADDRESS:
        _check_new_address(scenario, event, catalog.town)
    check_new_household(scenario, catalog)


def check_answers(scenario: Scenario, catalog: Catalog) -> None:
    """Reject an unknown event, answer key, member or value (what the engine needs)."""
    if scenario.event not in catalog.events:
        raise ScenarioError(
            f"unknown life event {shown(scenario.event)} (events: {', '.join(catalog.events)})"
        )
    member_ids = {p.id for p in scenario.members}
    for key, value in scenario.answers.items():
        qid, _, member = key.partition("@")
        question = catalog.questions.get(qid)
        if question is None:
            raise ScenarioError(f"unknown question id {shown(qid)} in the answers")
        if member and member not in member_ids:
            raise ScenarioError(f"answer {shown(key)} names no household member")
        if member and question.scope != "person" and member != SELF_ID:
            raise ScenarioError(
                f"question {qid!r} is answered once per household; drop {shown('@' + member)}"
            )
        if not (question.accepts(value) or is_dont_know(value)):
            allowed = {"bool": "true or false", "int": "a whole number"}.get(
                question.type, ", ".join(question.option_ids)
            )
            raise ScenarioError(f"answer {shown(key)} must be {allowed}")


def _where(scenario: Scenario, person: Person) -> str:
    """How a message points at a person: by their place in the file, never by name."""
    if person.id == SELF_ID:
        return "resident"
    return f"household[{scenario.household.index(person)}]"


def _check_dates(scenario: Scenario, today: date) -> None:
    if scenario.event_date > _years_after(today, 1):
        raise ScenarioError("event_date is more than a year from today; check the year")
    for person in scenario.members:
        where = _where(scenario, person)
        if person.birth_date > today:
            raise ScenarioError(f"{where}: birth_date is in the future")
        if person.birth_date > scenario.event_date:
            raise ScenarioError(
                f"{where}: birth_date is after event_date (a newborn is born on or before it)"
            )
        if person.birth_date < _years_after(scenario.event_date, -MAX_AGE_YEARS):
            raise ScenarioError(
                f"{where}: birth_date is more than {MAX_AGE_YEARS} years before event_date; "
                "check the year"
            )


def _check_names(scenario: Scenario) -> None:
    for person in scenario.members:
        if not person.name.strip():
            raise ScenarioError(f"{_where(scenario, person)}: 'name' must not be empty")


def _check_residence(scenario: Scenario) -> None:
    """A foreign resident's period of stay runs at least to the event (or its 特例期間)."""
    for person in scenario.members:
        if person.residence is not None:
            try:
                check_stay_on(person.residence, scenario.event_date, _where(scenario, person))
            except ResidenceError as exc:
                raise ScenarioError(str(exc)) from None


def _check_required_people(scenario: Scenario, event: EventDef) -> None:
    if event.subject is Subject.NEWBORN:
        inferred = scenario.with_newborns_inferred()
        if not any(p.status is Status.NEWBORN for p in inferred.household):
            raise ScenarioError(
                f"event {event.id!r} registers a birth: list the baby in 'household' "
                'with status "newborn"'
            )
    if event.subject is Subject.DECEASED and not any(
        p.status is Status.DECEASED for p in scenario.household
    ):
        raise ScenarioError(
            f"event {event.id!r} is about a death: list the person who died in 'household' "
            'with status "deceased"'
        )
    if scenario.resident.status in (Status.NEWBORN, Status.DECEASED):
        raise ScenarioError(
            "resident: the resident is the person filing, never the newborn or the deceased"
        )


def _check_new_address(scenario: Scenario, event: EventDef, town: Town) -> None:
    address = scenario.new_address
    if address is None or not address.oaza.strip() or not address.banchi.strip():
        raise ScenarioError(
            f"event {event.id!r} moves to an address in the town: give 'new_address' "
            "with its 'oaza' (大字) and 'banchi' (番地)"
        )
    codes = {entry.name: entry.postal_code for entry in town.oaza}
    if codes and address.oaza not in codes:
        raise ScenarioError(
            f"new_address: 'oaza' is not one of the town's 大字 ({', '.join(codes)})"
        )
    if not address.postal_code:
        return
    if not POSTAL_CODE.fullmatch(address.postal_code):
        raise ScenarioError("new_address: 'postal_code' must be written like 861-0803")
    expected = codes.get(address.oaza, "")
    if expected and address.postal_code != expected:
        raise ScenarioError(
            f"new_address: 'postal_code' is not the 大字's (it is {expected})"
        )


def _years_after(day: date, years: int) -> date:
    """The same day ``years`` later (or earlier); 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
