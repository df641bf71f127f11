"""The voice's output: the transcript at once, synthesis off the UI thread, and a newer
utterance winning over an older one still being made."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import load_config
from kiosk.speech.guidance import Utterance
from kiosk.speech.transcript import read_transcript
from kiosk.ui.voice.output import SpeechOutput


class SlowEngine:
    """Speaks every locale; the first sentence waits until released."""

    name = "slow"

    def __init__(self) -> None:
        self.release = threading.Event()
        self.threads: list[str] = []

    def speaks(self, locale: str) -> bool:
        return True

    def synthesize(self, text: str, locale: str) -> bytes:
        self.threads.append(threading.current_thread().name)
        if text == "first":
            self.release.wait(5)
        return b"RIFF" + text.encode()


def test_a_newer_utterance_interrupts_one_still_being_made(qtbot: Any, tmp_path: Path) -> None:
    output = SpeechOutput("none", tmp_path / "spoken.txt")
    engine = SlowEngine()
    output.engines = (engine,)
    output._made.disconnect(output._play)  # no player here: record what would be played
    made: list[tuple[int, bytes]] = []
    output._made.connect(lambda generation, wav: made.append((generation, wav)))
    try:
        output.say(Utterance("first", "ja"))
        qtbot.waitUntil(lambda: engine.threads == ["voice"])  # off the UI thread
        output.say(Utterance("second", "ja"))
        engine.release.set()
        qtbot.waitUntil(lambda: len(made) == 2)
        current = made[-1][0]
        assert made[-1][1] == b"RIFFsecond" and made[0][0] < current
        assert [u.text for u in read_transcript(tmp_path / "spoken.txt")] == ["first", "second"]
        output._play(made[0][0], made[0][1])  # the stale one reaches no player
        assert output._player is None
    finally:
        output.close()


def test_the_transcript_is_a_setting_and_an_environment_variable(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIOSK_VOICE_TRANSCRIPT", str(tmp_path / "spoken.txt"))
    monkeypatch.setenv("KIOSK_VOICE_ENGINE", "none")
    (tmp_path / "kiosk.toml").write_text("", encoding="utf-8")
    config = load_config(tmp_path / "kiosk.toml")
    assert config.voice.transcript == str(tmp_path / "spoken.txt")
    assert config.voice.engine == "none"
