"""The resident kiosk's sound cues: what the window plays, and the port it plays them through.

A cue names a moment (the card to take back, the inactivity warning, the card lifted
mid-visit); :data:`CUE_FILES` says which WAV of ``resources/sounds/`` it is (made by
``scripts/make_notice_sounds.py``, offline, no recording). The window plays cues through
:class:`Sounds`: :class:`QtSounds` (QtMultimedia, a beep where it is missing) in the
kiosk itself, :class:`SilentSounds` where nobody listens, :class:`RecordedSounds` in tests,
which need no audio device.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from kiosk.ui.help_calls import QtChime


class Cue(StrEnum):
    TAKE_CARD = "take_card"
    IDLE_WARNING = "idle_warning"
    CARD_REMOVED = "card_removed"


#: The sound file of each cue. The card lifted mid-visit knocks like the idle warning: both
#: say "look at the screen", only the take-your-card sound means "something is still yours".
CUE_FILES: dict[Cue, str] = {
    Cue.TAKE_CARD: "take_card.wav",
    Cue.IDLE_WARNING: "idle_warning.wav",
    Cue.CARD_REMOVED: "idle_warning.wav",
}


class Sounds(Protocol):
    def play(self, cue: Cue) -> None: ...


class QtSounds:
    """Each cue's WAV through QtMultimedia, loaded on first use."""

    def __init__(self) -> None:
        self._players: dict[str, QtChime] = {}

    def play(self, cue: Cue) -> None:
        sound = CUE_FILES[cue]
        if sound not in self._players:
            self._players[sound] = QtChime(sound)
        self._players[sound].play()


class SilentSounds:
    """No sound (a window built without a speaker, e.g. in tests that do not listen)."""

    def play(self, cue: Cue) -> None:
        return None


@dataclass
class RecordedSounds:
    """Test double: the cues played, in order."""

    played: list[Cue] = field(default_factory=list)

    def play(self, cue: Cue) -> None:
        self.played.append(cue)
