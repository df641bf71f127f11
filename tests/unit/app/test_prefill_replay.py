"""Same-day replay of a pre-application code, at two terminals on one database.

Printed once, refused everywhere for the day; staff allow one reprint at a time, audited;
two terminals claiming at once cannot both win; a database that is away lets the kiosk
print, remembers the code (a file, surviving a restart) and records it when it is back.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from kiosk.app.prefill_replay import KIOSK_STAFF, DatabasePrefillPrints, MemoryPrefillPrints
from kiosk.personal import audit
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from kiosk.storage.prefill_prints import PrefillPrint

DAY = date(2026, 11, 28)
CODE = "0123456789abcdef"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    made = make_engine(db_url)
    migrate.upgrade(made)
    yield made
    made.dispose()


def test_printed_at_one_terminal_is_refused_at_the_other(engine: Engine) -> None:
    first, second = DatabasePrefillPrints(engine, "kiosk-a"), DatabasePrefillPrints(engine, "kiosk-b")
    assert not first.refused(CODE, DAY) and not second.refused(CODE, DAY)
    assert first.claim(CODE, DAY)
    assert second.refused(CODE, DAY) and first.refused(CODE, DAY)
    assert not second.claim(CODE, DAY)  # scanned before the print: still loses at the print
    assert not second.refused(CODE, DAY + timedelta(days=1))  # the next day is a new day
    assert not second.refused("fedcba9876543210", DAY)


def test_staff_allow_one_reprint_at_a_time_and_it_is_audited(engine: Engine) -> None:
    first, second = DatabasePrefillPrints(engine, "kiosk-a"), DatabasePrefillPrints(engine, "kiosk-b")
    assert first.claim(CODE, DAY)
    second.allow_reprint(CODE, DAY, "visit-7")
    assert not second.refused(CODE, DAY)
    assert second.claim(CODE, DAY)
    assert second.refused(CODE, DAY) and not first.claim(CODE, DAY)
    with engine.connect() as connection:
        row = connection.execute(select(PrefillPrint)).one()
    assert (row.code_id, row.day, row.prints, row.reprints_allowed, row.terminal_id) == (
        CODE, DAY, 2, 0, "kiosk-b")
    entries = audit.entries(engine, "visit-7")
    assert [(e.action, e.terminal_id, e.staff_id) for e in entries] == [
        (audit.PREFILL_REPRINT, "kiosk-b", KIOSK_STAFF)]


def test_a_reprint_allowed_for_a_code_not_recorded_yet_is_kept(engine: Engine) -> None:
    prints = DatabasePrefillPrints(engine, "kiosk-a")
    prints.allow_reprint(CODE, DAY, None)
    assert prints.claim(CODE, DAY)
    assert prints.refused(CODE, DAY)
    assert [e.visit_id for e in audit.entries(engine)] == [audit.NO_VISIT]


def test_while_the_database_is_away_the_kiosk_prints_remembers_and_records_later(
        engine: Engine, tmp_path: Path) -> None:
    pending = tmp_path / "prefill_prints.json"
    away = make_engine(f"sqlite:///{tmp_path / 'missing' / 'no.sqlite3'}")
    offline = DatabasePrefillPrints(away, "kiosk-a", pending)
    assert not offline.refused(CODE, DAY)  # unknown: allowed
    assert offline.claim(CODE, DAY)
    assert offline.refused(CODE, DAY) and not offline.claim(CODE, DAY)  # its own memory
    assert offline.sync() == 0 and len(offline.pending) == 1
    content = pending.read_text(encoding="utf-8")
    assert CODE in content and "2026-11-28" in content

    # Restarted with the database back: the remembered print is recorded once.
    back = DatabasePrefillPrints(engine, "kiosk-a", pending)
    assert back.refused(CODE, DAY)
    assert back.sync() == 1 and back.pending == []
    assert DatabasePrefillPrints(engine, "kiosk-b").refused(CODE, DAY)
    assert DatabasePrefillPrints(engine, "kiosk-c", pending).pending == []


def test_a_reprint_is_not_allowed_without_its_audit_row(tmp_path: Path) -> None:
    away = make_engine(f"sqlite:///{tmp_path / 'missing' / 'no.sqlite3'}")
    from sqlalchemy.exc import SQLAlchemyError

    with pytest.raises(SQLAlchemyError):
        DatabasePrefillPrints(away, "kiosk-a").allow_reprint(CODE, DAY, None)


def test_one_terminal_without_a_database_remembers_its_own_prints() -> None:
    prints = MemoryPrefillPrints()
    assert prints.claim(CODE, DAY) and prints.refused(CODE, DAY)
    assert not prints.claim(CODE, DAY)
    prints.allow_reprint(CODE, DAY, None)
    assert not prints.refused(CODE, DAY) and prints.claim(CODE, DAY)
    assert not prints.claim(CODE, DAY)
