"""The town's name on the top bar, which opens the staff menu when held for two seconds.

Residents must not open the staff menu by mistake (a 「職員」 button beside 「職員を呼ぶ」
was confused with it), so the way in is a press held on the town's name: nothing happens
on a tap. The press is consumed here (accepted, never passed to the parent), so another
long-press gesture on the window (voice guidance) does not also fire; the widget carries
the dynamic property ``consumesLongPress`` for application-wide event filters to skip it.

Staff with a keyboard hold Enter or Space on it (it takes the focus like a button), and
the call-staff overlay keeps its 「職員メニュー」 button for staff who arrive at a call.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

#: How long a press must be held: long enough that no resident's tap opens the menu.
HOLD_MS = 2000
_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class LongPressLabel(QLabel):
    long_pressed = Signal()

    def __init__(self, parent: QWidget, name: str, hold_ms: int = HOLD_MS) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("consumesLongPress", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Precise: a coarse timer may fire 5 % early, and the hold is a promise to staff
        # ("two seconds") and to residents (a shorter touch never opens it).
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.long_pressed.emit)

    @property
    def hold_ms(self) -> int:
        return self._timer.interval()

    @hold_ms.setter
    def hold_ms(self, value: int) -> None:
        self._timer.setInterval(value)

    @property
    def holding(self) -> bool:
        return self._timer.isActive()

    def _press(self) -> None:
        self._timer.start()

    def _release(self) -> None:
        self._timer.stop()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release()
        event.accept()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.TouchBegin:
            self._press()
            event.accept()
            return True
        if kind in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            self._release()
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _KEYS:
            if not event.isAutoRepeat():
                self._press()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() in _KEYS:
            if not event.isAutoRepeat():
                self._release()
            event.accept()
            return
        super().keyReleaseEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._release()
        super().hideEvent(event)
