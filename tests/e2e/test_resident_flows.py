"""End to end: a resident walks through the real main window with the emulated card.

The card is the in-process emulator behind the real reader service and the real card and
PIN screens (the real APDU protocol); every tap is a mouse click on a real button, every
character a key of the on-screen kana keyboard or number pad. The procedures on the
summary screen are checked against the engine's plan for the visit as intended (built
independently from the same facts), and the typed-character count is checked exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from resident_driver import PROFILE, TODAY, Resident

from forms.catalog import load_catalog
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Any) -> Iterator[Resident]:
    driver = Resident(qtbot)
    yield driver
    # Delete the window: a hidden one would be re-styled by every later theme change.
    driver.window.allow_close()
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _expected_plan(data: dict[str, Any]) -> tuple[str, ...]:
    return Navigator(load_catalog()).plan(Scenario.from_json(data)).procedure_ids()


TENNYU_ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": True, "disability_book": False,
    "single_parent": False, "public_servant": False, "claimant": "self",
    "wants_inkan": {"self": True, "m1": False}, "town_water": True, "has_dog": False,
    "has_moped": False, "wants_certificate": False, "foreign_national": False,
}


def test_tennyu_family_of_four_with_the_card(resident: Resident) -> None:
    resident.sign_in_with_card()
    assert resident.window.session.characters_typed == 0, "the PIN is not resident data"
    resident.choose_event("IN")
    resident.add_member("夫", "サトウ タロウ", "昭和", ("58", "3", "3"), male=True)
    resident.add_member("子", "サトウ イチロウ", "平成", ("27", "5", "20"), male=True)
    resident.add_member("子", "サトウ サクラ", "令和", ("3", "3", "10"), male=False)
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    asked = resident.answer_questions(TENNYU_ANSWERS)
    assert "pregnant" in asked and "in_childcare" in asked
    resident.wait_for("new_address")
    resident.type_new_address("関町", "1234-5")
    assert resident.confirm_reading() == "サトウ\u3000ハナコ"

    session = resident.window.session
    # 10 kana keys (タロウ, イチロウ, サクラ: the family name サトウ comes proposed from the
    # card holder's reading; it was 22 keys typing it each time), 13 digits of birth dates,
    # 6 keys of 番地.
    assert session.characters_typed == 10 + 13 + 6
    summary = resident.screen("summary")
    intended = {
        "event": "IN", "event_date": TODAY.isoformat(),
        "resident": {"name": PROFILE.name, "birth_date": "1985-04-12", "sex": "2"},
        "household": [
            {"id": "m1", "name": "サトウ タロウ", "birth_date": "1983-03-03", "sex": "1"},
            {"id": "m2", "name": "サトウ イチロウ", "birth_date": "2015-05-20", "sex": "1"},
            {"id": "m3", "name": "サトウ サクラ", "birth_date": "2021-03-10", "sex": "2"},
        ],
        "answers": {"from_area": "other_pref", "has_mnc": True, "in_childcare": True,
                    "town_water": True, "wants_inkan@self": True},
    }
    assert tuple(summary.shown_procedures) == _expected_plan(intended)
    plan = session.plan
    assert plan.find("tennyugaku").member_ids == ("m2",)  # the school-age child
    assert plan.find("hoiku_tenen").member_ids == ("m3",)  # the nursery child
    assert plan.find("inkan_toroku").member_ids == ("self",)
    assert session.new_address is not None
    assert session.new_address.postal_code == "861-0803"
    assert session.new_address.banchi == "1234-5"
    shown = {label.objectName() for label in summary.findChildren(QWidget)
             if label.objectName().startswith("procedure_") and label.isVisible()}
    assert shown == {f"procedure_{pid}" for pid in summary.shown_procedures}

    resident.tap(summary.print_button)
    assert resident.at != "summary"

    # Timing out wipes the session and every name the wizard screens showed.
    resident.window.end_session("timeout")
    assert not session.has_personal_data and session.characters_typed == 0
    for screen_id in ("household", "questions", "furigana", "summary", "new_address"):
        screen = resident.screen(screen_id)
        texts = [label.text() for label in screen.findChildren(QLabel)]
        assert not any("サトウ" in t or "佐藤" in t for t in texts), screen_id


def test_tennyu_alone_types_only_the_house_number(resident: Resident) -> None:
    resident.sign_in_with_card()
    resident.choose_event("IN")
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions({**TENNYU_ANSWERS, "wants_inkan": False})
    resident.type_new_address("小原", "88")
    resident.confirm_reading()
    assert resident.window.session.characters_typed == 2


def test_okuyami_visit_with_the_card(resident: Resident) -> None:
    resident.sign_in_with_card()
    resident.choose_event("D")
    household = resident.screen("household")
    assert not household.continue_button.isEnabled(), "first the person who died"
    resident.add_member("夫", "サトウ シゲル", "昭和", ("23", "1", "20"), male=True)
    resident.add_member("子", "サトウ マコト", "昭和", ("57", "6", "11"), male=True)
    resident.tap(household.continue_button)
    resident.wait_for("questions")
    resident.answer_questions({
        "deceased_was_head": True, "pension": "kokumin", "insurance": "national",
        "was_dependant": False, "kaigo_nintei": True, "disability_book": False,
        "has_inkan": True, "single_parent": False, "public_servant": False, "claimant": "self",
        "town_water": True, "has_dog": False, "has_moped": False, "owns_property": True,
        "wants_certificate": True,
    })
    # No new address for a death: straight on to the reading of the name.
    resident.confirm_reading()
    session = resident.window.session
    # (サトウ proposed) シケ゛ル (ゲ is two keys) 23 1 20, then (サトウ) マコト 57 6 11.
    assert session.characters_typed == 4 + 5 + 3 + 5
    intended = {
        "event": "D", "event_date": TODAY.isoformat(),
        "resident": {"name": PROFILE.name, "birth_date": "1985-04-12", "sex": "2"},
        "household": [{"id": "m1", "name": "サトウ シゲル", "birth_date": "1948-01-20",
                       "sex": "1", "status": "deceased"},
                      {"id": "m2", "name": "サトウ マコト", "birth_date": "1982-06-11",
                       "sex": "1"}],
        "answers": session.engine_answers(),
    }
    shown = tuple(resident.screen("summary").shown_procedures)
    assert shown == _expected_plan(intended)
    for procedure in ("koseki_todoke", "setainushi_henko", "kaigo_hoken", "kotei_shisan"):
        assert procedure in shown
    assert session.plan.find("koseki_todoke").member_ids == ("m1",)


def test_back_from_the_summary_reaches_the_last_question(resident: Resident) -> None:
    resident.sign_in_with_card()
    resident.choose_event("D")
    resident.add_member("夫", "サトウ シゲル", "昭和", ("23", "1", "20"), male=True)
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    resident.answer_questions({q: v for q, v in {
        "deceased_was_head": False, "pension": "none", "insurance": "employee",
        "was_dependant": False, "kaigo_nintei": False, "disability_book": False,
        "has_inkan": False, "single_parent": False, "public_servant": False, "claimant": "self",
        "town_water": False, "has_dog": False, "has_moped": False, "owns_property": False,
        "wants_certificate": False}.items()})
    resident.confirm_reading()
    resident.tap(resident.screen("summary").back_button)
    resident.wait_for("furigana")
    resident.tap(resident.screen("furigana").back_button)
    resident.wait_for("questions")
    last = resident.screen("questions").step
    assert last is not None and last.question_id == "wants_certificate"


def test_household_split_asks_who_leaves_and_who_heads_them(resident: Resident) -> None:
    """世帯分離 (住民基本台帳法 §25): after the answer "splitting into two households" the
    resident taps who leaves and who heads them; the 世帯変更届 is for those who leave."""
    resident.sign_in_with_card()
    resident.choose_event("H")
    resident.add_member("夫", "サトウ シゲル", "昭和", ("55", "1", "20"), male=True)
    resident.add_member("子", "サトウ マコト", "平成", ("27", "6", "11"), male=True)
    resident.tap(resident.screen("household").continue_button)
    resident.wait_for("questions")
    asked = resident.answer_questions({"household_change": "split", "insurance": "national"})
    assert asked[0] == "household_change"
    resident.split_household(["self", "m2"], head="self")
    resident.confirm_reading()  # no new address: the household stays where it is
    session = resident.window.session
    assert session.new_household is not None
    assert (session.new_household.members, session.new_household.head) == (("self", "m2"), "self")
    intended = {
        "event": "H", "event_date": TODAY.isoformat(),
        "resident": {"name": PROFILE.name, "birth_date": "1985-04-12", "sex": "2"},
        "household": [{"id": "m1", "name": "サトウ シゲル", "birth_date": "1980-01-20",
                       "sex": "1", "relation": "夫"},
                      {"id": "m2", "name": "サトウ マコト", "birth_date": "2015-06-11",
                       "sex": "1", "relation": "子"}],
        "new_household": {"members": ["self", "m2"], "head": "self"},
        "answers": session.engine_answers(),
    }
    shown = tuple(resident.screen("summary").shown_procedures)
    assert shown == _expected_plan(intended)
    assert session.plan.find("jumin_ido").member_ids == ("self", "m2")  # not the husband
    # back from the summary walks back through the split to the questions
    resident.tap(resident.screen("summary").back_button)
    resident.wait_for("furigana")
    resident.tap(resident.screen("furigana").back_button)
    resident.wait_for("household_split")
    assert resident.screen("household_split").buttons["m2"].isChecked()
