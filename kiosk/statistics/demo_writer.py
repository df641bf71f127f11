"""Bulk writes for the demo generator: PostgreSQL ``COPY``, SQLite raw ``executemany``.

Kept apart from the generator so the generator stays pure and testable. Rows are tuples
in the column order below (the events' times naive-UTC text, the summaries' days ISO
text); one chunk is one transaction.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, Table

from kiosk.statistics.demo_cells import DayCells
from kiosk.storage.rollups import DAY, upsert_cells
from kiosk.storage.tables import TicketCounter
from kiosk.visits.store import dialect_insert

_DONE = object()


def ahead(items: Iterable[Any], depth: int = 1) -> Iterator[Any]:
    """``items``, produced by a background thread at most ``depth`` items ahead.

    The generator is pure Python and the databases' drivers release the GIL while they
    insert, so the next chunk is generated while this one is written (on two cores the
    two overlap); ``depth`` bounds the memory. An error in ``items`` is raised here; when
    the caller stops early the thread stops at its next item.
    """
    handoff: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def hand(item: Any) -> bool:
        while not stop.is_set():
            try:
                handoff.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in items:
                if not hand(item):
                    return
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            hand(exc)
            return
        hand(_DONE)

    worker = threading.Thread(target=produce, name="demo-generator", daemon=True)
    worker.start()
    try:
        while True:
            item = handoff.get()
            if item is _DONE:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def _produce_in_child(handoff: Any, produce: Callable[[], Iterable[Any]]) -> None:
    try:
        for item in produce():
            handoff.put(item)
    except BaseException as exc:  # noqa: BLE001 - handed to the parent, raised there
        handoff.put(exc)
        return
    handoff.put(_END)


_END = "end of the items"


def ahead_in_child(produce: Callable[[], Iterable[Any]], depth: int = 1) -> Iterator[Any]:
    """``produce()``'s items, produced by a child process at most ``depth`` items ahead.

    Why not ``ahead``'s thread for large runs: SQLite's ``executemany`` takes the GIL back
    for every row, and while the generator thread holds it each row waits for the switch
    interval, so the thread and the writer barely overlap. A spawned child (a fresh
    interpreter: no inherited locks) has its own GIL; ``produce`` must be picklable (a
    module-level function or a ``functools.partial`` of one).
    """
    context = multiprocessing.get_context("spawn")
    handoff: Any = context.Queue(maxsize=depth)
    child = context.Process(target=_produce_in_child, args=(handoff, produce),
                            name="demo-generator", daemon=True)
    child.start()
    try:
        while True:
            item = handoff.get()
            if isinstance(item, str) and item == _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        handoff.close()


@dataclass
class Chunk:
    visits: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    visit_summaries: list[tuple[Any, ...]] = field(default_factory=list)
    department_summaries: list[tuple[Any, ...]] = field(default_factory=list)
    cells: DayCells = field(default_factory=DayCells)  # the summaries' roll-up cells


# Ids are time-ordered, so rows append to the indexes: a modest cache does (the 512 MB it
# once had made the peak memory of ``demo-data`` 900 MB).
SQLITE_CACHE_KB = 64 * 1024
COLUMNS = {
    "visit": ("id", "day", "ticket", "terminal_id", "started_at", "channel", "language",
              "life_event", "household_size", "procedures", "forms", "departments"),
    "visit_event": ("id", "visit_id", "kind", "department", "method", "attrs", "terminal_id",
                    "occurred_at"),
    "visit_summary": ("visit_id", "day", "hour", "week", "life_event", "channel",
                      "dwell_seconds", "kiosk_seconds"),
    "department_summary": ("visit_id", "department", "day", "hour", "week", "life_event",
                           "channel", "wait_seconds", "service_seconds", "sent_back"),
}


# Positions of the date and datetime values in the rows of each table (see COLUMNS). The
# events' times and the summaries' days come as text already (the bulk of the rows).
_DATES = {"visit": (1,)}
_DATETIMES = {"visit": (4,)}


def _sqlite_datetime(d: datetime) -> str:
    """SQLAlchemy's SQLite storage format (UTC, no offset); much faster than strftime."""
    if d.tzinfo is not UTC:  # the generator's times are UTC already
        d = d.astimezone(UTC)
    return d.replace(tzinfo=None).isoformat(" ", "microseconds")


def _sqlite_rows(table: str, rows: list[tuple[Any, ...]]) -> Iterable[Sequence[Any]]:
    dates, datetimes = _DATES.get(table, ()), _DATETIMES.get(table, ())
    if not dates and not datetimes:
        return rows
    return _converted(rows, dates, datetimes)


def _converted(rows: list[tuple[Any, ...]], dates: tuple[int, ...], datetimes: tuple[int, ...]
               ) -> Iterator[list[Any]]:
    for row in rows:
        values = list(row)
        for i in dates:
            values[i] = values[i].isoformat()
        for i in datetimes:
            values[i] = _sqlite_datetime(values[i])
        yield values


def write_chunk(engine: Engine, chunk: Chunk) -> None:
    tables = {
        "visit": chunk.visits,
        "visit_event": chunk.events,
        "visit_summary": chunk.visit_summaries,
        "department_summary": chunk.department_summaries,
    }
    with engine.begin() as connection:
        cells = [(DAY, *row) for row in chunk.cells.rows()]
        raw: Any = connection.connection.driver_connection
        if engine.dialect.name == "postgresql":
            upsert_cells(connection, cells)
            with raw.cursor() as cursor:
                cursor.execute("SET LOCAL TIME ZONE 'UTC'")  # the events' times are UTC text
                for table, rows in tables.items():
                    names = ", ".join(COLUMNS[table])
                    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
            return
        cursor = raw.cursor()
        cursor.execute(f"PRAGMA cache_size = -{SQLITE_CACHE_KB}")
        for table, rows in tables.items():
            columns = COLUMNS[table]
            marks = ", ".join("?" * len(columns))
            cursor.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",  # noqa: S608 - fixed names
                _sqlite_rows(table, rows),
            )
        cursor.close()
        upsert_cells(connection, cells)


def write_counters(engine: Engine, last: dict[date, int]) -> None:
    """Move each day's ticket counter past the demo tickets."""
    table = TicketCounter.__table__
    assert isinstance(table, Table)
    with engine.begin() as connection:
        for day, number in last.items():
            statement = (
                dialect_insert(connection, table)
                .values(day=day, last=number)
                .on_conflict_do_update(index_elements=["day"], set_={"last": number})
            )
            connection.execute(statement)
