"""A whole 転入 with voice guidance on and a USB keypad alone: no tap, no click.

The card comes through the real path (pyscard → pcscd → vpcd → the emulator, on a thread
of this process), as at a town hall. Every step is a key press on the focused widget:
the arrows to reach the 音声案内 toggle and each answer, Enter to choose, digits on the
PIN pad and the 番地 pad. The spoken texts go to the transcript file
(``voice.transcript``; the engine is ``none``, so no audio device is needed), and the
test reads it back: the confirmation, each screen's title, each question with the answer
focused, the PIN as counts only, and the print confirmation, in that order.

Run it under the shared lock: ``flock /work/wt/vpcd.lock .venv/bin/python -m pytest …``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parents[1]
if str(TESTS / "integration") not in sys.path:
    sys.path.insert(0, str(TESTS / "integration"))

from card_vpcd_support import (  # noqa: E402
    VPCD_PORT,
    VPCD_READER,
    card_absent,
    pcscd_ready,
    wait_until,
)
from kiosk_test_support import service_missing  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from resident_driver import PROFILE, TODAY  # noqa: E402
from test_complete_visit import ANSWERS  # noqa: E402

from kiosk.card.emulator import EmulatedCard  # noqa: E402
from kiosk.card.emulator.vpcd import VpcdClient  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.speech.transcript import read_transcript  # noqa: E402

pytestmark = pytest.mark.timeout(300)
STEP_MS = 60_000
Key = Qt.Key


class KeypadResident:
    """A resident with a USB numeric keypad and headphones: key presses only."""

    def __init__(self, qtbot: Any, config: Config) -> None:
        from kiosk.app.composition import Services
        from kiosk.card.pcsc import PcscBackend
        from kiosk.card.service import ReaderService
        from kiosk.ui.app import create_application
        from kiosk.ui.dialogs import ScriptedDialogs
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.registry import resident_screens

        create_application()
        self.qtbot = qtbot
        self.keys = 0
        self.client: VpcdClient | None = None
        services = Services(config, card=ReaderService(PcscBackend(), VPCD_READER),
                            clock=lambda: TODAY)
        self.window = MainWindow(services, resident_screens(), kiosk_mode=False,
                                 dialogs=ScriptedDialogs())
        self.window.screens["pin_entry"].read_number = True  # type: ignore[attr-defined]
        qtbot.addWidget(self.window)
        self.window.resize(1280, 800)
        self.window.show()
        adapter = self.window.card_adapter
        assert adapter is not None
        self.adapter = adapter

    @property
    def at(self) -> str:
        return str(self.window.flow.current)

    def screen(self, screen_id: str) -> Any:
        return self.window.screens[screen_id]

    def wait_for(self, screen_id: str) -> None:
        self.qtbot.waitUntil(lambda: self.at == screen_id, timeout=STEP_MS)

    def press(self, key: Key, text: str = "", *, keypad: bool = False) -> None:
        """One key of the USB keypad, to whatever has the focus."""
        from PySide6.QtGui import QKeyEvent

        self.keys += 1
        target = QApplication.focusWidget() or self.window
        modifiers = Qt.KeyboardModifier.KeypadModifier if keypad \
            else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))
        QApplication.processEvents()

    def focus_on(self, widget: QWidget, *, numpad: bool = False) -> None:
        """Arrow down (or the keypad's 2) until ``widget`` has the focus, as a resident
        does while listening to each name."""
        for _ in range(250):
            if QApplication.focusWidget() is widget:
                return
            if numpad:
                self.press(Key.Key_2, "2", keypad=True)
            else:
                self.press(Key.Key_Down)
        raise AssertionError(f"never reached {widget.objectName()}")

    def choose(self, widget: QWidget, *, numpad: bool = False) -> None:
        self.focus_on(widget, numpad=numpad)
        if numpad:
            self.press(Key.Key_5, "5", keypad=True)
        else:
            self.press(Key.Key_Return, "\r")

    def insert_card(self) -> None:
        wait_until(card_absent, 10, "the vpcd reader to be empty")
        self.client = VpcdClient(EmulatedCard(PROFILE), port=VPCD_PORT).start()

    def close(self) -> None:
        if self.client is not None:
            self.client.stop()
            wait_until(card_absent, 10, "pcscd to see the card leave")
        self.adapter.stop()
        self.window.allow_close()
        self.window.close()
        self.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def resident(qtbot: Any, isolated_dirs: Path, tmp_path: Path) -> Iterator[KeypadResident]:
    if not pcscd_ready():
        service_missing("pcscd with the vsmartcard-vpcd driver")
    config = (Config().replace("ui", language="ja")
              .replace("printer", backend="folder", folder=str(tmp_path / "printed"))
              .replace("card", reader=VPCD_READER)
              .replace("voice", engine="none", transcript=str(tmp_path / "spoken.txt")))
    driver = KeypadResident(qtbot, config)
    driver.window.set_language("ja")
    yield driver
    driver.close()


def spoken(tmp_path: Path) -> list[str]:
    return [u.text for u in read_transcript(tmp_path / "spoken.txt")]


def hear(qtbot: Any, tmp_path: Path, text: str) -> None:
    """Wait, as a resident listening would, until ``text`` has been said."""
    qtbot.waitUntil(lambda: any(text in t for t in spoken(tmp_path)), timeout=STEP_MS)


def in_order(texts: list[str], expected: list[str]) -> list[str]:
    """The expected phrases not found, each after the previous one, in the transcript."""
    missing, position = [], 0
    for phrase in expected:
        found = next((i for i in range(position, len(texts)) if phrase in texts[i]), None)
        if found is None:
            missing.append(phrase)
        else:
            position = found
    return missing


def test_a_whole_moving_in_by_keypad_with_voice_guidance(
        resident: KeypadResident, tmp_path: Path, qtbot: Any) -> None:
    window = resident.window
    welcome = resident.screen("welcome")
    # Voice guidance on from the top bar's toggle, reached with the arrows.
    resident.choose(window.voice_button)
    assert window.voice.on and window.voice_button.isChecked()
    resident.choose(welcome.start_card)
    resident.wait_for("card_insert")
    hear(qtbot, tmp_path, resident.screen("card_insert").title.text())
    resident.insert_card()
    resident.wait_for("pin_entry")
    hear(qtbot, tmp_path, resident.screen("pin_entry").title.text())
    pad = resident.screen("pin_entry").pad
    qtbot.waitUntil(lambda: pad.keypad.digit_buttons["0"].isEnabled(), timeout=STEP_MS)
    for digit in PROFILE.pin:  # the keypad's digits type digits on the PIN pad
        resident.press(getattr(Key, f"Key_{digit}"), digit, keypad=True)
    assert pad.count == len(PROFILE.pin)
    resident.press(Key.Key_Enter, "\r", keypad=True)
    resident.wait_for("life_event")
    hear(qtbot, tmp_path, resident.screen("life_event").title.text())
    session = window.session
    my_number = session.my_numbers["self"]

    # The event the other moving-in tests use, reached with the numeric keypad's 2 and 5.
    resident.choose(resident.screen("life_event").event_buttons["IN"], numpad=True)
    resident.wait_for("household")
    household = resident.screen("household")
    qtbot.waitUntil(lambda: not household.progress.isVisible(), timeout=STEP_MS)
    resident.choose(household.continue_button)
    resident.wait_for("questions")
    questions = resident.screen("questions")
    asked: list[tuple[str, str]] = []
    while resident.at == "questions":
        assert len(asked) < 40, asked[-3:]
        step = questions.step
        value = ANSWERS[step.question_id]
        name = {True: "answerYes", False: "answerNo"}[value] if isinstance(value, bool) \
            else f"answer_{value}"
        button = questions.answer_buttons[name]
        hear(qtbot, tmp_path, questions.question.text())
        asked.append((questions.question.text(), button.accessibleName()))
        resident.choose(button)

    resident.wait_for("new_address")
    address = resident.screen("new_address")
    resident.choose(address.picker.buttons["関町"])
    qtbot.waitUntil(lambda: address.keypad.isVisible(), timeout=STEP_MS)
    resident.focus_on(address.keypad.digit_buttons["1"])
    for digit in "12":
        resident.press(getattr(Key, f"Key_{digit}"), digit)
    resident.press(Key.Key_Return, "\r")
    resident.choose(address.no_katagaki)
    resident.wait_for("furigana")
    resident.choose(resident.screen("furigana").yes_button)
    resident.wait_for("summary")
    resident.choose(resident.screen("summary").print_button)
    resident.wait_for("preview")
    preview = resident.screen("preview")
    qtbot.waitUntil(lambda: preview.state == "ready", timeout=STEP_MS)
    resident.choose(preview.print_button)
    resident.wait_for("finished")
    finished = resident.screen("finished")
    assert list((tmp_path / "printed").glob("*.pdf")), "the bundle was printed"
    qtbot.waitUntil(lambda: any(finished.title.text() in t for t in spoken(tmp_path)),
                    timeout=STEP_MS)

    texts = spoken(tmp_path)
    expected = ["音声案内をオンにしました", welcome.start_card.accessibleName(),
                resident.screen("card_insert").title.text(),
                resident.screen("pin_entry").title.text(),
                "1桁入力しました", "4桁入力しました",
                resident.screen("life_event").title.text()]
    for question, answer in asked:
        expected += [question, answer]
    expected += [address.title.text(), resident.screen("summary").title.text(),
                 finished.title.text()]
    assert in_order(texts, expected) == [], texts
    transcript = (tmp_path / "spoken.txt").read_text(encoding="utf-8")
    assert my_number not in transcript.replace(" ", "").replace("-", "")
    assert all(line.startswith("ja\t") for line in transcript.splitlines())
    # Up to the life events, the PIN is counts, never its digits (the 番地 page later
    # shows an example that happens to be 1234).
    events_title = resident.screen("life_event").title.text()
    before_events = texts[:next(i for i, t in enumerate(texts) if events_title in t)]
    for line in before_events:
        assert PROFILE.pin not in line.replace(" ", "")
        assert line.rstrip("。.") not in set(PROFILE.pin), "a PIN key was named"

    # Done, with Enter: the session ends and guidance with it.
    resident.choose(finished.done_button)
    resident.wait_for("welcome")
    assert not window.voice.on and not window.voice_button.isChecked()
