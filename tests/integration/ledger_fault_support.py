"""The "nothing lost" faults of issue 11, shared by the bounded tests and the full-length script.

Each run returns a ``FaultReport``: the visits and events the terminals accepted (what
residents were told, "before") against what the central database holds once everything
was sent ("after"), the lost and doubled ones, the printed tickets two residents hold,
and whether any two stored visits still look alike to staff (same ticket *and* rank).

* ``pg_kill_loop``: terminal processes (some sharing one terminal id, some not) record
  visits while a private PostgreSQL instance (``initdb`` in a temporary folder, its own
  port: the shared server is never touched) is killed with SIGKILL — the postmaster and
  every backend — and started again, ``kills`` times; it is left stopped only by the
  caller's fixture at the end.
* ``disk_full_run``: a kiosk whose data folder (default SQLite database and outbox) is a
  tiny tmpfs filled to the last byte; then space comes back.
* ``corrupt_outbox_run``: the outbox file overwritten, with the kiosk idle (at start) or
  with items pending while it runs.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path
from typing import Any

import psutil
from sqlalchemy import Engine, func, select, text

from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.terminal import TerminalLease

PG_BIN = Path("/usr/lib/postgresql/15/bin")
EVENTS_PER_VISIT = (("identified", None, {"method": "card"}), ("forms_printed", None, {}),
                    ("called", "JUMIN", {}), ("left", None, {}))


def wait_until(condition: Callable[[], bool], timeout: float = 120, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached in {timeout} s: {what}")
        time.sleep(0.02)


# ------------------------------------------------------------------ the report
@dataclass
class FaultReport:
    fault: str
    visits_before: int = 0
    visits_after: int = 0
    events_before: int = 0
    events_after: int = 0
    visits_lost: int = 0
    events_lost: int = 0
    doubled: int = 0
    printed_twice: int = 0  # tickets two residents hold (reconciled by rank)
    residents_sharing_a_label: int = 0  # same ticket and same rank: must be 0
    tickets_not_as_printed: int = 0
    notes: str = ""

    @property
    def clean(self) -> bool:
        return not (self.visits_lost or self.events_lost or self.doubled
                    or self.residents_sharing_a_label or self.tickets_not_as_printed)

    def line(self) -> str:
        return (f"{self.fault}: visits {self.visits_before} before / {self.visits_after} after, "
                f"events {self.events_before} / {self.events_after}; lost {self.visits_lost} "
                f"visits + {self.events_lost} events, doubled {self.doubled}, tickets printed "
                f"twice {self.printed_twice} (all told apart by rank), residents sharing one "
                f"ticket {self.residents_sharing_a_label}, tickets not as printed "
                f"{self.tickets_not_as_printed}{'; ' + self.notes if self.notes else ''}")

    def as_json(self) -> str:
        return json.dumps(asdict(self))


def audit(engine: Engine, fault: str, visits: list[tuple[str, str]],
          events: list[str]) -> FaultReport:
    """Compare what the terminals accepted (visit id, printed ticket; event ids) with the
    database. Every visit also has its ``visit_started`` event, counted here."""
    with engine.connect() as c:
        stored = {r.id: (r.day, r.ticket, r.ticket_rank) for r in c.execute(
            select(Visit.id, Visit.day, Visit.ticket, Visit.ticket_rank))}
        event_counts: dict[str, int] = {
            r[0]: r[1] for r in c.execute(select(VisitEvent.id, func.count())
                                          .group_by(VisitEvent.id))}
        starts = Counter(c.execute(select(VisitEvent.visit_id)
                                   .where(VisitEvent.kind == "visit_started")).scalars())
    made = dict(visits)
    printed = Counter(ticket for ticket in made.values())
    labels = Counter(stored.values())
    return FaultReport(
        fault=fault,
        visits_before=len(made), visits_after=len(stored),
        events_before=len(events) + len(made), events_after=sum(event_counts.values()),
        visits_lost=len(set(made) - set(stored)),
        events_lost=len(set(events) - set(event_counts)) + sum(
            1 for v in made if starts.get(v, 0) == 0),
        doubled=sum(n - 1 for n in event_counts.values() if n > 1)
        + sum(n - 1 for n in starts.values() if n > 1),
        printed_twice=sum(n - 1 for n in printed.values() if n > 1),
        residents_sharing_a_label=sum(n - 1 for n in labels.values() if n > 1),
        tickets_not_as_printed=sum(1 for v, t in made.items() if v in stored and stored[v][1] != t),
    )


# ------------------------------------------------------------------ a killable PostgreSQL
def _as_postgres(*command: str) -> list[str]:
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root
        return ["runuser", "-u", "postgres", "--", *command]
    return list(command)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class KillablePostgres:
    """A private instance in ``folder`` (never the shared server)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = _free_port()
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/kiosk"

    def _ctl(self, *args: str) -> None:
        subprocess.run(_as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(self.data), *args),
                       check=True, capture_output=True, timeout=120)

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        subprocess.run(_as_postgres(str(PG_BIN / "initdb"), "-D", str(self.data), "-A", "trust",
                                    "-U", "postgres", "--no-sync"),
                       check=True, capture_output=True, timeout=120)
        self.start()
        admin = make_engine(self.url.rsplit("/", 1)[0] + "/postgres")
        with admin.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("CREATE DATABASE kiosk"))
        admin.dispose()

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c max_connections=60")
        self._ctl("-o", options, "-l", str(self.folder / "server.log"), "-w", "start")

    def postmaster(self) -> psutil.Process | None:
        try:
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
            return psutil.Process(pid)
        except (FileNotFoundError, ValueError, IndexError, psutil.NoSuchProcess):
            return None

    def kill9(self) -> None:
        """SIGKILL the postmaster and every backend at once, as a crash would."""
        main = self.postmaster()
        assert main is not None, "PostgreSQL is not running"
        victims = [main, *main.children(recursive=True)]
        for process in victims:
            with suppress(psutil.NoSuchProcess):
                process.send_signal(signal.SIGKILL)
        wait_until(lambda: all(_gone(p) for p in victims), 30, "the killed server to go")

    def stop(self) -> None:
        if self.postmaster() is not None:
            self._ctl("-m", "fast", "-w", "stop")


def _gone(process: psutil.Process) -> bool:
    """Reaped, not only dead: the server refuses to start while its old pid exists."""
    return not psutil.pid_exists(process.pid)


# ------------------------------------------------------------------ terminal processes
def _terminal(url: str, folder: str, terminal_id: str, progress: Synchronized,  # type: ignore[type-arg]
              stop: Any, results: Any) -> None:
    """One tablet: its own folder (outbox, terminal.lock), recording until told to stop."""
    engine = make_engine(url, connect_timeout=2)
    outbox = Outbox(Path(folder) / "outbox.sqlite3")
    recorder = MetricsRecorder(engine, outbox, terminal_id, retry_after=0.2,
                               lease=TerminalLease(engine, terminal_id, folder=Path(folder)))
    visits: list[tuple[str, str]] = []
    events: list[str] = []
    while not stop.is_set():
        ticket = recorder.start_visit()
        visits.append((ticket.visit_id, ticket.ticket))
        for kind, department, extra in EVENTS_PER_VISIT:
            events.append(recorder.record(ticket.visit_id, kind, department, **extra))
        with progress.get_lock():
            progress.value += 1
    recorder.release_terminal()
    engine.dispose()
    results.put((folder, terminal_id, visits, events))


def drain(url: str, folder: Path, terminal_id: str) -> None:
    """Start the tablet once more and send what waits in its outbox."""
    engine = make_engine(url, connect_timeout=2)
    recorder = MetricsRecorder(engine, Outbox(folder / "outbox.sqlite3"), terminal_id,
                               retry_after=0.0, lease=TerminalLease(engine, terminal_id,
                                                                    folder=folder))
    try:
        wait_until(lambda: recorder.sync() >= 0 and recorder.outbox.size() == 0, 120,
                   f"the outbox of {terminal_id} to empty: {recorder.staff_alerts()}")
        recorder.release_terminal()
    finally:
        engine.dispose()


def pg_kill_loop(server: KillablePostgres, folder: Path, terminal_ids: list[str], kills: int,
                 visits_between: int = 20) -> FaultReport:
    """``kills`` SIGKILLs of PostgreSQL while the terminals record; see the module doc."""
    engine = make_engine(server.url, connect_timeout=2)
    migrate.upgrade(engine)
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    progress = [context.Value("i", 0) for _ in terminal_ids]
    folders = [folder / f"tablet-{n}" for n in range(len(terminal_ids))]
    workers = [context.Process(target=_terminal, args=(server.url, str(f), t, p, stop, results))
               for f, t, p in zip(folders, terminal_ids, progress, strict=True)]
    for worker in workers:
        worker.start()

    def total() -> int:
        return sum(int(p.value) for p in progress)

    def more_visits(what: str) -> None:
        mark = total()
        wait_until(lambda: total() >= mark + visits_between, 120, what)

    try:
        for _ in range(kills):
            more_visits("visits while up")
            server.kill9()
            more_visits("visits while down")
            server.start()
        more_visits("visits once back")
    finally:
        stop.set()
        done = [results.get(timeout=180) for _ in workers]
        for worker in workers:
            worker.join(timeout=60)
    for tablet, terminal_id, _, _ in done:
        drain(server.url, Path(tablet), terminal_id)
    visits = [v for _, _, vs, _ in done for v in vs]
    events = [e for _, _, _, es in done for e in es]
    shared = len(terminal_ids) - len(set(terminal_ids))
    report = audit(engine, f"PostgreSQL kill -9 x{kills}, {len(terminal_ids)} terminals "
                   f"({shared} sharing an id)", visits, events)
    engine.dispose()
    return report


# ------------------------------------------------------------------ full disk
@contextmanager
def tiny_filesystem(where: Path, megabytes: int) -> Iterator[Path]:
    """A tmpfs of ``megabytes`` at ``where`` (root only), unmounted afterwards."""
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={megabytes}m,mode=0700", "tmpfs",
                    str(where)], check=True, capture_output=True, timeout=30)
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True,
                       timeout=30)


def fill(folder: Path) -> Path:
    """Fill the file system of ``folder`` to the last byte; return the ballast file."""
    ballast = folder / "ballast"
    handle = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        size = 1 << 20
        while size:
            try:
                os.write(handle, b"\0" * size)
            except OSError:
                size //= 2
    finally:
        os.close(handle)
    return ballast


def _visit(recorder: MetricsRecorder, visits: list[tuple[str, str]], events: list[str]) -> None:
    ticket = recorder.start_visit()
    visits.append((ticket.visit_id, ticket.ticket))
    for kind, department, extra in EVENTS_PER_VISIT:
        events.append(recorder.record(ticket.visit_id, kind, department, **extra))


@contextmanager
def _kiosk_home(home: Path) -> Iterator[None]:
    before = os.environ.get("KIOSK_HOME")
    os.environ["KIOSK_HOME"] = str(home)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("KIOSK_HOME", None)
        else:
            os.environ["KIOSK_HOME"] = before


def disk_full_run(home: Path, visits_while_full: int, megabytes: int = 16) -> FaultReport:
    """The default kiosk (SQLite database and outbox in the data folder) on a full disk."""
    from kiosk.config import Config
    from kiosk.doctor import Status, check_disk

    visits: list[tuple[str, str]] = []
    events: list[str] = []
    with tiny_filesystem(home / "data", megabytes) as data, _kiosk_home(home):
        engine = make_engine(f"sqlite:///{data / 'kiosk.sqlite3'}")
        migrate.upgrade(engine)
        outbox = Outbox(data / "outbox.sqlite3", min_free_mb=2)
        recorder = MetricsRecorder(engine, outbox, "kiosk-disk", retry_after=1.0)
        for _ in range(20):
            _visit(recorder, visits, events)
        assert recorder.staff_alerts() == []
        ballast = fill(data)
        for _ in range(visits_while_full):  # never raises, never drops
            _visit(recorder, visits, events)
        alerts = " ".join(recorder.staff_alerts())
        assert "almost full" in alerts, alerts
        finding = check_disk(Config().replace("terminal", min_free_disk_mb=2))
        assert finding.status is Status.FAIL and "almost full" in finding.message
        assert "network" not in finding.message
        held = outbox.size()
        ballast.unlink()  # staff freed some space
        wait_until(lambda: recorder.sync() >= 0 and outbox.size() == 0, 60, "the outbox to empty")
        assert recorder.staff_alerts() == [], recorder.staff_alerts()
        report = audit(engine, f"disk full ({megabytes} MB tmpfs data folder)", visits, events)
        report.notes = (f"{visits_while_full} visits made on the full disk, {held} items "
                        "kept in memory until there was room")
        engine.dispose()
    return report


def corrupt_outbox_run(folder: Path, central: Engine, dead: Engine, visits_each: int,
                       pending: bool) -> FaultReport:
    """The outbox overwritten: idle (nothing waiting; found at the next start) or with items
    pending while the kiosk runs (the database away); the kiosk goes on, staff are told,
    nothing is lost."""
    from kiosk.visits.outbox_safety import set_aside_files

    migrate.upgrade(central)
    path = folder / "outbox.sqlite3"
    recorder = MetricsRecorder(central, Outbox(path), "kiosk-outbox", retry_after=0.0)
    visits: list[tuple[str, str]] = []
    events: list[str] = []
    for _ in range(visits_each):
        _visit(recorder, visits, events)
    if pending:
        recorder.engine = dead
        for _ in range(visits_each):
            _visit(recorder, visits, events)
    waiting = recorder.outbox.size()
    assert (waiting > 0) == pending
    for companion in ("-wal", "-shm"):
        path.with_name(path.name + companion).unlink(missing_ok=True)
    path.write_bytes(os.urandom(64 * 1024))
    if not pending:  # idle: found when the kiosk starts next (it used to stay off all day)
        recorder = MetricsRecorder(central, Outbox(path), "kiosk-outbox", retry_after=0.0)
    for _ in range(visits_each):  # record() never raises into the visit
        _visit(recorder, visits, events)
    assert any("damaged and set aside" in a for a in recorder.staff_alerts())
    assert len(set_aside_files(path)) == 1
    recorder.engine = central
    wait_until(lambda: recorder.sync() >= 0 and recorder.outbox.size() == 0, 60, "outbox empty")
    report = audit(central, f"corrupt outbox ({'items pending' if pending else 'idle'})",
                   visits, events)
    report.notes = f"{waiting} items were waiting when the file was overwritten"
    return report
