"""``QtAudioOut``: plays announcement clips through Qt Multimedia, one after the other.

Each clip is written to a private temporary folder (and removed once played) and played
with a ``QMediaPlayer``; the next starts when the previous one ends, so a burst of calls is read out in order
rather than over itself. Tests use ``kiosk.speech.speaker.WavFolder`` instead.
"""

from __future__ import annotations

import tempfile
from collections import deque
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

from kiosk.speech.ports import Clip


class QtAudioOut(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(prefix="kiosk-display-")
        self._queue: deque[Path] = deque()
        self._playing: Path | None = None
        self._count = 0
        self.output = QAudioOutput(self)
        self.player = QMediaPlayer(self)
        self.player.setAudioOutput(self.output)
        self.player.mediaStatusChanged.connect(self._status)
        self.player.errorOccurred.connect(lambda *_: self._next())

    def play(self, clips: Sequence[Clip]) -> None:
        for clip in clips:
            self._count += 1
            path = Path(self._folder.name) / f"{self._count:05d}.wav"
            path.write_bytes(clip.wav)
            self._queue.append(path)
        if self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState:
            self._next()

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        if status in (QMediaPlayer.MediaStatus.EndOfMedia, QMediaPlayer.MediaStatus.InvalidMedia):
            self._next()

    def _next(self) -> None:
        if self._playing is not None:  # a day of calls would otherwise fill the folder
            self._playing.unlink(missing_ok=True)
            self._playing = None
        if not self._queue:
            return
        self._playing = self._queue.popleft()
        self.player.setSource(QUrl.fromLocalFile(str(self._playing)))
        self.player.play()
