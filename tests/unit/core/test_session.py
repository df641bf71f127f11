"""The resident session forgets everything on wipe and never shows data in repr."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from kiosk.app.session import ResidentSession
from kiosk.domain.resident import BasicFour, Sex


def test_wipe_resets_every_field() -> None:
    session = ResidentSession(language="en", channel="card", visit_id="v1")
    session.resident = BasicFour("山田　花子", "熊本県玉名郡南関町関町1", date(1950, 3, 3), Sex.FEMALE)
    session.my_numbers["self"] = "123456789018"
    session.answers["kokuho"] = True
    session.household.append({"name": "山田　一郎"})
    assert session.has_personal_data
    session.wipe()
    assert not session.has_personal_data
    assert session == ResidentSession()
    assert {f.name for f in fields(session)} >= {"resident", "my_numbers", "furigana"}


def test_repr_never_shows_personal_data() -> None:
    session = ResidentSession()
    session.resident = BasicFour("山田　花子", "関町1", date(1950, 3, 3), Sex.FEMALE)
    session.my_numbers["self"] = "123456789018"
    text = repr(session) + repr(session.resident) + str(session.resident)
    assert "山田" not in text and "123456789018" not in text and "1950" not in text


def test_sex_codes() -> None:
    assert Sex.from_code("1") is Sex.MALE
    assert Sex.from_code("2").label_ja == "女"
    for odd in ("0", "3", "9", "x"):
        assert Sex.from_code(odd) is Sex.NOT_STATED
