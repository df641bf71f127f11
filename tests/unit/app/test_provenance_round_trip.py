"""Where each value came from, and the record keys, survive the clerks' copy.

``Visit.scenario_json`` (what the kiosk stores for the clerks) writes ``provenance`` and
each member's ``record_key``; ``session_from_scenario`` (the demo, a reopened visit) reads
them back; the scenario loader still accepts the copy.
"""

from __future__ import annotations

from record_fixtures import CARD, TODAY, household, reservation

from forms.catalog import load_catalog
from kiosk.app.provenance import provenance_json
from kiosk.app.record_prefill import apply_core_records
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit, session_from_scenario
from kiosk.domain.core_records import Provenance
from kiosk.navigation.engine import Navigator
from kiosk.navigation.validation import validate_scenario

CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)
MOVING_IN = next(e.id for e in CATALOG.events.values() if e.uses_reservation)
WITHIN_TOWN = next(e.id for e in CATALOG.events.values()
                   if e.brings_new_address and not e.uses_reservation)


def _visit(event_id: str) -> Visit:
    session = ResidentSession(channel="card", resident=CARD, event_id=event_id)
    session.core_household = household()
    session.core_reservation = reservation()
    apply_core_records(session, CATALOG, TODAY)
    return Visit(session, NAVIGATOR, lambda: TODAY)


def test_provenance_and_record_keys_round_trip_through_the_clerks_copy() -> None:
    visit = _visit(MOVING_IN)
    step = visit.next_step()
    assert step is not None and step.question_id == "has_mnc"
    visit.answer(step, True)  # the resident answers one question
    visit.session.provenance["has_mnc@self"] = Provenance.RESIDENT
    data = visit.scenario_json()

    assert data["resident"]["record_key"] == "R2026-000042#2"
    assert [m["record_key"] for m in data["household"]] == [
        "R2026-000042#1", "R2026-000042#3", "R2026-000042#4"]
    sources = data["provenance"]
    assert sources["resident.name"] == "card" and sources["resident.furigana"] == "record"
    assert sources["m1.name"] == "record" and sources["new_address"] == "record"
    assert sources["from_area"] == "record" and sources["has_mnc@self"] == "resident"
    validate_scenario(data, CATALOG, TODAY)

    again = ResidentSession()
    session_from_scenario(data, again)
    assert [m.record_key for m in again.household] == [
        m.record_key for m in visit.session.household]
    assert again.provenance == visit.session.provenance | {
        key: Provenance(value) for key, value in sources.items()}
    assert Visit(again, NAVIGATOR, lambda: TODAY).scenario_json()["provenance"] == sources


def test_unmarked_values_are_the_resident_s_and_the_card_s() -> None:
    session = ResidentSession(channel="card", resident=CARD, event_id=WITHIN_TOWN)
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    member = visit.add_member("タカハシ　ショウ", CARD.birth_date.replace(year=2015),
                              CARD.sex, "子")
    sources = provenance_json(session)
    assert sources["resident.birth_date"] == "card" and sources["resident.furigana"] == "resident"
    assert sources[f"{member}.name"] == "resident"
    session.channel = "manual"
    assert provenance_json(session)["resident.name"] == "resident"
    session.channel = "staff"
    assert provenance_json(session)["resident.name"] == "staff"
    assert "record_key" not in Visit(session, NAVIGATOR, lambda: TODAY).scenario_json()[
        "resident"]


def test_the_registered_resident_carries_their_person_key() -> None:
    data = _visit(WITHIN_TOWN).scenario_json()
    assert data["resident"]["record_key"] == "P2"
    assert [m["record_key"] for m in data["household"]] == ["P1", "P3", "P4"]
    assert data["provenance"]["insurance@m2"] == "record"
