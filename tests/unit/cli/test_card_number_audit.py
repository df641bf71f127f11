"""``kiosk card read --with-number``: refused without a named staff account or without an
audit log to write to — before the card is ever asked (no reader is needed to prove it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.personal import audit
from kiosk.storage import migrate
from kiosk.storage.db import make_engine


def test_the_number_needs_a_staff_id(isolated_dirs: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["card", "read", "--with-number", "--pin-stdin"]) == 1
    err = capsys.readouterr().err
    assert "needs --staff ID" in err and "Traceback" not in err


def test_the_number_is_not_read_without_its_audit_row(isolated_dirs: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    # The database has no schema yet: the audit row cannot be written, so no read.
    assert main(["card", "read", "--with-number", "--staff", "s-1", "--pin-stdin"]) == 1
    assert "not read without its audit row" in capsys.readouterr().err


def test_the_audit_row_names_the_staff_and_no_visit(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    migrate.upgrade(engine)
    at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    audit.card_number_read(engine, at=at, terminal_id="clerk-2", staff_id="s-042")
    [entry] = audit.entries(engine)
    assert (entry.at, entry.terminal_id, entry.staff_id, entry.visit_id, entry.action) == (
        at, "clerk-2", "s-042", audit.NO_VISIT, "read_number")
    engine.dispose()
