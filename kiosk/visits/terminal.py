"""This terminal's id, unique by construction, and the lease that keeps it unique while live.

* ``terminal_id(config)``: ``terminal.id`` when set; otherwise an id generated at first
  start (``kiosk-3f9a2c71``) and kept in ``terminal-id-<role>`` in the data folder (a
  kiosk and a clerk console on one machine get one each), so two
  terminals installed from one image never share an id by accident (they did, on the
  former default ``kiosk-1``, and their offline tickets collided).
* ``TerminalLease``: on a shared database, the ``terminal`` row of an id names the process
  (``instance``) that holds it, renewed with ``last_seen`` on every ``renew``. A second
  process claiming an id whose holder was seen less than ``stale_after`` seconds ago is
  refused with ``TerminalIdInUse`` (a plain sentence for staff); a holder killed without
  releasing is taken over once it is stale. Times are the database server's, so terminal
  clocks do not matter. A kiosk restarted after a crash takes over its own predecessor at
  once: the data folder's ``terminal.lock`` (held with ``flock`` while the process lives,
  so only one process per data folder) remembers the last instance of this installation.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import uuid
from datetime import timedelta
from pathlib import Path
from typing import IO

from sqlalchemy import Engine, Table, func, select, update

from kiosk.config import Config
from kiosk.storage.models import Terminal
from kiosk.visits.store import dialect_insert

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: a crashed kiosk waits for stale_after
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)
ID_FILE = "terminal-id"
LOCK_FILE = "terminal.lock"
_INSTANCE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_VALID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
STALE_AFTER_SECONDS = 90


class TerminalIdInUse(RuntimeError):
    """Another live process uses this terminal id; the message is for staff."""


def terminal_id(config: Config, folder: Path | None = None) -> str:
    """The configured id, else the one generated for this installation (made once)."""
    if config.terminal.id:
        return config.terminal.id
    if folder is None:
        from kiosk.paths import data_dir

        folder = data_dir()
    path = folder / f"{ID_FILE}-{config.terminal.role}"
    try:
        kept = path.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        kept = ""
    for leftover in folder.glob(f"{path.name}.*.tmp"):  # a start killed mid-write
        leftover.unlink(missing_ok=True)
    if _VALID.match(kept):
        return kept
    made = f"{config.terminal.role}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.write_text(made + "\n", encoding="utf-8")
    os.replace(temporary, path)  # never a half-written id after a crash
    log.info("terminal id %s generated (%s)", made, path)
    return made


class TerminalLease:
    """Holds ``terminal_id`` for this process on the shared database."""

    def __init__(self, engine: Engine, terminal_id: str, role: str = "kiosk", *,
                 stale_after: float = STALE_AFTER_SECONDS, folder: Path | None = None) -> None:
        self.engine = engine
        self.terminal_id = terminal_id
        self.role = role
        self.instance = str(uuid.uuid4())
        self.stale_after = stale_after
        self.folder = folder
        self._lock_file: IO[str] | None = None

    def _predecessor(self) -> str | None:
        """The last instance of this installation, if this process holds the folder lock."""
        if self.folder is None or fcntl is None:
            return None
        if self._lock_file is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / LOCK_FILE, "a+", encoding="utf-8")  # noqa: SIM115 - held for the process's life
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                return None  # another process runs on this data folder
            self._lock_file = handle
        self._lock_file.seek(0)
        previous = self._lock_file.read().strip()
        return previous if _INSTANCE.match(previous) else None

    def _remember(self) -> None:
        if self._lock_file is not None:
            self._lock_file.seek(0)
            self._lock_file.truncate()
            self._lock_file.write(self.instance)
            self._lock_file.flush()
            os.fsync(self._lock_file.fileno())

    def _table(self) -> Table:
        table = Terminal.__table__
        assert isinstance(table, Table)
        return table

    def claim(self) -> None:
        """Take the id, or raise ``TerminalIdInUse`` if another live process holds it."""
        table = self._table()
        now = func.now()
        previous = self._predecessor()
        with self.engine.begin() as connection:
            stale = now - timedelta(seconds=self.stale_after)
            if connection.dialect.name == "sqlite":  # no interval arithmetic on SQLite
                stale = func.datetime("now", f"-{int(self.stale_after)} seconds")
            statement = (
                dialect_insert(connection, table)
                .values(id=self.terminal_id, role=self.role, instance=self.instance,
                        first_seen=now, last_seen=now)
                .on_conflict_do_update(
                    index_elements=["id"],
                    set_={"instance": self.instance, "last_seen": now, "role": self.role},
                    where=(table.c.instance.is_(None))
                    | (table.c.instance.in_([self.instance, previous or self.instance]))
                    | (table.c.last_seen < stale),
                )
                .returning(table.c.instance)
            )
            taken = connection.execute(statement).scalar_one_or_none()
        if taken != self.instance:
            raise TerminalIdInUse(self._refusal())
        self._remember()

    def renew(self) -> None:
        """Say this process is alive; raise ``TerminalIdInUse`` if another took the id."""
        table = self._table()
        with self.engine.begin() as connection:
            done = connection.execute(
                update(table)
                .where(table.c.id == self.terminal_id, table.c.instance == self.instance)
                .values(last_seen=func.now())
            ).rowcount
        if not done:
            raise TerminalIdInUse(self._refusal())

    def release(self) -> None:
        """Let the id go at a clean exit (a killed process is taken over once stale)."""
        table = self._table()
        with self.engine.begin() as connection:
            connection.execute(
                update(table)
                .where(table.c.id == self.terminal_id, table.c.instance == self.instance)
                .values(instance=None)
            )

    def holder(self) -> str | None:
        table = self._table()
        with self.engine.connect() as connection:
            value = connection.execute(
                select(table.c.instance).where(table.c.id == self.terminal_id)
            ).scalar_one_or_none()
        return None if value is None else str(value)

    def _refusal(self) -> str:
        return (f"Another terminal is already running with the id {self.terminal_id!r} on "
                "this database. Give each terminal its own terminal.id (or leave it empty "
                "to have one generated), then start this one again.")
