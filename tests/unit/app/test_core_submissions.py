"""The records a clerk's acceptance sends to the core system: the key and the builder."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from forms.catalog import load_catalog
from kiosk.app.core_submissions import (
    build_submissions,
    holds_my_number,
    record_keys,
    submission_key,
    submissions_by_member,
)
from kiosk.corelink.wire import submission_to_json
from kiosk.navigation.engine import Navigator
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Scenario

SCENARIO = Path(__file__).parents[3] / "forms" / "scenarios" / "tennyu_family4.json"
ACCEPTED = datetime(2026, 4, 6, 1, 23, 45, tzinfo=UTC)
MY_NUMBER = "123456789018"  # a valid check digit (kiosk.domain.mynumber)


@pytest.fixture(scope="module")
def navigator() -> Navigator:
    return Navigator(load_catalog())


def _payload() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))
    return data


def _plan(navigator: Navigator, payload: dict[str, Any]) -> tuple[Scenario, Plan]:
    scenario = Scenario.from_json(payload)
    return scenario, navigator.plan(scenario, filed_on=scenario.event_date)


def test_the_key_is_the_documented_hash() -> None:
    import hashlib

    assert submission_key("v1", "jumin_ido", "P0001") == hashlib.sha256(
        b"v1|jumin_ido|P0001").hexdigest()
    assert len(submission_key("v1", "jumin_ido", "P0001")) == 64
    assert submission_key("v1", "jumin_ido", "P0001") != submission_key("v1", "jumin_ido", "P0002")
    assert submission_key("v1", "jumin_ido", "P0001") != submission_key("v2", "jumin_ido", "P0001")


def test_one_record_per_procedure_and_member_of_the_department(navigator: Navigator) -> None:
    payload = _payload()
    payload["resident"]["record_key"] = "P0001001"
    payload["household"][0]["record_key"] = "P0001002"
    scenario, plan = _plan(navigator, payload)
    department = plan.stops[0].department.id
    built = submissions_by_member(visit_id="v-1", department=department, scenario=scenario,
                                  plan=plan, staff_id="S001", accepted_at=ACCEPTED,
                                  person_keys=record_keys(payload))
    expected = [(p.id, m) for s in plan.stops if s.department.id == department
                for p in s.procedures for m in p.member_ids]
    assert [(r.procedure_id, member) for member, r in built] == expected
    assert len({r.idempotency_key for _m, r in built}) == len(built)
    assert all(r.department == department and r.event == "IN" for _m, r in built)
    by_member = {member: r for member, r in built}
    assert by_member["self"].person_key == "P0001001"
    assert by_member["spouse"].person_key == "P0001002"
    assert by_member["child1"].person_key == ""  # not in the record: named by the triple
    child = by_member["child1"]
    assert child.idempotency_key == submission_key(
        "v-1", child.procedure_id, "南関 一郎|2015-05-20|1")
    assert by_member["self"].idempotency_key == submission_key(
        "v-1", by_member["self"].procedure_id, "P0001001")
    jumin = next(r for m, r in built if r.procedure_id == "jumin_ido" and m == "self")
    assert jumin.fields["new_address"] == "関町1234-5"
    assert jumin.fields["new_postal_code"] == "861-0803"
    assert jumin.fields["address_before"].startswith("熊本県熊本市")
    assert jumin.event_date.isoformat() == "2026-04-06"
    assert jumin.fields["answer.from_area"] == "same_pref"
    assert jumin.fields["answer.wants_inkan"] == "true"  # the resident's own answer wins
    spouse = next(r for m, r in built if r.procedure_id == "jumin_ido" and m == "spouse")
    assert spouse.fields["answer.wants_inkan"] == "false"
    assert spouse.fields["relation"] == "妻"
    # Another department's procedures are not this acceptance's.
    other = {p.id for s in plan.stops if s.department.id != department for p in s.procedures}
    assert other.isdisjoint({r.procedure_id for _m, r in built} - {
        p.id for p in plan.stops[0].procedures})


def test_the_same_acceptance_builds_the_same_keys(navigator: Navigator) -> None:
    scenario, plan = _plan(navigator, _payload())
    department = plan.stops[0].department.id

    def keys(at: datetime) -> list[str]:
        return [r.idempotency_key for r in build_submissions(
            visit_id="v-1", department=department, scenario=scenario, plan=plan,
            staff_id="S001", accepted_at=at)]

    assert keys(ACCEPTED) == keys(datetime(2026, 4, 7, tzinfo=UTC))  # a second press
    assert keys(ACCEPTED)


def test_no_my_number_can_reach_a_record(navigator: Navigator) -> None:
    _clean, plan = _plan(navigator, _payload())
    payload = _payload()
    # Everywhere a careless screen or a corrupted copy could put one.
    payload["resident"]["my_number"] = MY_NUMBER
    payload["resident"]["record_key"] = MY_NUMBER  # a key that looks like one is not used
    payload["household"][0]["name"] = f"南関 花子 {MY_NUMBER[:4]}-{MY_NUMBER[4:8]}-{MY_NUMBER[8:]}"
    payload["answers"]["my_number"] = MY_NUMBER
    payload["answers"]["note"] = f"番号は{MY_NUMBER}です"
    payload["answers"]["kojin_bango@self"] = MY_NUMBER
    payload["answers"]["card_pin"] = "1234"
    payload["new_address"]["katagaki"] = f"{MY_NUMBER}号室"
    scenario = Scenario.from_json(payload)  # the engine would refuse the unknown answers
    records = [r for stop in plan.stops for r in build_submissions(
        visit_id="v-1", department=stop.department.id, scenario=scenario, plan=plan,
        staff_id="S001", accepted_at=ACCEPTED, person_keys=record_keys(payload))]
    assert records
    for record in records:
        wire = submission_to_json(record)
        wire.pop("idempotency_key")  # hex: its digit runs are nobody's number
        text = json.dumps(wire, ensure_ascii=False)
        assert not holds_my_number(text)
        assert MY_NUMBER not in text
        assert "1234" not in text.replace("1234-5", "")  # the PIN; 1234-5 is the 番地
        assert not any("pin" in key.lower() or "number" in key.lower() or "bango" in key
                       for key in record.fields)
        assert record.person_key != MY_NUMBER
    # The builder takes no 個人番号 at all: nothing in its signature can carry one.
    import inspect

    parameters = set(inspect.signature(build_submissions).parameters)
    assert parameters == {"visit_id", "department", "scenario", "plan", "staff_id",
                          "accepted_at", "person_keys"}


def test_holds_my_number_needs_a_valid_check_digit() -> None:
    assert holds_my_number("123456789018")
    assert holds_my_number("1234 5678 9018")
    assert holds_my_number("ｘ１２３４５６７８９０１８ｘ")
    assert not holds_my_number("123456789012")  # wrong check digit: a phone number, say
    assert not holds_my_number("1234567890189")  # thirteen digits
    assert not holds_my_number("P0001001")


def test_a_reservation_mover_is_sent_as_a_newcomer_with_the_reservation_reference(
        navigator: Navigator) -> None:
    """A 転入予約's movers are not in the register yet: their key from the prefill
    (``R…#n``) must not reach ``person_key``, where the core system would refuse it."""
    payload = _payload()
    payload["resident"]["record_key"] = "R2026-000001#1"
    payload["household"][0]["record_key"] = "R2026-000001#2"
    scenario, plan = _plan(navigator, payload)
    department = plan.stops[0].department.id
    records = submissions_by_member(
        visit_id="v1", department=department, scenario=scenario, plan=plan, staff_id="S1",
        accepted_at=ACCEPTED, person_keys=record_keys(payload))
    movers = {member: record for member, record in records}
    assert movers, "the first counter has procedures for the movers"
    for member, record in records:
        assert record.person_key == ""
        if member in ("self", payload["household"][0]["id"]):
            assert record.fields["reservation_mover"].startswith("R2026-000001#")


def test_dont_know_is_never_sent_as_an_answer(navigator: Navigator) -> None:
    payload = _payload()
    payload["answers"] = {**payload["answers"], "from_area": "dont_know",
                          "wants_inkan@spouse": "dont_know"}
    scenario, plan = _plan(navigator, payload)
    department = plan.stops[0].department.id
    built = submissions_by_member(visit_id="v-1", department=department, scenario=scenario,
                                  plan=plan, staff_id="S001", accepted_at=ACCEPTED,
                                  person_keys=record_keys(payload))
    jumin = {m: r for m, r in built if r.procedure_id == "jumin_ido"}
    assert "answer.from_area" not in jumin["self"].fields
    assert "answer.wants_inkan" not in jumin["spouse"].fields
    assert jumin["self"].fields["answer.wants_inkan"] == "true"
    assert all("dont_know" not in r.fields.values() for _m, r in built)
