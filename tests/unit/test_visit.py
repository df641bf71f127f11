"""kiosk.app.visit: session → scenario and back, the question steps, undo, and the plan.

Runs against the shipped catalog and the real engine: the wizard's rules (answer once
for the household, per person when it differs, back undoes a whole question) are checked
on real questions, not on stand-ins.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from forms.catalog import load_catalog
from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.app.visit import (
    FLAG_KANJI_BY_STAFF,
    Visit,
    is_katakana_text,
    question_key,
    session_from_scenario,
    suggest_reading,
)
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario, Status

SCENARIOS = Path(__file__).resolve().parents[2] / "forms" / "scenarios"
TODAY = date(2026, 4, 6)


@pytest.fixture(scope="module")
def navigator() -> Navigator:
    return Navigator(load_catalog())


def _scenario(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _visit(navigator: Navigator, name: str, *, answers: bool = False) -> Visit:
    data = _scenario(name)
    if not answers:
        data["answers"] = {}
    session = ResidentSession()
    session_from_scenario(data, session)
    session.channel = "card"
    return Visit(session, navigator, lambda: TODAY)


def test_scenario_round_trip_keeps_every_field(navigator: Navigator) -> None:
    data = _scenario("tennyu_family4")
    visit = _visit(navigator, "tennyu_family4", answers=True)
    back = visit.scenario_json()
    assert back["event"] == data["event"]
    assert back["event_date"] == TODAY.isoformat()
    assert back["answers"] == data["answers"]
    assert back["new_address"] == data["new_address"]
    assert [m["id"] for m in back["household"]] == [m["id"] for m in data["household"]]
    assert back["resident"]["furigana"] == data["resident"]["furigana"]
    scenario = visit.scenario()
    assert [p.id for p in scenario.members] == ["self", "spouse", "child1", "child2"]
    assert scenario.member("spouse").sex is Sex.FEMALE


def test_the_same_plan_as_the_engine_on_the_scenario_file(navigator: Navigator) -> None:
    from kiosk.navigation.scenario import Scenario

    visit = _visit(navigator, "okuyami", answers=True)
    data = _scenario("okuyami")
    data["event_date"] = TODAY.isoformat()
    expected = navigator.plan(Scenario.from_json(data))
    plan = visit.plan()
    assert plan.procedure_ids() == expected.procedure_ids()
    assert visit.session.plan is plan


def test_a_person_question_for_everyone_is_stored_per_member(navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    step = visit.next_step()
    assert step is not None and step.question_id == "from_area" and step.household
    visit.answer(step, "same_pref")
    assert visit.session.engine_answers() == {"from_area": "same_pref"}
    step = visit.next_step()
    assert step is not None and step.question_id == "has_mnc"
    assert step.for_each and step.can_split
    assert step.member_ids == ("self", "spouse", "child1", "child2")
    visit.answer(step, True)
    assert {k for k in visit.session.engine_answers() if question_key(k) == "has_mnc"} == {
        "has_mnc@self", "has_mnc@spouse", "has_mnc@child1", "has_mnc@child2"}


def test_a_question_about_one_person_names_only_that_person(navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    seen: dict[str, tuple[str, ...]] = {}
    while (step := visit.next_step()) is not None:
        seen[step.question_id] = step.member_ids
        question = step.prompt.question
        visit.answer(step, False if question.type == "bool" else question.option_ids[0])
    assert seen["pregnant"] == ("spouse",)  # the only woman of 13-55
    assert seen["in_childcare"] == ("child2",)  # the only preschool child
    assert "pregnant" in {question_key(k) for k in visit.session.engine_answers()}
    assert "pregnant@child2" not in visit.session.engine_answers()


def test_answering_person_by_person_then_undo(navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    first = visit.next_step()
    assert first is not None
    visit.answer(first, "same_pref")
    group = visit.next_step()
    assert group is not None and group.question_id == "has_mnc"
    visit.answer_each_person(group)
    one = visit.next_step()
    assert one is not None and one.question_id == "has_mnc"
    assert one.member_ids == ("self",) and not one.can_split
    visit.answer(one, True)
    two = visit.next_step()
    assert two is not None and two.member_ids == ("spouse",)
    visit.answer(two, False)
    assert visit.session.engine_answers()["has_mnc@self"] is True
    assert visit.session.engine_answers()["has_mnc@spouse"] is False
    # Back undoes the whole question (both members), then the one before it.
    assert visit.undo() == "has_mnc"
    assert list(visit.session.engine_answers()) == ["from_area"]
    again = visit.next_step()
    assert again is not None and again.for_each
    assert visit.undo() == "from_area"
    assert visit.undo() is None


def test_undo_of_a_split_not_yet_answered_returns_to_the_group_question(
        navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    step = visit.next_step()
    assert step is not None
    visit.answer(step, "other_pref")
    group = visit.next_step()
    assert group is not None
    visit.answer_each_person(group)
    assert visit.undo() == "has_mnc"
    assert visit.session.engine_answers() == {"from_area": "other_pref"}
    back = visit.next_step()
    assert back is not None and back.for_each


def test_progress_counts_up_and_ends_with_the_questions(navigator: Navigator) -> None:
    visit = _visit(navigator, "okuyami")
    numbers: list[int] = []
    while (step := visit.next_step()) is not None:
        number, total = visit.progress(step)
        assert 1 <= number <= total
        numbers.append(number)
        question = step.prompt.question
        visit.answer(step, True if question.type == "bool" else question.option_ids[0])
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) >= 3


def test_an_invalid_answer_is_refused(navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    step = visit.next_step()
    assert step is not None
    with pytest.raises(ValueError, match="from_area"):
        visit.answer(step, "the moon")


def test_a_new_event_drops_answers_and_event_marks(navigator: Navigator) -> None:
    visit = _visit(navigator, "okuyami", answers=True)
    assert visit.session.engine_answers()
    visit.choose_event("D")
    assert visit.session.engine_answers(), "the same event keeps the answers"
    visit.choose_event("MV")
    assert visit.session.engine_answers() == {}
    assert all(m.status is Status.PRESENT for m in visit.session.household)
    with pytest.raises(ValueError, match="unknown life event"):
        visit.choose_event("XX")


def test_members_are_added_with_fresh_ids_and_removed_with_their_answers(
        navigator: Navigator) -> None:
    session = ResidentSession(resident=BasicFour("南関 太郎", "熊本県", date(1980, 1, 1), Sex.MALE))
    visit = Visit(session, navigator, lambda: TODAY)
    visit.choose_event("D")
    first = visit.add_member("ナンカン シゲル", date(1940, 2, 3), Sex.MALE, "父", Status.DECEASED)
    second = visit.add_member("ナンカン ハナ", date(1945, 5, 6), Sex.FEMALE, "母")
    assert (first, second) == ("m1", "m2")
    assert FLAG_KANJI_BY_STAFF in session.flags
    assert visit.scenario().member("m1").status is Status.DECEASED
    session.answers[("has_inkan", "m1")] = True
    visit.remove_member("m1")
    assert ("has_inkan", "m1") not in session.answers
    assert visit.add_member("ナンカン ジロウ", date(1975, 1, 1), Sex.MALE, "兄弟姉妹") == "m1"


def test_new_address_and_furigana_screens_are_needed_only_when_they_should_be(
        navigator: Navigator) -> None:
    visit = _visit(navigator, "tennyu_family4")
    assert visit.needs_new_address() and visit.needs_furigana()
    visit.choose_event("D")
    assert not visit.needs_new_address()
    assert visit.session.new_address is None
    visit.session.channel = "manual"
    assert not visit.needs_furigana()
    oaza = navigator.catalog.town.oaza[0]
    visit.choose_event("MV")
    visit.set_new_address(oaza, "12-3")
    assert visit.session.new_address is not None
    assert visit.session.new_address.postal_code == oaza.postal_code


def test_a_scenario_needs_a_resident_and_an_event(navigator: Navigator) -> None:
    visit = Visit(ResidentSession(), navigator, lambda: TODAY)
    with pytest.raises(ValueError, match="resident"):
        visit.scenario()


def test_reading_suggestion_is_full_width_katakana() -> None:
    assert suggest_reading("南関 太郎") == "ナンカン\u3000タロウ"
    assert suggest_reading("佐藤\u3000花子") == "サトウ\u3000ハナコ"
    assert is_katakana_text(suggest_reading("山田 はなこ"))
    assert not is_katakana_text("ヤマダ 1")
    assert not is_katakana_text("")


def test_services_load_the_catalog_once_and_the_clock_is_injectable() -> None:
    services = Services(Config())
    first = services.navigator
    assert services.navigator is first
    assert services.clock() == date.today()
    fixed = Services(Config(), navigator=first, clock=lambda: TODAY)
    assert fixed.clock() == TODAY
    assert Visit.for_services(ResidentSession(), fixed).today() == TODAY


def test_at_a_birth_a_recently_born_member_is_the_newborn(navigator: Navigator) -> None:
    session = ResidentSession(resident=BasicFour("南関 花子", "熊本県", date(1990, 1, 1), Sex.FEMALE))
    visit = Visit(session, navigator, lambda: TODAY)
    visit.choose_event("B")
    visit.add_member("ナンカン タロウ", date(1988, 2, 3), Sex.MALE, "夫")
    baby = visit.add_member("ナンカン ハル", TODAY - timedelta(days=10), Sex.MALE, "子")
    visit.mark_newborns()
    scenario = visit.scenario()
    assert scenario.member(baby).status is Status.NEWBORN
    assert scenario.member("m1").status is Status.PRESENT
    expected = Scenario.from_json(visit.scenario_json() | {"household": [
        {k: v for k, v in m.items() if k != "status"} for m in visit.scenario_json()["household"]]}
    ).with_newborns_inferred()  # the engine's rule for an event whose subject is a newborn
    assert [p.status for p in expected.household] == [p.status for p in scenario.household]
