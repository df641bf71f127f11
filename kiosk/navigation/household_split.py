"""The household split (世帯分離): when an event splits the household, and the strict
check of who leaves.

At a split some members leave the household to form a new one in the same dwelling; the
世帯変更届 (住民基本台帳法 §25) names them and the new household's head. The catalog says
when an event splits the household (``household_split`` in ``events.yaml``, a condition
on the answers); the scenario carries who leaves (``Scenario.new_household``). No event is
named here.
"""

from __future__ import annotations

from forms.catalog import Catalog
from kiosk.domain import conditions as cond
from kiosk.navigation.facts import all_facts
from kiosk.navigation.scenario import SELF_ID, Scenario, ScenarioError, Status, shown


def splits_household(scenario: Scenario, catalog: Catalog) -> bool:
    """Whether the event, with the answers so far (defaults for the rest), splits the
    household: the resident is then asked who leaves."""
    event = catalog.events.get(scenario.event)
    if event is None or event.household_split is None:
        return False
    facts = all_facts(scenario, catalog.town.child_medical_age, event.is_departure)[SELF_ID]

    def lookup(name: str) -> cond.Value | cond.Unknown:
        if name in facts:
            return facts[name]
        question = catalog.questions.get(name)
        if question is None:
            return cond.UNKNOWN
        answer = scenario.answer(name)
        return question.default if answer is None else answer

    return cond.evaluate(event.household_split.expr, lookup) is True


def staying_members(scenario: Scenario) -> list[str]:
    """The ids of the living members who could leave or stay (not the deceased, not
    someone who lives elsewhere)."""
    return [p.id for p in scenario.members if p.status not in (Status.DECEASED, Status.AWAY)]


def check_new_household(scenario: Scenario, catalog: Catalog) -> None:
    """A split names who leaves and who heads them; nothing else names a new household.
    The leavers are living members, listed once; the head is one of them; somebody stays."""
    new = scenario.new_household
    splits = splits_household(scenario, catalog)
    if new is None:
        if splits:
            raise ScenarioError(
                f"event {scenario.event!r} splits the household here: give 'new_household' "
                "with the 'members' who leave and their 'head'"
            )
        return
    if not splits:
        raise ScenarioError(
            "'new_household' is only for a household split (the event's household_split "
            "in events.yaml does not hold)"
        )
    living = staying_members(scenario)
    if not new.members:
        raise ScenarioError("new_household: 'members' must name at least one member who leaves")
    if len(set(new.members)) != len(new.members):
        raise ScenarioError("new_household: a member is listed twice in 'members'")
    for member_id in new.members:
        if member_id not in living:
            raise ScenarioError(
                f"new_household: {shown(member_id)} is not a living member of the household"
            )
    if new.head not in new.members:
        raise ScenarioError("new_household: 'head' must be one of its 'members'")
    if len(new.members) >= len(living):
        raise ScenarioError(
            "new_household: somebody must stay in the present household (not everybody leaves)"
        )
