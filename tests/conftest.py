"""Test-wide set-up: offscreen Qt, markers, and service fixtures.

Service-backed tests (pcscd, CUPS, PostgreSQL) skip only when the service is truly absent
*and* the run is not CI: under ``CI=true`` a missing service fails loudly, because the CI
script is responsible for starting it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kiosk_test_support import service_missing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a developer's own configuration leak into a test; KIOSK_TEST_* are the tests'
# own switches (a PostgreSQL URL, the full fit matrix, an opt-in fault).
os.environ.pop("KIOSK_CONFIG", None)
for _key in [k for k in os.environ if k.startswith("KIOSK_") and not k.startswith("KIOSK_TEST_")]:
    os.environ.pop(_key, None)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "/e2e/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Delete every top-level widget a test leaves behind (after its own fixtures closed
    them). A window that lives on is restyled by every later theme change, the style sheet
    being application-wide: a clerk or kiosk window is 200-1,250 widgets, and the leftovers of
    earlier tests made a one-second test take thirty."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.hide()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point every per-user folder (config, data, logs, spool) into a temporary folder."""
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    yield tmp_path / "home"


DEFAULT_PG_URL = "postgresql://kiosk:kiosk@127.0.0.1:5432/kiosk_test"


@pytest.fixture(scope="session")
def pg_url() -> str:
    """A reachable PostgreSQL URL (``KIOSK_TEST_PG_URL`` or the local test server)."""
    url = os.environ.get("KIOSK_TEST_PG_URL", DEFAULT_PG_URL)
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine

    engine = make_engine(url, connect_timeout=3)
    try:
        check_connection(engine)
    except DatabaseUnavailable:
        service_missing("PostgreSQL (KIOSK_TEST_PG_URL or a local server)")
    finally:
        engine.dispose()
    return url


@pytest.fixture
def fresh_pg_url(pg_url: str) -> Iterator[str]:
    """A brand-new, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    from sqlalchemy import text

    from kiosk.storage.db import make_engine

    name = f"kiosk_t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(pg_url).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = pg_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        _drop_database(admin, name)
        admin.dispose()


def _drop_database(admin: Any, name: str, attempts: int = 20) -> None:
    """Drop a test database. FORCE ends our own leftover connections, but the server
    refuses it while an autovacuum worker (another role's process) is in the database:
    then wait a moment and try again; the worker gives way to a plain DROP."""
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(attempts):
        force = " WITH (FORCE)" if attempt % 2 == 0 else ""
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"{force}'))
            return
        except DBAPIError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.25)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a storage test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}"
    url: str = request.getfixturevalue("fresh_pg_url")
    return url
