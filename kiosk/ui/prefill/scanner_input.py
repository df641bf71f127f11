"""Keyboard-wedge scanner input for a screen: keys gathered application-wide while shown.

A scanner types into whatever has the focus. A focused button would take the code's
spaces as taps, and an input method (日本語入力) would turn its letters into kana, so
while its screen is shown this filter sees every key press first: printable characters
and Enter go to a :class:`~kiosk.app.wedge_buffer.WedgeBuffer` and no further. The screen
itself takes the focus with input methods disabled (``WA_InputMethodEnabled`` off), so
no input method sits between the scanner and the window.

A burst that does not end in Enter within ``quiet_ms`` of its last key is discarded
(``discarded``): a QTimer restarted per key, no sleeping. ``scanned(text)`` carries a
complete code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app.wedge_buffer import WedgeBuffer

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_HELD = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
         | Qt.KeyboardModifier.MetaModifier)


class ScannerInput(QObject):
    scanned = Signal(str)
    discarded = Signal()

    def __init__(self, screen: QWidget, quiet_ms: int = 400) -> None:
        super().__init__(screen)
        self.screen = screen
        self.buffer = WedgeBuffer()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(quiet_ms)
        self.timer.timeout.connect(self._quiet)
        self.active = False
        # The screen receives the keys itself: focusable, and never through an input method.
        screen.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        screen.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)

    def start(self) -> None:
        """Listen (the screen is shown)."""
        if self.active:
            return
        self.active = True
        self.buffer.discard()
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.screen.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        """Stop listening (the screen is hidden); a half-typed burst is dropped."""
        if not self.active:
            return
        self.active = False
        self.timer.stop()
        self.buffer.discard()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _is_scanner_key(self, watched: QObject, event: QEvent) -> bool:
        if not self.active or event.type() != QEvent.Type.KeyPress \
                or not isinstance(event, QKeyEvent) or event.modifiers() & _HELD:
            return False
        # Keys typed into a shown widget of this window only (a second window has its own
        # scanner; a hidden screen's field is not where a scanner types); the window-level
        # delivery passes, the focus widget's is the one taken. The focus may be anywhere
        # in the window (a tap on the top bar focuses its button).
        if not isinstance(watched, QWidget) or watched.window() is not self.screen.window() \
                or not watched.isVisible() or not self.screen.isVisible():
            return False
        # staff holding Enter on the town's name (the staff menu) is not a scanner
        return not watched.property("consumesLongPress")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._is_scanner_key(watched, event):
            return False
        assert isinstance(event, QKeyEvent)
        if Qt.Key(event.key()) in _ENTER:
            if not self.buffer.pending:
                return False  # no code before it: a keypad's Enter, for the focused control
            self.timer.stop()
            text = self.buffer.enter()
            if text is not None:
                self.scanned.emit(text)
            return True
        # A numeric keypad's keys move through the screen (voice guidance), never type a code.
        from_keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        if not from_keypad and self.buffer.type(event.text()):
            self.timer.start()  # restarted per key: the burst is still coming
            return True
        return False

    def _quiet(self) -> None:
        if self.buffer.pending:
            self.buffer.discard()
            self.discarded.emit()
