"""The kiosk with a card that stops answering mid-read: a plain message, nothing stuck.

The real PIN screen, the real reader service with a short deadline, and an emulated card
whose VERIFY never returns. The read ends with the "did not answer" message on the PIN
screen (the task runner's call returned, so a worker thread would be free), and once the
silent card is taken away the next resident reads normally.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from kiosk.app.composition import Services
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import CardLink, ReaderService
from kiosk.config import Config
from kiosk.ui.card_adapter import install_card_adapter
from kiosk.ui.screens.card_insert import CardInsertScreen
from kiosk.ui.screens.life_event import LifeEventScreen
from kiosk.ui.screens.pin_entry import PinEntryScreen
from kiosk.ui.screens.welcome import WelcomeScreen

ADULT = sample_profile("standard-adult")


class SilentAfter:
    """A link that answers ``answers`` commands, then blocks until ``release``."""

    def __init__(self, inner: CardLink, answers: int, release: threading.Event) -> None:
        self.inner, self.answers, self.release = inner, answers, release
        self.sent = 0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self.sent >= self.answers:
            self.release.wait(30)
        self.sent += 1
        return self.inner.transmit(apdu)

    def close(self) -> None:
        self.inner.close()


class SilentBackend(EmulatorBackend):
    def __init__(self) -> None:
        super().__init__()
        self.silent_after: int | None = None
        self.release = threading.Event()

    def connect(self, reader: str) -> CardLink:
        link = super().connect(reader)
        if self.silent_after is None:
            return link
        return SilentAfter(link, self.silent_after, self.release)


def test_a_card_silent_at_verify_gives_a_message_and_the_next_card_reads(
    make_window: Callable[..., Any], qtbot: Any
) -> None:
    backend = SilentBackend()
    config = Config().replace("ui", language="en")
    services = Services(config=config, card=ReaderService(backend, apdu_timeout=0.3))
    window = make_window(config, services=services,
                         screens=[WelcomeScreen, CardInsertScreen, PinEntryScreen,
                                  LifeEventScreen])
    install_card_adapter(window)
    backend.insert(EmulatedCard(ADULT))
    qtbot.mouseClick(window.screens["welcome"].start_card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.current == "pin_entry", timeout=3000)
    backend.silent_after = 2  # SELECT and the tries answered; VERIFY never returns
    pin_screen = window.screens["pin_entry"]
    for digit in ADULT.pin:
        qtbot.mouseClick(pin_screen.pad.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin_screen.pad.keypad.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pin_screen.message.text().startswith("The card did not answer."),
                    timeout=5000)
    assert ADULT.pin not in pin_screen.message.text()
    backend.silent_after = None
    backend.remove()  # the resident takes the silent card away
    backend.release.set()
    qtbot.waitUntil(lambda: window.flow.current == "welcome", timeout=5000)
    backend.insert(EmulatedCard(ADULT))  # the next resident
    qtbot.mouseClick(window.screens["welcome"].start_card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.current == "pin_entry", timeout=3000)
    for digit in ADULT.pin:
        qtbot.mouseClick(pin_screen.pad.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pin_screen.pad.keypad.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.flow.current == "life_event", timeout=5000)
    assert window.session.resident is not None
