"""End to end: a resident walks through the real main window with the emulated card.

The card is the in-process emulator behind the real reader service and the real card and
PIN screens (the real APDU protocol); every tap is a mouse click on a real button, every
character a key of the on-screen kana keyboard or number pad. The procedures on the
summary screen are checked against the engine's plan for the visit as intended (built
independently from the same facts), and the typed-character count is checked exactly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from forms.catalog import load_catalog
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from kiosk.services import Services
from kiosk.ui.dialogs import ScriptedDialogs

TODAY = date(2026, 4, 6)
PROFILE = sample_profile("standard-adult")  # 佐藤　花子, born 1985-04-12, female
pytestmark = pytest.mark.timeout(180)


class Resident:
    """Drives the window like a finger would."""

    def __init__(self, qtbot: Any) -> None:
        from kiosk.ui.app import create_application
        from kiosk.ui.card_adapter import install_card_adapter
        from kiosk.ui.kiosk_app import resident_screens
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.tasks import SyncTaskRunner

        create_application()

        self.qtbot = qtbot
        self.backend = EmulatorBackend()
        config = Config().replace("ui", language="ja")
        services = Services(config=config, card=ReaderService(self.backend),
                            extras={"today": lambda: TODAY})
        self.window = MainWindow(services, resident_screens(), kiosk_mode=False, runner=SyncTaskRunner(),
                                 dialogs=ScriptedDialogs())
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        install_card_adapter(self.window)

    @property
    def at(self) -> str:
        return str(self.window.flow.current)

    def screen(self, screen_id: str | None = None) -> Any:
        return self.window.screens[screen_id or self.at]

    def tap(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for(self, screen_id: str) -> None:
        self.qtbot.waitUntil(lambda: self.at == screen_id, timeout=10_000)

    # ------------------------------------------------------------------ steps
    def sign_in_with_card(self) -> None:
        self.tap(self.screen("welcome").start_card)
        self.backend.insert(EmulatedCard(PROFILE))
        self.wait_for("pin_entry")
        pad = self.screen("pin_entry").pad
        for digit in PROFILE.pin:
            self.tap(pad.keypad.digit_buttons[digit])
        self.tap(pad.keypad.submit_button)
        self.wait_for("life_event")

    def choose_event(self, event_id: str) -> None:
        self.tap(self.screen("life_event").event_buttons[event_id])
        self.wait_for("household")

    def add_member(self, relation: str, kana: str, era: str, ymd: tuple[str, str, str],
                   male: bool) -> None:
        household = self.screen("household")
        self.tap(household.add_button)
        editor = household.editor
        self.tap(editor.relation_buttons[relation])
        keyboard = editor.keyboard
        special = {" ": keyboard.space_button, "\u3099": keyboard.dakuten_button,
                   "\u309a": keyboard.handakuten_button}
        # ゲ is two keys, ケ then ゛ (NFD splits the voiced mark off, as the keyboard does).
        for char in unicodedata.normalize("NFD", kana):
            self.tap(special.get(char) or keyboard.keys[char])
        self.tap(editor.keyboard.ok_button)
        birth = editor.birth
        if birth.era != era:
            self.tap(birth.era_buttons[era])
        for field, digits in zip(("year", "month", "day"), ymd, strict=True):
            if birth.active != field:
                self.tap(birth.field_buttons[field])
            for digit in digits:
                self.tap(birth.keypad.digit_buttons[digit])
        self.tap(birth.keypad.submit_button)
        self.tap(editor.male_button if male else editor.female_button)
        assert household.pages.currentIndex() == 0

    def answer_questions(self, answers: dict[str, Any]) -> list[str]:
        """Answer from ``answers`` ({question: value, or {member: value} per person})."""
        asked: list[str] = []
        screen = self.screen("questions")
        while self.at == "questions":
            step = screen.step
            qid = step.question_id
            asked.append(qid)
            wanted = answers[qid]
            if isinstance(wanted, dict):
                if step.can_split:
                    self.tap(screen.answer_buttons["answerSplit"])
                    continue
                value = wanted[step.member_ids[0]]
                # The screen names the person the question is about.
                assert screen.about.isVisible() and screen.about.text()
            else:
                value = wanted
            name = {True: "answerYes", False: "answerNo"}.get(value, f"answer_{value}") \
                if isinstance(value, bool) else f"answer_{value}"
            self.tap(screen.answer_buttons[name])
        return asked

    def type_new_address(self, oaza: str, banchi: str) -> None:
        screen = self.screen("new_address")
        self.tap(screen.picker.buttons[oaza])
        for key in banchi:
            button = screen.keypad.extra_button if key == "-" else screen.keypad.digit_buttons[key]
            self.tap(button)
        self.tap(screen.keypad.submit_button)
        self.tap(screen.no_katagaki)

    def confirm_reading(self) -> str:
        self.wait_for("furigana")
        screen = self.screen("furigana")
        reading = str(screen.reading_label.text())
        self.tap(screen.yes_button)
        self.wait_for("summary")
        return reading


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Any) -> Iterator[Resident]:
    driver = Resident(qtbot)
    yield driver
    # Delete the window: a hidden one would be re-styled by every later theme change.
    driver.window._may_close = True
    driver.window.close()
    driver.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _expected_plan(data: dict[str, Any]) -> tuple[str, ...]:
    return Navigator(load_catalog()).plan(Scenario.from_json(data)).procedure_ids()


TENNYU_ANSWERS: dict[str, Any] = {
    "from_area": "other_pref", "has_mnc": True, "insurance": "national", "pregnant": False,
    "kaigo_nintei": False, "in_childcare": True, "disability_book": False,
    "single_parent": False, "public_servant": False,
    "wants_inkan": {"self": True, "m1": False}, "town_water": True, "has_dog": False,
    "has_moped": False, "wants_certificate": False,
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
    # 22 kana keys (names with spaces), 13 digits of birth dates, 6 keys of 番地.
    assert session.characters_typed == 22 + 13 + 6
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
    assert session.new_address["postal_code"] == "861-0803"
    assert session.new_address["banchi"] == "1234-5"
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
        "has_inkan": True, "single_parent": False, "public_servant": False,
        "town_water": True, "has_dog": False, "has_moped": False, "owns_property": True,
        "wants_certificate": True,
    })
    # No new address for a death: straight on to the reading of the name.
    resident.confirm_reading()
    session = resident.window.session
    # サトウ シケ゛ル (ゲ is two keys) 23 1 20, then サトウ マコト 57 6 11.
    assert session.characters_typed == 8 + 5 + 7 + 5
    intended = {
        "event": "D", "event_date": TODAY.isoformat(),
        "resident": {"name": PROFILE.name, "birth_date": "1985-04-12", "sex": "2"},
        "household": [{"id": "m1", "name": "サトウ シゲル", "birth_date": "1948-01-20",
                       "sex": "1", "status": "deceased"},
                      {"id": "m2", "name": "サトウ マコト", "birth_date": "1982-06-11",
                       "sex": "1"}],
        "answers": dict(session.answers),
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
        "has_inkan": False, "single_parent": False, "public_servant": False,
        "town_water": False, "has_dog": False, "has_moped": False, "owns_property": False,
        "wants_certificate": False}.items()})
    resident.confirm_reading()
    resident.tap(resident.screen("summary").back_button)
    resident.wait_for("furigana")
    resident.tap(resident.screen("furigana").back_button)
    resident.wait_for("questions")
    last = resident.screen("questions").step
    assert last is not None and last.question_id == "wants_certificate"
