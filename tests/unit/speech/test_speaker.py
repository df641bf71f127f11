"""The speaker: chime first, then each language its engine speaks; a failing engine is
skipped, never fatal; clips written to a folder in the order played."""

from __future__ import annotations

import wave
from io import BytesIO
from pathlib import Path

from kiosk.speech.espeak import EspeakEngine
from kiosk.speech.openjtalk import OpenJTalkEngine
from kiosk.speech.ports import SpeechError
from kiosk.speech.speaker import Speaker, WavFolder, chime_wav


class Broken:
    name = "broken"

    def speaks(self, locale: str) -> bool:
        return locale == "en"

    def synthesize(self, text: str, locale: str) -> bytes:
        raise SpeechError("no sound card in the voice")


def _seconds(data: bytes) -> float:
    with wave.open(BytesIO(data)) as clip:
        return clip.getnframes() / clip.getframerate()


def test_real_voices_speak_japanese_and_english() -> None:
    japanese = OpenJTalkEngine().synthesize("受付番号 3 番の方、1番窓口へお越しください。", "ja")
    english = EspeakEngine().synthesize("Ticket 3, please come to Counter 1.", "en")
    assert 2.0 < _seconds(japanese) < 10.0
    assert 1.0 < _seconds(english) < 10.0
    assert not OpenJTalkEngine().speaks("en")


def test_the_chime_comes_first_and_a_broken_engine_is_skipped(tmp_path: Path) -> None:
    speaker = Speaker([Broken(), OpenJTalkEngine()], chime=chime_wav())
    clips = speaker.clips([("ja", "受付番号 3 番の方"), ("en", "Ticket 3")])
    assert [c.label for c in clips] == ["chime", "ja"]
    assert 1.0 < _seconds(clips[0].wav) < 3.0
    assert speaker.silent_languages(["ja", "en", "vi"]) == ["vi"]
    out = WavFolder(tmp_path / "audio")
    out.play(clips)
    out.play(clips[:1])
    assert sorted(p.name for p in out.folder.iterdir()) == [
        "0001-chime.wav", "0002-ja.txt", "0002-ja.wav", "0003-chime.wav"]
