"""Issue 14 §1 on the waiting-area display: a kiosk's call for staff appears on the TV
within 2 s (polling on SQLite, LISTEN/NOTIFY on PostgreSQL: the ``engine`` fixture runs
both), with the help-call sound and nothing spoken, naming the terminal and never the
reason; acknowledging or resolving takes it off."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kiosk.app.display_services import DisplayServices
from kiosk.app.waiting_board import WaitingBoardService
from kiosk.domain.help_call import HelpReason
from kiosk.i18n import Text
from kiosk.speech.speaker import Speaker, WavFolder
from kiosk.ui.display.window import DisplayWindow
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.help_calls import HelpCalls, HelpCallStore

SOUND = b"RIFF-help-call-sound"


def _within_two_seconds(qtbot: QtBot, condition: Callable[[], bool]) -> float:
    started = time.monotonic()
    qtbot.waitUntil(condition, timeout=2000)
    return time.monotonic() - started


def test_a_kiosk_call_shows_on_the_display_until_staff_take_it(
        qtbot: QtBot, engine: Engine, tmp_path: Path) -> None:
    services = DisplayServices(WaitingBoardService(engine, ["JUMIN"]),
                               {"JUMIN": Text("1番窓口", "Counter 1")}, Speaker([]),
                               ("ja", "en"), 1000, None,
                               HelpCalls(HelpCallStore(engine), "display-1"), SOUND)
    audio = tmp_path / "audio"
    window = DisplayWindow(services, WavFolder(audio), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    strip = window.help_strip
    assert strip.objectName() == "help_call_strip"
    window.start()
    try:
        assert window.help_feed is not None
        qtbot.waitUntil(lambda: window.help_feed is not None and window.help_feed.watcher.running)
        assert not strip.isVisibleTo(window)

        first = HelpCalls(HelpCallStore(engine), "kiosk-2").raise_call(
            "pin_entry", HelpReason.PIN_FORGOTTEN)
        _within_two_seconds(qtbot, lambda: strip.isVisibleTo(window))
        text = strip.text()
        assert text == "職員呼び出し中: kiosk-2（0分） / Staff requested at: kiosk-2 (0 min)"
        assert strip.accessibleName() == text
        for private in ("pin", "PIN", "暗証", "forgot"):  # no reason, no screen
            assert private not in text
        # The help-call sound once, and nothing read aloud.
        assert sorted(p.name for p in audio.iterdir()) == ["0001-help_call.wav"]
        assert (audio / "0001-help_call.wav").read_bytes() == SOUND

        second = HelpCalls(HelpCallStore(engine), "kiosk-3").raise_call(
            "welcome", HelpReason.RESIDENT)
        _within_two_seconds(qtbot, lambda: "kiosk-3" in strip.text())
        assert strip.text().startswith("職員呼び出し中: kiosk-2（0分）、kiosk-3（0分） / ")
        assert sorted(p.name for p in audio.iterdir()) == ["0001-help_call.wav",
                                                           "0002-help_call.wav"]

        console = HelpCalls(HelpCallStore(engine), "clerk-1")
        console.acknowledge(first.id, "S001")  # staff on their way: off the waiting room's TV
        _within_two_seconds(qtbot, lambda: "kiosk-2" not in strip.text())
        assert strip.isVisibleTo(window) and "kiosk-3" in strip.text()
        console.resolve(second.id, "S001")  # resolved without acknowledging first
        _within_two_seconds(qtbot, lambda: not strip.isVisibleTo(window))
        assert strip.text() == ""
        assert len(list(audio.iterdir())) == 2  # taking a call makes no sound
    finally:
        window.close()
    assert window.help_feed is not None and not window.help_feed.watcher.running


def test_no_help_calls_service_means_no_strip(qtbot: QtBot, tmp_path: Path) -> None:
    from kiosk.domain.waiting_board import BoardSnapshot
    from kiosk.visits.clock import utc_now

    class Empty:
        def snapshot(self) -> BoardSnapshot:
            now = utc_now()
            return BoardSnapshot(now.date(), now)

    window = DisplayWindow(DisplayServices(Empty(), {}, Speaker([]), ("ja", "en"), 1000),
                           WavFolder(tmp_path), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.start()
    assert window.help_feed is None and not window.help_strip.isVisibleTo(window)
