"""Help calls in a Qt window: the watcher's thread handed to the GUI thread, and a chime.

``HelpCallFeed`` runs a ``kiosk.visits.help_watch.HelpCallWatcher`` and re-emits each
list of open calls as the Qt signal ``changed``, which a queued connection delivers in the
window's thread. The kiosk (its own call acknowledged?), the clerk console (the alert)
and the waiting-area display use it the same way.

``Chime`` is the sound port. ``QtChime`` plays ``resources/sounds/help_call.wav`` through
QtMultimedia's ``QSoundEffect`` and falls back to ``QApplication.beep()`` where
multimedia is unavailable; tests pass a fake and need no audio hardware.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication

from kiosk.domain.help_call import HelpCall
from kiosk.resources_path import resource

if TYPE_CHECKING:  # the database layer; QtChime is on the kiosk's first frame, the feed is not
    from kiosk.visits.help_calls import HelpCalls

log = logging.getLogger(__name__)


class HelpCallFeed(QObject):
    """The open calls as a Qt signal (a list of ``HelpCall``, oldest first)."""

    changed = Signal(list)

    def __init__(self, help_calls: HelpCalls, parent: QObject | None = None, *,
                 poll_seconds: float | None = None) -> None:
        from kiosk.visits.help_watch import POLL_SECONDS, HelpCallWatcher

        super().__init__(parent)
        self.help_calls = help_calls
        self.calls: list[HelpCall] = []
        self.watcher = HelpCallWatcher(help_calls, self, poll_seconds=poll_seconds or POLL_SECONDS)
        self.changed.connect(self._keep)

    def help_calls_changed(self, calls: Sequence[HelpCall]) -> None:
        """Called by the watcher's thread: the signal crosses to the GUI thread."""
        # RuntimeError: the window is gone and the thread has not stopped yet.
        with contextlib.suppress(RuntimeError):
            self.changed.emit(list(calls))

    def _keep(self, calls: list[HelpCall]) -> None:
        self.calls = calls

    def start(self) -> None:
        self.watcher.start()

    def stop(self) -> None:
        self.watcher.stop()


class Chime(Protocol):
    def play(self) -> None: ...


class QtChime:
    """One sound of ``resources/sounds/`` (the help-call sound unless told); built on first
    use (loading QtMultimedia takes a moment)."""

    def __init__(self, sound: str = "help_call.wav") -> None:
        self._sound = sound
        self._effect: object | None = None
        self._unavailable = False

    def play(self) -> None:
        effect = None if self._unavailable else self._load()
        if effect is None:
            QApplication.beep()
            return
        from PySide6.QtMultimedia import QSoundEffect

        assert isinstance(effect, QSoundEffect)
        effect.play()

    def _load(self) -> object | None:
        if self._effect is None:
            path = resource("sounds", self._sound)
            if not path.is_file():
                log.warning("sound missing: beeping instead", extra={"sound": self._sound})
                self._unavailable = True
                return None
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:
                log.warning("QtMultimedia unavailable: beeping instead")
                self._unavailable = True
                return None
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
            self._effect = effect
        return self._effect
