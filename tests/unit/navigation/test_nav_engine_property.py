"""The promise behind skipping questions, checked on random households.

If the engine does not ask a question (for a member), no answer to it may change the
plan; and answering the prompts one by one always ends, with no question asked twice.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nav_helpers import member

from forms.catalog import Question
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario

EVENTS = ["IN", "OUT", "MV", "B", "D", "M", "V", "H"]
ON = date(2026, 4, 6)


def _values(question: Question) -> list[Any]:
    if question.type == "bool":
        return [True, False]
    if question.type == "choice":
        return list(question.option_ids)
    return [0, 1, 2]


@st.composite
def scenarios(draw: st.DrawFn, nav: Navigator) -> Scenario:
    event = draw(st.sampled_from(EVENTS))
    births = st.integers(0, 95 * 365).map(lambda days: ON - timedelta(days=days))
    people = []
    for index in range(draw(st.integers(0, 4))):
        status = draw(st.sampled_from(["", "", "stays", "away"]))
        people.append(member(f"m{index}", draw(births).isoformat(),
                             draw(st.sampled_from(["M", "F"])), "", status))
    if event == "D":
        people.append(member("late", draw(births).isoformat(), "M", "世帯主", "deceased"))
    if event == "B":
        people.append(member("baby", (ON - timedelta(days=draw(st.integers(0, 30)))).isoformat(),
                             "F", "子", "newborn"))
    answers: dict[str, Any] = {}
    for qid in nav.catalog.events[event].questions:
        question = nav.catalog.questions[qid]
        if draw(st.booleans()):
            answers[qid] = draw(st.sampled_from(_values(question)))
        if question.scope == "person" and people and draw(st.booleans()):
            answers[f"{qid}@{people[0]['id']}"] = draw(st.sampled_from(_values(question)))
    return Scenario.from_json({
        "event": event, "event_date": ON.isoformat(),
        "resident": {"name": "試験", "birth_date": draw(births).isoformat(),
                     "sex": draw(st.sampled_from(["M", "F"]))},
        "household": people, "answers": answers, "card_read": draw(st.booleans()),
    })


def _navigator() -> Navigator:
    return Navigator.load()


NAV = _navigator()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(NAV))
def test_an_unasked_question_cannot_change_the_plan(scenario: Scenario) -> None:
    nav = NAV
    baseline = nav.plan(scenario).to_json()
    pending = {(p.question.id, m) for p in nav.pending(scenario) for m in p.member_ids}
    for qid in nav.catalog.events[scenario.event].questions:
        question = nav.catalog.questions[qid]
        owners = [p.id for p in scenario.members] if question.scope == "person" else ["self"]
        for owner in owners:
            if (qid, owner) in pending or scenario.answer(qid, owner) is not None:
                continue
            key = f"{qid}@{owner}" if question.scope == "person" else qid
            for value in _values(question):
                changed = nav.plan(scenario.with_answer(key, value)).to_json()
                assert changed == baseline, f"{key}={value!r} changed the plan unasked"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenario=scenarios(NAV), pick=st.randoms(use_true_random=False))
def test_answering_the_prompts_always_finishes(scenario: Scenario, pick: Any) -> None:
    nav = NAV
    asked: set[tuple[str, str]] = set()
    current = scenario
    for _ in range(200):
        prompt = nav.next_prompt(current)
        if prompt is None:
            break
        question = prompt.question
        for owner in prompt.member_ids:
            assert (question.id, owner) not in asked
            asked.add((question.id, owner))
            key = f"{question.id}@{owner}" if question.scope == "person" else question.id
            current = current.with_answer(key, pick.choice(_values(question)))
    else:  # pragma: no cover - only reached if the engine loops
        raise AssertionError("the questions never ended")
    assert nav.pending(current) == ()
