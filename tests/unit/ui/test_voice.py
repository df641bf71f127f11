"""音声案内 in the resident window: names, the toggle, keys, the long press, the wipe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config
from kiosk.speech.transcript import read_transcript
from kiosk.ui.voice.reading import control_view
from kiosk.ui.widgets.pin_pad import PinPad


@pytest.fixture
def voiced(make_window: Any, tmp_path: Path, qtbot: Any) -> Any:
    config = (Config().replace("ui", language="ja")
              .replace("voice", engine="none", transcript=str(tmp_path / "spoken.txt")))
    window = make_window(config)
    window.set_language("ja")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def spoken(tmp_path: Path) -> list[str]:
    return [u.text for u in read_transcript(tmp_path / "spoken.txt")]


def press(window: Any, key: Qt.Key, text: str = "", keypad: bool = False) -> None:
    target = QApplication.focusWidget() or window
    modifiers = Qt.KeyboardModifier.KeypadModifier if keypad else Qt.KeyboardModifier.NoModifier
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, modifiers, text))


def test_every_focusable_resident_control_has_an_accessible_name_and_says_it(
        voiced: Any, tmp_path: Path, qtbot: Any) -> None:
    voiced.voice.turn_on()
    checked = 0
    for screen_id, screen in voiced.screens.items():
        voiced.stack.setCurrentWidget(screen)
        for control in voiced.voice.controls():
            name = control.accessibleName()
            assert name.strip(), f"{screen_id}: {control.objectName()} has no accessible name"
            view = control_view(control)
            if not view.private:
                assert view.name == name  # what Narrator reads is what the kiosk says
            control.setFocus(Qt.FocusReason.TabFocusReason)
            voiced.voice.refresh()
            qtbot.waitUntil(lambda c=control: QApplication.focusWidget() is c)
            if not view.private:
                qtbot.waitUntil(lambda n=name: n in spoken(tmp_path)[-1])
            checked += 1
    assert checked > 20


def test_the_toggle_turns_guidance_on_and_off_with_a_spoken_confirmation(
        voiced: Any, tmp_path: Path) -> None:
    assert voiced.voice_button.accessibleName() == "音声案内のオン・オフ"
    voiced.voice_button.click()
    assert voiced.voice.on and voiced.voice_button.isChecked()
    assert spoken(tmp_path)[0].startswith("音声案内をオンにしました")
    assert voiced.screens["welcome"].start_card.accessibleName() in spoken(tmp_path)[0]
    voiced.voice_button.click()
    assert not voiced.voice.on and spoken(tmp_path)[-1] == "音声案内をオフにしました。"


def test_the_session_wipe_turns_guidance_off(voiced: Any) -> None:
    voiced.voice.turn_on()
    voiced.end_session("timeout")
    assert not voiced.voice.on and not voiced.voice_button.isChecked()


def test_a_long_press_off_the_controls_turns_guidance_on(voiced: Any, qtbot: Any) -> None:
    voiced.long_press.hold_ms = 50
    screen = voiced.current_screen
    qtbot.mousePress(screen.start_card, Qt.MouseButton.LeftButton)  # a control: not a start
    qtbot.mouseRelease(screen.start_card, Qt.MouseButton.LeftButton)
    assert not voiced.voice.on
    qtbot.mousePress(screen, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: voiced.voice.on, timeout=2_000)
    qtbot.mouseRelease(screen, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_arrows_and_the_number_keys_move_enter_chooses_escape_goes_back(voiced: Any,
                                                                       qtbot: Any) -> None:
    welcome = voiced.screens["welcome"]
    press(voiced, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is voiced.voice.controls()[0]
    press(voiced, Qt.Key.Key_2, "2", keypad=True)
    assert QApplication.focusWidget() is voiced.voice.controls()[1]
    press(voiced, Qt.Key.Key_8, "8", keypad=True)
    press(voiced, Qt.Key.Key_Up)  # wraps around to the top bar's last control
    assert QApplication.focusWidget() is voiced.voice.controls()[-1]
    press(voiced, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is welcome.start_card
    press(voiced, Qt.Key.Key_5, "5", keypad=True)
    qtbot.waitUntil(lambda: voiced.flow.current == "card_insert")
    press(voiced, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: voiced.flow.current == "welcome")


def test_on_the_pin_pad_digits_type_and_are_spoken_as_counts(voiced: Any, tmp_path: Path,
                                                            qtbot: Any) -> None:
    pad = voiced.screens["pin_entry"].pad
    assert isinstance(pad, PinPad)
    voiced.stack.setCurrentWidget(voiced.screens["pin_entry"])
    pad.keypad.setEnabled(True)
    voiced.voice.turn_on()
    key: QWidget = pad.keypad.digit_buttons["5"]
    key.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is key)
    for digit in "90":
        press(voiced, getattr(Qt.Key, f"Key_{digit}"), digit, keypad=True)
    press(voiced, Qt.Key.Key_Backspace)
    assert pad.count == 1
    texts = spoken(tmp_path)
    assert "2桁入力しました" in texts and texts[-1] == "1桁入力しました"
    assert not any(t.startswith(("9", "0", "5")) for t in texts)
    assert pad.take_pin() == "9"
