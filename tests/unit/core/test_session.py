"""The resident session forgets everything on wipe and never shows data in repr."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from kiosk.app.session import Member, NewAddress, ResidentSession
from kiosk.domain.resident import BasicFour, Sex


def test_wipe_resets_every_field() -> None:
    session = ResidentSession(language="en", channel="card", visit_id="v1")
    session.resident = BasicFour("山田　花子", "熊本県玉名郡南関町関町1", date(1950, 3, 3), Sex.FEMALE)
    session.my_numbers["self"] = "123456789018"
    session.answers[("kokuho", None)] = True
    session.household.append(Member("m1", "山田　一郎", "ヤマダ　イチロウ", date(1980, 1, 1),
                                    Sex.MALE, "子"))
    session.new_address = NewAddress("関町", "1")
    assert session.has_personal_data
    session.wipe()
    assert not session.has_personal_data
    assert session == ResidentSession()
    assert {f.name for f in fields(session)} >= {"resident", "my_numbers", "furigana"}


def test_repr_never_shows_personal_data() -> None:
    session = ResidentSession()
    session.resident = BasicFour("山田　花子", "関町1", date(1950, 3, 3), Sex.FEMALE)
    session.my_numbers["self"] = "123456789018"
    session.household.append(Member("m1", "山田　一郎", "ヤマダ", date(1980, 1, 1), Sex.MALE, "子"))
    session.new_address = NewAddress("関町", "1234")
    text = repr(session) + repr(session.resident) + str(session.resident)
    text += repr(session.household) + repr(session.new_address)
    assert "1234" not in text and "関町" not in text and "123456789018" not in text and "1950" not in text


def test_sex_codes() -> None:
    assert Sex.from_code("1") is Sex.MALE
    assert Sex.from_code("2").label_ja == "女"
    for odd in ("0", "3", "9", "x"):
        assert Sex.from_code(odd) is Sex.NOT_STATED


def test_freeze_gives_the_engine_scenario_directly() -> None:
    session = ResidentSession(event_id="MV", furigana="ヤマダ　ハナコ")
    session.resident = BasicFour("山田　花子", "関町1", date(1950, 3, 3), Sex.FEMALE)
    session.household.append(Member("m1", "ヤマダ", "ヤマダ", date(1980, 1, 1), Sex.MALE, "子"))
    session.answers[("from_area", None)] = "same_pref"
    session.answers[("has_mnc", "m1")] = True
    session.new_address = NewAddress("関町", "12", postal_code="861-0803")
    scenario = session.freeze(date(2026, 4, 6))
    assert scenario.event == "MV" and scenario.event_date == date(2026, 4, 6)
    assert [p.id for p in scenario.members] == ["self", "m1"]
    assert scenario.resident.furigana == "ヤマダ　ハナコ" and scenario.current_address == "関町1"
    assert dict(scenario.answers) == {"from_area": "same_pref", "has_mnc@m1": True}
    assert scenario.answer("has_mnc", "m1") is True
    assert scenario.new_address is not None and scenario.new_address.postal_code == "861-0803"
