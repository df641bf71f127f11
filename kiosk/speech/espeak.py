"""Speech with eSpeak NG, run as a program (``espeak-ng --stdout``).

Debian's ``espeak-ng`` package (and the Windows installer) brings voices for about a
hundred languages; the display uses it for English and for any language Open JTalk does
not speak. Its Japanese reads kana only, so Japanese prefers Open JTalk.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import wave
from functools import cache

from kiosk.speech.ports import SpeechError

TIMEOUT_SECONDS = 10


@cache
def _program() -> str | None:
    return shutil.which("espeak-ng")


@cache
def _has_voice(program: str, language: str) -> bool:
    try:
        listed = subprocess.run([program, f"--voices={language}"], capture_output=True,
                                text=True, timeout=TIMEOUT_SECONDS, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return len(listed.stdout.strip().splitlines()) > 1  # a header line, then the voices


class EspeakEngine:
    name = "espeak-ng"

    def __init__(self, *, speed_wpm: int = 150) -> None:
        self.speed_wpm = speed_wpm  # a little slower than its default, for a waiting room

    def speaks(self, locale: str) -> bool:
        program = _program()
        return program is not None and _has_voice(program, locale.split("-", maxsplit=1)[0])

    def synthesize(self, text: str, locale: str) -> bytes:
        program = _program()
        if program is None:
            raise SpeechError("espeak-ng is not installed")
        try:
            done = subprocess.run(
                [program, "-v", locale.split("-", maxsplit=1)[0], "-s", str(self.speed_wpm), "--stdout",
                 "--", text], capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise SpeechError(f"espeak-ng failed: {type(exc).__name__}") from exc
        if done.returncode != 0 or not done.stdout.startswith(b"RIFF"):
            raise SpeechError(f"espeak-ng failed (exit {done.returncode})")
        return _with_true_length(done.stdout)


def _with_true_length(streamed: bytes) -> bytes:
    """espeak-ng streams its WAV with a placeholder length (about 2 GB): write the
    header again with the real one, so players and ``wave`` read the right duration."""
    try:
        with wave.open(io.BytesIO(streamed)) as source:
            params = source.getparams()
            frames = source.readframes(source.getnframes())  # as many as there are
    except (wave.Error, EOFError) as exc:
        raise SpeechError("espeak-ng wrote no usable WAV") from exc
    out = io.BytesIO()
    with wave.open(out, "wb") as target:
        target.setnchannels(params.nchannels)
        target.setsampwidth(params.sampwidth)
        target.setframerate(params.framerate)
        target.writeframes(frames)
    return out.getvalue()
