"""The web wizard's household page in a real browser, in Japanese, on a phone.

The resident adds the people of the household one at a time with 「この方を追加」 and then
goes on with 「次へ」. A person typed into the panel but not added yet is not lost: complete,
「次へ」 adds them first (as the page's hint says); half typed, the page comes back with the
typed values kept and says what is missing, instead of going on without them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from browser_support import WebServer
from wizard_walker import WizardWalker, load_scenario

SCENARIO = load_scenario("tennyu_family4.json")
HUSBAND, SON, DAUGHTER = SCENARIO["household"][:3]


def at_the_household_page(driver: Any, web: WebServer) -> WizardWalker:
    walk = WizardWalker(driver, web.url)
    walk.start("ja")
    walk.resident(SCENARIO["resident"])
    walk.event(SCENARIO["event"])
    assert walk.page_kind() == "household"
    return walk


def listed(walk: WizardWalker) -> list[str]:
    """The people added, as the page lists them (one line of text each)."""
    return [str(item.text) for item in walk.driver.find_elements("css selector", "#members li")]


def value(walk: WizardWalker, element_id: str) -> str:
    return str(walk.find(element_id).get_attribute("value"))


def test_people_are_added_one_at_a_time_then_the_resident_goes_on(
        browser: Callable[..., Any], web: WebServer) -> None:
    walk = at_the_household_page(browser(), web)
    assert walk.find("members").text == "まだだれもいません。"
    assert walk.find("add-member").text == "この方を追加"
    assert walk.find("next").text == "ほかにいません（次へ）"

    for count, member in enumerate((HUSBAND, SON, DAUGHTER), 1):
        walk.fill_member(member)
        walk.press("add-member")
        people = listed(walk)
        assert len(people) == count, people
        assert member["name"] in people[-1] and member["relation"] in people[-1], people[-1]
        assert value(walk, "member_name") == "", "the panel is empty for the next person"
    names = walk.driver.find_elements("css selector", "#members li div > strong:first-child")
    assert [str(name.text) for name in names] == [m["name"] for m in (HUSBAND, SON, DAUGHTER)]
    assert walk.find("next").text == "次へ"

    walk.press("next")
    assert walk.page_kind() == "question"


def test_a_person_typed_but_not_added_is_added_by_next(
        browser: Callable[..., Any], web: WebServer) -> None:
    walk = at_the_household_page(browser(), web)
    walk.fill_member(HUSBAND)
    walk.press("add-member")
    walk.fill_member(SON)  # typed in full, 「この方を追加」 forgotten
    walk.press("next")
    assert walk.page_kind() == "question"
    walk.press("back")
    assert walk.page_kind() == "household"
    people = listed(walk)
    assert len(people) == 2 and SON["name"] in people[1], people


def test_next_with_a_half_typed_person_stays_and_says_what_is_missing(
        browser: Callable[..., Any], web: WebServer) -> None:
    walk = at_the_household_page(browser(), web)
    walk.fill_member(HUSBAND)
    walk.press("add-member")
    walk.type("member_name", SON["name"])  # only the name, then 「次へ」
    walk.press("next", errors=True)
    assert walk.page_kind() == "household"
    assert len(listed(walk)) == 1, "nobody half typed is added"
    assert value(walk, "member_name") == SON["name"], "what was typed is kept"
    missing = {str(field.get_attribute("id")) for field in
               walk.driver.find_elements("css selector", "[aria-invalid='true']")}
    assert {"member_furigana", "member_relation"} <= missing, missing
    assert "member_name" not in missing

    walk.fill_member(SON)
    walk.press("next")
    assert walk.page_kind() == "question"


def test_a_person_added_by_mistake_is_removed(
        browser: Callable[..., Any], web: WebServer) -> None:
    walk = at_the_household_page(browser(), web)
    for member in (HUSBAND, SON):
        walk.fill_member(member)
        walk.press("add-member")
    (son_item,) = [item for item in walk.driver.find_elements("css selector", "#members li")
                   if SON["name"] in item.text]
    son_id = str(son_item.get_attribute("id")).removeprefix("member-")
    walk.press(f"remove-{son_id}")
    people = listed(walk)
    assert len(people) == 1 and HUSBAND["name"] in people[0], people
