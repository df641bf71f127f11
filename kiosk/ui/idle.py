"""Inactivity: warn with a sound, offer more time, then return to the welcome screen and
wipe the session.

The watcher is an application-wide event filter: any touch, click or key press counts
as activity. After ``idle_ms - warning_ms`` without activity it plays the warning sound
and shows a countdown ("Are you still there?") with 「もっと時間が必要」 (more time). That
button extends the visit: the countdown stops and, for the rest of the visit, each quiet
period is ``extension_ms`` longer. A visit may extend ``extensions`` times (WCAG 2.2.1
asks for at least ten); the warning says when an extension is the last, and after it
offers none. At zero it emits ``timed_out``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.sounds import Cue, SilentSounds, Sounds
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, host: QWidget, idle_ms: int, warning_ms: int, *,
                 extensions: int = 10, extension_ms: int = 0,
                 sounds: Sounds | None = None) -> None:
        super().__init__(host)
        if warning_ms >= idle_ms:
            raise ValueError("the warning must come before the timeout")
        self.idle_ms, self.warning_ms = idle_ms, warning_ms
        self.extensions, self.extension_ms = extensions, extension_ms
        self.extensions_used = 0
        self.sounds: Sounds = sounds or SilentSounds()
        self._armed = False
        self._quiet = QTimer(self, singleShot=True)
        self._quiet.timeout.connect(self._warn)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self._remaining_ms = 0
        self.overlay = Overlay(host, "idleOverlay")
        self.title = QLabel(self.overlay.card)
        self.title.setObjectName("idleTitle")
        self.title.setProperty("role", "title")
        self.countdown = QLabel(self.overlay.card)
        self.countdown.setObjectName("idleCountdown")
        self.countdown.setWordWrap(True)
        self.extension_note = QLabel(self.overlay.card)
        self.extension_note.setObjectName("idleExtensionNote")
        self.extension_note.setProperty("role", "warning")
        self.extension_note.setWordWrap(True)
        # 「もっと時間が必要」: the one way to extend, counted.
        self.continue_button = make_button("idleContinue", self.overlay.card, role="primary")
        self.continue_button.clicked.connect(self.extend)
        for widget in (self.title, self.countdown, self.extension_note, self.continue_button):
            self.overlay.body.addWidget(widget)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.continue_button.setText(self.tr("I need more time"))
        self.continue_button.setAccessibleName(self.tr("I need more time: extend the session"))
        self._render()

    # ------------------------------------------------------------------ the visit
    @property
    def extensions_left(self) -> int:
        return max(0, self.extensions - self.extensions_used)

    @property
    def quiet_ms(self) -> int:
        """Time without activity before the warning (longer once the resident asked)."""
        bonus = self.extension_ms if self.extensions_used else 0
        return self.idle_ms - self.warning_ms + bonus

    def new_visit(self) -> None:
        """The session ended: the next resident has every extension again."""
        self.extensions_used = 0

    def arm(self) -> None:
        """Start watching (a resident's session is open)."""
        self._armed = True
        self.activity()

    def disarm(self) -> None:
        """Stop watching (the welcome screen needs no timeout)."""
        self._armed = False
        self._quiet.stop()
        self._tick.stop()
        self.overlay.close_overlay()

    @property
    def warning_shown(self) -> bool:
        return self.overlay.isVisible()

    def activity(self) -> None:
        if not self._armed:
            return
        self._tick.stop()
        self.overlay.close_overlay()
        self._quiet.start(self.quiet_ms)

    def extend(self) -> None:
        """「もっと時間が必要」 was tapped on the warning."""
        if not self.warning_shown or not self.extensions_left:
            return
        self.extensions_used += 1
        self.activity()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._armed and not self.warning_shown:
            self._quiet.start(self.quiet_ms)
        elif event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.retranslate_ui()
        return False

    def _warn(self) -> None:
        self._remaining_ms = self.warning_ms
        self._render()
        self.overlay.open()
        if self.continue_button.isVisibleTo(self.overlay):
            self.continue_button.setFocus()
        self._tick.start(min(1000, self.warning_ms))
        self.sounds.play(Cue.IDLE_WARNING)

    def _count_down(self) -> None:
        self._remaining_ms -= self._tick.interval()
        if self._remaining_ms <= 0:
            self.disarm()
            self.timed_out.emit()
            return
        self._render()

    def _render(self) -> None:
        seconds = max(0, (self._remaining_ms + 999) // 1000)
        self.countdown.setText(
            self.tr("For your privacy, this screen will be cleared in %n second(s).", "", seconds)
        )
        left = self.extensions_left
        if left == 1:
            note = self.tr("You can ask for more time once more: this is the last time.")
        elif left == 0:
            note = self.tr("The time cannot be extended any more. If you need help, please "
                           "ask a member of staff.")
        else:
            note = ""
        self.extension_note.setText(note)
        self.extension_note.setVisible(bool(note))
        self.continue_button.setVisible(left > 0)
