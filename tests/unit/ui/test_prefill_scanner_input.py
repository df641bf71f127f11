"""The keyboard wedge: a burst ending in Enter is a code; anything else never becomes one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from kiosk.ui.prefill.scanner_input import ScannerInput


class Window:
    def __init__(self, qtbot: Any, quiet_ms: int = 60) -> None:
        self.widget = QWidget()
        qtbot.addWidget(self.widget)
        layout = QVBoxLayout(self.widget)
        self.screen = QWidget(self.widget)
        self.button = QPushButton("tap", self.screen)
        layout.addWidget(self.screen)
        self.scanner = ScannerInput(self.screen, quiet_ms=quiet_ms)
        self.codes: list[str] = []
        self.clicks = 0
        self.scanner.scanned.connect(self.codes.append)
        self.button.clicked.connect(self._clicked)
        self.widget.show()
        qtbot.waitExposed(self.widget)
        self.scanner.start()

    def _clicked(self) -> None:
        self.clicks += 1


@pytest.fixture
def window(qtbot: Any) -> Iterator[Window]:
    shown = Window(qtbot)
    yield shown
    shown.scanner.stop()


def test_a_burst_ending_in_enter_is_one_code(window: Window) -> None:
    QTest.keyClicks(window.screen, "KC1:AB CD")
    QTest.keyClick(window.screen, Qt.Key.Key_Return)
    assert window.codes == ["KC1:AB CD"]


def test_caps_lock_lower_case_arrives_as_typed(window: Window) -> None:
    QTest.keyClicks(window.screen, "kc1:ab")
    QTest.keyClick(window.screen, Qt.Key.Key_Enter)
    assert window.codes == ["kc1:ab"]


def test_the_screen_takes_the_keys_without_an_input_method(window: Window) -> None:
    assert not window.screen.testAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)
    assert window.screen.hasFocus()


def test_a_space_typed_while_a_button_has_the_focus_does_not_tap_it(window: Window) -> None:
    window.button.setFocus()
    QTest.keyClicks(window.button, "A B")
    QTest.keyClick(window.button, Qt.Key.Key_Return)
    assert window.clicks == 0
    assert window.codes == ["A B"]


def test_a_burst_without_enter_is_discarded_when_it_goes_quiet(window: Window,
                                                               qtbot: Any) -> None:
    with qtbot.waitSignal(window.scanner.discarded, timeout=2_000):
        QTest.keyClicks(window.screen, "KC1:HALF")
    QTest.keyClick(window.screen, Qt.Key.Key_Return)
    QTest.keyClicks(window.screen, "KC1:NEXT")
    QTest.keyClick(window.screen, Qt.Key.Key_Return)
    assert window.codes == ["KC1:NEXT"]  # the half burst never joined the next one


def test_keys_typed_into_another_window_are_not_taken(window: Window, qtbot: Any) -> None:
    other = Window(qtbot)
    try:
        QTest.keyClicks(other.screen, "OTHER")
        QTest.keyClick(other.screen, Qt.Key.Key_Return)
        assert other.codes == ["OTHER"] and window.codes == []
    finally:
        other.scanner.stop()


def test_a_stopped_scanner_takes_nothing(window: Window) -> None:
    window.scanner.stop()
    QTest.keyClicks(window.screen, "KC1")
    QTest.keyClick(window.screen, Qt.Key.Key_Return)
    assert window.codes == []
