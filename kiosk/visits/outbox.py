"""The local outbox: where visits and events wait while the central database is away.

A small SQLite file on the terminal (``database.outbox_url``; empty: ``outbox.sqlite3``
in the data folder). It holds only what the central metrics tables hold — ids, codes,
counts and times — never personal data. Items are kept in the order they were made, so a
visit is always sent before its events.

Sending (``sync``) inserts a batch with ``ON CONFLICT (id) DO NOTHING`` on the rows' own ids
(a visit whose ticket another visit already holds is ranked, never dropped: see
``kiosk.visits.store.insert_visits``),
refreshes the affected visits' summaries, commits, and only then deletes the batch here.
A crash between the commit and the delete re-sends rows that are then ignored: nothing is
lost and nothing is counted twice.

Offline ticket numbers come from a per-day counter in this file and carry the terminal id
(``kiosk-2-7``), so they never collide with the central numbers (digits only) nor with
another terminal's offline numbers.

The one exception to "no personal data": the clerks' copy of a visit made while the
database was away waits here too (``put_sealed_copy``), in its own table and already
sealed (``kiosk.app.personal_copies``), so it survives a restart and is sent as-is.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, Table

from kiosk.config import Config
from kiosk.paths import data_dir
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.outbox_safety import (
    StaffAlerts,
    is_corrupt,
    is_disk_full,
    low_disk_message,
    set_aside,
    set_aside_files,
)
from kiosk.visits.store import insert_ignore, insert_visits, refresh_summaries
from kiosk.visits.vocabulary import FORMER_CHANNEL_IDS

log = logging.getLogger(__name__)
T = TypeVar("T")

BATCH = 500
WRITE_RETRY_SECONDS = 5.0
ALERTS_KEY = "staff_alerts"  # the kiosk's current alerts, for `kiosk doctor`
_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox_item (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('visit', 'event')),
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS offline_ticket (day TEXT PRIMARY KEY, last INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def outbox_path(config: Config) -> Path:
    url = config.database.outbox_url
    if not url:
        return data_dir() / "outbox.sqlite3"
    return Path(url.split("///", 1)[1] if "///" in url else url)


class Outbox:
    """A FIFO of rows for the central tables, safe across restarts, that never raises.

    Everything accepted is kept in memory too until it is sent (``_unsent``, the file's
    items by sequence number, and ``_held``, items the file could not take yet), so:

    * a corrupt file (``SQLITE_CORRUPT``/``SQLITE_NOTADB``) is set aside under a dated
      name, a new one is started holding what was waiting, staff are alerted and the log
      says so (``kiosk.visits.outbox_safety``);
    * a full disk (or any other write error) keeps the items in memory, alerts staff, and
      retries at the next write or sync; ``sync`` sends them from memory meanwhile.

    Only a kill during a full disk loses what was held in memory; the free-space check
    (``min_free_mb``) warns staff well before that.
    """

    def __init__(self, path: Path, *, min_free_mb: int = 0,
                 alerts: StaffAlerts | None = None) -> None:
        self.path = path
        self.min_free_mb = min_free_mb
        self.alerts = alerts or StaffAlerts()
        self.alerts.on_change = self._keep_alerts
        self._lock = threading.RLock()
        self._unsent: dict[int, tuple[str, dict[str, Any]]] = {}
        self._held: list[tuple[str, dict[str, Any]]] = []
        self._tickets: dict[str, int] = {}
        self._offset = timedelta(0)
        self._ready = False  # the schema exists in the file
        # After a failed write, puts only hold items until then (each try rewrites them
        # all, which would slow every visit down on a full disk); ``sync`` always tries.
        self._retry_at = 0.0
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            self._attempt(self._load)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=5)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")  # an event must survive power loss
            connection.execute("PRAGMA secure_delete=ON")  # sent items leave no trace behind
            with connection:
                yield connection

    # ------------------------------------------------------------------ file access
    def _load(self) -> None:
        with self._connect() as connection:
            connection.executescript(_SCHEMA)
            items = connection.execute("SELECT seq, kind, body FROM outbox_item ORDER BY seq")
            self._unsent = {int(seq): (str(kind), _decode(json.loads(body)))
                            for seq, kind, body in items}
            for day, last in connection.execute("SELECT day, last FROM offline_ticket"):
                self._tickets[str(day)] = max(int(last), self._tickets.get(str(day), 0))
            row = connection.execute("SELECT value FROM meta WHERE key = 'offset'").fetchone()
            if row:
                self._offset = timedelta(seconds=float(row[0]))
        self._ready = True

    def _attempt(self, action: Callable[[], T]) -> T | None:
        """Run a file action; on corruption start a new file and try once more."""
        try:
            try:
                result = action()
            except sqlite3.Error as exc:
                if not is_corrupt(exc):
                    raise
                self._start_again(exc)
                result = action()
        except sqlite3.Error as exc:
            self._retry_at = time.monotonic() + WRITE_RETRY_SECONDS
            self._write_failed(exc)
            return None
        self._retry_at = 0.0
        if self.alerts.clear("outbox-write"):
            log.warning("outbox writable again (%s)", self.path)
        return result

    def _start_again(self, exc: sqlite3.Error) -> None:
        """Set the corrupt file aside and write what is known into a new one."""
        waiting = [*self._unsent.values()]
        aside = set_aside(self.path)
        salvaged = 0
        if not self._ready:  # found at start: nothing of the file is known in memory
            items = self._salvage(aside)
            waiting, salvaged = items, len(items)
        self._unsent = {}
        self._held = waiting + self._held
        log.error("outbox %s is corrupt (%s): set aside as %s, a new one started with the "
                  "%d item(s) still waiting (%d read back from the damaged file)", self.path,
                  type(exc).__name__, aside.name, len(self._held), salvaged)
        self.alerts.raise_(
            "outbox",
            f"The event outbox was damaged and set aside as {aside.name}; a new one was "
            f"started and the {len(self._held)} waiting item(s) that could be read were "
            "kept. Call IT support to look at the old file: it may hold more.")
        self._write_file(schema=True)

    def _salvage(self, aside: Path) -> list[tuple[str, dict[str, Any]]]:
        """What can still be read of a damaged file, row by row (best effort)."""
        items: list[tuple[str, dict[str, Any]]] = []
        try:
            with closing(sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)) as old:
                for day, last in old.execute("SELECT day, last FROM offline_ticket"):
                    self._tickets[str(day)] = max(int(last), self._tickets.get(str(day), 0))
        except (sqlite3.Error, ValueError, TypeError):
            pass  # keep numbering from what is known
        try:
            with closing(sqlite3.connect(f"{aside.as_uri()}?mode=ro", uri=True)) as old:
                for kind, body in old.execute("SELECT kind, body FROM outbox_item ORDER BY seq"):
                    try:
                        items.append((str(kind), _decode(json.loads(body))))
                    except (ValueError, TypeError):
                        continue  # a damaged row
        except sqlite3.Error:
            pass  # the rest of the file cannot be read
        return items

    def _write_failed(self, exc: sqlite3.Error) -> None:
        what = "the disk is full" if is_disk_full(exc) else (
            getattr(exc, "sqlite_errorname", None) or type(exc).__name__)
        if self.alerts.raise_(
                "outbox-write",
                f"The event outbox {self.path} cannot be written ({what}); visits are kept "
                "in memory and written when there is room. Free some space or call IT "
                "support; do not switch the kiosk off."):
            log.error("outbox %s cannot be written (%s); %d item(s) kept in memory",
                      self.path, what, len(self._held))

    def _write_file(self, *, schema: bool = False) -> None:
        """Write the held items, the ticket counters and the offset (one transaction)."""
        written: dict[int, tuple[str, dict[str, Any]]] = {}
        with self._connect() as connection:
            if schema or not self._ready:
                connection.executescript(_SCHEMA)
            for day, last in self._tickets.items():
                connection.execute(
                    "INSERT INTO offline_ticket (day, last) VALUES (?, ?) ON CONFLICT (day) "
                    "DO UPDATE SET last = max(last, excluded.last)", (day, last))
            _set_meta(connection, "offset", str(self._offset.total_seconds()))
            _set_meta(connection, ALERTS_KEY, json.dumps(self.alerts.current(),
                                                         ensure_ascii=False))
            for kind, row in self._held:
                cursor = connection.execute(
                    "INSERT INTO outbox_item (kind, body) VALUES (?, ?)",
                    (kind, json.dumps(row, default=_encode, ensure_ascii=False)))
                assert cursor.lastrowid is not None
                written[int(cursor.lastrowid)] = (kind, row)
        self._ready = True
        self._unsent.update(written)  # only once committed
        self._held = self._held[len(written):]

    def _keep_alerts(self, alerts: list[str]) -> None:
        """Best effort (the disk may be full): ``kiosk doctor`` reads them from the file."""
        try:
            with self._connect() as connection:
                _set_meta(connection, ALERTS_KEY, json.dumps(alerts, ensure_ascii=False))
        except sqlite3.Error:
            pass  # written with the next successful flush

    def _flush(self, *, force: bool = False) -> None:
        if force or time.monotonic() >= self._retry_at:
            self._attempt(self._write_file)

    def check_disk(self) -> str | None:
        """Alert staff (and log once) while the data folder is below ``min_free_mb``."""
        if not self.min_free_mb:
            return None
        message = low_disk_message(self.path.parent, self.min_free_mb)
        if message is None:
            if self.alerts.clear("disk"):
                log.warning("free space of %s back above the threshold", self.path.parent)
        elif self.alerts.raise_("disk", message):
            log.error("low disk space in %s", self.path.parent)
        return message

    # ------------------------------------------------------------------ public API
    def put(self, kind: str, row: dict[str, Any]) -> None:
        with self._lock:
            self._held.append((kind, row))
            self.check_disk()
            self._flush()

    def size(self) -> int:
        with self._lock:
            return len(self._unsent) + len(self._held)

    def offline_ticket(self, day: date) -> int:
        with self._lock:
            key = day.isoformat()
            self._tickets[key] = self._tickets.get(key, 0) + 1
            self._flush()
            return self._tickets[key]

    def saved_offset(self) -> timedelta:
        return self._offset

    def save_offset(self, offset: timedelta) -> None:
        with self._lock:
            self._offset = offset
            self._flush()

    def _batch(self) -> list[tuple[int, str, dict[str, Any]]]:
        with self._lock:
            return [(seq, kind, row) for seq, (kind, row) in sorted(self._unsent.items())[:BATCH]]

    def sync(self, engine: Engine) -> int:
        """Send everything to ``engine``; return how many items left the outbox.

        Raises the database error when the central database is still unreachable; what
        was committed before stays sent. Never raises for the local file.
        """
        sent = 0
        with self._lock:
            self.check_disk()
            if self._held:
                self._flush(force=True)
        while batch := self._batch():
            _send(engine, [(kind, row) for _, kind, row in batch])
            with self._lock:
                for seq, _, _ in batch:
                    self._unsent.pop(seq, None)
                self._attempt(partial(self._delete, [seq for seq, _, _ in batch]))
            sent += len(batch)
        while True:  # what the file still cannot take: straight from memory
            with self._lock:
                held = self._held[:BATCH]
            if not held:
                return sent
            _send(engine, held)
            with self._lock:
                self._held = self._held[len(held):]
            sent += len(held)

    def _delete(self, sent: list[int]) -> None:
        # Exactly the rows sent: another process on the same file keeps its own.
        with self._connect() as connection:
            connection.executemany("DELETE FROM outbox_item WHERE seq = ?",
                                   [(seq,) for seq in sent])

    # ------------------------------------------------------------------ sealed personal copies
    # The clerks' copy waiting for the central database. Kept in a table of its own (the
    # metrics queue above stays free of personal data) and only ever as an opaque blob
    # sealed before it gets here: to the town public key, or, before a kiosk has learnt
    # that key, with this terminal's own key (``sealed_to = 'terminal'``).
    def put_sealed_copy(
        self, visit_id: str, created_at: datetime, blob: bytes, *, sealed_to: str = "town"
    ) -> None:
        with self._connect() as connection:
            connection.executescript(_SEALED_SCHEMA)
            connection.execute(
                "INSERT INTO sealed_copy (visit_id, created_at, sealed_to, blob) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (visit_id) DO UPDATE SET "
                "created_at = excluded.created_at, sealed_to = excluded.sealed_to, "
                "blob = excluded.blob",
                (visit_id, created_at.isoformat(), sealed_to, blob),
            )

    def sealed_copies(self) -> list[SealedCopy]:
        """The waiting copies, oldest first."""
        with self._connect() as connection:
            connection.executescript(_SEALED_SCHEMA)
            rows = connection.execute(
                "SELECT visit_id, created_at, sealed_to, blob FROM sealed_copy ORDER BY seq"
            ).fetchall()
        return [SealedCopy(str(v), datetime.fromisoformat(c), str(t), bytes(b))
                for v, c, t, b in rows]

    def drop_sealed_copy(self, visit_id: str) -> None:
        with self._connect() as connection:
            connection.executescript(_SEALED_SCHEMA)
            connection.execute("DELETE FROM sealed_copy WHERE visit_id = ?", (visit_id,))


def _set_meta(connection: sqlite3.Connection, key: str, value: str) -> None:
    connection.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def _send(engine: Engine, items: list[tuple[str, dict[str, Any]]]) -> None:
    visits = [_current_channel(row) for kind, row in items if kind == "visit"]
    events = [row for kind, row in items if kind == "event"]
    with engine.begin() as connection:
        insert_visits(connection, visits)
        insert_ignore(connection, _table(VisitEvent), events)
        refresh_summaries(
            connection, {row["id"] for row in visits} | {row["visit_id"] for row in events}
        )


@dataclass(frozen=True, repr=False)
class SealedCopy:
    """A clerks' copy waiting in the outbox (sealed bytes only)."""

    visit_id: str
    created_at: datetime
    sealed_to: str
    blob: bytes

    def __repr__(self) -> str:
        return f"SealedCopy({self.visit_id!r}, {self.sealed_to}, <sealed>)"


_SEALED_SCHEMA = """
CREATE TABLE IF NOT EXISTS sealed_copy (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    visit_id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    sealed_to TEXT NOT NULL CHECK (sealed_to IN ('town', 'terminal')),
    blob BLOB NOT NULL
);
"""


def _current_channel(visit: dict[str, Any]) -> dict[str, Any]:
    channel = visit.get("channel")
    if isinstance(channel, str) and channel in FORMER_CHANNEL_IDS:
        return {**visit, "channel": FORMER_CHANNEL_IDS[channel]}
    return visit


def _table(model: type[Visit] | type[VisitEvent]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


# JSON has no dates: they travel as "\x00" + ISO text. No real value starts with NUL (the
# string attributes are validated codes), so the marker cannot be confused with data.
def _encode(value: Any) -> str:
    if isinstance(value, date):  # datetime is a date too
        return "\x00" + value.isoformat()
    raise TypeError(type(value).__name__)


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, str) and value.startswith("\x00"):
            text = value[1:]
            out[key] = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
        else:
            out[key] = value
    return out


def _help_calls_waiting(connection: sqlite3.Connection) -> int:
    """Help calls raised offline (``kiosk.visits.help_calls.HelpOutbox``'s table, made at
    the first such call)."""
    known = connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                               "AND name = 'help_call_item'").fetchone()[0]
    if not known:
        return 0
    return int(connection.execute("SELECT count(*) FROM help_call_item").fetchone()[0])


def describe_outbox(config: Config) -> tuple[bool, str]:
    """For ``kiosk doctor``: (healthy, one sentence with the number of waiting items).

    Reads the file read-only: a damaged outbox is reported, and set aside by the kiosk
    itself at its next write, never by the doctor.
    """
    path = outbox_path(config)
    aside = set_aside_files(path)
    note = (f" {len(aside)} damaged outbox(es) were set aside, the latest {aside[-1].name}: "
            "call IT support to look at them." if aside else "")
    if not path.exists():
        return not aside, f"empty (no outbox file yet at {path}).{note}"
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
            size = int(connection.execute("SELECT count(*) FROM outbox_item").fetchone()[0])
            size += _help_calls_waiting(connection)
            kept = connection.execute("SELECT value FROM meta WHERE key = ?",
                                      (ALERTS_KEY,)).fetchone()
    except sqlite3.Error as exc:
        damage = "is damaged" if is_corrupt(exc) else f"cannot be read ({type(exc).__name__})"
        return False, (f"{path} {damage}: the kiosk sets it aside and starts a new one at its "
                       f"next visit.{note}")
    alerts = json.loads(kept[0]) if kept else []
    if alerts:
        note += " The kiosk reports: " + " ".join(alerts)
    if size == 0:
        return not (aside or alerts), f"empty ({path}).{note}"
    return False, f"{size} item(s) waiting to be sent to the central database ({path}).{note}"
