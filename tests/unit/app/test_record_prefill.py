"""The core system's records turned into the visit, over the bundled catalog.

A 転入 with a reservation and a 転居 with a registered household fill the household in
kanji and kana, the resident's reading, the planned address and the answers the catalog's
``from_record`` settles: the engine then asks only what the records cannot answer. The
record is never applied to a person it does not match, and never overrides an answer.
"""

from __future__ import annotations

import dataclasses

import pytest
from record_fixtures import CARD, TODAY, household, reservation

from forms.catalog import RecordSource, load_catalog
from kiosk.app.record_prefill import apply_core_records, normalised_name
from kiosk.app.record_relations import relation_to_resident
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.core_records import Provenance
from kiosk.domain.resident import Sex
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Status

CATALOG = load_catalog()
NAVIGATOR = Navigator(CATALOG)
MOVING_IN = next(e for e in CATALOG.events.values()
                 if e.brings_new_address and "from_area" in e.questions)
WITHIN_TOWN = next(e for e in CATALOG.events.values()
                   if e.brings_new_address and "from_area" not in e.questions)
BEREAVEMENT = next(e for e in CATALOG.events.values() if e.subject.value == "deceased")


def _session(event_id: str) -> ResidentSession:
    return ResidentSession(channel="card", resident=CARD, event_id=event_id)


def _pending(session: ResidentSession) -> list[tuple[str, tuple[str, ...]]]:
    return [(p.question.id, p.member_ids) for p in NAVIGATOR.pending(session.freeze(TODAY))]


def _typed_family(session: ResidentSession) -> None:
    """The same family entered by hand, as before the link (names in kana)."""
    visit = Visit(session, NAVIGATOR, lambda: TODAY)
    for person in reservation().members:
        if person.relation != "妻":
            visit.add_member(person.kana, person.birth_date, person.sex,
                             "夫" if person.relation == "世帯主" else "子")
    session.furigana = "タカハシ　ハナコ"


def test_a_family_of_four_moving_in_with_a_reservation() -> None:
    session = _session(MOVING_IN.id)
    session.core_reservation = reservation()
    result = apply_core_records(session, CATALOG, TODAY)

    assert result.source is RecordSource.RESERVATION
    assert [(m.id, m.name, m.furigana, m.relation, m.sex, m.record_key)
            for m in session.household] == [
        ("m1", "髙橋　一郎", "タカハシ　イチロウ", "夫", Sex.MALE, "R2026-000042#1"),
        ("m2", "髙橋　翔", "タカハシ　ショウ", "子", Sex.MALE, "R2026-000042#3"),
        ("m3", "髙橋　美咲", "タカハシ　ミサキ", "子", Sex.FEMALE, "R2026-000042#4"),
    ]
    assert session.furigana == "タカハシ　ハナコ"
    address = session.new_address
    assert address is not None
    assert (address.oaza, address.banchi, address.katagaki, address.postal_code) == (
        "関町", "123-4", "コーポ関 201", "861-0803")
    # 福岡市 is in another prefecture; nobody holds a nationality
    assert session.answers[("from_area", None)] == "other_pref"
    assert {session.answers[("foreign_national", m)] for m in ("self", "m1", "m2", "m3")} \
        == {False}
    assert session.provenance["new_address"] is Provenance.RECORD
    assert session.provenance["m2.name"] is Provenance.RECORD
    assert session.provenance["from_area"] is Provenance.RECORD
    assert session.provenance["resident.furigana"] is Provenance.RECORD
    assert session.provenance["resident.name"] is Provenance.CARD

    # the engine asks exactly what the records cannot answer …
    everyone = ("self", "m1", "m2", "m3")
    asked = _pending(session)
    assert asked == [
        ("has_mnc", everyone), ("insurance", everyone), ("kaigo_nintei", ("self", "m1")),
        ("pregnant", ("self",)), ("in_childcare", ("m3",)), ("disability_book", everyone),
        ("single_parent", ("self",)), ("public_servant", ("self",)), ("claimant", ("self",)),
        ("wants_inkan", ("self", "m1")), ("town_water", ("self",)), ("has_dog", ("self",)),
        ("has_moped", ("self",)), ("wants_certificate", ("self",)),
    ]
    # … which is less than the same visit entered by hand
    typed = _session(MOVING_IN.id)
    _typed_family(typed)
    typed_asked = _pending(typed)
    assert [q for q, _ in typed_asked] == [
        "from_area", *[q for q, _ in asked], "foreign_national"]
    assert len(asked) < len(typed_asked)


def test_a_reservation_from_the_same_prefecture_and_a_foreign_resident() -> None:
    session = _session(MOVING_IN.id)
    session.core_reservation = reservation(previous_municipality="432016",
                                           nationality="ベトナム")
    apply_core_records(session, CATALOG, TODAY)
    assert session.answers[("from_area", None)] == "same_pref"
    assert session.answers[("foreign_national", "self")] is True
    assert session.answers[("foreign_national", "m1")] is False


def test_an_unknown_oaza_leaves_the_address_to_the_resident() -> None:
    session = _session(MOVING_IN.id)
    session.core_reservation = reservation(oaza="大字どこにもない")
    result = apply_core_records(session, CATALOG, TODAY)
    assert session.new_address is None and not result.new_address
    assert "new_address" not in session.provenance
    assert len(session.household) == 3


def test_moving_within_the_town_with_the_registered_household() -> None:
    session = _session(WITHIN_TOWN.id)
    session.core_household = household()
    session.core_reservation = reservation()  # not this visit's: the household is
    result = apply_core_records(session, CATALOG, TODAY)

    assert result.source is RecordSource.RECORD
    assert [(m.id, m.name, m.relation, m.record_key) for m in session.household] == [
        ("m1", "髙橋　一郎", "夫", "P1"), ("m2", "髙橋　翔", "子", "P3"),
        ("m3", "髙橋　美咲", "子", "P4")]
    answers = session.answers
    assert {answers[("insurance", m)] for m in ("self", "m1", "m2", "m3")} == {"national"}
    assert answers[("kaigo_nintei", "self")] is True and answers[("kaigo_nintei", "m1")] is False
    assert answers[("town_water", None)] is True and answers[("has_dog", None)] is True
    assert ("kaigo_nintei", "m2") not in answers, "not asked of a child: nothing to settle"
    assert session.new_address is None, "the new address is the resident's to give"
    assert _pending(session) == [("has_mnc", ("self", "m1", "m2", "m3")),
                                 ("school_district_changes", ("self",))]


def test_bereavement_lists_the_household_so_the_deceased_can_be_picked() -> None:
    session = _session(BEREAVEMENT.id)
    session.core_household = household()
    apply_core_records(session, CATALOG, TODAY)
    assert [m.record_key for m in session.household] == ["P1", "P3", "P4"]
    husband = session.household[0]
    husband.status = Status.DECEASED
    # what the deceased held is known for him: not asked
    assert session.answers[("has_inkan", "m1")] is True
    assert session.answers[("insurance", "m1")] == "national"
    asked = dict(_pending(session))
    assert "has_inkan" not in asked and "insurance" not in asked
    # a household question about the deceased alone is not settled by the household's record
    assert ("has_dog", None) not in session.answers


def test_a_person_the_record_does_not_match_gets_nothing() -> None:
    for change in ({"birth_date": CARD.birth_date.replace(day=13)}, {"name": "高橋　花江"},
                   {"sex": Sex.MALE}):
        session = _session(MOVING_IN.id)
        session.resident = dataclasses.replace(CARD, **change)
        session.core_reservation = reservation()
        session.core_household = household()
        result = apply_core_records(session, CATALOG, TODAY)
        assert result.source is None
        assert not session.household and not session.answers and not session.provenance
        assert session.furigana == "" and session.new_address is None


def test_answers_and_readings_already_given_are_kept_and_nothing_is_added_twice() -> None:
    session = _session(WITHIN_TOWN.id)
    session.core_household = household()
    session.furigana = "タカハシ　ハナ"
    session.answers[("insurance", "m1")] = "employee"
    session.answers[("town_water", None)] = False
    apply_core_records(session, CATALOG, TODAY)
    assert session.furigana == "タカハシ　ハナ"
    assert session.answers[("insurance", "m1")] == "employee"
    assert session.answers[("town_water", None)] is False
    assert "insurance@m1" not in session.provenance and "town_water" not in session.provenance
    assert session.answers[("insurance", "m2")] == "national"
    again = apply_core_records(session, CATALOG, TODAY)
    assert len(session.household) == 3 and again.added_members == () and again.answers == ()


def test_an_event_that_does_not_use_a_reservation_ignores_it() -> None:
    session = _session(WITHIN_TOWN.id)
    session.core_reservation = reservation()
    assert apply_core_records(session, CATALOG, TODAY).source is None
    assert not session.household and session.new_address is None


@pytest.mark.parametrize(("resident", "member", "sex", "expected"), [
    ("世帯主", "妻", Sex.FEMALE, "妻"), ("世帯主", "弟", Sex.MALE, "兄弟姉妹"),
    ("世帯主", "子の妻", Sex.FEMALE, "その他"), ("妻", "世帯主", Sex.MALE, "夫"),
    ("子", "世帯主", Sex.FEMALE, "母"), ("子", "妻", Sex.FEMALE, "母"),
    ("子", "子", Sex.MALE, "兄弟姉妹"), ("子", "父", Sex.MALE, "祖父"),
    ("父", "世帯主", Sex.MALE, "子"), ("母", "子", Sex.FEMALE, "孫"),
    ("父", "母", Sex.FEMALE, "妻"), ("妻", "父", Sex.MALE, "その他"),
    ("子", "世帯主", Sex.NOT_STATED, "その他"), ("同居人", "世帯主", Sex.MALE, "その他"),
])
def test_the_record_relation_becomes_the_relation_to_the_resident(
        resident: str, member: str, sex: Sex, expected: str) -> None:
    assert relation_to_resident(resident, member, sex) == expected


def test_names_match_across_variant_characters_and_spaces() -> None:
    assert normalised_name("髙橋　花子") == normalised_name("高橋 花子")
    assert normalised_name("渡邉\U000E0100 一郎") == normalised_name("渡辺一郎")
    assert normalised_name("𠮷田") == normalised_name("吉田")
    assert normalised_name("高橋花子") != normalised_name("高橋花江")

