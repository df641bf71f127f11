"""A damaged outbox and a full disk: nothing accepted is lost, staff are told, nothing raises.

The damage is real (the file's bytes overwritten), the full disk is SQLite's own
``SQLITE_FULL`` (``PRAGMA max_page_count`` caps the file, as a full file system would);
the full-disk run on a real, tiny file system is in tests/integration/test_ledger_faults.py.
"""

from __future__ import annotations

import logging
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kiosk.config import Config
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.outbox import Outbox, describe_outbox
from kiosk.visits.outbox_safety import low_disk_message, set_aside_files
from kiosk.visits.recorder import MetricsRecorder


@pytest.fixture
def dead_engine() -> Iterator[Engine]:
    from kiosk.storage.db import make_engine

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = make_engine(f"postgresql://kiosk:kiosk@127.0.0.1:{port}/none", connect_timeout=2)
    yield engine
    engine.dispose()


def _damage(path: Path) -> None:
    for companion in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        companion.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database " * 400)


def _visits(recorder: MetricsRecorder, n: int) -> tuple[list[str], list[str]]:
    visits, events = [], []
    for _ in range(n):
        v = recorder.start_visit().visit_id
        visits.append(v)
        events.append(recorder.record(v, "forms_printed"))
    return visits, events


def _stored(engine: Engine) -> tuple[set[str], int]:
    with engine.connect() as c:
        visits = set(c.execute(select(Visit.id)).scalars())
        events = c.execute(select(func.count()).select_from(VisitEvent)).scalar_one()
    return visits, int(events)


def test_a_damaged_outbox_at_start_is_set_aside_and_a_new_one_works(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "outbox.sqlite3"
    _damage(path)
    with caplog.at_level(logging.ERROR, logger="kiosk.visits.outbox"):
        outbox = Outbox(path)
    aside = set_aside_files(path)
    assert len(aside) == 1 and aside[0].name.startswith("outbox.sqlite3.corrupt-20")
    assert aside[0].read_bytes().startswith(b"this is not a database")
    assert any("set aside" in r.getMessage() for r in caplog.records)
    assert "set aside" in outbox.alerts.current()[0]
    outbox.put("event", {"id": "e1"})
    assert outbox.size() == 1 and Outbox(path).size() == 1  # the new file holds it


def test_damage_with_items_pending_loses_nothing_and_never_reaches_the_visit(
        engine: Engine, dead_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    recorder = MetricsRecorder(dead_engine, Outbox(path), "kiosk-5")
    before_visits, _ = _visits(recorder, 3)
    _damage(path)  # while the kiosk runs, with 9 items waiting (visit, start, printed)
    after_visits, _ = _visits(recorder, 2)  # record() does not raise
    alerts = recorder.staff_alerts()
    assert len(alerts) == 1 and "damaged and set aside" in alerts[0]
    assert len(set_aside_files(path)) == 1
    assert recorder.outbox.size() == 15
    recorder.engine = engine  # the database is back
    recorder._paused_until = 0.0
    assert recorder.sync() == 15
    visits, events = _stored(engine)
    assert visits == set(before_visits + after_visits)
    assert events == 2 * 5  # visit_started and forms_printed of each, once


def test_doctor_reports_a_damaged_outbox_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    config = Config().replace("database", outbox_url=f"sqlite:///{path.as_posix()}")
    Outbox(path).put("event", {"id": "e1"})
    _damage(path)
    ok, message = describe_outbox(config)
    assert not ok and "is damaged" in message and path.exists()
    assert set_aside_files(path) == []  # the doctor only looks
    Outbox(path)  # the kiosk sets it aside
    ok, message = describe_outbox(config)
    assert not ok and "1 damaged outbox(es) were set aside" in message


@contextmanager
def _capped(outbox: Outbox, pages: list[int]) -> Iterator[None]:
    """Every connection of ``outbox`` limited to ``pages[0]`` pages: SQLITE_FULL."""
    original = outbox._connect

    @contextmanager
    def connect() -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(outbox.path, timeout=5)) as connection:
            connection.execute(f"PRAGMA max_page_count = {pages[0]}")
            with connection:
                yield connection

    outbox._connect = connect  # type: ignore[method-assign]
    try:
        yield
    finally:
        outbox._connect = original  # type: ignore[method-assign]


def test_a_full_disk_keeps_every_event_in_memory_and_writes_it_later(
        engine: Engine, dead_engine: Engine, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "outbox.sqlite3"
    outbox = Outbox(path)
    recorder = MetricsRecorder(dead_engine, outbox, "kiosk-6")
    with sqlite3.connect(path) as c:
        used = int(c.execute("PRAGMA page_count").fetchone()[0])
    pages = [used]
    with _capped(outbox, pages), caplog.at_level(logging.ERROR):
        visits, _ = _visits(recorder, 40)  # the file cannot grow: no exception
        assert any("disk is full" in a for a in recorder.staff_alerts())
        assert outbox.size() == 120 and len(outbox._held) > 0
        assert sum("cannot be written" in r.getMessage() for r in caplog.records) == 1
        held = len(outbox._held)
        pages[0] = 10_000  # room again
        recorder.record(visits[0], "left")  # a put only holds it, until the retry time
        assert len(outbox._held) == held + 1
        assert recorder.sync() == 0  # the sync timer writes them (the database is away)
    assert outbox._held == [] and Outbox(path).size() == 121
    assert not any("disk is full" in a for a in recorder.staff_alerts())
    recorder.engine = engine
    recorder._paused_until = 0.0
    assert recorder.sync() == 121
    stored, events = _stored(engine)
    assert stored == set(visits) and events == 81  # 40 starts, 40 printed, 1 left


def test_a_full_disk_sends_straight_from_memory_when_the_database_answers(
        engine: Engine, dead_engine: Engine, tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    recorder = MetricsRecorder(dead_engine, outbox, "kiosk-7")
    with sqlite3.connect(outbox.path) as c:
        used = int(c.execute("PRAGMA page_count").fetchone()[0])
    with _capped(outbox, [used]):  # the file cannot grow
        visits, _ = _visits(recorder, 30)
        assert len(outbox._held) > 0
        recorder.engine = engine
        recorder._paused_until = 0.0
        assert recorder.sync() == 90
        assert outbox.size() == 0
    assert _stored(engine) == (set(visits), 60)


def test_low_disk_is_told_in_plain_words(tmp_path: Path) -> None:
    assert low_disk_message(tmp_path, 1) is None
    message = low_disk_message(tmp_path, 102400 * 1024)  # more than any test disk
    assert message is not None and "almost full" in message
    assert "terminal.min_free_disk_mb" in message and "network" not in message


def test_the_recorder_warns_staff_before_the_disk_is_full(
        engine: Engine, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3", min_free_mb=10**8)
    recorder = MetricsRecorder(engine, outbox, "kiosk-8")
    with caplog.at_level(logging.ERROR):
        recorder.start_visit()
        recorder.start_visit()
    assert any("almost full" in a for a in recorder.staff_alerts())
    assert sum("low disk space" in r.getMessage() for r in caplog.records) == 1
    outbox.min_free_mb = 1
    recorder.start_visit()
    assert recorder.staff_alerts() == []


def test_a_partly_damaged_outbox_found_at_start_gives_back_what_can_be_read(
        engine: Engine, dead_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    recorder = MetricsRecorder(dead_engine, Outbox(path), "kiosk-9")
    visits, _ = _visits(recorder, 100)  # 300 items over many pages
    del recorder  # the kiosk is switched off …
    with open(path, "r+b") as handle:  # … and the end of its file is damaged
        handle.seek(-4096, 2)
        handle.write(b"\xff" * 4096)
    restarted = MetricsRecorder(engine, Outbox(path), "kiosk-9")
    salvaged = restarted.outbox.size()
    assert 0 < salvaged < 300
    assert "damaged and set aside" in restarted.staff_alerts()[0]
    assert restarted.start_visit().ticket == "1"  # online again, and the outbox was sent first
    stored, _ = _stored(engine)
    assert 0 < len(stored & set(visits)) < 100
    assert restarted.outbox.size() == 0
