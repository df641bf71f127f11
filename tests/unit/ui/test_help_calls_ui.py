"""Help calls in the windows, on SQLite (polling): each fallback names its reason, the
kiosk's overlay follows the call, the console chimes, acknowledges and resolves, and the
manager window shows the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import Engine
from staff_support import MANAGER, MANAGER_PASSWORD, clerk_login, log_in, manager_login

from kiosk.app.composition import Services
from kiosk.config import Config
from kiosk.domain.help_call import HelpReason, HelpState
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.ui.screens.manual_entry import ManualEntryScreen
from kiosk.ui.screens.pin_entry import PinEntryScreen
from kiosk.ui.screens.preview import PreviewScreen
from kiosk.visits.help_calls import HelpCalls, HelpCallStore

CLICK = Qt.MouseButton.LeftButton
POLL_S = 0.05


class CountingChime:
    def __init__(self) -> None:
        self.plays = 0

    def play(self) -> None:
        self.plays += 1


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


class RecordingShell:
    """A screen's port to its window, keeping the reasons it was asked to call staff for."""

    def __init__(self) -> None:
        self.reasons: list[str] = []

    def open_call_staff(self, reason: str = "resident") -> None:
        self.reasons.append(reason)

    def __getattr__(self, name: str) -> Any:
        return lambda *args, **kwargs: None


@pytest.mark.parametrize(("screen_class", "press", "reason"), [
    (PinEntryScreen, lambda s: s.staff_button.click(), HelpReason.PIN_FORGOTTEN),
    (PinEntryScreen, lambda s: s._last_try_answered(False), HelpReason.LAST_TRY),
    (ManualEntryScreen, lambda s: s.staff_help.click(), HelpReason.MANUAL_ENTRY),
    (PreviewScreen, lambda s: s.problem.call_staff_button.click(), HelpReason.PRINT_FAILURE),
])
def test_each_fallback_calls_staff_with_its_reason(
        qtbot: Any, isolated_dirs: Path, screen_class: type, press: Callable[[Any], None],
        reason: HelpReason) -> None:
    from kiosk.ui.app import create_application

    create_application()
    screen = screen_class(Services(Config()), None)
    qtbot.addWidget(screen)
    shell = RecordingShell()
    screen.shell = shell
    press(screen)
    assert shell.reasons == [reason.value]


def test_the_kiosk_raises_the_call_and_shows_the_acknowledgement(
        make_window: Callable[..., Any], qtbot: Any, engine: Engine) -> None:
    window = make_window()
    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-7")
    window.attach_help_calls(kiosk, poll_seconds=POLL_S)
    try:
        window.open_call_staff(HelpReason.LAST_TRY.value)
        assert window.call_staff.title.text() == "職員を呼んでいます"
        console = HelpCalls(HelpCallStore(engine), "clerk-1")
        [call] = console.open_calls()
        assert (call.terminal_id, call.screen, call.reason) == (
            "kiosk-7", "welcome", HelpReason.LAST_TRY)
        console.acknowledge(call.id, "S9")
        qtbot.waitUntil(lambda: window.call_staff.title.text()
                        == "職員が向かっています", timeout=2000)
        window.call_staff.overlay.close_overlay()
        window.open_call_staff()  # tapped again while staff are coming: the same call
        assert window.call_staff.title.text() == "職員が向かっています"
        assert len(console.open_calls()) == 1
        console.resolve(call.id, "S9")
        qtbot.waitUntil(lambda: window.help_feed.calls == [], timeout=2000)
        window.call_staff.overlay.close_overlay()
        window.open_call_staff()  # a new call once the last one is resolved
        assert window.call_staff.title.text() == "職員を呼んでいます"
        assert len(console.open_calls()) == 1
    finally:
        window.allow_close()
        window.close()
    assert window.help_feed is not None and not window.help_feed.watcher.running


def test_without_a_database_the_overlay_still_opens(make_window: Callable[..., Any]) -> None:
    window = make_window()
    window.open_call_staff()
    assert window.call_staff.is_open and window.services.help_calls is None


@pytest.fixture
def console(qtbot: Any, isolated_dirs: Path, engine: Engine, tmp_path: Path) -> Iterator[Any]:
    from forms.catalog.loader import load_catalog
    from kiosk.app.clerk_service import ClerkService
    from kiosk.navigation.engine import Navigator
    from kiosk.personal.store import PersonalStore
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow
    from kiosk.ui.dialogs import ScriptedDialogs
    from kiosk.ui.tasks import SyncTaskRunner
    from kiosk.visits.outbox import Outbox
    from kiosk.visits.recorder import MetricsRecorder
    from printing.backends.folder import FolderBackend
    from printing.queue import PrintQueue

    create_application()
    catalog = load_catalog()
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "clerk-1")
    context = ClerkContext(
        ClerkService(engine, recorder, PersonalStore(engine)), catalog, Navigator(catalog),
        PrintQueue(FolderBackend(tmp_path / "printed"), tmp_path / "spool"),
        clerk_login(engine),
        help_calls=HelpCalls(HelpCallStore(engine), "clerk-1"), chime=CountingChime())
    window = ClerkWindow(context, department="JUMIN", runner=SyncTaskRunner(),
                         dialogs=ScriptedDialogs())
    window.help_calls.feed.watcher.poll_seconds = POLL_S
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    yield window
    window.close()


def _unlock(window: Any, qtbot: Any) -> None:
    log_in(window, qtbot)
    assert window.stack.currentWidget() is window.page


def test_the_console_chimes_once_per_call_and_acknowledges_then_resolves(
        console: Any, qtbot: Any, engine: Engine) -> None:
    panel, chime = console.page.help_calls, console.context.chime
    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-3")
    first = kiosk.raise_call("pin_entry", HelpReason.PIN_FORGOTTEN)
    qtbot.waitUntil(lambda: len(panel.calls) == 1, timeout=2000)
    assert chime.plays == 1  # heard even while the console is locked ...
    assert "kiosk-3" in console.statusBar().currentMessage()  # ... and named
    assert not panel.acknowledge_button.isEnabled()  # ... but only staff may answer
    _unlock(console, qtbot)
    assert panel.isVisible() and "kiosk-3" in panel.alert.text()
    assert panel.reason_text(HelpReason.PIN_FORGOTTEN) in panel.alert.text()
    second = kiosk.raise_call("preview", HelpReason.PRINT_FAILURE)
    qtbot.waitUntil(lambda: len(panel.calls) == 2, timeout=2000)
    assert chime.plays == 2
    panel.call_list.setCurrentRow(0)
    qtbot.mouseClick(panel.acknowledge_button, CLICK)
    stored = kiosk.call(first.id)
    assert stored is not None and stored.state is HelpState.ACKNOWLEDGED
    assert stored.acknowledged_by == "S1024"
    assert panel.reason_text(HelpReason.PRINT_FAILURE) in panel.alert.text()  # still waiting
    assert "S1024" in panel.call_list.item(0).text()
    for call in (first, second):
        row = [c.id for c in panel.calls].index(call.id)
        panel.call_list.setCurrentRow(row)
        qtbot.mouseClick(panel.resolve_button, CLICK)
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=2000)
    assert chime.plays == 2  # acknowledging and resolving make no sound
    assert kiosk.open_calls() == []
    console.lock()
    assert not panel.resolve_button.isEnabled()


def test_the_manager_sees_where_residents_get_stuck(
        qtbot: Any, isolated_dirs: Path, engine: Engine, tmp_path: Path) -> None:
    from kiosk.statistics.labels import load_labels
    from kiosk.statistics.stats import StatsService
    from kiosk.ui.app import create_application
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow
    from kiosk.ui.tasks import SyncTaskRunner
    from kiosk.visits.clock import local_day, utc_now

    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-3")
    for reason in (HelpReason.PIN_FORGOTTEN, HelpReason.PIN_FORGOTTEN, HelpReason.RESIDENT):
        kiosk.raise_call("pin_entry" if reason is HelpReason.PIN_FORGOTTEN else "summary",
                         reason)
    today: date = local_day(utc_now())
    create_application()
    window = ManagerWindow(ManagerContext(StatsService(engine), {"ja": load_labels()},
                                          lambda: today, tmp_path, manager_login(engine)),
                           runner=SyncTaskRunner())
    qtbot.addWidget(window)
    log_in(window, qtbot, MANAGER, MANAGER_PASSWORD)
    panel = window.help_calls
    assert window.data.help_calls.calls == 3
    table = panel.per_screen
    assert [(table.item(r, 0).text(), table.item(r, 1).text())
            for r in range(table.rowCount())] == [("pin_entry", "2"), ("summary", "1")]
    assert panel.per_day.item(0, 0).text() == today.isoformat()
    assert "3" in panel.headline.text()


def test_the_chime_is_a_short_wav_and_beeps_without_it(
        qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import wave

    from PySide6.QtWidgets import QApplication

    from kiosk.resources_path import resource
    from kiosk.ui import help_calls as module
    from kiosk.ui.app import create_application

    create_application()
    with wave.open(str(resource("sounds", "help_call.wav"))) as sound:
        assert 0.2 < sound.getnframes() / sound.getframerate() < 2.0  # short
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    monkeypatch.setattr(module, "resource", lambda *parts: tmp_path / "missing.wav")
    chime = module.QtChime()
    chime.play()
    chime.play()
    assert beeps == [1, 1]
