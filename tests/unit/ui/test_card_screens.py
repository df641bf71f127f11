"""The card and PIN screens with the in-process emulated card (no threads, no dialogs).

The window runs the real screens, the real reader service over the emulator backend, a
synchronous task runner and scripted dialogs; the card adapter is installed as the shell
will install it, so taking the card out really wipes the session.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.card import apdu
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.ui.card_adapter import install_card_adapter
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.card_insert import CardInsertScreen
from kiosk.ui.screens.pin_entry import PinEntryScreen
from kiosk.ui.screens.welcome import WelcomeScreen

ADULT = sample_profile("standard-adult")


class Probe(Screen):
    """Stands in for the screens after the card (and for manual entry)."""

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.entered_with = session


class LifeEventProbe(Probe):
    screen_id = "life_event"


class ManualProbe(Probe):
    screen_id = "manual_entry"


class Kiosk:
    """A window wired like the real one, plus the emulated reader behind it."""

    def __init__(self, make_window: Callable[..., Any], qtbot: Any, *, card: bool = True,
                 language: str = "en", answers: list[bool] | None = None) -> None:
        self.qtbot = qtbot
        self.backend = EmulatorBackend()
        self.dialogs = ScriptedDialogs(answers=list(answers or []))
        config = Config().replace("ui", language=language)
        services = Services(config=config, card=ReaderService(self.backend) if card else None)
        self.window = make_window(config, services=services, dialogs=self.dialogs,
                                  screens=[WelcomeScreen, CardInsertScreen, PinEntryScreen,
                                           LifeEventProbe, ManualProbe])
        self.adapter = install_card_adapter(self.window)

    @property
    def current(self) -> str:
        return str(self.window.flow.current)

    def screen(self, screen_id: str) -> Any:
        return self.window.screens[screen_id]

    def click(self, button: QWidget) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def insert(self, profile: str = "standard-adult", **options: Any) -> EmulatedCard:
        tries = options.pop("tries", None)
        chosen = sample_profile(profile)
        card = EmulatedCard(chosen if tries is None else chosen.with_tries(tries), **options)
        self.backend.insert(card)
        return card

    def start_with_card(self) -> None:
        self.click(self.screen("welcome").start_card)
        assert self.current == "card_insert"

    def wait_for(self, screen_id: str) -> None:
        self.qtbot.waitUntil(lambda: self.current == screen_id, timeout=3000)

    def enter_pin(self, pin: str) -> None:
        pad = self.screen("pin_entry").pad
        for digit in pin:
            self.click(pad.keypad.digit_buttons[digit])
        self.click(pad.keypad.submit_button)


@pytest.fixture
def kiosk(make_window: Callable[..., Any], qtbot: Any) -> Callable[..., Kiosk]:
    return lambda **kw: Kiosk(make_window, qtbot, **kw)


def test_inserting_the_card_leads_to_the_pin_pad(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.start_with_card()
    card_screen = k.screen("card_insert")
    assert card_screen.animation.isVisible()
    assert card_screen.status.text() == ""  # waiting, nothing wrong
    k.insert()
    k.wait_for("pin_entry")
    assert k.screen("pin_entry").tries_label.text() == "Tries left: 3"


def test_card_already_in_the_reader_is_checked_at_once(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    card = k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    assert card.sent(apdu.INS_VERIFY, with_data=False) == 1


def test_wrong_pin_shows_the_tries_left_then_the_right_pin_reads(
    kiosk: Callable[..., Kiosk],
) -> None:
    k = kiosk()
    card = k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    pin_screen = k.screen("pin_entry")
    k.enter_pin("0000")
    assert k.current == "pin_entry"
    assert pin_screen.message.text() == "The PIN is wrong. 2 tries left."
    assert pin_screen.tries_label.text() == "Tries left: 2"
    assert pin_screen.pad.count == 0
    k.enter_pin(ADULT.pin)
    k.wait_for("life_event")
    session = k.window.session
    assert session.channel == "card"
    assert session.resident is not None and session.resident.name == ADULT.name
    assert not session.my_numbers  # the number is read only when a form needs it
    assert card.tries_left == 3 and not card.powered


def test_the_number_is_read_when_the_screen_is_asked_to(kiosk: Callable[..., Kiosk],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PinEntryScreen, "read_number", True)
    k = kiosk()
    k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    k.enter_pin(ADULT.pin)
    k.wait_for("life_event")
    assert k.window.session.my_numbers == {"self": ADULT.my_number}


def test_last_try_needs_confirmation_and_no_calls_staff(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(answers=[False, True])
    card = k.insert(tries=1)
    k.start_with_card()
    k.wait_for("pin_entry")
    pin_screen = k.screen("pin_entry")
    assert "1 try left" in pin_screen.tries_label.text()
    assert "locks" in pin_screen.message.text()
    k.enter_pin(ADULT.pin)
    assert len(k.dialogs.asked) == 1 and "one try" in k.dialogs.asked[0][0]
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0  # "no": nothing sent
    assert k.window.call_staff.is_open
    assert pin_screen.pad.count == 0
    k.click(k.window.call_staff.back_button)
    k.enter_pin(ADULT.pin)  # "yes" this time
    k.wait_for("life_event")
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 1


def test_blocked_card_shows_the_lock_and_the_ways_on(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    card = k.insert("locked-card")
    k.start_with_card()
    k.wait_for("pin_entry")
    pin_screen = k.screen("pin_entry")
    assert "locked" in pin_screen.message.text() and "住民課" in pin_screen.message.text()
    assert not pin_screen.pad.isVisible()
    assert pin_screen.manual_button.isVisible() and pin_screen.staff_button.isVisible()
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0
    k.click(pin_screen.staff_button)
    assert k.window.call_staff.is_open
    k.click(k.window.call_staff.back_button)
    with k.qtbot.waitSignal(pin_screen.done) as done:
        k.click(pin_screen.manual_button)
    assert done.args == ["manual"]


def test_removing_the_card_wipes_the_session(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    k.enter_pin(ADULT.pin)
    k.wait_for("life_event")
    assert k.window.session.resident is not None
    with k.qtbot.waitSignal(k.window.session_ended, timeout=3000) as ended:
        k.backend.remove()
    assert ended.args == ["card_removed"]
    assert k.window.session.resident is None
    assert k.current == "welcome"


def test_removing_the_card_during_pin_entry_wipes_too(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    k.click(k.screen("pin_entry").pad.keypad.digit_buttons["1"])
    with k.qtbot.waitSignal(k.adapter.session_card_removed, timeout=3000):  # type: ignore[union-attr]
        k.backend.remove()
    k.wait_for("welcome")
    assert k.screen("pin_entry").pad.count == 0


def test_a_card_removed_after_a_manual_visit_does_not_end_it(
    kiosk: Callable[..., Kiosk],
) -> None:
    k = kiosk()
    k.click(k.screen("welcome").start_manual)
    k.insert()
    k.backend.remove()
    QApplication.processEvents()
    assert k.current == "manual_entry"


def test_no_reader_is_said_plainly_with_the_manual_path(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.backend.unplug()
    k.start_with_card()
    card_screen = k.screen("card_insert")
    k.qtbot.waitUntil(lambda: "No card reader" in card_screen.status.text(), timeout=2000)
    assert not card_screen.animation.isVisible()
    k.click(card_screen.no_card_button)
    assert k.current == "manual_entry"


def test_no_card_service_at_all(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(card=False)
    k.start_with_card()
    assert "No card reader" in k.screen("card_insert").status.text()


def test_reader_plugged_in_later(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.backend.unplug()
    k.start_with_card()
    card_screen = k.screen("card_insert")
    k.qtbot.waitUntil(lambda: "No card reader" in card_screen.status.text(), timeout=2000)
    k.backend.plug()
    k.qtbot.waitUntil(lambda: card_screen.status.text() == "", timeout=2000)
    k.insert()
    k.wait_for("pin_entry")


def test_a_card_that_is_not_a_my_number_card(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.start_with_card()
    k.insert(wrong_aid=True)
    card_screen = k.screen("card_insert")
    k.qtbot.waitUntil(lambda: "not a My Number card" in card_screen.status.text(), timeout=2000)
    assert k.current == "card_insert"
    k.backend.remove()
    k.qtbot.waitUntil(lambda: card_screen.status.text() == "", timeout=2000)


def test_the_pin_never_appears_in_any_widget(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk()
    k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    pad = k.screen("pin_entry").pad
    for digit in "739":
        k.click(pad.keypad.digit_buttons[digit])
    assert pad.dots.text() == "● ● ● ○"
    assert pad.dots.accessibleName() == "PIN: 3 of 4 digits entered"
    for widget in k.window.findChildren(QWidget):
        texts = [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel | QPushButton):
            texts.append(widget.text())
        assert not any("739" in text for text in texts), widget.objectName()


def test_japanese_strings(kiosk: Callable[..., Kiosk]) -> None:
    k = kiosk(language="ja")
    k.insert(tries=2)
    k.start_with_card()
    k.wait_for("pin_entry")
    pin_screen = k.screen("pin_entry")
    assert pin_screen.title.text() == "カードの暗証番号（数字4桁）を入力してください"
    assert pin_screen.tries_label.text() == "残り回数：2回"
    k.enter_pin("0000")
    assert "暗証番号が違います" in pin_screen.message.text()
    k.click(k.window.language_button)  # eight languages: the button opens the picker
    k.click(k.window.language_picker.buttons["en"])
    k.qtbot.waitUntil(lambda: pin_screen.tries_label.text() == "Last try: 1 try left",
                      timeout=2000)
    assert pin_screen.message.text().startswith("The PIN is wrong. 1 try left.")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_every_button_is_named_and_big_enough(kiosk: Callable[..., Kiosk], language: str) -> None:
    k = kiosk(language=language)
    k.insert()
    k.start_with_card()
    k.wait_for("pin_entry")
    for screen_id in ("card_insert", "pin_entry"):
        for button in k.screen(screen_id).findChildren(QPushButton):
            assert button.objectName(), "a button without objectName"
            assert button.accessibleName(), f"{button.objectName()} has no accessibleName"
    for button in k.screen("pin_entry").pad.findChildren(QPushButton):
        assert button.minimumSizeHint().height() >= 64 or button.height() >= 64
