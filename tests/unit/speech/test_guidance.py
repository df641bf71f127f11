"""What voice guidance says: the screen when it is new, the focus when it moves, counts
for a PIN, nothing shaped like a 個人番号; and the transcript file."""

from __future__ import annotations

from pathlib import Path

from kiosk.speech.guidance import (
    ControlView,
    ScreenView,
    Utterance,
    VoiceGuide,
    headphones_plugged,
    redact,
)
from kiosk.speech.transcript import Transcript, read_transcript


class Heard:
    def __init__(self) -> None:
        self.said: list[Utterance] = []
        self.stopped = 0

    def say(self, utterance: Utterance) -> None:
        self.said.append(utterance)

    def stop(self) -> None:
        self.stopped += 1


def guide() -> tuple[VoiceGuide, Heard]:
    heard = Heard()
    return VoiceGuide(heard), heard


QUESTION = ScreenView(("質問 1 ／ 約 5", "国民健康保険に加入しますか"), ControlView("はい"), "q")


def test_turning_on_confirms_and_reads_the_screen_and_the_focus() -> None:
    voice, heard = guide()
    voice.turn_on("en", QUESTION)
    assert heard.said == [Utterance(
        "Voice guidance is on. 質問 1 ／ 約 5. 国民健康保険に加入しますか. はい.", "en")]


def test_nothing_is_said_while_off() -> None:
    voice, heard = guide()
    voice.show(QUESTION, "ja")
    voice.digits_entered(1, "ja")
    assert heard.said == []


def test_a_focus_move_reads_the_control_alone_and_a_new_question_reads_all() -> None:
    voice, heard = guide()
    voice.turn_on("en", QUESTION)
    voice.show(QUESTION, "en")  # nothing changed: silent
    voice.show(ScreenView(QUESTION.headings, ControlView("いいえ", "help text"), "q"), "en")
    assert heard.said[-1].text == "いいえ. help text."
    voice.show(ScreenView(("次の質問",), ControlView("はい"), "q"), "en")
    assert heard.said[-1].text == "次の質問. はい."
    assert len(heard.said) == 3


def test_a_pin_key_is_never_named_and_digits_are_counted() -> None:
    voice, heard = guide()
    voice.turn_on("en", ScreenView(("PIN",), ControlView("7", private=True), "pin"))
    voice.digits_entered(2, "en")
    assert "7" not in heard.said[0].text and "Number key" in heard.said[0].text
    assert heard.said[-1].text == "2 digits entered"


def test_a_my_number_shaped_text_is_blanked() -> None:
    assert redact("番号 1234 5678 9012 です") == "番号 … です"
    assert redact("123456789012") == "…"
    assert redact("〒861-0803 関町 12-3") == "〒861-0803 関町 12-3"
    voice, heard = guide()
    voice.turn_on("en", ScreenView(("123456789012",), None, "x"))
    assert "123456789012" not in heard.said[0].text


def test_reset_stops_and_forgets() -> None:
    voice, heard = guide()
    voice.turn_on("en", QUESTION)
    voice.reset()
    assert not voice.on and heard.stopped == 1
    voice.show(QUESTION, "en")
    assert len(heard.said) == 1


def test_only_a_new_headphone_output_counts() -> None:
    speakers = {"a": "Built-in Audio Analog Stereo"}
    assert headphones_plugged(speakers, {**speakers, "b": "USB Headset"})
    assert headphones_plugged(speakers, {**speakers, "b": "ヘッドホン"})
    assert not headphones_plugged(speakers, {**speakers, "b": "HDMI Output"})
    assert not headphones_plugged({"b": "Headphones"}, {"b": "Headphones"})


def test_the_transcript_appends_one_line_per_utterance(tmp_path: Path) -> None:
    path = tmp_path / "spoken.txt"
    transcript = Transcript(path)
    transcript.write(Utterance("はい。\nいいえ", "ja"))
    transcript.write(Utterance("Yes", "en"))
    assert read_transcript(path) == [Utterance("はい。 いいえ", "ja"), Utterance("Yes", "en")]
    assert path.stat().st_mode & 0o077 == 0
