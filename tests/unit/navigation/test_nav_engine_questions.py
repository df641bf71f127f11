"""Which questions the engine asks, for whom, and how answers are checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from nav_helpers import build, member, members_of

from forms.catalog import BUNDLED_FOLDER, FIXED_FORM_IDS, CatalogError, load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario, ScenarioError

FAMILY = [
    member("spouse", "1988-11-02", "F", "妻"),
    member("kid", "2015-05-20", "M", "子"),
    member("toddler", "2021-03-10", "F", "子"),
]


def answer_everything(nav: Navigator, scenario: Scenario, value: bool = True) -> list[str]:
    """Play the wizard: answer each prompt for the whole household until none is left."""
    asked: list[str] = []
    while (prompt := nav.next_prompt(scenario)) is not None:
        question = prompt.question
        assert question.id not in asked, "a question came back after being answered"
        asked.append(question.id)
        reply = value if question.type == "bool" else question.default
        scenario = scenario.with_answer(question.id, reply)
    return asked


def test_single_adult_is_not_asked_about_children_pregnancy_or_care(nav: Navigator) -> None:
    asked = answer_everything(nav, build("IN", "2026-04-06", "1996-01-01"))
    for irrelevant in ("single_parent", "public_servant", "in_childcare", "pregnant",
                       "kaigo_nintei", "school_district_changes"):
        assert irrelevant not in asked
    assert asked[:3] == ["from_area", "has_mnc", "insurance"]
    assert asked[-1] == "foreign_national"  # the residence card: asked last


def test_questions_are_asked_in_the_events_order_and_only_once(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    asked = answer_everything(nav, scenario)
    order = list(nav.catalog.events["IN"].questions)
    assert asked == sorted(asked, key=order.index)
    assert "pregnant" in asked and "in_childcare" in asked and "single_parent" in asked


def test_person_questions_name_the_members_they_are_about(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    prompts = {p.question.id: p.member_ids for p in nav.pending(scenario)}
    assert prompts["pregnant"] == ("spouse",)
    assert prompts["in_childcare"] == ("toddler",)
    assert prompts["wants_inkan"] == ("self", "spouse")
    assert prompts["town_water"] == ("self",)  # household question: asked once


def test_a_question_that_cannot_change_the_plan_is_skipped(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    assert "single_parent" in {p.question.id for p in nav.pending(scenario)}
    # the claim is made at work: whether single or not no longer changes 児童手当, but it
    # still decides 児童扶養手当
    working = scenario.with_answers(public_servant=True)
    assert "single_parent" in {p.question.id for p in nav.pending(working)}
    # nobody has reached 40 (legal age) or 65: the care and late-elderly questions are skipped
    pending = {p.question.id for p in nav.pending(scenario)}
    assert "kaigo_nintei" not in pending and "kouki_disability" not in pending


def test_ask_when_dependencies_are_asked_first(nav: Navigator) -> None:
    # joins_spouse_insurance only matters for someone on 国保; insurance comes first
    scenario = build("M", "2026-06-01", "1996-04-01", "F",
                     answers={"name_changes": False, "address_changes": False,
                              "foreign_national": False})
    first = nav.next_question(scenario)
    assert first is not None and first.id == "insurance"
    employee = scenario.with_answers(insurance="employee")
    ids = {p.question.id for p in nav.pending(employee)}
    assert "joins_spouse_insurance" in ids  # still decides the 第3号 guidance
    assert nav.next_question(employee.with_answers(joins_spouse_insurance=False)) is None


def test_the_plan_uses_defaults_for_unanswered_questions(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15")
    got = members_of(nav.plan(scenario))
    assert got["jumin_ido"] == ("self",)
    assert got["kokuho_shutoku"] == ("self",)  # insurance defaults to national
    assert "mynumber_card" not in got  # has_mnc defaults to no


def test_household_answer_and_a_per_member_override(nav: Navigator) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY,
                     answers={"has_mnc": True, "has_mnc@toddler": False})
    assert members_of(nav.plan(scenario))["mynumber_card"] == ("self", "spouse", "kid")
    assert "has_mnc" not in {p.question.id for p in nav.pending(scenario)}


def test_a_household_answer_does_not_reach_members_the_question_is_not_for(
    nav: Navigator,
) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY,
                     answers={"in_childcare": True, "pregnant": True})
    got = members_of(nav.plan(scenario))
    assert got["hoiku_tenen"] == ("toddler",)
    assert "self" not in got.get("boshi_hoken", ())  # a man is never "pregnant"


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"has_card": True}, "unknown question id 'has_card'"),
        ({"insurance": "private"}, "answer 'insurance' must be employee, national, welfare"),
        ({"has_mnc": "yes"}, "answer 'has_mnc' must be true or false"),
        ({"has_mnc@nobody": True}, "answer 'has_mnc@nobody' names no household member"),
        ({"town_water@spouse": True}, "question 'town_water' is answered once per household"),
    ],
)
def test_bad_answers_are_refused_naming_ids_only(
    nav: Navigator, answers: dict[str, object], message: str
) -> None:
    scenario = build("IN", "2026-04-06", "1986-07-15", household=FAMILY, answers=answers)
    with pytest.raises(ScenarioError, match=message):
        nav.plan(scenario)


def test_unknown_event(nav: Navigator) -> None:
    with pytest.raises(ScenarioError, match="unknown life event 'XX'"):
        nav.next_question(build("XX", "2026-04-06", "1986-07-15"))


def test_question_text_follows_the_event(nav: Navigator) -> None:
    scenario = build("D", "2026-02-01", "1970-01-01", household=[
        member("late", "1950-01-01", "M", "世帯主", "deceased")])
    prompt = next(p for p in nav.pending(scenario) if p.question.id == "pension")
    assert prompt.member_ids == ("late",)
    assert "亡くなられた方" in prompt.text.ja


def test_a_question_that_only_gates_another_is_asked_first(tmp_path: Path) -> None:
    """``ask_when`` may depend on a question no procedure mentions: it is asked first."""
    folder = tmp_path / "catalog"
    shutil.copytree(BUNDLED_FOLDER, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    questions = folder / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    text = text.replace("ask_when: sex == \"F\" and age >= 13 and age <= 55 and not is_deceased",
                        "ask_when: expecting_family")
    text += ("\n  - id: expecting_family\n    scope: household\n    type: bool\n"
             "    text: {ja: ご家族に妊娠中の方はいますか？, en: Is anyone expecting?}\n")
    questions.write_text(text, encoding="utf-8")
    events = folder / "events.yaml"
    events.write_text(events.read_text(encoding="utf-8").replace(
        "questions: [from_area, has_mnc,", "questions: [expecting_family, from_area, has_mnc,"),
        encoding="utf-8")
    nav = Navigator(load_catalog(folder, known_forms=FIXED_FORM_IDS))
    scenario = build("IN", "2026-04-06", "1990-01-01", "F")
    first = nav.next_question(scenario)
    assert first is not None and first.id == "expecting_family"
    no = scenario.with_answers(expecting_family=False)
    assert "pregnant" not in {p.question.id for p in nav.pending(no)}
    assert "expecting_family" not in {p.question.id for p in nav.pending(no)}
    yes = scenario.with_answers(expecting_family=True)
    assert "pregnant" in {p.question.id for p in nav.pending(yes)}


def test_a_resident_identified_by_card_is_not_asked_about_their_card(nav: Navigator) -> None:
    typed = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    by_card = Scenario(typed.event, typed.event_date, typed.resident, typed.household,
                       typed.answers, card_read=True)
    prompts = {p.question.id: p.member_ids for p in nav.pending(typed)}
    assert prompts["has_mnc"] == ("self", "spouse", "kid", "toddler")
    prompts = {p.question.id: p.member_ids for p in nav.pending(by_card)}
    assert prompts["has_mnc"] == ("spouse", "kid", "toddler")
    # "nobody has a card" for the others cannot take the resident's away
    plan = nav.plan(by_card.with_answers(has_mnc=False))
    assert members_of(plan)["mynumber_card"] == ("self",)


def test_navigator_loads_the_bundled_catalog_or_a_folder(tmp_path: Path) -> None:
    assert "IN" in Navigator.load().catalog.events
    assert Navigator.load("").catalog.folder == BUNDLED_FOLDER
    with pytest.raises(CatalogError, match="the catalog folder does not exist"):
        Navigator.load(tmp_path / "missing")


def test_the_answers_a_card_read_implies_are_written_in_for_the_forms(nav: Navigator) -> None:
    typed = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    by_card = Scenario(typed.event, typed.event_date, typed.resident, typed.household,
                       typed.answers, card_read=True).with_answers(has_mnc=False)
    settled = nav.with_implied_answers(by_card)
    assert settled.answer("has_mnc", "self") is True  # the card was read: it is held
    assert settled.answer("has_mnc", "kid") is False  # the household's answer stands
    assert nav.with_implied_answers(typed.with_answers(has_mnc=False)).answer(
        "has_mnc", "self") is False  # typed in: only the answer counts


def test_who_claims_the_child_allowance_is_asked_only_of_two_parents(nav: Navigator) -> None:
    """児童手当法 §4②: of two parents the higher earner claims, so the kiosk asks which
    one only when the resident's husband or wife is listed with the children."""
    two = build("IN", "2026-04-06", "1986-07-15", household=FAMILY)
    assert "claimant" in {p.question.id for p in nav.pending(two)}
    alone = build("IN", "2026-04-06", "1986-07-15", household=FAMILY[1:])
    assert "claimant" not in {p.question.id for p in nav.pending(alone)}
    wife_files = build("B", "2026-04-06", "1990-01-01", "F", household=[
        member("husband", "1988-01-01", "M", "世帯主"), member("baby", "2026-04-01", "F", "子")])
    wife_files = Scenario.from_json({**_json(wife_files), "resident": {
        "name": "試験 花子", "birth_date": "1990-01-01", "sex": "F", "relation": "妻"}})
    assert "claimant" in {p.question.id for p in nav.pending(wife_files)}
    plan = nav.plan(two.with_answers(claimant="spouse"))
    claim = plan.find("jido_teate")
    assert claim is not None and any("委任状" in d.ja for d in claim.documents)
    claim = nav.plan(two.with_answers(claimant="self")).find("jido_teate")
    assert claim is not None and not any("委任状" in d.ja for d in claim.documents)


def _json(scenario: Scenario) -> dict[str, object]:
    return {"event": scenario.event, "event_date": scenario.event_date.isoformat(),
            "household": [{"id": p.id, "name": p.name, "birth_date": p.birth_date.isoformat(),
                           "sex": p.sex.value, "relation": p.relation} for p in scenario.household]}
