"""``kiosk doctor`` flags a terminal with no staff account (an unconfigured, demo terminal)."""

from __future__ import annotations

from pathlib import Path

from staff_support import with_accounts

from kiosk.config import Config
from kiosk.doctor import Status, check_staff_accounts
from kiosk.storage import migrate
from kiosk.storage.db import make_engine


def test_doctor_flags_a_terminal_without_accounts(tmp_path: Path) -> None:
    url = f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    config = Config().replace("database", url=url)
    finding = check_staff_accounts(config)
    assert finding.status is Status.WARN and "kiosk staff add" in finding.message
    with_accounts(engine)
    finding = check_staff_accounts(config)
    assert finding.status is Status.OK and finding.message == "3 active, 1 admin(s)"
    engine.dispose()
