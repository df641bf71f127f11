"""Help calls across terminals: raise at a kiosk, acknowledge and resolve at a console.

``HelpCalls`` is the one service every window uses (the kiosk, the clerk console, the
waiting-area display):

* ``raise_call(screen, reason)`` at a kiosk. It never raises because the network is
  down: when the central database does not answer, the call waits in this terminal's
  outbox (``HelpOutbox``, a table of the outbox file) and ``sync()`` sends it when the
  database is back, so a console sees it late, never not at all;
* ``open_calls()``: the calls not resolved yet, oldest first; ``call(id)``: one call;
* ``acknowledge(id, staff)`` and ``resolve(id, staff)`` at a console; two consoles
  acknowledging the same call at once: the first wins, the second gets the stored call.

Delivery (who hears of a change, and how fast) is ``kiosk.visits.help_watch``; a window
receives the open calls through the ``HelpCallListener`` port. Plain Python: no Qt.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import Engine, Table, insert, select, update
from sqlalchemy.exc import DBAPIError

from kiosk.domain.help_call import HelpCall, HelpCallError, HelpReason, check_code
from kiosk.storage.help_calls import HelpCallRow
from kiosk.visits.clock import as_utc, local_day, utc_now
from kiosk.visits.ids import uuid7

log = logging.getLogger(__name__)


class HelpCallListener(Protocol):
    """Told the open calls (oldest first) each time they change; from a worker thread."""

    def help_calls_changed(self, calls: Sequence[HelpCall]) -> None: ...


def _table() -> Table:
    table = HelpCallRow.__table__
    assert isinstance(table, Table)
    return table


def _row(call: HelpCall) -> dict[str, Any]:
    return {"id": call.id, "terminal_id": call.terminal_id, "screen": call.screen,
            "reason": call.reason.value, "day": local_day(call.raised_at),
            "raised_at": call.raised_at, "acknowledged_at": call.acknowledged_at,
            "acknowledged_by": call.acknowledged_by, "resolved_at": call.resolved_at,
            "resolved_by": call.resolved_by}


def _call(row: Any) -> HelpCall:
    def when(value: datetime | None) -> datetime | None:
        return None if value is None else as_utc(value)

    raised = when(row.raised_at)
    assert raised is not None
    return HelpCall(str(row.id), str(row.terminal_id), str(row.screen), HelpReason(row.reason),
                    raised, when(row.acknowledged_at), row.acknowledged_by,
                    when(row.resolved_at), row.resolved_by)


class HelpCallStore:
    """The ``help_call`` table (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def insert(self, calls: Sequence[HelpCall]) -> None:
        """Store calls; one already stored (an outbox re-send) is left as it is."""
        c = _table().c
        with self.engine.begin() as connection:
            known = set(connection.execute(
                select(c.id).where(c.id.in_([call.id for call in calls]))).scalars())
            fresh = [_row(call) for call in calls if call.id not in known]
            if fresh:
                connection.execute(insert(_table()), fresh)

    def get(self, call_id: str) -> HelpCall | None:
        c = _table().c
        with self.engine.connect() as connection:
            row = connection.execute(select(_table()).where(c.id == call_id)).first()
        return None if row is None else _call(row)

    def open_calls(self) -> list[HelpCall]:
        c = _table().c
        with self.engine.connect() as connection:
            rows = connection.execute(select(_table()).where(c.resolved_at.is_(None))
                                      .order_by(c.raised_at, c.id))
            return [_call(row) for row in rows]

    def change(self, call_id: str, step: Callable[[HelpCall], HelpCall]) -> HelpCall:
        """Apply one transition; a concurrent one that got there first wins (no error)."""
        c = _table().c
        current = self.get(call_id)
        if current is None:
            raise HelpCallError("no such help call")
        try:
            changed = step(current)
        except HelpCallError:
            return current  # another console was first: show what is stored
        # Only from the state read above: a console that changed it meanwhile wins.
        unchanged = (c.acknowledged_at.is_(None) if current.acknowledged_at is None
                     else c.resolved_at.is_(None))
        with self.engine.begin() as connection:
            result = connection.execute(
                update(_table()).where(c.id == call_id, unchanged)
                .values(acknowledged_at=changed.acknowledged_at,
                        acknowledged_by=changed.acknowledged_by,
                        resolved_at=changed.resolved_at, resolved_by=changed.resolved_by))
            won = bool(getattr(result, "rowcount", 0))
        if won:
            return changed
        stored = self.get(call_id)
        assert stored is not None
        return stored


class HelpOutbox:
    """Calls raised while the database was away, in a table of the terminal's outbox file
    (beside ``kiosk.visits.outbox``'s queue, which keeps its own schema)."""

    _SCHEMA = ("CREATE TABLE IF NOT EXISTS help_call_item "
               "(id TEXT PRIMARY KEY, body TEXT NOT NULL)")

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._size = len(self.waiting())

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=5)) as connection:
            connection.execute("PRAGMA synchronous=FULL")  # a call must survive power loss
            with connection:
                connection.execute(self._SCHEMA)
                yield connection

    def put(self, call: HelpCall) -> None:
        body = {"id": call.id, "terminal_id": call.terminal_id, "screen": call.screen,
                "reason": call.reason.value, "raised_at": call.raised_at.isoformat()}
        with self._lock, self._connect() as connection:
            connection.execute("INSERT OR IGNORE INTO help_call_item (id, body) VALUES (?, ?)",
                               (call.id, json.dumps(body)))
            self._size = int(connection.execute(
                "SELECT count(*) FROM help_call_item").fetchone()[0])

    def waiting(self) -> list[HelpCall]:
        with self._connect() as connection:
            rows = connection.execute("SELECT body FROM help_call_item ORDER BY rowid").fetchall()
        out = []
        for (body,) in rows:
            data = json.loads(body)
            out.append(HelpCall(data["id"], data["terminal_id"], data["screen"],
                                HelpReason(data["reason"]),
                                datetime.fromisoformat(data["raised_at"])))
        return out

    def drop(self, call_ids: Sequence[str]) -> None:
        with self._lock, self._connect() as connection:
            connection.executemany("DELETE FROM help_call_item WHERE id = ?",
                                   [(i,) for i in call_ids])
            self._size = int(connection.execute(
                "SELECT count(*) FROM help_call_item").fetchone()[0])

    def size(self) -> int:
        """Known in memory: the watcher asks it on every wake-up."""
        return self._size


class HelpCalls:
    """The help-call service of one terminal (see the module docstring)."""

    def __init__(self, store: HelpCallStore, terminal_id: str, *,
                 outbox: HelpOutbox | None = None, now: Callable[[], datetime] = utc_now,
                 retry_after: float = 5.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.store = store
        self._terminal_id = check_code("terminal", terminal_id)
        self.outbox = outbox
        self.now = now
        self.retry_after = retry_after
        self._monotonic = monotonic
        self._paused_until = 0.0

    def __repr__(self) -> str:
        return f"HelpCalls(terminal={self._terminal_id!r})"

    @property
    def terminal_id(self) -> str:
        return self._terminal_id

    @property
    def engine(self) -> Engine:
        return self.store.engine

    # ------------------------------------------------------------------ the kiosk
    def raise_call(self, screen: str, reason: HelpReason) -> HelpCall:
        """Record a call now; offline (with an outbox) it waits there. Never raises for
        an unreachable database when the terminal has an outbox."""
        call = HelpCall(uuid7(), self._terminal_id, screen, reason, self.now())
        if self.outbox is not None and (self.outbox.size() or not self._online()):
            self.outbox.put(call)
            log.warning("help call kept in the outbox", extra={"screen": screen})
            return call
        try:
            self.store.insert([call])
        except DBAPIError as exc:
            if self.outbox is None:
                raise
            log.warning("central database unreachable; help call kept in the outbox (%s)",
                        type(exc).__name__)
            self._paused_until = self._monotonic() + self.retry_after
            self.outbox.put(call)
        log.info("help call raised", extra={"screen": screen, "reason": reason.value})
        return call

    def sync(self) -> int:
        """Send the calls waiting in the outbox; return how many left it (0 offline)."""
        if self.outbox is None or not self.outbox.size():
            return 0
        waiting = self.outbox.waiting()
        try:
            self.store.insert(waiting)
        except DBAPIError as exc:
            log.info("help calls still waiting for the database (%s)", type(exc).__name__)
            self._paused_until = self._monotonic() + self.retry_after
            return 0
        self._paused_until = 0.0
        self.outbox.drop([call.id for call in waiting])
        log.warning("%d help call(s) sent from the outbox", len(waiting))
        return len(waiting)

    def waiting(self) -> int:
        return self.outbox.size() if self.outbox is not None else 0

    def _online(self) -> bool:
        return self._monotonic() >= self._paused_until

    # ------------------------------------------------------------------ every window
    def open_calls(self) -> list[HelpCall]:
        return self.store.open_calls()

    def call(self, call_id: str) -> HelpCall | None:
        return self.store.get(call_id)

    # ------------------------------------------------------------------ the console
    def acknowledge(self, call_id: str, staff_id: str) -> HelpCall:
        at = self.now()
        return self.store.change(call_id, lambda call: call.acknowledge(staff_id, at))

    def resolve(self, call_id: str, staff_id: str) -> HelpCall:
        at = self.now()
        return self.store.change(call_id, lambda call: call.resolve(staff_id, at))
