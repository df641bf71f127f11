"""Voice guidance wired to the resident window: on and off, what changed, what to read.

The controller owns the session's :class:`~kiosk.speech.guidance.VoiceGuide`. While it is
on, each change of the screen shown, of its headings (a new question) or of the focus is
read: on a new screen (or question) the focus first moves to its first control, so the
resident hears the title, the question and the first answer together. It also watches the
PIN pads (a count of digits, never a digit), and runs the keypad navigation (always on: a
keypad helps whether or not anything is read aloud).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QStackedWidget, QWidget

from kiosk.speech.guidance import ScreenView, Voice, VoiceGuide
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.voice.keys import KeypadNavigator
from kiosk.ui.voice.reading import controls, open_overlay, screen_view
from kiosk.ui.widgets.pin_pad import PinPad

POLL_MS = 300  # screens that change by themselves (a preview getting ready) are read too
_BACK_NAMES = ("backButton", "cardInsertBack", "pinBack", "callStaffBack", "confirmNo")


class VoiceController(QObject):
    toggled = Signal(bool)

    def __init__(self, window: QWidget, central: QWidget, screens: QStackedWidget,
                 top_bar: QWidget, voice: Voice, *, go_back: Callable[[], None],
                 activity: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.central = central
        self.screens = screens
        self.top_bar = top_bar
        self.guide = VoiceGuide(voice)
        self._go_back = go_back
        self._seen: tuple[str, tuple[str, ...]] | None = None
        self.keys = KeypadNavigator(window, self.controls, self.back, activity)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)
        screens.currentChanged.connect(self._soon)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # A bound slot (not a lambda): Qt drops the connection when this object goes.
        app.focusChanged.connect(self._soon)
        for pad in window.findChildren(PinPad):
            pad.changed.connect(lambda count, p=pad: self._digits(p, count))

    @property
    def on(self) -> bool:
        return self.guide.on

    @staticmethod
    def locale() -> str:
        return LanguageSwitcher.shared().current

    # ------------------------------------------------------------------ on and off
    def toggle(self) -> None:
        if self.on:
            self.turn_off()
        else:
            self.turn_on()

    def turn_on(self) -> None:
        if self.on:
            return
        self._focus_first()
        self.guide.turn_on(self.locale(), self.view())
        self._seen = self._heading_key(self.view())
        self._poll.start()
        self.toggled.emit(True)

    def turn_off(self) -> None:
        self._poll.stop()
        self.guide.turn_off(self.locale())
        self.toggled.emit(False)

    def reset(self) -> None:
        """The session ended: guidance off and silent (the next resident starts without)."""
        self._poll.stop()
        self._seen = None
        self.guide.reset()
        self.toggled.emit(False)

    # ------------------------------------------------------------------ what is shown
    def scope(self) -> tuple[str, list[QWidget]]:
        """The key of what is shown and the widgets to read: an overlay, or the screen and
        the top bar."""
        overlay = open_overlay(self.central)
        if overlay is not None:
            return overlay.objectName(), [overlay]
        screen = self.screens.currentWidget()
        if screen is None:
            return "", [self.top_bar]
        return screen.objectName(), [screen, self.top_bar]

    def controls(self) -> list[QWidget]:
        return controls(self.scope()[1])

    def view(self) -> ScreenView:
        key, roots = self.scope()
        focus = QApplication.focusWidget()
        inside = focus if focus is not None and focus in self.controls() else None
        return screen_view(key, roots[0], inside, overlay=len(roots) == 1)

    def refresh(self) -> None:
        if not self.on or not shiboken6.isValid(self.central):
            return
        view = self.view()
        seen = self._heading_key(view)
        if seen != self._seen or view.focused is None:
            self._seen = seen
            self._focus_first()
            view = self.view()
        self.guide.show(view, self.locale())

    def back(self) -> None:
        """The scope's own back button (a question goes back one question), else the
        previous screen."""
        _key, roots = self.scope()
        for name in _BACK_NAMES:
            button = roots[0].findChild(QPushButton, name)
            if button is not None and button.isVisible() and button.isEnabled():
                button.click()
                return
        if len(roots) > 1:
            self._go_back()

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _heading_key(view: ScreenView) -> tuple[str, tuple[str, ...]]:
        return view.key, view.headings

    def _focus_first(self) -> None:
        _key, roots = self.scope()
        first = controls(roots[:1])
        if first:
            first[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _soon(self, *_changed: object) -> None:
        if self.on:
            QTimer.singleShot(0, self, self.refresh)

    def _digits(self, pad: PinPad, count: int) -> None:
        if pad.isVisible():
            self.guide.digits_entered(count, self.locale())
