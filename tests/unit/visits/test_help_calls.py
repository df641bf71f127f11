"""Help calls through the database: raise, acknowledge, resolve, the outbox, the watcher.

Every test runs on SQLite and on PostgreSQL (``db_url``). The "unreachable" database is a
real PostgreSQL URL on a closed loopback port, as in ``test_outbox``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.domain.help_call import HelpCall, HelpReason, HelpState
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.visits.help_calls import HelpCalls, HelpCallStore, HelpOutbox
from kiosk.visits.help_watch import HelpCallWatcher


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def dead_engine() -> Iterator[Engine]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    engine = make_engine(f"postgresql://kiosk:kiosk@127.0.0.1:{port}/none", connect_timeout=2)
    yield engine
    engine.dispose()


class Heard:
    """A listener that keeps every list it was told, for the test thread to wait on."""

    def __init__(self) -> None:
        self.lists: list[list[HelpCall]] = []
        self.changed = threading.Condition()

    def help_calls_changed(self, calls: Sequence[HelpCall]) -> None:
        with self.changed:
            self.lists.append(list(calls))
            self.changed.notify_all()

    def wait_for(self, test: object, timeout: float) -> float:
        """Seconds until the last list passes ``test``; fails after ``timeout``."""
        start = time.monotonic()
        with self.changed:
            ok = self.changed.wait_for(
                lambda: bool(self.lists) and test(self.lists[-1]),  # type: ignore[operator]
                timeout)
        assert ok, f"not heard within {timeout} s: {self.lists[-1:]}"
        return time.monotonic() - start


def test_a_kiosk_raises_and_a_console_acknowledges_then_resolves(engine: Engine) -> None:
    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-1")
    console = HelpCalls(HelpCallStore(engine), "clerk-1")
    call = kiosk.raise_call("pin_entry", HelpReason.LAST_TRY)
    [seen] = console.open_calls()
    assert (seen.id, seen.terminal_id, seen.screen, seen.reason) == (
        call.id, "kiosk-1", "pin_entry", HelpReason.LAST_TRY)
    assert seen.state is HelpState.RAISED
    acked = console.acknowledge(call.id, "S1024")
    assert acked.state is HelpState.ACKNOWLEDGED
    stored = kiosk.call(call.id)
    assert stored is not None and stored.acknowledged_by == "S1024"
    assert stored.seconds_to_acknowledge is not None
    console.resolve(call.id, "S1024")
    assert console.open_calls() == []
    done = kiosk.call(call.id)
    assert done is not None and done.state is HelpState.RESOLVED


def test_two_consoles_acknowledging_at_once_the_first_one_wins(engine: Engine) -> None:
    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-1")
    call = kiosk.raise_call("welcome", HelpReason.RESIDENT)
    first = HelpCalls(HelpCallStore(engine), "clerk-1").acknowledge(call.id, "S1")
    second = HelpCalls(HelpCallStore(engine), "clerk-2").acknowledge(call.id, "S2")
    assert first.acknowledged_by == second.acknowledged_by == "S1"


def test_a_call_made_offline_waits_in_the_outbox_and_arrives_late_not_never(
        engine: Engine, dead_engine: Engine, tmp_path: Path) -> None:
    outbox = HelpOutbox(tmp_path / "outbox.sqlite3")
    kiosk = HelpCalls(HelpCallStore(dead_engine), "kiosk-1", outbox=outbox)
    call = kiosk.raise_call("manual_entry", HelpReason.MANUAL_ENTRY)  # no error
    assert kiosk.waiting() == 1
    assert kiosk.sync() == 0  # still away
    # a restart of the kiosk during the outage: the call is in the file
    again = HelpOutbox(tmp_path / "outbox.sqlite3")
    assert [c.id for c in again.waiting()] == [call.id]
    console = HelpCalls(HelpCallStore(engine), "clerk-1")
    heard = Heard()
    watcher = HelpCallWatcher(console, heard, poll_seconds=0.1)
    watcher.start()
    try:
        heard.wait_for(lambda calls: calls == [], 5)
        # the database is back (the same URL answering again)
        kiosk_back = HelpCalls(HelpCallStore(engine), "kiosk-1", outbox=again)
        kiosk_watcher = HelpCallWatcher(kiosk_back, Heard(), poll_seconds=0.1)
        kiosk_watcher.start()  # its first round sends the outbox
        try:
            heard.wait_for(lambda calls: [c.id for c in calls] == [call.id], 5)
        finally:
            kiosk_watcher.stop()
    finally:
        watcher.stop()
    assert again.size() == 0 and kiosk_back.waiting() == 0
    [arrived] = console.open_calls()
    assert arrived.raised_at == call.raised_at  # when it was raised, not when it arrived
    kiosk_back.sync()
    assert len(console.open_calls()) == 1  # sent once


def test_kiosk_doctor_counts_the_help_calls_waiting(dead_engine: Engine, tmp_path: Path) -> None:
    from kiosk.config import Config
    from kiosk.visits.outbox import Outbox, describe_outbox

    path = tmp_path / "outbox.sqlite3"
    config = Config().replace("database", outbox_url=f"sqlite:///{path.as_posix()}")
    Outbox(path)
    assert describe_outbox(config)[0]  # empty
    kiosk = HelpCalls(HelpCallStore(dead_engine), "kiosk-1", outbox=HelpOutbox(path))
    kiosk.raise_call("welcome", HelpReason.RESIDENT)
    ok, message = describe_outbox(config)
    assert not ok and message.startswith("1 item(s) waiting")


def test_the_watcher_delivers_within_two_seconds(engine: Engine) -> None:
    """Polling on SQLite, LISTEN/NOTIFY on PostgreSQL: the same bound."""
    kiosk = HelpCalls(HelpCallStore(engine), "kiosk-1")
    console = HelpCalls(HelpCallStore(engine), "clerk-1")
    heard = Heard()
    watcher = HelpCallWatcher(console, heard)
    watcher.start()
    try:
        heard.wait_for(lambda calls: calls == [], 5)
        call = kiosk.raise_call("preview", HelpReason.PRINT_FAILURE)
        took = heard.wait_for(lambda calls: [c.id for c in calls] == [call.id], 2.0)
        assert took < 2.0
        console.acknowledge(call.id, "S1")
        heard.wait_for(lambda calls: calls[0].state is HelpState.ACKNOWLEDGED, 2.0)
        console.resolve(call.id, "S1")
        heard.wait_for(lambda calls: calls == [], 2.0)
    finally:
        watcher.stop()
    assert not watcher.running
