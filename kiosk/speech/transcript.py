"""The spoken-text transcript: every utterance appended to a file, one line each.

Set by ``voice.transcript`` (or ``KIOSK_VOICE_TRANSCRIPT``); tests read it instead of
listening, and a town can check what the kiosk says without a loudspeaker. A line is
``<locale><TAB><text>``. What reaches it has passed :func:`kiosk.speech.guidance.redact`
and never holds a PIN digit; it holds what the screen shows, so it is written 0600.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from kiosk.speech.guidance import Utterance


class Transcript:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def write(self, utterance: Utterance) -> None:
        line = f"{utterance.locale}\t{' '.join(utterance.text.split())}\n"
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as out:
                out.write(line)


def read_transcript(path: Path) -> list[Utterance]:
    """The utterances written so far, in order (tests, `kiosk doctor`)."""
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Utterance(text, locale) for locale, _, text in (x.partition("\t") for x in lines)]
