"""``kiosk db backup`` / ``restore`` for the SQLite database of a single terminal.

Both go through SQLite's online backup API, so the kiosk may keep running: the copy is a
consistent snapshot even while visits are written (WAL). A restore checks the file first
(a SQLite database, intact, with a schema revision this build knows: a backup from a newer
version is refused as a downgrade would be), keeps the current database beside it as
``<name>.before-restore-<time>``, copies the backup in, and migrates it to this build's head.
PostgreSQL is backed up with its own tools (``pg_dump``; the README says how).
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from kiosk.storage import migrate


class BackupError(RuntimeError):
    """A backup or restore that cannot be done; the message is for staff."""


@dataclass(frozen=True, slots=True)
class Restored:
    """What a restore did: the backup's revision, where the replaced database was kept."""

    revision: str | None
    upgraded_to: str | None
    kept: Path | None


def sqlite_file(engine: Engine) -> Path:
    """The database file behind ``engine``; ``BackupError`` for PostgreSQL or memory."""
    if engine.dialect.name != "sqlite":
        raise BackupError(
            "kiosk db backup and restore handle the SQLite database of a single terminal; back "
            "up a PostgreSQL database with pg_dump and restore it with pg_restore "
            "(README, Deploying)."
        )
    name = engine.url.database
    if not name or name == ":memory:":
        raise BackupError("the database is in memory: there is nothing to back up")
    return Path(name)


def default_backup_name(now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"kiosk-{stamp}.sqlite3"


def backup(engine: Engine, destination: Path) -> str | None:
    """Copy the live database to ``destination`` (which must not exist); return its revision."""
    source = sqlite_file(engine)
    if not source.is_file():
        raise BackupError(f"there is no database at {source} yet: nothing to back up")
    if destination.exists():
        raise BackupError(f"{destination} already exists; choose a new file name")
    destination.parent.mkdir(parents=True, exist_ok=True)
    _copy(source, destination)
    return _revision_of(destination)


def restore(engine: Engine, backup_file: Path, *, now: datetime | None = None) -> Restored:
    """Replace the database with ``backup_file`` after checking it; migrate it to head."""
    target = sqlite_file(engine)
    if not backup_file.is_file():
        raise BackupError(f"{backup_file} does not exist")
    _check_intact(backup_file)
    revision = _revision_of(backup_file)
    if revision is None:
        raise BackupError(f"{backup_file} is not a kiosk database (it has no schema revision)")
    try:
        migrate.refuse_unknown(revision)
    except migrate.SchemaTooNew:
        raise BackupError(
            f"{backup_file} was made by a newer version of the kiosk (schema revision "
            f"{revision}; this version knows up to {migrate.head_revision()}): install that "
            "version to restore it"
        ) from None
    engine.dispose()  # our own pooled connections must not hold the old pages
    kept = None
    if target.is_file():
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        kept = target.with_name(f"{target.name}.before-restore-{stamp}")
        _copy(target, kept)
    target.parent.mkdir(parents=True, exist_ok=True)
    _copy(backup_file, target)
    _before, after = migrate.upgrade(engine)
    engine.dispose()
    return Restored(revision=revision, upgraded_to=after if after != revision else None, kept=kept)


def _copy(source: Path, destination: Path) -> None:
    """SQLite's online backup: a consistent snapshot even while another process writes."""
    try:
        with closing(sqlite3.connect(_read_only(source), uri=True)) as src, \
                closing(sqlite3.connect(destination)) as dst:
            src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{source} could not be copied: {exc}") from None


def _read_only(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def _check_intact(path: Path) -> None:
    try:
        with closing(sqlite3.connect(_read_only(path), uri=True)) as db:
            verdict = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError:
        raise BackupError(f"{path} is not a SQLite database") from None
    if not verdict or verdict[0] != "ok":
        raise BackupError(f"{path} is damaged (SQLite quick_check failed); use another backup")


def _revision_of(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(_read_only(path), uri=True)) as db:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None
