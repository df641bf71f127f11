"""A masked PIN entry: a row of dots above the large numeric keypad.

The digits are kept in a private list, never in a widget's text, so neither a screen
reader, an accessibility tree dump nor a screenshot can recover them. :meth:`take_pin`
hands the PIN over and clears it in one step. The owner sets the user-visible strings
(the dots' accessible name comes from ``accessible_text``), so this widget has none of
its own to translate.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.ui.widgets.kana_keyboard import mark_keys
from kiosk.ui.widgets.keypad import NumericKeypad

FILLED, EMPTY = "●", "○"


class PinPad(QWidget):
    changed = Signal(int)  # how many digits are entered
    submitted = Signal()   # OK pressed with all digits entered

    def __init__(self, parent: QWidget | None = None, length: int = 4,
                 name: str = "pinPad") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.length = length
        self._digits: list[str] = []
        #: Builds the dots' accessible name from (entered, length); set by the owner.
        self.accessible_text: Callable[[int, int], str] = lambda n, total: f"{n} / {total}"
        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        self.dots = QLabel(self)
        self.dots.setObjectName(f"{name}Dots")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setProperty("role", "title")
        self.dots.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keypad = NumericKeypad(self, name=f"{name}Keys")
        # The compact key style: the pad must fit an 800 px screen at the largest text size.
        mark_keys(self.keypad)
        layout.addWidget(self.dots)
        layout.addWidget(self.keypad)
        self.keypad.digit.connect(self.add_digit)
        self.keypad.backspace.connect(self.delete_digit)
        self.keypad.submit.connect(self._submit)
        self._refresh()

    @property
    def count(self) -> int:
        return len(self._digits)

    @property
    def complete(self) -> bool:
        return len(self._digits) == self.length

    def add_digit(self, digit: str) -> None:
        if len(self._digits) < self.length and digit.isdigit() and digit.isascii():
            self._digits.append(digit)
            self._refresh()

    def delete_digit(self) -> None:
        if self._digits:
            self._digits.pop()
            self._refresh()

    def clear(self) -> None:
        self._digits.clear()
        self._refresh()

    def take_pin(self) -> str:
        """The entered PIN; the pad is empty afterwards."""
        pin = "".join(self._digits)
        self.clear()
        return pin

    def set_enabled_keys(self, enabled: bool) -> None:
        self.keypad.setEnabled(enabled)

    def refresh_texts(self) -> None:
        """Re-apply ``accessible_text`` (after a language change)."""
        self._refresh()

    def _refresh(self) -> None:
        n = len(self._digits)
        self.dots.setText(" ".join([FILLED] * n + [EMPTY] * (self.length - n)))
        self.dots.setAccessibleName(self.accessible_text(n, self.length))
        self.keypad.submit_button.setEnabled(n == self.length)
        self.changed.emit(n)

    def _submit(self) -> None:
        if self.complete:
            self.submitted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A hardware keypad or keyboard works too (some kiosks have one)."""
        text = event.text()
        if text.isdigit() and text.isascii():
            self.add_digit(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete_digit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)
