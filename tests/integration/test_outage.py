"""The central database stops in the middle of a run of events and comes back.

A private, throw-away PostgreSQL instance (``initdb`` into a temporary folder, its own
port and socket folder) is started for this test only, so stopping it never disturbs the
shared server other tests use. A terminal thread records visits continuously; the test
stops the server (``pg_ctl stop -m fast``, which also kills the open connections) after
some events, lets the terminal go on while it is down, starts it again, and checks after
the sync that every event the terminal made is in the database exactly once.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from sqlalchemy import func, select, text

from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

PG_BIN = Path("/usr/lib/postgresql/15/bin")
pytestmark = [pytest.mark.postgres, pytest.mark.slow]



def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(*command: str) -> list[str]:
    """initdb and postgres refuse to run as root: run them as the postgres user."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


class PrivatePostgres:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/kiosk"

    def _ctl(self, *args: str) -> None:
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args),
                       check=True, capture_output=True, timeout=60)

    def init(self) -> None:
        subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust",
                                    "-U", "postgres", "--no-sync"),
                       check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off")
        self._ctl("-o", options, "-l", str(self.folder / "server.log"), "-w", "start")

    def stop(self) -> None:
        self._ctl("-m", "fast", "-w", "stop")


@pytest.fixture
def private_pg(request: pytest.FixtureRequest) -> Iterator[PrivatePostgres]:
    if not (PG_BIN / "initdb").exists():
        service_missing("PostgreSQL server binaries (initdb)")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivatePostgres(folder)
    try:
        server.init()
        server.start()
    except (subprocess.SubprocessError, OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        service_missing(f"a private PostgreSQL instance ({type(exc).__name__})")
    admin = make_engine(server.url.rsplit("/", 1)[0] + "/postgres")
    with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("CREATE DATABASE kiosk"))
    admin.dispose()
    try:
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError):  # already stopped
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


def _wait_until(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        time.sleep(0.01)


class Terminal(threading.Thread):
    """A kiosk recording visits as fast as it can until told to stop."""

    def __init__(self, recorder: MetricsRecorder) -> None:
        super().__init__(daemon=True)
        self.recorder = recorder
        self.event_ids: list[str] = []
        self.tickets: list[tuple[str, str, bool]] = []
        self.stop_flag = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop_flag.is_set():
                ticket = self.recorder.start_visit()
                self.tickets.append((ticket.visit_id, ticket.ticket, ticket.offline))
                for kind, dept in (("forms_printed", None), ("called", "JUMIN"),
                                   ("service_started", "JUMIN"), ("service_finished", "JUMIN"),
                                   ("left", None)):
                    self.event_ids.append(self.recorder.record(ticket.visit_id, kind, dept))
        except BaseException as exc:  # the test asserts there was none
            self.error = exc


def test_events_survive_a_database_stop_exactly_once(private_pg: PrivatePostgres,
                                                     tmp_path: Path) -> None:
    engine = make_engine(private_pg.url, connect_timeout=2)
    migrate.upgrade(engine)
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "kiosk-9",
                               retry_after=0.5)
    terminal = Terminal(recorder)
    terminal.start()
    _wait_until(lambda: len(terminal.event_ids) >= 100)
    private_pg.stop()  # in the middle of the run
    online_before = len(terminal.tickets)
    _wait_until(lambda: recorder.outbox.size() >= 60)  # the kiosk goes on, into the outbox
    assert terminal.error is None
    private_pg.start()
    _wait_until(lambda: any(not off for _, _, off in terminal.tickets[online_before + 1:])
                and recorder.outbox.size() == 0)  # back online by itself
    _wait_until(lambda: len(terminal.event_ids) >= 400)
    terminal.stop_flag.set()
    terminal.join(timeout=30)
    assert terminal.error is None
    recorder.sync()
    assert recorder.outbox.size() == 0

    with engine.connect() as c:
        stored = c.execute(select(VisitEvent.id, func.count()).group_by(VisitEvent.id)).all()
        visits = dict(c.execute(select(Visit.id, Visit.ticket)).all())
        starts = c.execute(select(func.count()).select_from(VisitEvent)
                           .where(VisitEvent.kind == "visit_started")).scalar_one()
    engine.dispose()
    counts = dict(stored)
    assert set(terminal.event_ids) <= set(counts)
    assert all(n == 1 for n in counts.values())  # nothing counted twice (primary key anyway)
    assert len(counts) == len(terminal.event_ids) + starts
    assert starts == len(terminal.tickets) == len(visits)
    offline = [t for _, t, off in terminal.tickets if off]
    assert offline and all(t.startswith("kiosk-9-") for t in offline)
    # a visit whose start committed just as the server died may keep its central ticket
    assert sum(visits[v] == t for v, t, _ in terminal.tickets) >= len(visits) - 1
