"""No silent loss through the real card path: pyscard → pcscd → vpcd → the emulator.

A kiosk window in kiosk mode, with the real thread-pool task runner and the reader
service over pcscd. The emulated card goes in and out of "Virtual PCD 00 00" as a card
would (the emulator connects to vpcd's port and disconnects):

* lifted mid-visit, the card brings up 「カードが取り外されました」 before the wipe, opaque
  over the window, and the welcome screen follows once it closes;
* at the end of a card visit, 「マイナンバーカードをお取りください」 stays until the card
  leaves the reader, then the ticket screen shows with the visit intact.

Run under the shared lock (``flock /work/wt/vpcd.lock``): one vpcd port for everybody.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from card_vpcd_support import VPCD_READER, StartCard
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.card.emulator import sample_profile
from kiosk.config import Config
from kiosk.ui.screens.base import Screen
from kiosk.ui.sounds import Cue, RecordedSounds

pytestmark = pytest.mark.timeout(120)
PROFILE = sample_profile("standard-adult")
STEP_MS = 15_000


class MiddleOfTheVisit(Screen):
    """Stands in for the wizard: a screen the resident is on when the card is lifted."""

    screen_id = "life_event"

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)


class Kiosk:
    def __init__(self, qtbot: Any, *, middle: bool) -> None:
        from kiosk.card.pcsc import PcscBackend
        from kiosk.card.service import ReaderService
        from kiosk.ui.app import create_application
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.screens.card_insert import CardInsertScreen
        from kiosk.ui.screens.finished import FinishedScreen
        from kiosk.ui.screens.pin_entry import PinEntryScreen
        from kiosk.ui.screens.take_card import TakeCardScreen
        from kiosk.ui.screens.welcome import WelcomeScreen
        from kiosk.ui.tasks import TaskRunner

        create_application()
        self.qtbot = qtbot
        self.sounds = RecordedSounds()
        self.runner = TaskRunner()
        config = Config().replace("ui", language="ja").replace("card", reader=VPCD_READER)
        services = Services(config, card=ReaderService(PcscBackend(), VPCD_READER))
        # Without the wizard, the flow goes from the PIN to the take-your-card screen (or
        # to the stand-in screen of the visit's middle).
        screens: list[type[Screen]] = [WelcomeScreen, CardInsertScreen, PinEntryScreen,
                                       TakeCardScreen, FinishedScreen]
        if middle:
            screens.append(MiddleOfTheVisit)
        self.window = MainWindow(services, screens, kiosk_mode=True, runner=self.runner,
                                 sounds=self.sounds)
        self.window.resize(1280, 800)
        self.window.show()
        adapter = self.window.card_adapter
        assert adapter is not None
        self.adapter: Any = adapter
        self.screens: dict[str, Any] = dict(self.window.screens)

    @property
    def at(self) -> str:
        return str(self.window.flow.current)

    def tap(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for(self, screen_id: str) -> None:
        self.qtbot.waitUntil(lambda: self.at == screen_id, timeout=STEP_MS)

    def sign_in(self, vpcd_card: StartCard) -> Any:
        """Card on the reader, PIN typed: returns the vpcd client (the card's hand)."""
        self.tap(self.screens["welcome"].start_card)
        client, _card = vpcd_card(PROFILE)
        self.wait_for("pin_entry")
        pad = self.screens["pin_entry"].pad
        self.qtbot.waitUntil(lambda: pad.keypad.digit_buttons["0"].isEnabled(), timeout=STEP_MS)
        for digit in PROFILE.pin:
            self.tap(pad.keypad.digit_buttons[digit])
        self.tap(pad.keypad.submit_button)
        return client

    def close(self) -> None:
        self.adapter.stop()
        self.runner.wait()
        self.window.allow_close()
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk(qtbot: Any, isolated_dirs: Any) -> Iterator[list[Kiosk]]:
    built: list[Kiosk] = []
    yield built
    for k in built:
        k.close()


def test_the_card_lifted_mid_visit_is_said_before_the_wipe(
        kiosk: list[Kiosk], vpcd_card: StartCard, qtbot: Any) -> None:
    k = Kiosk(qtbot, middle=True)
    kiosk.append(k)
    client = k.sign_in(vpcd_card)
    k.wait_for("life_event")
    session: Any = k.window.session
    assert session.resident is not None and session.resident.name == PROFILE.name
    notice: Any = k.window.card_removed_notice
    open_at_wipe: list[bool] = []
    k.window.session_closing.connect(lambda *_: open_at_wipe.append(notice.is_open))
    with qtbot.waitSignal(k.window.session_ended, timeout=STEP_MS) as ended:
        client.stop()  # the card leaves the reader
    assert ended.args == ["card_removed"]
    assert open_at_wipe == [True]
    assert notice.is_open and notice.title.text() == "カードが取り外されました"
    assert not session.has_personal_data and k.at == "welcome"
    assert k.sounds.played == [Cue.CARD_REMOVED]
    k.tap(notice.ok_button)
    assert not notice.is_open and k.window.current_screen.screen_id == "welcome"


def test_take_your_card_waits_for_the_card_to_leave_the_reader(
        kiosk: list[Kiosk], vpcd_card: StartCard, qtbot: Any) -> None:
    k = Kiosk(qtbot, middle=False)
    kiosk.append(k)
    client = k.sign_in(vpcd_card)
    k.wait_for("take_card")
    screen = k.screens["take_card"]
    assert screen.title.text() == "マイナンバーカードをお取りください"
    assert k.sounds.played == [Cue.TAKE_CARD]
    assert k.adapter.card_present
    ended: list[Any] = []
    k.window.session_ended.connect(ended.append)
    client.stop()
    k.wait_for("finished")
    assert not k.adapter.card_present
    assert ended == [] and k.window.session.resident is not None
    assert not k.window.card_removed_notice.is_open
    k.tap(k.screens["finished"].done_button)
    k.wait_for("welcome")
    assert ended == ["finished"] and not k.window.session.has_personal_data
