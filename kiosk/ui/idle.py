"""Inactivity: warn, then return to the welcome screen and wipe the session.

The watcher is an application-wide event filter: any touch, click or key press counts
as activity. After ``idle_ms - warning_ms`` without activity it shows a countdown
("Are you still there?"); a touch anywhere dismisses it; at zero it emits ``timed_out``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    timed_out = Signal()

    def __init__(self, host: QWidget, idle_ms: int, warning_ms: int) -> None:
        super().__init__(host)
        if warning_ms >= idle_ms:
            raise ValueError("the warning must come before the timeout")
        self.idle_ms, self.warning_ms = idle_ms, warning_ms
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
        self.continue_button = make_button("idleContinue", self.overlay.card, role="primary")
        self.continue_button.clicked.connect(self.activity)
        for widget in (self.title, self.countdown, self.continue_button):
            self.overlay.body.addWidget(widget)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.continue_button.setText(self.tr("Yes, continue"))
        self.continue_button.setAccessibleName(self.tr("Continue the session"))
        self._render()

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
        self._quiet.start(self.idle_ms - self.warning_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._armed and not self.warning_shown:
            self._quiet.start(self.idle_ms - self.warning_ms)
        elif event.type() == QEvent.Type.LanguageChange and watched is self.parent():
            self.retranslate_ui()
        return False

    def _warn(self) -> None:
        self._remaining_ms = self.warning_ms
        self._render()
        self.overlay.open()
        self._tick.start(min(1000, self.warning_ms))

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
