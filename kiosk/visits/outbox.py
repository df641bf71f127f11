"""The local outbox: where visits and events wait while the central database is away.

A small SQLite file on the terminal (``database.outbox_url``; empty: ``outbox.sqlite3``
in the data folder). It holds only what the central metrics tables hold — ids, codes,
counts and times — never personal data. Items are kept in the order they were made, so a
visit is always sent before its events.

Sending (``sync``) inserts a batch with ``ON CONFLICT DO NOTHING`` on the rows' own ids,
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
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table

from kiosk.config import Config
from kiosk.paths import data_dir
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.store import insert_ignore, refresh_summaries
from kiosk.visits.vocabulary import FORMER_CHANNEL_IDS

BATCH = 500
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
    """A FIFO of rows for the central tables, safe across restarts."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as connection:
            connection.executescript(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=5)) as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")  # an event must survive power loss
            connection.execute("PRAGMA secure_delete=ON")  # sent items leave no trace behind
            with connection:
                yield connection

    def put(self, kind: str, row: dict[str, Any]) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO outbox_item (kind, body) VALUES (?, ?)",
                (kind, json.dumps(row, default=_encode, ensure_ascii=False)),
            )

    def size(self) -> int:
        with self._connect() as connection:
            return int(connection.execute("SELECT count(*) FROM outbox_item").fetchone()[0])

    def offline_ticket(self, day: date) -> int:
        with self._connect() as connection:
            row = connection.execute(
                "INSERT INTO offline_ticket (day, last) VALUES (?, 1) "
                "ON CONFLICT (day) DO UPDATE SET last = last + 1 RETURNING last",
                (day.isoformat(),),
            ).fetchone()
            return int(row[0])

    def saved_offset(self) -> timedelta:
        with self._connect() as connection:
            row = connection.execute("SELECT value FROM meta WHERE key = 'offset'").fetchone()
        return timedelta(seconds=float(row[0])) if row else timedelta(0)

    def save_offset(self, offset: timedelta) -> None:
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO meta (key, value) VALUES ('offset', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(offset.total_seconds()),),
            )

    def _batch(self) -> list[tuple[int, str, dict[str, Any]]]:
        with self._connect() as connection:
            rows = connection.execute(
                "SELECT seq, kind, body FROM outbox_item ORDER BY seq LIMIT ?", (BATCH,)
            ).fetchall()
        return [(int(seq), str(kind), _decode(json.loads(body))) for seq, kind, body in rows]

    def sync(self, engine: Engine) -> int:
        """Send everything to ``engine``; return how many items left the outbox.

        Raises the database error when the central database is still unreachable; what
        was committed before stays sent.
        """
        sent = 0
        while batch := self._batch():
            visits = [_current_channel(row) for _, kind, row in batch if kind == "visit"]
            events = [row for _, kind, row in batch if kind == "event"]
            with engine.begin() as connection:
                insert_ignore(connection, _table(Visit), visits)
                insert_ignore(connection, _table(VisitEvent), events)
                refresh_summaries(
                    connection, {row["id"] for row in visits} | {row["visit_id"] for row in events}
                )
            with self._connect() as connection:
                connection.execute("DELETE FROM outbox_item WHERE seq <= ?", (batch[-1][0],))
            sent += len(batch)
        return sent


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


def describe_outbox(config: Config) -> tuple[bool, str]:
    """For ``kiosk doctor``: (healthy, one sentence with the number of waiting items)."""
    path = outbox_path(config)
    if not path.exists():
        return True, f"empty (no outbox file yet at {path})"
    try:
        size = Outbox(path).size()
    except sqlite3.Error as exc:
        return False, f"{path} cannot be read ({type(exc).__name__})"
    if size == 0:
        return True, f"empty ({path})"
    return False, f"{size} item(s) waiting to be sent to the central database ({path})"
