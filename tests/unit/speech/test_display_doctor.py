"""``kiosk doctor`` names the display's voices, and warns about a silent language or a
board file that cannot be written."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.doctor import Status, check_display


def test_the_voices_of_this_machine_are_named() -> None:
    finding = check_display(Config())
    assert finding.status is Status.OK
    assert finding.message == "voices ja: openjtalk, en: espeak-ng"


def test_a_missing_folder_for_the_board_is_a_warning(tmp_path: Path) -> None:
    config = Config().replace("display", publish_file=str(tmp_path / "gone" / "board.json"))
    finding = check_display(config)
    assert finding.status is Status.WARN and "does not exist" in finding.message


def test_voice_none_is_silent_on_purpose() -> None:
    finding = check_display(Config().replace("display", voice="none"))
    assert finding.status is Status.OK and finding.message == "voices ja: silent, en: silent"
