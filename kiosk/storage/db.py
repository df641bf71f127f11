"""Engine factory: SQLite by default, PostgreSQL when ``database.url`` says so.

SQLite gets WAL (readers never block the kiosk's writes), foreign keys on, a busy
timeout and ``secure_delete``, set on every new connection. ``postgresql://`` URLs are routed to psycopg 3.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

SQLITE_BUSY_TIMEOUT_MS = 5000


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached; the message is safe to show to staff."""


def default_sqlite_url() -> str:
    from kiosk.paths import data_dir

    return f"sqlite:///{(data_dir() / 'kiosk.sqlite3').as_posix()}"


def normalise_url(url: str) -> str:
    """Empty means the default SQLite file; plain postgresql:// means psycopg 3."""
    if not url:
        return default_sqlite_url()
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Deleted rows (purged personal data) are overwritten with zeros, not left in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str = "", *, connect_timeout: int = 5) -> Engine:
    """Create (not connect) an engine for ``url``; see ``check_connection``."""
    url = normalise_url(url)
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": connect_timeout},
    )


def describe(engine: Engine) -> str:
    """The URL with the password hidden, for messages."""
    return engine.url.render_as_string(hide_password=True)


def check_connection(engine: Engine) -> None:
    """Raise ``DatabaseUnavailable`` with a plain sentence when the database does not answer."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise DatabaseUnavailable(
            f"The database at {describe(engine)} does not answer ({reason})."
        ) from None
    except SQLAlchemyError as exc:
        raise DatabaseUnavailable(
            f"The database at {describe(engine)} cannot be used ({type(exc).__name__})."
        ) from None


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    with factory() as session, session.begin():
        yield session
