"""What keeps the outbox from losing anything: a corrupt file set aside, a full disk seen early.

* ``is_corrupt`` / ``is_disk_full`` classify a ``sqlite3`` error by its SQLite result
  code (``SQLITE_CORRUPT``, ``SQLITE_NOTADB``; ``SQLITE_FULL``), not by its message.
* ``set_aside`` renames a corrupt outbox (with its ``-wal`` and ``-shm`` companions) to a
  dated name beside it, ``outbox.sqlite3.corrupt-20261128T114800Z``, so support can still
  look into it and a new, empty outbox can start under the usual name.
* ``free_bytes`` / ``low_disk_message`` check the data folder's free space against
  ``terminal.min_free_disk_mb`` before the disk is full, in words staff understand.
* ``StaffAlerts`` holds the plain sentences the kiosk's staff screen and ``kiosk doctor``
  show (one per kind, the latest wins), so a fault never stays silent.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

CORRUPT_SUFFIX = ".corrupt-"
_CORRUPT_CODES = frozenset({"SQLITE_CORRUPT", "SQLITE_NOTADB"})
_FULL_CODES = frozenset({"SQLITE_FULL"})
_COMPANIONS = ("", "-wal", "-shm", "-journal")


def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", "") or "")


def is_corrupt(exc: sqlite3.Error) -> bool:
    """The file is not a database, or its pages are damaged."""
    name = _error_name(exc)
    if name:
        return any(name == code or name.startswith(code + "_") for code in _CORRUPT_CODES)
    return type(exc) is sqlite3.DatabaseError  # the base class: what SQLite calls corrupt


def is_disk_full(exc: sqlite3.Error) -> bool:
    name = _error_name(exc)
    return name in _FULL_CODES if name else "full" in str(exc).lower()


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename ``path`` and its companions to a dated name; return the new main file's path."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}{CORRUPT_SUFFIX}{stamp}")
    for suffix in _COMPANIONS:
        source = path.with_name(path.name + suffix)
        if source.exists():
            source.replace(target.with_name(target.name + suffix))
    return target


def set_aside_files(path: Path) -> list[Path]:
    """The outboxes set aside beside ``path``, oldest first (``kiosk doctor`` lists them)."""
    if not path.parent.is_dir():
        return []
    pattern = f"{path.name}{CORRUPT_SUFFIX}*"
    return sorted(p for p in path.parent.glob(pattern)
                  if not p.name.endswith(tuple(s for s in _COMPANIONS if s)))


def free_bytes(folder: Path) -> int:
    """Free space for this user in the file system holding ``folder``."""
    probe = folder
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def low_disk_message(folder: Path, min_free_mb: int) -> str | None:
    """A plain sentence when ``folder`` has less than ``min_free_mb`` MB free, else None."""
    try:
        free = free_bytes(folder)
    except OSError as exc:
        return f"The free space of the data folder {folder} cannot be read ({exc.strerror})."
    if free >= min_free_mb * 1024 * 1024:
        return None
    return (f"The disk of the data folder {folder} is almost full: {free // (1024 * 1024)} MB "
            f"free, less than the {min_free_mb} MB set in terminal.min_free_disk_mb. Visits "
            "are kept in memory until there is room; free some space or call IT support.")


class StaffAlerts:
    """Plain sentences for staff, one per kind (``outbox``, ``disk``, ``terminal``)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._alerts: dict[str, str] = {}
        # Called after every change (the outbox keeps them for `kiosk doctor`).
        self.on_change: Callable[[list[str]], None] | None = None

    def raise_(self, kind: str, message: str) -> bool:
        """Set the alert of ``kind``; True when it was not raised before (log it then)."""
        with self._lock:
            before = self._alerts.get(kind)
            self._alerts[kind] = message
        if before != message:
            self._changed()
        return before is None

    def clear(self, kind: str) -> bool:
        with self._lock:
            cleared = self._alerts.pop(kind, None) is not None
        if cleared:
            self._changed()
        return cleared

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change(self.current())

    def current(self) -> list[str]:
        with self._lock:
            return [self._alerts[kind] for kind in sorted(self._alerts)]

    def __contains__(self, kind: object) -> bool:
        with self._lock:
            return kind in self._alerts
