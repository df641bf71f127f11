"""The shell: kiosk-mode exit, inactivity timeout, language and text-size switches."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton
from staff_menu import open_staff_menu

from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.security import hash_pin


def shown(widget: QLabel | QAbstractButton) -> str:
    """A top-bar text as one line (a narrow bar breaks long ones onto two)."""
    return " ".join(widget.text().split())


def _staff_config(**staff: Any) -> Config:
    config = Config().replace("staff", pin_hash=hash_pin("2468"), **staff)
    return config.replace("ui", language="en")


def _enter_staff_pin(window: Any, qtbot: Any, pin: str) -> None:
    prompt = window.staff_pin
    assert prompt.is_open
    for digit in pin:
        qtbot.mouseClick(prompt.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(prompt.keypad.submit_button, Qt.MouseButton.LeftButton)


def test_kiosk_mode_cannot_be_closed_without_the_staff_pin(make_window: Any, qtbot: Any) -> None:
    window = make_window(_staff_config(), kiosk_mode=True)
    window.close()
    assert window.isVisible(), "closing must be refused in kiosk mode"
    assert window.staff_pin.is_open, "a refused close asks for the staff PIN"

    _enter_staff_pin(window, qtbot, "1111")
    assert window.isVisible()
    assert "Wrong PIN" in window.staff_pin.message.text()

    _enter_staff_pin(window, qtbot, "2468")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_staff_pin_lock_out_after_repeated_wrong_pins(make_window: Any, qtbot: Any) -> None:
    window = make_window(_staff_config(max_attempts=3, lockout_seconds=60), kiosk_mode=True)
    open_staff_menu(window, qtbot)
    for _ in range(3):
        _enter_staff_pin(window, qtbot, "0000")
    assert window.staff_pin.gate.locked
    assert "Try again in" in window.staff_pin.message.text()
    # Even the right PIN is refused while locked.
    _enter_staff_pin(window, qtbot, "2468")
    assert window.isVisible()
    assert window.staff_pin.gate.locked


def test_demo_terminal_without_a_hash_accepts_the_demo_pin(make_window: Any, qtbot: Any) -> None:
    from kiosk.app.composition import terminal_config

    plain = make_window(Config(), kiosk_mode=True)
    plain.request_staff_exit()
    _enter_staff_pin(plain, qtbot, "0000")  # no PIN set and no --demo: nobody gets out
    assert plain.isVisible() and plain.staff_pin.is_open
    window = make_window(terminal_config(Config(), demo=True), kiosk_mode=True)
    assert window.language.current == "ja"
    window.request_staff_exit()
    _enter_staff_pin(window, qtbot, "0000")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_inactivity_warns_then_returns_to_welcome_and_wipes(make_window: Any, qtbot: Any) -> None:
    window = make_window(idle_ms=600, idle_warning_ms=300)
    qtbot.mouseClick(window.screens["welcome"].start_manual, Qt.MouseButton.LeftButton)
    assert window.flow.current != "welcome"
    window.session.resident = BasicFour("山田　太郎", "熊本県", date(1980, 1, 1), Sex.MALE)
    window.session.my_numbers["self"] = "123456789018"
    qtbot.waitUntil(lambda: window.idle.warning_shown, timeout=2000)
    with qtbot.waitSignal(window.session_ended, timeout=3000) as ended:
        pass
    assert ended.args == ["timeout"]
    assert window.flow.current == "welcome"
    assert window.current_screen.screen_id == "welcome"
    assert window.session.resident is None and not window.session.my_numbers


def test_activity_dismisses_the_idle_warning(make_window: Any, qtbot: Any) -> None:
    window = make_window(idle_ms=800, idle_warning_ms=500)
    qtbot.mouseClick(window.screens["welcome"].start_manual, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.idle.warning_shown, timeout=2000)
    qtbot.mouseClick(window.idle.continue_button, Qt.MouseButton.LeftButton)
    assert not window.idle.warning_shown
    assert window.flow.current != "welcome"


def test_language_switch_changes_the_visible_text(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    title = window.findChild(QLabel, "welcomeTitle")
    button = window.findChild(QPushButton, "startWithCard")
    assert window.language.current == "ja"
    japanese = (title.text(), button.text(), button.accessibleName())
    assert "ようこそ" in japanese[0]
    picker = window.language_picker  # eight languages: the bar's button opens the picker
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.buttons["en"], Qt.MouseButton.LeftButton)
    assert window.language.current == "en"
    qtbot.waitUntil(lambda: title.text() == "Welcome to the town hall", timeout=1000)
    assert button.accessibleName() == "Start with my My Number card"
    assert shown(window.language_button) == "Language / 言語"
    qtbot.mouseClick(window.language_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(picker.buttons["ja"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (title.text(), button.text(), button.accessibleName()) == japanese,
                    timeout=1000)


@pytest.mark.parametrize("step", [0, 1, 2])
def test_text_size_switch_changes_the_font_size(make_window: Any, qtbot: Any, step: int) -> None:
    from kiosk.ui.theme import TEXT_SIZES_PX

    window = make_window()
    qtbot.mouseClick(window.size_buttons[step], Qt.MouseButton.LeftButton)
    title = window.findChild(QLabel, "welcomeSubtitle")
    assert QApplication.font().pixelSize() == TEXT_SIZES_PX[step]
    # The label's own font follows the style sheet: larger steps give larger text.
    title.ensurePolished()
    assert title.font().pixelSize() == round(TEXT_SIZES_PX[step] * 1.3)
    assert window.size_buttons[step].isChecked()


def test_high_contrast_switch_restyles(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    before = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    qtbot.mouseClick(window.contrast_button, Qt.MouseButton.LeftButton)
    after = QApplication.instance().styleSheet()  # type: ignore[union-attr]
    assert before != after and "#000000" in after


def test_call_staff_is_reachable_and_keeps_the_place(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    qtbot.mouseClick(window.screens["welcome"].start_manual, Qt.MouseButton.LeftButton)
    where = window.flow.current
    with qtbot.waitSignal(window.staff_called, timeout=1000):
        qtbot.mouseClick(window.call_staff_button, Qt.MouseButton.LeftButton)
    assert window.call_staff.is_open
    qtbot.mouseClick(window.call_staff.back_button, Qt.MouseButton.LeftButton)
    assert not window.call_staff.is_open
    assert window.flow.current == where


def test_every_interactive_widget_is_named(make_window: Any) -> None:
    window = make_window()
    for button in window.findChildren(QPushButton):
        assert button.objectName(), "a button without objectName"
        assert button.accessibleName(), f"{button.objectName()} has no accessibleName"
