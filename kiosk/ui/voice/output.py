"""The voice: utterances to the transcript at once, and to a speaker off the UI thread.

Japanese goes through Open JTalk (``kiosk.speech.openjtalk``, the engine ``kiosk display``
uses); other languages through the operating system's voices (QtTextToSpeech) when an
engine there has a voice for the language, else through eSpeak NG, else nowhere (logged
once per language). Synthesis runs on one worker thread; the WAV is played with a
``QMediaPlayer``. Each new utterance interrupts the one before: a WAV that was still being
made when a newer utterance came is dropped.
"""

from __future__ import annotations

import logging
import queue
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QLocale, QObject, QUrl, Signal

from kiosk.speech.guidance import Utterance
from kiosk.speech.ports import SpeechEngine, SpeechError
from kiosk.speech.speaker import engines_for
from kiosk.speech.transcript import Transcript

if TYPE_CHECKING:  # Qt Multimedia is loaded on first speech: it logs its back-ends' search
    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)


class SpeechOutput(QObject):
    """A :class:`~kiosk.speech.guidance.Voice`; ``engine`` is ``voice.engine``."""

    _made = Signal(int, bytes)  # generation, WAV (from the worker thread)

    def __init__(self, engine: str, transcript: Path | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.transcript = Transcript(transcript) if transcript else None
        self.engines: tuple[SpeechEngine, ...] = engines_for(engine)
        self.use_os_voices = engine == "auto"
        self._generation = 0
        self._jobs: queue.Queue[tuple[int, Utterance, SpeechEngine]] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._player: QMediaPlayer | None = None  # made on first use
        self._tts: QTextToSpeech | Literal[False] | None = None  # False: no OS engine
        self._silent: set[str] = set()
        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-voice-")
        self._made.connect(self._play)

    # ------------------------------------------------------------------ Voice
    def say(self, utterance: Utterance) -> None:
        if self.transcript is not None:
            self.transcript.write(utterance)
        self.stop()
        if self._say_with_os_voice(utterance):
            return
        engine = next((e for e in self.engines if e.speaks(utterance.locale)), None)
        if engine is None:
            if self.engines or self.use_os_voices:  # voice.engine = none is silent on purpose
                self._log_silent(utterance.locale, "no engine speaks it")
            return
        self._start_worker()
        self._jobs.put((self._generation, utterance, engine))

    def stop(self) -> None:
        self._generation += 1
        if self._player is not None:
            self._player.stop()
        if self._tts:
            self._tts.stop()

    def close(self) -> None:
        self.stop()
        if self._worker is not None:
            self._jobs.put((-1, Utterance("", ""), self.engines[0]))
            self._worker.join(timeout=5)
            self._worker = None
        self._folder.cleanup()

    # ------------------------------------------------------------------ OS voices
    def _say_with_os_voice(self, utterance: Utterance) -> bool:
        """Other languages than Japanese through QtTextToSpeech, when it has a voice."""
        if not self.use_os_voices or utterance.locale.startswith("ja"):
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._tts is None:
            engines = [e for e in QTextToSpeech.availableEngines() if e != "mock"]
            self._tts = QTextToSpeech(engines[0], self) if engines else False
        tts = self._tts
        if not tts:
            return False
        wanted = QLocale(utterance.locale.replace("-", "_")).language()
        voiced = [loc for loc in tts.availableLocales() if loc.language() == wanted]
        if not voiced:
            return False
        tts.setLocale(voiced[0])
        tts.say(utterance.text)
        return True

    # ------------------------------------------------------------------ worker
    def _start_worker(self) -> None:
        if self._worker is None:
            self._worker = threading.Thread(target=self._work, name="voice", daemon=True)
            self._worker.start()

    def _work(self) -> None:
        while True:
            generation, utterance, engine = self._jobs.get()
            if generation < 0:
                return
            if generation != self._generation:
                continue  # a newer utterance came meanwhile
            try:
                wav = engine.synthesize(utterance.text, utterance.locale)
            except SpeechError as exc:
                log.warning("voice: speech failed", extra={"engine": engine.name,
                                                            "locale": utterance.locale,
                                                            "error": str(exc)})
                continue
            self._made.emit(generation, wav)

    def _play(self, generation: int, wav: bytes) -> None:
        if generation != self._generation:
            return
        from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

        player = self._player
        if player is None:
            player = self._player = QMediaPlayer(self)
            player.setAudioOutput(QAudioOutput(self))
        path = Path(self._folder.name) / f"{generation % 2}.wav"
        path.write_bytes(wav)
        player.setSource(QUrl())
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()

    def _log_silent(self, locale: str, reason: str) -> None:
        if locale not in self._silent:
            self._silent.add(locale)
            log.warning("voice: this language is not spoken",
                        extra={"locale": locale, "reason": reason})
