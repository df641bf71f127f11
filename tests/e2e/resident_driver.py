"""A finger on the real kiosk window: the e2e tests' driver.

It builds the real MainWindow with the real screens, the reader service over the
in-process card emulator (the real APDU protocol), and taps real buttons.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.app.composition import Services
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.ui.dialogs import ScriptedDialogs

TODAY = date(2026, 4, 6)
PROFILE = sample_profile("standard-adult")  # 佐藤　花子, born 1985-04-12, female


class Resident:
    """Drives the window like a finger would."""

    def __init__(self, qtbot: Any, config: Config | None = None) -> None:
        from kiosk.ui.app import create_application
        from kiosk.ui.card_adapter import install_card_adapter
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.registry import resident_screens
        from kiosk.ui.tasks import SyncTaskRunner

        create_application()

        self.qtbot = qtbot
        self.backend = EmulatorBackend()
        config = config or Config().replace("ui", language="ja")
        services = Services(config, card=ReaderService(self.backend), clock=lambda: TODAY)
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
            # Bounded: a questions screen that never advances fails here instead of hanging.
            assert len(asked) < 80, f"the questions never end: {asked[-5:]}"
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

    def split_household(self, leavers: list[str], head: str) -> None:
        """世帯分離: tap each member who leaves, then (two or more leaving) their head."""
        self.wait_for("household_split")
        screen = self.screen("household_split")
        for member_id in leavers:
            self.tap(screen.buttons[member_id])  # the list is redrawn after each tap
        self.tap(screen.continue_button)
        if len(leavers) > 1:
            self.tap(screen.buttons[head])

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
