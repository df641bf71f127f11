"""The seams of speech: an engine makes WAV bytes from text, an output plays clips."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol


class SpeechError(RuntimeError):
    """An engine could not speak a sentence (the display then shows it silently)."""


@dataclass(frozen=True, slots=True)
class Clip:
    """One piece of an announcement: ``chime`` or a locale, and a whole WAV file's bytes."""

    label: str
    wav: bytes
    text: str = ""  # the sentence spoken ("" for the chime)


class SpeechEngine(Protocol):
    name: str

    def speaks(self, locale: str) -> bool:
        """Whether this engine has a voice for ``locale`` on this machine."""
        ...

    def synthesize(self, text: str, locale: str) -> bytes:
        """``text`` spoken in ``locale``, as a WAV file; ``SpeechError`` on failure."""
        ...


class AudioOut(Protocol):
    def play(self, clips: Sequence[Clip]) -> None:
        """Play the clips one after the other (queued behind anything still playing)."""
        ...
