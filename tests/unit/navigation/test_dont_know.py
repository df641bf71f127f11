"""「わからない」 takes the safe side: the plan keeps every procedure a real answer could
bring, marks it "check at the counter", and the question is not asked again."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nav_helpers import SCENARIOS, load_scenario
from test_nav_engine_property import NAV, scenarios

from forms.catalog import Catalog, Question
from kiosk.domain.answers import DONT_KNOW
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario

ON = date(2026, 4, 6)
FILES = sorted(p.name for p in SCENARIOS.glob("*.json"))


def _values(question: Question) -> list[Any]:
    if question.type == "bool":
        return [True, False]
    if question.type == "choice":
        return list(question.option_ids)
    return [0, 1, 2, 5]


def _answered(scenario: Scenario, qid: str, value: Any) -> Scenario:
    kept = {k: v for k, v in scenario.answers.items() if k.partition("@")[0] != qid}
    return Scenario.from_json({**_json(scenario), "answers": {**kept, qid: value}})


def _json(scenario: Scenario) -> dict[str, Any]:
    from kiosk.app.visit import scenario_to_json  # the scenario file format

    return scenario_to_json(scenario)


def _members(plan: Plan) -> dict[str, set[str]]:
    return {p.id: set(p.member_ids) for p in plan.procedures()}


@pytest.mark.parametrize("name", FILES)
def test_dont_know_never_drops_what_a_real_answer_would_bring(
    name: str, catalog: Catalog, nav: Navigator
) -> None:
    """For every question of the event: the plan with 「わからない」 holds every procedure,
    for every member, that some real answer would include, and what depends on the
    answer is marked "check at the counter", naming the question."""
    scenario = load_scenario(name)
    for qid in catalog.events[scenario.event].questions:
        question = catalog.questions[qid]
        unsure = nav.plan(_answered(scenario, qid, DONT_KNOW), filed_on=ON)
        kept = _members(unsure)
        real = [_members(nav.plan(_answered(scenario, qid, v), filed_on=ON))
                for v in _values(question)]
        for plan in real:
            for pid, members in plan.items():
                assert pid in kept, (name, qid, pid)
                assert members <= kept[pid], (name, qid, pid)
        for pid in kept:
            outcomes = {frozenset(plan.get(pid, set())) for plan in real}
            if len(outcomes) > 1:  # the answer decides this procedure (or whom it is for)
                proc = unsure.find(pid)
                assert proc is not None and proc.check_at_counter, (name, qid, pid)
                assert qid in proc.unsure_about, (name, qid, pid, proc.unsure_about)


@pytest.mark.parametrize("name", FILES)
def test_known_answers_flag_nothing(name: str, nav: Navigator) -> None:
    plan = nav.plan(load_scenario(name), filed_on=ON)
    assert plan.unsure_procedures() == ()
    assert all(p.to_json()["check_at_counter"] is False for p in plan.procedures())


def test_a_question_answered_dont_know_is_not_asked_again(nav: Navigator) -> None:
    scenario = load_scenario("tennyu_family4.json")
    scenario = Scenario.from_json({**_json(scenario), "answers": {}})
    asked: list[str] = []
    while (prompt := nav.next_prompt(scenario)) is not None:
        qid = prompt.question.id
        assert qid not in asked, qid
        asked.append(qid)
        scenario = scenario.with_answer(qid, DONT_KNOW)
    assert asked  # the family was asked something, and every answer was 「わからない」
    plan = nav.plan(scenario, filed_on=ON)
    assert plan.unsure_procedures()
    every_no = Scenario.from_json({**_json(scenario), "answers": {
        q: (False if nav.catalog.questions[q].type == "bool"
            else nav.catalog.questions[q].default) for q in asked}})
    assert set(nav.plan(every_no, filed_on=ON).procedure_ids()) <= set(plan.procedure_ids())


def test_one_member_unsure_flags_the_procedure_for_that_member(
    catalog: Catalog, nav: Navigator
) -> None:
    scenario = load_scenario("tennyu_family4.json")
    base = {k: v for k, v in scenario.answers.items() if not k.startswith("insurance")}
    members = [p.id for p in scenario.members]
    answers = {**base, "insurance": "employee", f"insurance@{members[-1]}": DONT_KNOW}
    plan = nav.plan(Scenario.from_json({**_json(scenario), "answers": answers}), filed_on=ON)
    flagged = [p for p in plan.unsure_procedures() if "insurance" in p.unsure_about]
    assert flagged
    assert all(members[-1] in p.member_ids for p in flagged)


def test_dont_know_is_accepted_for_every_question(catalog: Catalog, nav: Navigator) -> None:
    scenario = load_scenario("tennyu_family4.json")
    for qid in catalog.events[scenario.event].questions:
        nav.check(_answered(scenario, qid, DONT_KNOW))  # no ScenarioError
    assert _answered(scenario, "insurance", DONT_KNOW).answer("insurance") is None


def test_the_sample_visits_ask_every_question_of_the_catalog(catalog: Catalog) -> None:
    """The test above covers every question: each is listed by an event of a sample."""
    events = {load_scenario(name).event for name in FILES}
    listed = {qid for event in events for qid in catalog.events[event].questions}
    assert listed == set(catalog.questions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(NAV), data=st.data())
def test_dont_know_keeps_every_real_outcome_on_random_households(
    scenario: Scenario, data: st.DataObject
) -> None:
    """On random households and answers: 「わからない」 to any question, for the household
    or for one member, keeps every procedure and member that a real answer brings."""
    qid = data.draw(st.sampled_from(NAV.catalog.events[scenario.event].questions))
    question = NAV.catalog.questions[qid]
    owners = ["", *(p.id for p in scenario.members)] if question.scope == "person" else [""]
    owner = data.draw(st.sampled_from(owners))
    key = f"{qid}@{owner}" if owner else qid
    kept = _members(NAV.plan(scenario.with_answer(key, DONT_KNOW), filed_on=ON))
    for value in _values(question):
        real = _members(NAV.plan(scenario.with_answer(key, value), filed_on=ON))
        for pid, members in real.items():
            assert members <= kept.get(pid, set()), (key, value, pid)
