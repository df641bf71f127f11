"""The clerk console's idle lock: untouched for ``[staff] idle_lock_seconds``, it locks.

An application-wide event filter counts any click, touch, key or wheel as activity and
restarts a single-shot timer; at its end ``expired`` fires and the window locks at once
(the open visit is closed and its personal data cleared, back to the log-in). Armed only
while someone is logged in; the start page itself never "locks".
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = {
    QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
    QEvent.Type.Wheel, QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    expired = Signal()

    def __init__(self, parent: QObject, idle_ms: int) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setObjectName("idleLockTimer")
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # coarse would round a restart away
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.expired)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self.timer.isActive()

    def arm(self) -> None:
        self.timer.start()

    def disarm(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart: the clerk is still there
        return False
