"""A finger on the real kiosk window: the e2e tests' driver.

It builds the real MainWindow with the real screens, the reader service over the
in-process card emulator (the real APDU protocol), and taps real buttons. It counts
every tap (``taps``) and every character key among them (``characters``: kana, digits
and "-" typed as data; the PIN is not data), the figures issue 12 is judged by. Lifting
the card off the reader at 「マイナンバーカードをお取りください」 is no tap
(``take_card_back``); a family name the member editor proposes is not typed again.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.app.composition import Services
from kiosk.card.emulator import CardProfile, EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.domain.core_records import CallContext
from kiosk.ui.dialogs import ScriptedDialogs

TODAY = date(2026, 4, 6)
PROFILE = sample_profile("standard-adult")  # 佐藤　花子, born 1985-04-12, female


class Resident:
    """Drives the window like a finger would."""

    def __init__(self, qtbot: Any, config: Config | None = None, *,
                 profile: CardProfile = PROFILE, runner: Any = None,
                 backend: Any = None) -> None:
        """``backend``: the card back-end (default: the in-process emulator; the real
        ``PcscBackend`` over vpcd, where the test puts the card in itself)."""
        from kiosk.app.composition import core_system
        from kiosk.ui.app import create_application
        from kiosk.ui.card_adapter import install_card_adapter
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.registry import resident_screens
        from kiosk.ui.tasks import SyncTaskRunner

        create_application()

        self.qtbot = qtbot
        self.profile = profile
        self.taps = 0
        self.characters = 0
        #: The visit ended with 「マイナンバーカードをお取りください」 and the card was lifted.
        self.took_card = False
        self.backend = backend or EmulatorBackend()
        #: How the resident lifts the card (a real reader's test stops its vpcd card).
        self.lift_card: Callable[[], None] = lambda: self.backend.remove()
        config = config or Config().replace("ui", language="ja")
        #: The core-system calls, as the audit saw them (action, context).
        self.core_calls: list[tuple[str, CallContext]] = []
        services = Services(config, card=ReaderService(self.backend), clock=lambda: TODAY,
                            core=core_system(config, self))
        self.dialogs = ScriptedDialogs()
        self.window = MainWindow(services, resident_screens(), kiosk_mode=False,
                                 runner=runner or SyncTaskRunner(), dialogs=self.dialogs)
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        install_card_adapter(self.window)

    def record(self, action: str, context: CallContext) -> None:
        """The core calls' audit log (in memory: the e2e window has no database)."""
        self.core_calls.append((action, context))

    @property
    def at(self) -> str:
        return str(self.window.flow.current)

    def screen(self, screen_id: str | None = None) -> Any:
        return self.window.screens[screen_id or self.at]

    def tap(self, button: QWidget, *, character: bool = False) -> None:
        """One finger tap; ``character``: the key types a character of the resident's data."""
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.taps += 1
        self.characters += character
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for(self, screen_id: str) -> None:
        self.qtbot.waitUntil(lambda: self.at == screen_id, timeout=10_000)

    # ------------------------------------------------------------------ steps
    def sign_in_with_card(self) -> None:
        self.tap(self.screen("welcome").start_card)
        self.backend.insert(EmulatedCard(self.profile))
        self.wait_for("pin_entry")
        pad = self.screen("pin_entry").pad
        self.qtbot.waitUntil(lambda: pad.keypad.submit_button.isVisible()
                             and pad.keypad.digit_buttons["0"].isEnabled(), timeout=10_000)
        for digit in self.profile.pin:
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
        special = {" ": keyboard.space_button, "\u3000": keyboard.space_button,
                   "\u3099": keyboard.dakuten_button, "\u309a": keyboard.handakuten_button}
        # The family name comes proposed (the holder's reading): typed on after it, or
        # deleted key by key when this member's differs.
        kana = kana.replace(" ", "\u3000")
        proposed = keyboard.text
        if kana.startswith(proposed):
            kana = kana[len(proposed):]
        else:
            for _ in proposed:
                self.tap(keyboard.delete_button)
        # ゲ is two keys, ケ then ゛ (NFD splits the voiced mark off, as the keyboard does).
        for char in unicodedata.normalize("NFD", kana):
            self.tap(special.get(char) or keyboard.keys[char], character=True)
        self.tap(editor.keyboard.ok_button)
        birth = editor.birth
        if birth.era != era:
            self.tap(birth.era_buttons[era])
        for field, digits in zip(("year", "month", "day"), ymd, strict=True):
            if birth.active != field:
                self.tap(birth.field_buttons[field])
            for digit in digits:
                self.tap(birth.keypad.digit_buttons[digit], character=True)
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

    def answer_questions_or_no(self, answers: dict[str, Any]) -> list[str]:
        """Like :meth:`answer_questions`, answering "no" (or the first choice) to any
        question ``answers`` does not name: the record decides which are still asked."""
        asked: list[str] = []
        screen = self.screen("questions")
        while self.at == "questions":
            assert len(asked) < 80, f"the questions never end: {asked[-5:]}"
            qid = screen.step.question_id
            asked.append(qid)
            buttons = screen.answer_buttons
            if qid in answers:
                value = answers[qid]
                name = {True: "answerYes", False: "answerNo"}[value] \
                    if isinstance(value, bool) else f"answer_{value}"
            else:
                name = "answerNo" if "answerNo" in buttons else next(
                    n for n in buttons if n != "answerSplit")
            self.tap(buttons[name])
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
            self.tap(button, character=True)
        self.tap(screen.keypad.submit_button)
        self.tap(screen.no_katagaki)

    def wait_for_records(self) -> None:
        """The household screen is done waiting for the core system (bounded there)."""
        household = self.screen("household")
        self.qtbot.waitUntil(lambda: not household.progress.isVisible(), timeout=10_000)

    def confirm_household(self) -> None:
        self.wait_for_records()
        self.tap(self.screen("household").continue_button)

    def confirm_planned_address(self) -> None:
        self.wait_for("new_address")
        self.tap(self.screen("new_address").address_yes)

    def print_bundle(self, timeout_ms: int = 60_000) -> None:
        """From the summary to the printed bundle (the finished screen)."""
        self.wait_for("summary")
        self.tap(self.screen("summary").print_button)
        self.wait_for("preview")
        preview = self.screen("preview")
        self.qtbot.waitUntil(lambda: preview.state == "ready", timeout=timeout_ms)
        self.tap(preview.print_button)
        self.take_card_back()

    def take_card_back(self, timeout_ms: int = 60_000) -> None:
        """After printing, a card visit asks for the card back: the resident lifts it (no
        tap) and the ticket screen follows."""
        self.qtbot.waitUntil(lambda: self.at in ("take_card", "finished"), timeout=timeout_ms)
        if self.at == "take_card":
            self.lift_card()
            self.took_card = True
        self.wait_for("finished")

    def confirm_reading(self) -> str:
        self.wait_for("furigana")
        screen = self.screen("furigana")
        reading = str(screen.reading_label.text())
        self.tap(screen.yes_button)
        self.wait_for("summary")
        return reading
