"""Correcting, removing and putting back household members, and the proposed family name
(plain Python: kiosk.app.household_edits)."""

from __future__ import annotations

from datetime import date

from record_fixtures import CARD, TODAY, household, reservation

from forms.catalog import load_catalog
from kiosk.app.household_edits import proposed_family_name, put_back, take_out, update_member
from kiosk.app.record_prefill import apply_core_records
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.core_records import Provenance
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Status

CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)
MOVING_IN = next(e.id for e in CATALOG.events.values() if e.uses_reservation)
BIRTH = next(e.id for e in CATALOG.events.values() if e.subject.value == "newborn")


def _typed_visit(event_id: str = MOVING_IN) -> Visit:
    session = ResidentSession(channel="card", resident=CARD, event_id=event_id)
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    visit.add_member("タカハシ　イチロウ", date(1983, 6, 1), Sex.MALE, "夫")
    visit.add_member("タカハシ　ショウ", date(2015, 5, 5), Sex.MALE, "子")
    return visit


def test_take_out_and_put_back_restore_the_member_their_answers_and_provenance() -> None:
    visit = _typed_visit()
    session = visit.session
    session.answers[("insurance", "m1")] = "kokuho"
    session.answers[("insurance", "m2")] = "kokuho"
    session.provenance["m1.name"] = Provenance.RESIDENT
    session.provenance["insurance@m1"] = Provenance.RESIDENT
    before = [m.id for m in session.household]
    removed = take_out(visit, "m1")
    assert removed is not None and "<redacted>" in repr(removed)
    assert [m.id for m in session.household] == ["m2"]
    assert ("insurance", "m1") not in session.answers and "m1.name" not in session.provenance
    assert put_back(visit, removed)
    assert [m.id for m in session.household] == before  # at its place, not at the end
    assert session.answers[("insurance", "m1")] == "kokuho"
    assert session.provenance["insurance@m1"] is Provenance.RESIDENT
    assert session.plan is None


def test_put_back_refuses_when_the_id_was_given_again() -> None:
    visit = _typed_visit()
    removed = take_out(visit, "m2")
    assert removed is not None
    visit.add_member("タカハシ　ミサキ", date(2022, 8, 8), Sex.FEMALE, "子")  # gets m2
    assert not put_back(visit, removed)
    assert [m.name for m in visit.session.household] == ["タカハシ　イチロウ", "タカハシ　ミサキ"]


def test_take_out_of_an_unknown_member_takes_nothing() -> None:
    assert take_out(_typed_visit(), "m9") is None


def test_update_member_rewrites_a_typed_member_and_decides_the_newborn_again() -> None:
    visit = _typed_visit(BIRTH)
    visit.add_member("タカハシ　ミサキ", TODAY, Sex.FEMALE, "子")
    visit.mark_newborns()
    assert visit.session.member("m3").status is Status.NEWBORN  # type: ignore[union-attr]
    assert update_member(visit, "m3", "タカハシ　ミク", date(2022, 8, 8), Sex.FEMALE, "子")
    member = visit.session.member("m3")
    assert member is not None
    assert (member.name, member.furigana, member.birth_date) == (
        "タカハシ　ミク", "タカハシ　ミク", date(2022, 8, 8))
    assert member.status is Status.PRESENT, "born years ago: not the newborn any more"


def test_update_member_leaves_the_records_people_alone() -> None:
    session = ResidentSession(channel="card", resident=CARD, event_id=MOVING_IN)
    session.core_household = household()
    session.core_reservation = reservation()
    apply_core_records(session, CATALOG, TODAY)
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    first = session.household[0]
    assert first.record_key
    assert not update_member(visit, first.id, "ダレカ", date(2000, 1, 1), Sex.MALE, "子")
    assert session.household[0].name == first.name


def test_proposed_family_name_from_the_card_the_record_or_nothing() -> None:
    session = ResidentSession(resident=BasicFour("佐藤　花子", "熊本県", date(1985, 4, 12),
                                                 Sex.FEMALE))
    assert proposed_family_name(session) == "サトウ\u3000"  # suggested from the kanji
    session.furigana = "サトウ　ハナコ"
    assert proposed_family_name(session) == "サトウ\u3000"
    session.furigana = "ナカムラ ハナコ"  # the record's, half-width space
    assert proposed_family_name(session) == "ナカムラ\u3000"
    session.furigana = "NGUYEN"  # one word: no family name to propose
    assert proposed_family_name(session) == ""
    assert proposed_family_name(ResidentSession()) == ""
