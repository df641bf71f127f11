"""Schema migrations and the engine factory, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kiosk.storage import migrate
from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine, session_factory, transaction
from kiosk.storage.models import Terminal


def test_upgrade_creates_schema_and_is_idempotent(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        before, after = migrate.upgrade(engine)
        assert before is None
        assert after == migrate.head_revision()
        assert "terminal" in migrate.table_names(engine)
        again = migrate.upgrade(engine)
        assert again == (after, after)
        assert migrate.is_up_to_date(engine)
    finally:
        engine.dispose()


def test_orm_round_trip(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate.upgrade(engine)
        factory = session_factory(engine)
        with transaction(factory) as session:
            session.add(Terminal(id="kiosk-7", role="kiosk"))
        with factory() as session:
            row = session.get(Terminal, "kiosk-7")
            assert row is not None and row.role == "kiosk"
            assert row.last_seen.tzinfo is not None or engine.dialect.name == "sqlite"
    finally:
        engine.dispose()


def test_sqlite_pragmas(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000
    engine.dispose()


def test_unreachable_database_gives_a_plain_message() -> None:
    engine = make_engine("postgresql://nobody:secret@127.0.0.1:1/none", connect_timeout=1)
    with pytest.raises(DatabaseUnavailable) as info:
        check_connection(engine)
    message = str(info.value)
    assert "does not answer" in message
    assert "secret" not in message


def test_default_url_is_a_sqlite_file_in_the_data_folder(isolated_dirs) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine("")
    assert engine.dialect.name == "sqlite"
    assert str(isolated_dirs) in str(engine.url.database)
    engine.dispose()
