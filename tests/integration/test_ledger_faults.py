"""The bounded fault suite of issue 11 §1/§7: PostgreSQL kill -9 loops, a full disk, a corrupt outbox.

Each fault prints its report (visits and events before and after) and must show 0 lost,
0 doubled and no two residents with one ticket. The full-length runs are
``tests/soak/ledger_faults.py``. Marked ``postgres`` and ``slow`` like test_outage.py:
the kill loop uses its own private PostgreSQL instance (the shared server is never
touched), restarts it after every kill and stops it at the end; run it alone, under
``flock /work/wt/pg.lock`` on a shared machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from ledger_fault_support import (
    PG_BIN,
    FaultReport,
    KillablePostgres,
    corrupt_outbox_run,
    disk_full_run,
    pg_kill_loop,
)
from sqlalchemy import Engine

from kiosk.storage.db import make_engine

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def killable_pg() -> Iterator[KillablePostgres]:
    if not (PG_BIN / "initdb").exists():
        service_missing("PostgreSQL server binaries (initdb)")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-ledger-pg-"))
    server = KillablePostgres(folder)
    try:
        server.init()
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        service_missing(f"a private PostgreSQL instance ({type(exc).__name__})")
    try:
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _check(report: FaultReport) -> None:
    print("\n" + report.line())
    assert report.visits_before > 0 and report.clean, report.line()
    assert report.visits_after == report.visits_before
    assert report.events_after == report.events_before


def test_postgres_kill_loop_with_terminals_sharing_and_not_sharing_ids(
        killable_pg: KillablePostgres, tmp_path: Path) -> None:
    report = pg_kill_loop(killable_pg, tmp_path, ["kiosk-a", "kiosk-a", "kiosk-b"], kills=3)
    _check(report)
    assert report.printed_twice > 0  # the shared id really collided, and nothing was lost


def test_a_full_data_disk_loses_nothing(tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    _check(disk_full_run(tmp_path / "home", visits_while_full=60))


@pytest.mark.parametrize("pending", [False, True], ids=["idle", "pending"])
def test_a_corrupt_outbox_loses_nothing(tmp_path: Path, pending: bool,
                                        dead_engine: Engine) -> None:
    central = make_engine(f"sqlite:///{tmp_path / 'central.sqlite3'}")
    try:
        _check(corrupt_outbox_run(tmp_path / "kiosk", central, dead_engine, 30, pending))
    finally:
        central.dispose()


@pytest.fixture
def dead_engine() -> Iterator[Engine]:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = make_engine(f"postgresql://k:k@127.0.0.1:{port}/none", connect_timeout=2)
    yield engine
    engine.dispose()
