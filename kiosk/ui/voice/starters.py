"""What turns voice guidance on besides its button: a long press, a headphone jack.

* :class:`LongPress`: a finger held still for about three seconds anywhere on the window
  that is not a control (a button, a field) emits ``held``.
* :class:`HeadphoneWatcher`: Qt Multimedia's list of audio outputs gains one whose
  description says headphone or headset. Many tablets route the jack inside one output and
  report nothing; there, the button and the long press remain.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QWidget

from kiosk.speech.guidance import headphones_plugged
from kiosk.ui.voice.app_filter import WindowAppFilter

HOLD_MS = 3000
_SLOP_PX = 24  # a finger rolls a little while held


class LongPress(WindowAppFilter):
    held = Signal()

    def __init__(self, window: QWidget, hold_ms: int = HOLD_MS) -> None:
        super().__init__(window)
        self._origin = QPoint()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self.hold_ms = hold_ms
        self._timer.timeout.connect(self.held.emit)

    def app_event(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent) \
                and isinstance(watched, QWidget) and watched.window() is self.window:
            if _on_control(watched):
                self._timer.stop()
            else:
                self._origin = event.globalPosition().toPoint()
                self._timer.start(self.hold_ms)
        elif kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) \
                and self._timer.isActive():
            moved = event.globalPosition().toPoint() - self._origin
            if moved.manhattanLength() > _SLOP_PX:
                self._timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self._timer.stop()
        return False


def _on_control(widget: QWidget) -> bool:
    """A press on a button or anything that takes focus is the control's, not a long press."""
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QAbstractButton) or (
                parent.focusPolicy() & Qt.FocusPolicy.ClickFocus and parent is widget):
            return True
        parent = parent.parentWidget()
    return False


class HeadphoneWatcher(QObject):
    plugged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices

        self._devices = QMediaDevices(self)
        self._outputs = self._current()
        self._devices.audioOutputsChanged.connect(self._changed)

    @staticmethod
    def _current() -> dict[str, str]:
        from PySide6.QtMultimedia import QMediaDevices

        return {bytes(o.id().data()).decode(errors="replace"): o.description()
                for o in QMediaDevices.audioOutputs()}

    def _changed(self) -> None:
        before, self._outputs = self._outputs, self._current()
        if headphones_plugged(before, self._outputs):
            self.plugged.emit()
