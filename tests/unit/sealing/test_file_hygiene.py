"""File hygiene on a stolen tablet: private folders and files, deleted rows overwritten."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk import paths
from kiosk.cli.main import main
from kiosk.storage.db import make_engine
from kiosk.visits.outbox import Outbox


def test_every_folder_is_private(isolated_dirs: Path) -> None:
    for folder in (paths.config_dir(), paths.data_dir(), paths.log_dir(), paths.spool_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    os.chmod(paths.data_dir(), 0o755)  # made by an older version
    assert stat.S_IMODE(paths.data_dir().stat().st_mode) == 0o700


def test_the_cli_makes_every_new_file_private(isolated_dirs: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)
    try:
        assert main(["db", "upgrade"]) == 0
        database = paths.data_dir() / "kiosk.sqlite3"
        assert stat.S_IMODE(database.stat().st_mode) == 0o600
        assert os.umask(0o022) == 0o077
    finally:
        os.umask(old)


def test_sqlite_overwrites_deleted_rows(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'k.sqlite3'}")
    with engine.begin() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar_one() == 1
        connection.execute(text("CREATE TABLE t (v TEXT)"))
        connection.execute(text("INSERT INTO t VALUES ('山田太郎の住所' || hex(randomblob(500)))"))
        connection.execute(text("DELETE FROM t"))
    with engine.connect() as connection:
        connection.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    for file in tmp_path.glob("k.sqlite3*"):
        assert "山田太郎".encode() not in file.read_bytes()


def test_the_outbox_overwrites_sent_items(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    with outbox._connect() as connection:
        assert connection.execute("PRAGMA secure_delete").fetchone()[0] == 1
