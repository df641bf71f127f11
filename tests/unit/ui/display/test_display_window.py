"""The waiting-area window: a clerk's call appears on the board and is spoken to a file,
with the real voices of this machine (Open JTalk, eSpeak NG) and the real clerk service."""

from __future__ import annotations

import wave
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from kiosk.app.board_publication import BoardFile
from kiosk.app.clerk_service import ClerkService
from kiosk.app.display_services import DisplayServices
from kiosk.app.waiting_board import WaitingBoardService
from kiosk.i18n import Text
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.speech.speaker import Speaker, WavFolder, chime_wav, engines_for
from kiosk.ui.display.window import DisplayWindow
from kiosk.ui.tasks import SyncTaskRunner
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

NAMES = {"JUMIN": Text("1番窓口", "Counter 1"), "HOKEN": Text("2番窓口", "Counter 2")}


def _labels(window: DisplayWindow, prefix: str) -> list[str]:
    from PySide6.QtWidgets import QLabel

    found = [w for w in window.findChildren(QLabel)  # the board's rows, not the replaced ones
             if w.objectName().startswith(prefix) and w.isVisibleTo(window)]
    return [w.text() for w in sorted(found, key=lambda w: w.objectName())]


def test_a_call_is_shown_and_spoken_to_a_file(qtbot: QtBot, engine: Engine, tmp_path: Path) -> None:
    kiosk = MetricsRecorder(engine, Outbox(tmp_path / "k.sqlite3"), "kiosk-1")
    clerk = ClerkService(engine, MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-1"),
                         PersonalStore(engine, opener=TownKeyPair.generate()))
    ticket = kiosk.start_visit()
    kiosk.record(ticket.visit_id, "navigation_done", departments=["HOKEN"])
    speaker = Speaker(engines_for("auto"), chime=chime_wav())
    assert speaker.silent_languages(["ja", "en"]) == []  # both voices are installed here
    published = tmp_path / "out" / "board.json"
    services = DisplayServices(WaitingBoardService(engine, ["JUMIN", "HOKEN"]), NAMES, speaker,
                               ("ja", "en"), 1000, BoardFile(published))
    audio = tmp_path / "audio"
    window = DisplayWindow(services, WavFolder(audio), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.poll()
    assert window.model.calls == [] and not audio.exists()
    assert "ただいまお呼び出し中の番号はありません。" in _labels(window, "no_calls")[0]

    clerk.mark(ticket.visit_id, "called", "HOKEN")
    window.poll()
    qtbot.waitUntil(lambda: _labels(window, "call_ticket_0") == [ticket.ticket])
    assert _labels(window, "call_counter_0") == ["→ 2番窓口"]
    files = sorted(p.name for p in audio.iterdir())
    assert files == ["0001-chime.wav", "0002-ja.txt", "0002-ja.wav", "0003-en.txt", "0003-en.wav"]
    assert (audio / "0002-ja.txt").read_text(encoding="utf-8") == (
        f"受付番号 {ticket.ticket} 番の方、2番窓口へお越しください。")
    assert (audio / "0003-en.txt").read_text(encoding="utf-8") == (
        f"Ticket {ticket.ticket}, please come to Counter 2.")
    for name in ("0002-ja.wav", "0003-en.wav"):
        with wave.open(str(audio / name)) as spoken:  # a real recording of a few seconds
            assert 1.0 < spoken.getnframes() / spoken.getframerate() < 10.0
    board = BoardFile(published).read()
    assert board is not None and [c.ticket for c in board.calls] == [ticket.ticket]

    window.poll()  # the same call again: nothing more is said
    assert len(list(audio.iterdir())) == 5


def test_a_database_away_keeps_the_board_and_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    from kiosk.domain.waiting_board import BoardSnapshot

    class Away:
        def snapshot(self) -> BoardSnapshot:
            raise ConnectionError("the database went away")

    services = DisplayServices(Away(), NAMES, Speaker([]), ("ja", "en"), 1000)
    window = DisplayWindow(services, WavFolder(tmp_path), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.poll()
    assert window.offline and window.notice.isVisibleTo(window)
    assert "表示が最新ではありません" in window.notice.text()
