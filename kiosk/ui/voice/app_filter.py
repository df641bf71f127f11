"""An application-wide event filter that listens only while its window is shown.

Every application filter is called for every event of every object (a style change alone
sends tens of thousands), so a closed window's filters must not stay installed. The filter
is installed at once (so it sits behind filters installed later, such as a screen's QR
scanner, which must see keys first), removed when its window is hidden or closed, and put
back when the window is shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class WindowAppFilter(QObject):
    """Subclasses implement :meth:`app_event`; ``window`` is the window listened for."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._installed = False
        self._watch = _ShownWatch(self)
        window.installEventFilter(self._watch)
        self.listen(True)

    def listen(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._installed:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._installed = on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return self.app_event(watched, event)

    def app_event(self, watched: QObject, event: QEvent) -> bool:
        raise NotImplementedError


class _ShownWatch(QObject):
    def __init__(self, owner: WindowAppFilter) -> None:
        super().__init__(owner)
        self.owner = owner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show:
            self.owner.listen(True)
        elif kind == QEvent.Type.Hide:  # not Close: a kiosk refuses to close
            self.owner.listen(False)
        return False
