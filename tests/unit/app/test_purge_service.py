"""The daily purge every terminal runs by itself, and what ``kiosk doctor`` says about it."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select

from kiosk.app.purge_service import describe_last_purge, last_purge, purge_if_due, record_path
from kiosk.config import Config
from kiosk.doctor import Status, check_purge
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage.db import make_engine
from kiosk.storage.tables import VisitPersonal

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
CONFIG = Config().replace("retention", personal_data="24")


def _count(engine: Engine) -> int:
    with engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(VisitPersonal)).scalar_one())


def test_the_purge_runs_at_start_then_once_a_day(sqlite_engine: Engine,
                                                 isolated_dirs: Path) -> None:
    store = PersonalStore(sqlite_engine, "24", opener=TownKeyPair.generate())
    store.put("v-old", {"name": "山田 太郎"}, now=T0 - timedelta(hours=30))
    store.put("v-new", {"name": "佐藤 花子"}, now=T0 - timedelta(hours=1))
    assert check_purge(CONFIG).status is Status.WARN  # never run yet

    first = purge_if_due(sqlite_engine, CONFIG, now=T0)
    assert first is not None and first.ok and first.personal == 1 and _count(sqlite_engine) == 1
    assert purge_if_due(sqlite_engine, CONFIG, now=T0 + timedelta(hours=23)) is None
    later = purge_if_due(sqlite_engine, CONFIG, now=T0 + timedelta(hours=24))
    assert later is not None and later.personal == 1 and _count(sqlite_engine) == 0

    path = record_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    raw = path.read_bytes()
    assert "山田".encode() not in raw and b"v-old" not in raw
    ok, message = describe_last_purge(now=T0 + timedelta(hours=25))
    assert ok and "1 personal copies" in message
    assert not describe_last_purge(now=T0 + timedelta(days=5))[0]


def test_a_failed_purge_is_recorded_retried_hourly_and_reported(
        tmp_path: Path, isolated_dirs: Path) -> None:
    unmigrated = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    failed = purge_if_due(unmigrated, CONFIG, now=T0)
    assert failed is not None and not failed.ok and failed.error == "OperationalError"
    assert purge_if_due(unmigrated, CONFIG, now=T0 + timedelta(minutes=30)) is None
    assert purge_if_due(unmigrated, CONFIG, now=T0 + timedelta(hours=1)) is not None
    record = last_purge()
    assert record is not None and not record.ok
    finding = check_purge(CONFIG)
    assert finding.status is Status.WARN and "failed (OperationalError)" in finding.message
    unmigrated.dispose()
