"""A USB keypad or keyboard moves through the resident window: no touch needed.

* Arrows (and the numeric keypad's 8 / 2 / 4 / 6 with Num Lock on) move the focus to the
  previous or next control in reading order, wrapping around.
* Enter (either one) and the numeric keypad's 5 activate the focused control.
* Escape, Backspace, Delete and the numeric keypad's ``.`` go back (the scope's back button,
  else the previous screen).
* On a number pad (the PIN, 番地, a date) digits type digits, Backspace deletes one and
  Enter confirms; the arrows still move.

Text fields keep every key. Keys held with Ctrl, Alt or Super are left alone (the kiosk's
key guard handles those). The filter acts only on the focused widget of its own window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.ui.voice.app_filter import WindowAppFilter
from kiosk.ui.voice.reading import bring_into_view, pin_pad_of
from kiosk.ui.widgets.keypad import NumericKeypad

Key = Qt.Key
_HELD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
         | Qt.KeyboardModifier.MetaModifier)
_PREVIOUS = frozenset({Key.Key_Up, Key.Key_Left})
_NEXT = frozenset({Key.Key_Down, Key.Key_Right})
_ACTIVATE = frozenset({Key.Key_Return, Key.Key_Enter, Key.Key_Clear})  # Clear: pad 5, Num Lock off
_BACK = frozenset({Key.Key_Escape, Key.Key_Backspace, Key.Key_Delete})
#: The numeric keypad's keys with Num Lock on, as navigation outside a number pad.
_PAD_TEXT = {"8": "previous", "4": "previous", "2": "next", "6": "next", "5": "activate",
             ".": "back", ",": "back"}
_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def number_pad_of(widget: QWidget) -> NumericKeypad | None:
    """The number pad the focused widget belongs to (a PIN pad's keys count)."""
    pad = pin_pad_of(widget)
    if pad is not None:
        return pad.keypad
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, NumericKeypad):
            return parent
        parent = parent.parentWidget()
    return None


class KeypadNavigator(WindowAppFilter):
    """``controls()`` lists what the arrows move through; ``back()`` goes back;
    ``activity()`` tells the idle timer a key was pressed (this filter eats the press)."""

    def __init__(self, window: QWidget, controls: Callable[[], list[QWidget]],
                 back: Callable[[], None], activity: Callable[[], None]) -> None:
        self.controls = controls
        self.back = back
        self.activity = activity
        super().__init__(window)

    def app_event(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        focus = QApplication.focusWidget()
        target = focus if focus is not None else self.window
        if watched is not target or not isinstance(watched, QWidget) \
                or watched.window() is not self.window or event.modifiers() & _HELD:
            return False
        if isinstance(watched, _TEXT_FIELDS):
            return False
        handled = self._handle(watched, event)
        if handled:
            self.activity()
        # Escape is also the kiosk guard's to swallow: let it see the key.
        return handled and event.key() != Key.Key_Escape

    def _handle(self, focus: QWidget, event: QKeyEvent) -> bool:
        key, text = Key(event.key()), event.text()
        pad = number_pad_of(focus)
        if pad is not None and self._on_number_pad(pad, focus, key, text):
            return True
        on_keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        action = _PAD_TEXT.get(text, "") if on_keypad else ""
        if key in _PREVIOUS or action == "previous":
            self.move(-1)
        elif key in _NEXT or action == "next":
            self.move(+1)
        elif key in _ACTIVATE or action == "activate":
            if not isinstance(focus, QAbstractButton):
                return False
            focus.click()
        elif key in _BACK or action == "back":
            self.back()
        else:
            return False
        return True

    @staticmethod
    def _on_number_pad(pad: NumericKeypad, focus: QWidget, key: Key, text: str) -> bool:
        typed = {**pad.digit_buttons}
        if pad.extra_button is not None:
            typed[pad.extra_button.text()] = pad.extra_button
        if text in typed:
            button = typed[text]
        elif key == Key.Key_Backspace:
            button = pad.backspace_button
        elif key in (Key.Key_Return, Key.Key_Enter):
            special = (pad.backspace_button, pad.extra_button)
            button = focus if isinstance(focus, QAbstractButton) and focus in special \
                else pad.submit_button
        else:
            return False
        if button.isEnabled() and button.isVisible():
            button.click()
        return True

    def move(self, step: int) -> None:
        """Focus the next (+1) or previous (-1) control, wrapping around."""
        order = self.controls()
        if not order:
            return
        focus = QApplication.focusWidget()
        if focus in order:
            index = (order.index(focus) + step) % len(order)
        else:
            index = 0 if step > 0 else len(order) - 1
        order[index].setFocus(Qt.FocusReason.TabFocusReason)
        bring_into_view(order[index])
