"""Fixtures for the metrics tests: a migrated database (SQLite and PostgreSQL) and a recorder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(f"sqlite:///{(tmp_path / 'central.sqlite3').as_posix()}")
    migrate.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def recorder(engine: Engine, tmp_path: Path) -> MetricsRecorder:
    return MetricsRecorder(engine, Outbox(tmp_path / "outbox.sqlite3"), "kiosk-1")
