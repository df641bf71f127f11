"""Which engine speaks which language, and an announcement turned into clips.

``voice`` (the ``display.voice`` setting): ``auto`` takes Open JTalk for Japanese when it
is installed and eSpeak NG for everything else it has a voice for; ``espeak-ng`` uses
eSpeak NG alone; ``none`` keeps only the chime. A language no engine speaks is shown,
not spoken, and :meth:`Speaker.silent_languages` names it (``kiosk doctor``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from kiosk.i18n.ruby import reading
from kiosk.resources_path import resource
from kiosk.speech.espeak import EspeakEngine
from kiosk.speech.openjtalk import OpenJTalkEngine
from kiosk.speech.ports import Clip, SpeechEngine, SpeechError

log = logging.getLogger(__name__)

VOICES = ("auto", "espeak-ng", "none")


def chime_wav() -> bytes:
    return resource("sounds", "chime.wav").read_bytes()


def engines_for(voice: str) -> tuple[SpeechEngine, ...]:
    """The engines to try, in order, for the ``display.voice`` setting."""
    if voice == "none":
        return ()
    if voice == "espeak-ng":
        return (EspeakEngine(),)
    return (OpenJTalkEngine(), EspeakEngine())


class Speaker:
    def __init__(self, engines: Sequence[SpeechEngine], *, chime: bytes | None = None) -> None:
        self.engines = tuple(engines)
        self.chime = chime  # None: no chime

    def engine_for(self, locale: str) -> SpeechEngine | None:
        return next((e for e in self.engines if e.speaks(locale)), None)

    def silent_languages(self, locales: Sequence[str]) -> list[str]:
        return [locale for locale in locales if self.engine_for(locale) is None]

    def clips(self, spoken: Sequence[tuple[str, str]]) -> list[Clip]:
        """The chime, then each (locale, sentence) its engine could say."""
        out = [Clip("chime", self.chime)] if self.chime else []
        for locale, written in spoken:
            text = reading(written)  # やさしい日本語: kana for the kanji it gives readings for
            engine = self.engine_for(locale)
            if engine is None:
                continue
            try:
                out.append(Clip(locale, engine.synthesize(text, locale), text))
            except SpeechError as exc:  # shown on the board anyway; never stop the display
                log.warning("speech failed: engine=%s locale=%s: %s", engine.name, locale, exc)
        return out


class WavFolder:
    """An ``AudioOut`` that writes each clip to ``NNNN-<label>.wav`` (and its sentence
    to ``NNNN-<label>.txt``) in a folder, numbered in the order played."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._count = 0

    def play(self, clips: Sequence[Clip]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            for clip in clips:
                self._count += 1
                stem = self.folder / f"{self._count:04d}-{clip.label}"
                stem.with_suffix(".wav").write_bytes(clip.wav)
                if clip.text:
                    stem.with_suffix(".txt").write_text(clip.text, encoding="utf-8")
