"""A resident cannot leave the kiosk window with the keyboard, and a wedge scanner types
no control characters: QTest key events on the real main window (kiosk.ui.kiosk_guard).

Closing without the staff PIN (Alt+F4 through the window manager) is tested in
``test_shell.py::test_kiosk_mode_cannot_be_closed_without_the_staff_pin``.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.domain.typed_text import strip_control
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard

Key, Mod = Qt.Key, Qt.KeyboardModifier
CTRL_ALT = Mod.ControlModifier | Mod.AltModifier

LEAVING_COMBOS: list[tuple[str, Key, Mod]] = [
    ("Alt+F4", Key.Key_F4, Mod.AltModifier),
    ("Ctrl+W", Key.Key_W, Mod.ControlModifier),
    ("Ctrl+Q", Key.Key_Q, Mod.ControlModifier),
    ("Ctrl+F4", Key.Key_F4, Mod.ControlModifier),
    ("Escape", Key.Key_Escape, Mod.NoModifier),
    ("F11", Key.Key_F11, Mod.NoModifier),
    ("Alt+Tab", Key.Key_Tab, Mod.AltModifier),
    ("Ctrl+Alt+Backspace", Key.Key_Backspace, CTRL_ALT),
    ("Ctrl+Alt+T", Key.Key_T, CTRL_ALT),
    ("Ctrl+Alt+F1", Key.Key_F1, CTRL_ALT),
]
# QTest's own Meta-modifier simulation spins on the offscreen platform: these are sent as
# plain key events, the way a keyboard's Windows key arrives.
SUPER_KEYS = [
    pytest.param(Key.Key_D, Mod.MetaModifier, id="Super+D"),
    pytest.param(Key.Key_Super_L, Mod.NoModifier, id="Super"),
    pytest.param(Key.Key_Menu, Mod.NoModifier, id="Menu"),
]


class KeySpy(QObject):
    """Records the key presses that reach one widget (after the application's filters)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.keys: list[tuple[int, str]] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.keys.append((int(event.key()), event.text()))
        return False


def _shortcut(window: QWidget, key: Key, modifiers: Mod) -> list[int]:
    """An application-wide shortcut on ``key``: what a leaving action would hang on."""
    fired: list[int] = []
    shortcut = QShortcut(QKeySequence(modifiers.value | key.value), window)
    shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
    shortcut.activated.connect(lambda: fired.append(1))
    return fired


def _type(widget: QWidget, text: str, key: Key = Key.Key_unknown,
          modifiers: Mod = Mod.NoModifier) -> None:
    """What a keyboard wedge sends: a key press and release carrying ``text``."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def _press_every_leaving_combo(window: QWidget) -> tuple[dict[str, list[int]], KeySpy]:
    """Hang a shortcut on every combination, press each once; what fired, what arrived."""
    target = window.current_screen  # type: ignore[attr-defined]
    spy = KeySpy(target)
    fired = {name: _shortcut(window, key, modifiers) for name, key, modifiers in LEAVING_COMBOS}
    window.activateWindow()  # shortcuts fire only for the active window
    assert QTest.qWaitForWindowActive(window)
    for _name, key, modifiers in LEAVING_COMBOS:
        QTest.keyClick(target, key, modifiers)
    return fired, spy


def test_a_kiosk_window_swallows_every_leaving_shortcut(make_window: Any) -> None:
    window = make_window(kiosk_mode=True)
    fired, spy = _press_every_leaving_combo(window)
    assert {name for name, hits in fired.items() if hits} == set(), "no shortcut saw a key"
    assert spy.keys == [], "no widget saw a key"
    assert window.key_guard.swallowed >= len(LEAVING_COMBOS)
    assert window.isVisible() and not window.staff_pin.is_open


def test_outside_kiosk_mode_the_same_shortcuts_work(make_window: Any) -> None:
    """The control case: the same presses do reach shortcuts when the guard lets them."""
    window = make_window(kiosk_mode=False)
    fired, _spy = _press_every_leaving_combo(window)
    assert {name for name, hits in fired.items() if not hits} == set()


@pytest.mark.parametrize(("key", "modifiers"), SUPER_KEYS)
def test_a_kiosk_window_swallows_the_windows_key(make_window: Any, key: Key,
                                                 modifiers: Mod) -> None:
    window = make_window(kiosk_mode=True)
    target = window.current_screen
    spy = KeySpy(target)
    _type(target, "", key, modifiers)
    assert spy.keys == [] and window.key_guard.swallowed == 1


@pytest.mark.parametrize("kiosk_mode", [True, False])
def test_a_wedge_scanner_types_no_control_characters(make_window: Any, kiosk_mode: bool) -> None:
    window = make_window(kiosk_mode=kiosk_mode)
    pad = window.screens["pin_entry"].pad
    spy = KeySpy(pad)
    for text in ("\x1b", "\x00", "\x03", "\x7f", "\u202e", "\u200b", "\n\x1b[A"):
        _type(pad, text)
    assert spy.keys == [] and pad.count == 0
    # Digits and the editing keys still reach the PIN pad (a hardware keypad works).
    for digit in "12":
        _type(pad, digit)
    _type(pad, "\x08", Key.Key_Backspace)
    assert pad.count == 1
    assert [key for key, _ in spy.keys] == [Key.Key_unknown, Key.Key_unknown,
                                            Key.Key_Backspace]


def test_the_kiosk_window_returns_to_full_screen(make_window: Any, qtbot: Any) -> None:
    window = make_window(kiosk_mode=True)
    window.showFullScreen()
    qtbot.waitUntil(window.isFullScreen)
    window.showNormal()  # what a window manager's minimise or restore does
    qtbot.waitUntil(window.isFullScreen, timeout=2_000)
    window.allow_close()  # staff unlocked it: now it may leave full screen
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    # any return-to-full-screen timer is a zero-delay one: let every queued one run
    QApplication.processEvents()
    assert not window.isFullScreen()


def test_the_touch_keyboard_keeps_no_control_or_format_characters(qtbot: Any) -> None:
    keyboard = KanaKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.set_text("ヤマダ\x1b\u202e\u3000タロウ\n\x00")
    assert keyboard.text == "ヤマダ\u3000タロウ"
    keyboard._insert("\x07")
    keyboard._insert("ア")
    assert keyboard.text == "ヤマダ\u3000タロウア"


def test_strip_control_drops_every_c_category_and_keeps_the_rest() -> None:
    assert strip_control("佐藤\u3000花子 12-3\tａ\r\n\x00\x1f\x7f\x85\u200b\u200e\u202e\ufeff"
                         "\ue000\U000f0000") == "佐藤\u3000花子 12-3ａ"
