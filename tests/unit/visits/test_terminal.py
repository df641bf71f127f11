"""Terminal ids: generated once per installation, and never shared by two live terminals."""

from __future__ import annotations

import socket
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from kiosk.config import Config, ConfigError, load_config
from kiosk.storage.db import make_engine
from kiosk.storage.models import Terminal
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.terminal import TerminalIdInUse, TerminalLease, terminal_id


def test_an_empty_id_is_generated_once_and_kept(tmp_path: Path) -> None:
    config = Config()
    assert config.terminal.id == ""  # no shared default such as kiosk-1 any more
    first = terminal_id(config, tmp_path)
    assert first.startswith("kiosk-") and len(first) == len("kiosk-") + 8
    assert terminal_id(config, tmp_path) == first  # kept in the data folder
    assert (tmp_path / "terminal-id-kiosk").read_text(encoding="utf-8").strip() == first
    assert terminal_id(config, tmp_path / "other") != first  # another installation
    assert terminal_id(config.replace("terminal", id="counter-3"), tmp_path) == "counter-3"
    clerk = terminal_id(config.replace("terminal", role="clerk"), tmp_path)
    assert clerk.startswith("clerk-") and clerk != first  # a console beside the kiosk


def test_a_damaged_id_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "terminal-id-kiosk").write_bytes(b"\x00\xff garbage")
    made = terminal_id(Config(), tmp_path)
    assert made.startswith("kiosk-") and terminal_id(Config(), tmp_path) == made


def test_the_id_and_disk_threshold_are_validated(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text('[terminal]\nid = "bad id/1"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"terminal\.id"):
        load_config(path, environ={})
    path.write_text("[terminal]\nmin_free_disk_mb = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"terminal\.min_free_disk_mb: must be between 1"):
        load_config(path, environ={})


def test_a_second_live_terminal_with_the_same_id_is_refused(engine: Engine) -> None:
    first = TerminalLease(engine, "kiosk-1")
    second = TerminalLease(engine, "kiosk-1")
    first.claim()
    first.claim()  # again: still ours
    with pytest.raises(TerminalIdInUse, match="already running with the id 'kiosk-1'"):
        second.claim()
    TerminalLease(engine, "kiosk-2").claim()  # another id is fine
    first.renew()
    first.release()
    second.claim()  # released: free
    with pytest.raises(TerminalIdInUse):
        first.renew()  # the first one learns it lost the id
    assert second.holder() == second.instance


def test_a_killed_terminal_is_taken_over_once_stale(engine: Engine) -> None:
    killed = TerminalLease(engine, "kiosk-1")
    killed.claim()  # and never releases
    with pytest.raises(TerminalIdInUse):
        TerminalLease(engine, "kiosk-1").claim()
    with engine.begin() as c:  # not renewed since long ago
        c.execute(update(Terminal).values(last_seen=datetime(2020, 1, 1, tzinfo=UTC)))
    restarted = TerminalLease(engine, "kiosk-1")
    restarted.claim()
    assert restarted.holder() == restarted.instance


def test_a_refused_recorder_keeps_visits_in_the_outbox_and_tells_staff(
        engine: Engine, tmp_path: Path) -> None:
    holder = TerminalLease(engine, "kiosk-1")
    holder.claim()
    clock = [0.0]
    duplicate = MetricsRecorder(engine, Outbox(tmp_path / "o.sqlite3"), "kiosk-1",
                                lease=TerminalLease(engine, "kiosk-1"), retry_after=1,
                                monotonic=lambda: clock[0])
    ticket = duplicate.start_visit()
    assert ticket.offline and ticket.ticket == "kiosk-1-1"
    assert any("already running with the id 'kiosk-1'" in a for a in duplicate.staff_alerts())
    holder.release()  # the other terminal is switched off
    clock[0] += 2
    assert duplicate.sync() == 2
    assert duplicate.staff_alerts() == []
    assert duplicate.lease is not None
    assert duplicate.lease.holder() == duplicate.lease.instance
    duplicate.release_terminal()
    with engine.connect() as c:
        assert c.execute(select(Terminal.instance)).scalar_one() is None


def test_an_unreachable_database_is_not_a_refusal(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dead = make_engine(f"postgresql://k:k@127.0.0.1:{port}/x", connect_timeout=2)
    recorder = MetricsRecorder(dead, Outbox(tmp_path / "o.sqlite3"), "kiosk-1",
                               lease=TerminalLease(dead, "kiosk-1"))
    assert recorder.start_visit().offline
    assert recorder.staff_alerts() == []
    dead.dispose()


def test_a_kiosk_restarted_after_a_crash_takes_over_its_own_id_at_once(
        engine: Engine, tmp_path: Path) -> None:
    crashed = TerminalLease(engine, "kiosk-1", folder=tmp_path)
    crashed.claim()
    assert crashed._lock_file is not None
    crashed._lock_file.close()  # killed: the flock goes with the process
    crashed._lock_file = None
    restarted = TerminalLease(engine, "kiosk-1", folder=tmp_path)
    restarted.claim()  # no wait for stale_after: it is this installation's predecessor
    assert restarted.holder() == restarted.instance
    elsewhere = TerminalLease(engine, "kiosk-1", folder=tmp_path / "other-tablet")
    with pytest.raises(TerminalIdInUse):
        elsewhere.claim()
    same_folder = TerminalLease(engine, "kiosk-1", folder=tmp_path)  # a second process here
    with pytest.raises(TerminalIdInUse):
        same_folder.claim()
