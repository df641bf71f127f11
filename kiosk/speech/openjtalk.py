"""Japanese speech with Open JTalk through ``pyopenjtalk-plus`` (optional extra ``display``).

It ships the dictionary and the HTS voice in its wheel, runs on the CPU in well under a
second per sentence, and never touches the network. Without the package this engine
simply speaks nothing (``speaks`` is False) and the speaker falls back to eSpeak NG.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import logging
import threading
import wave

from kiosk.speech.ports import SpeechError

log = logging.getLogger(__name__)


def available() -> bool:
    return importlib.util.find_spec("pyopenjtalk") is not None


class OpenJTalkEngine:
    name = "openjtalk"

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the library keeps one global analyser

    def speaks(self, locale: str) -> bool:
        return locale.split("-", maxsplit=1)[0] == "ja" and available()

    def synthesize(self, text: str, locale: str) -> bytes:
        if not self.speaks(locale):
            raise SpeechError(f"Open JTalk has no voice for {locale}")
        try:
            # It prints a note about an optional reading model on import: keep stdout clean.
            with contextlib.redirect_stdout(io.StringIO()):
                import pyopenjtalk  # the optional extra `display`
        except ImportError as exc:
            raise SpeechError("pyopenjtalk-plus is not installed") from exc
        with self._lock:
            try:
                samples, rate = pyopenjtalk.tts(text)
            except Exception as exc:  # a C library: any failure is "no speech"
                raise SpeechError(f"Open JTalk failed: {type(exc).__name__}") from exc
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(int(rate))
            out.writeframes(samples.clip(-32768, 32767).astype("<i2").tobytes())
        return buffer.getvalue()
