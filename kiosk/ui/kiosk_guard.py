"""Keeps a resident inside the kiosk window: no shortcut leaves it, no control key types.

An application-wide event filter, installed by the main window. In kiosk mode it swallows
every key that could close, hide or leave the window, before any widget or shortcut sees
it: Escape, F11, the window-menu, system and launcher keys, and any combination with Ctrl,
Alt or the Windows/Super key (Alt+F4, Ctrl+W, Ctrl+Q, Alt+Tab, Ctrl+Alt+…). A touch kiosk
never needs them; staff leave through the staff PIN. Always, in and out of kiosk mode, a
key press whose text is a control character (a keyboard-wedge scanner's ESC, NUL, Ctrl+C
…) is dropped; Backspace, Delete, Return/Enter, Tab and Escape keep their meaning.

What the operating system handles itself (Ctrl+Alt+Del, the Windows key on the lock
screen, edge swipes, the Linux VT switch) never reaches an application: that is the
town's lock-down, described in ``docs/security.md``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.domain.typed_text import is_control

log = logging.getLogger(__name__)

Key = Qt.Key
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride)
#: Keys that leave, hide or switch away from a window on some platform, on their own.
LEAVING_KEYS = frozenset({
    Key.Key_Escape, Key.Key_F11, Key.Key_Menu, Key.Key_Meta, Key.Key_Super_L, Key.Key_Super_R,
    Key.Key_Hyper_L, Key.Key_Hyper_R, Key.Key_Close, Key.Key_Exit, Key.Key_Back,
    Key.Key_Forward, Key.Key_HomePage, Key.Key_Search, Key.Key_LaunchMedia,
    Key.Key_Launch0, Key.Key_Launch1, Key.Key_Explorer, Key.Key_TaskPane, Key.Key_Sleep,
    Key.Key_Suspend, Key.Key_Hibernate, Key.Key_PowerOff, Key.Key_WakeUp, Key.Key_LogOff,
    Key.Key_ApplicationLeft, Key.Key_ApplicationRight, Key.Key_TopMenu,
})
_HELD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
         | Qt.KeyboardModifier.MetaModifier)
#: Keys whose text is a control character but whose meaning is editing or leaving, not
#: typing (Escape is dropped in kiosk mode as a leaving key, and works outside it).
EDITING_KEYS = frozenset({Key.Key_Backspace, Key.Key_Return, Key.Key_Enter, Key.Key_Tab,
                          Key.Key_Backtab, Key.Key_Escape, Key.Key_Delete})


def leaves_kiosk(event: QKeyEvent) -> bool:
    """Could this key (with its modifiers) close, hide or switch away from the window?"""
    return Key(event.key()) in LEAVING_KEYS or bool(event.modifiers() & _HELD)


def types_control(event: QKeyEvent) -> bool:
    """Does this key type a control character into a field (a wedge scanner's codes)?"""
    # With Ctrl, Alt or Super held it is a shortcut, not typing (kiosk mode drops those).
    return (Key(event.key()) not in EDITING_KEYS and not event.modifiers() & _HELD
            and any(is_control(char) for char in event.text()))


class KioskKeyGuard(QObject):
    """The filter: swallows leaving keys (kiosk mode) and control characters (always)."""

    def __init__(self, parent: QObject, *, block_shortcuts: bool) -> None:
        super().__init__(parent)
        self.block_shortcuts = block_shortcuts
        self.swallowed = 0  # key events dropped so far (tests and the log's count)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        if (self.block_shortcuts and leaves_kiosk(event)) or types_control(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()  # "the widget takes it": no shortcut fires, then KeyPress drops
            elif event.type() == QEvent.Type.KeyPress:
                self.swallowed += 1  # never which key: it could be a digit of the PIN
                log.debug("key swallowed in the kiosk")
            return True
        return False
