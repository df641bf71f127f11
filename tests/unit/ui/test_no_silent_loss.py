"""No silent loss (issue 15 §5) in a real window with the in-process emulated card: the
take-your-card screen, the card-removed notice before the wipe, and the idle warning's
sound and 「もっと時間が必要」 with a limited number of extensions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from kiosk.app.composition import Services
from kiosk.app.session import ResidentSession
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.service import ReaderService
from kiosk.config import Config
from kiosk.ui.card_adapter import install_card_adapter
from kiosk.ui.dialogs import ScriptedDialogs
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.card_insert import CardInsertScreen
from kiosk.ui.screens.finished import FinishedScreen
from kiosk.ui.screens.pin_entry import PinEntryScreen
from kiosk.ui.screens.take_card import TakeCardScreen
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.sounds import CUE_FILES, Cue, RecordedSounds

ADULT = sample_profile("standard-adult")


class LifeEventProbe(Screen):
    """Stands in for the visit's middle (a screen with the resident's data)."""

    screen_id = "life_event"

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)


class ManualProbe(LifeEventProbe):
    screen_id = "manual_entry"


class CardKiosk:
    """Welcome, card, PIN, then (without the wizard in between) take-card and finished."""

    def __init__(self, make_window: Callable[..., Any], qtbot: Any, *, middle: bool,
                 **timeouts: int) -> None:
        self.qtbot = qtbot
        self.backend = EmulatorBackend()
        self.sounds = RecordedSounds()
        config = Config().replace("ui", language="en").replace("timeouts", **timeouts)
        services = Services(config=config, card=ReaderService(self.backend))
        screens: list[type[Screen]] = [WelcomeScreen, CardInsertScreen, PinEntryScreen,
                                       ManualProbe, TakeCardScreen, FinishedScreen]
        if middle:
            screens.append(LifeEventProbe)
        self.window = make_window(config, services=services, dialogs=ScriptedDialogs(),
                                  screens=screens, sounds=self.sounds)
        self.adapter = install_card_adapter(self.window)

    @property
    def current(self) -> str:
        return str(self.window.flow.current)

    def click(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def wait_for(self, screen_id: str, timeout: int = 3000) -> None:
        self.qtbot.waitUntil(lambda: self.current == screen_id, timeout=timeout)

    def sign_in(self) -> None:
        self.backend.insert(EmulatedCard(ADULT))
        self.click(self.window.screens["welcome"].start_card)
        self.wait_for("pin_entry")
        pad = self.window.screens["pin_entry"].pad
        for digit in ADULT.pin:
            self.click(pad.keypad.digit_buttons[digit])
        self.click(pad.keypad.submit_button)


@pytest.fixture
def card_kiosk(make_window: Callable[..., Any], qtbot: Any) -> Callable[..., CardKiosk]:
    return lambda middle=False, **timeouts: CardKiosk(make_window, qtbot, middle=middle,
                                                      **timeouts)


# ---------------------------------------------------------------------- take your card
def test_take_your_card_waits_for_the_card_then_shows_the_number(
        card_kiosk: Callable[..., CardKiosk], qtbot: Any) -> None:
    k = card_kiosk()
    ended: list[str] = []
    k.window.session_ended.connect(ended.append)
    k.sign_in()
    k.wait_for("take_card")
    screen = k.window.screens["take_card"]
    assert screen.title.text() == "Please take your My Number card"
    assert "counter ①" in screen.reason.text()
    assert k.sounds.played == [Cue.TAKE_CARD]
    assert k.window.session.resident is not None
    k.backend.remove()  # the resident takes the card: the visit goes on, nothing wiped
    k.wait_for("finished")
    assert ended == [] and k.window.session.resident is not None


def test_take_your_card_goes_on_after_its_timeout(card_kiosk: Callable[..., CardKiosk]) -> None:
    k = card_kiosk(take_card_seconds=5)
    k.sign_in()
    k.wait_for("take_card")
    k.wait_for("finished", timeout=8000)
    # the card left in the reader later is no reason to wipe the visit's last screen
    ended: list[str] = []
    k.window.session_ended.connect(ended.append)
    k.backend.remove()
    k.qtbot.waitUntil(lambda: k.adapter is not None and not k.adapter.card_present)
    assert ended == [] and k.current == "finished"


def test_a_visit_without_the_card_skips_take_your_card(
        card_kiosk: Callable[..., CardKiosk]) -> None:
    k = card_kiosk()
    screen = k.window.screens["take_card"]
    k.click(k.window.screens["welcome"].start_manual)
    assert not screen.should_show(k.window.session)
    k.backend.insert(EmulatedCard(ADULT))  # a card in the reader, not this visit's
    k.qtbot.waitUntil(lambda: k.adapter is not None and k.adapter.card_present)
    assert not screen.should_show(k.window.session)
    assert Cue.TAKE_CARD not in k.sounds.played


# ---------------------------------------------------------------------- card removed
def test_card_lifted_mid_visit_says_so_before_the_wipe(
        card_kiosk: Callable[..., CardKiosk], qtbot: Any) -> None:
    k = card_kiosk(middle=True)
    k.window.set_language("ja")  # the resident's language; the town's default is English
    k.sign_in()
    k.wait_for("life_event")
    notice = k.window.card_removed_notice
    open_at_wipe: list[bool] = []
    k.window.session_closing.connect(lambda *_: open_at_wipe.append(notice.is_open))
    with qtbot.waitSignal(k.window.session_ended, timeout=3000) as ended:
        k.backend.remove()
    assert ended.args == ["card_removed"]
    assert open_at_wipe == [True], "the notice opens before the session is wiped"
    assert notice.is_open and notice.title.text() == "カードが取り外されました"
    assert "もう一度" in notice.text.text()
    assert k.window.session.resident is None and k.current == "welcome"
    assert k.sounds.played[-1] is Cue.CARD_REMOVED
    # opaque over the whole window: nothing of the visit shows around its card
    central = k.window.centralWidget()
    assert notice.geometry() == central.rect()
    image = central.grab().toImage()
    for x, y in ((5, 5), (central.width() - 5, central.height() - 5)):
        assert QColor(image.pixel(x, y)) == QColor(0, 0, 0)
    k.click(notice.ok_button)
    assert not notice.is_open and k.current == "welcome"


def test_the_card_removed_notice_closes_by_itself(card_kiosk: Callable[..., CardKiosk],
                                                  qtbot: Any) -> None:
    k = card_kiosk(middle=True, card_removed_notice_seconds=3)
    k.sign_in()
    k.wait_for("life_event")
    k.backend.remove()
    notice = k.window.card_removed_notice
    qtbot.waitUntil(lambda: notice.is_open, timeout=3000)
    qtbot.waitUntil(lambda: not notice.is_open, timeout=6000)
    assert k.current == "welcome"


def test_the_notices_call_staff_opens_the_staff_call(card_kiosk: Callable[..., CardKiosk],
                                                     qtbot: Any) -> None:
    k = card_kiosk(middle=True)
    k.sign_in()
    k.wait_for("life_event")
    k.backend.remove()
    notice = k.window.card_removed_notice
    qtbot.waitUntil(lambda: notice.is_open, timeout=3000)
    k.click(notice.staff_button)
    assert not notice.is_open and k.window.call_staff.is_open


# ---------------------------------------------------------------------- idle warning
def test_idle_warning_sounds_and_more_time_is_limited(make_window: Callable[..., Any],
                                                      qtbot: Any) -> None:
    sounds = RecordedSounds()
    config = Config().replace("ui", language="en").replace(
        "timeouts", idle_extensions=2, idle_extension_seconds=0)
    window = make_window(config, idle_ms=700, idle_warning_ms=400, sounds=sounds)
    idle = window.idle
    qtbot.mouseClick(window.screens["welcome"].start_manual, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle.warning_shown, timeout=3000)
    assert sounds.played == [Cue.IDLE_WARNING]
    assert idle.continue_button.text() == "I need more time"
    assert not idle.extension_note.isVisibleTo(idle.overlay)
    qtbot.mouseClick(idle.continue_button, Qt.MouseButton.LeftButton)
    assert not idle.warning_shown and idle.extensions_used == 1
    qtbot.waitUntil(lambda: idle.warning_shown, timeout=3000)
    assert "this is the last time" in idle.extension_note.text()
    qtbot.mouseClick(idle.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: idle.warning_shown, timeout=3000)
    assert sounds.played == [Cue.IDLE_WARNING] * 3
    assert not idle.continue_button.isVisibleTo(idle.overlay)
    assert "cannot be extended" in idle.extension_note.text()
    with qtbot.waitSignal(window.session_ended, timeout=3000) as ended:
        pass
    assert ended.args == ["timeout"]
    assert idle.extensions_used == 0, "the next resident has every extension again"


def test_more_time_lengthens_the_quiet_period(make_window: Callable[..., Any],
                                              qtbot: Any) -> None:
    config = Config().replace("timeouts", idle_extension_seconds=60)
    window = make_window(config, idle_ms=700, idle_warning_ms=400)
    idle = window.idle
    qtbot.mouseClick(window.screens["welcome"].start_manual, Qt.MouseButton.LeftButton)
    assert idle.quiet_ms == 300
    qtbot.waitUntil(lambda: idle.warning_shown, timeout=3000)
    qtbot.mouseClick(idle.continue_button, Qt.MouseButton.LeftButton)
    assert idle.quiet_ms == 60_300 and idle._quiet.remainingTime() > 59_000


def test_every_cue_has_a_short_bundled_sound() -> None:
    import wave

    from kiosk.resources_path import resource

    for cue in Cue:
        with wave.open(str(resource("sounds", CUE_FILES[cue]))) as sound:
            assert 0.2 < sound.getnframes() / sound.getframerate() < 2.0, cue


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1920, 1080)])
def test_the_new_screens_fit_at_every_text_size(make_window: Callable[..., Any],
                                                width: int, height: int) -> None:
    """Take-your-card, the card-removed notice and the idle warning with its last-time note:
    nothing clipped or overlapping, the window never past the screen."""
    from layout_check import layout_problems
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import theme

    window = make_window(Config().replace("timeouts", idle_extensions=1))
    window.resize(width, height)
    found: list[str] = []
    try:
        for language in ("ja", "en"):
            window.set_language(language)
            for step in range(len(theme.TEXT_SIZES_PX)):
                window.set_text_size(step)
                window.flow.go("take_card")
                window.card_removed_notice.show_for(60)
                window.idle._warn()
                for _ in range(3):
                    QApplication.processEvents()
                where = f"{language} size {step} {width}×{height}"
                if window.width() > width or window.height() > height:
                    found.append(f"{where}: the window grew to {window.width()}×{window.height()}")
                for widget in (window.screens["take_card"], window.card_removed_notice.card,
                               window.idle.overlay.card):
                    found += [f"{where}: {p}" for p in layout_problems(widget)]
                window.card_removed_notice.dismiss()
                window.idle.disarm()
    finally:
        window.set_language("ja")
        window.set_text_size(0)
    assert not found, "\n".join(found)


def test_qt_sounds_beep_where_a_sound_cannot_be_loaded(monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Any) -> None:
    """The kiosk's player: one loader per sound file, a beep when the file or QtMultimedia
    is missing (tests never open an audio device)."""
    from PySide6.QtWidgets import QApplication

    from kiosk.ui import help_calls
    from kiosk.ui.app import create_application
    from kiosk.ui.sounds import QtSounds

    create_application()
    beeps: list[int] = []
    asked: list[tuple[str, ...]] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))

    def missing(*parts: str) -> Any:
        asked.append(parts)
        return tmp_path / "missing.wav"

    monkeypatch.setattr(help_calls, "resource", missing)
    sounds = QtSounds()
    for cue in (Cue.TAKE_CARD, Cue.IDLE_WARNING, Cue.CARD_REMOVED, Cue.TAKE_CARD):
        sounds.play(cue)
    assert beeps == [1, 1, 1, 1]
    assert asked == [("sounds", "take_card.wav"), ("sounds", "idle_warning.wav")]
