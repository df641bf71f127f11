"""``kiosk db backup`` / ``restore`` and the refused downgrade, on SQLite files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.storage import migrate
from kiosk.storage.db import make_engine, session_factory, transaction
from kiosk.storage.models import Terminal


def _terminals(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return [row[0] for row in connection.execute("SELECT id FROM terminal ORDER BY id")]


def _add_terminal(db: Path, terminal_id: str) -> None:
    engine = make_engine(f"sqlite:///{db}")
    try:
        with transaction(session_factory(engine)) as session:
            session.add(Terminal(id=terminal_id, role="kiosk"))
    finally:
        engine.dispose()


def _set_revision(db: Path, revision: str) -> None:
    with closing(sqlite3.connect(db)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        connection.commit()


@pytest.fixture
def live_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "home"))
    db = tmp_path / "live.sqlite3"
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{db}")
    assert main(["db", "upgrade"]) == 0
    return db


def test_restore_brings_back_the_backup_and_keeps_the_database_it_replaced(
        live_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add_terminal(live_db, "kiosk-before")
    backup_file = tmp_path / "saved" / "backup.sqlite3"
    assert main(["db", "backup", "--out", str(backup_file)]) == 0
    assert f"schema {migrate.head_revision()}" in capsys.readouterr().out
    _add_terminal(live_db, "kiosk-after")
    assert _terminals(live_db) == ["kiosk-after", "kiosk-before"]

    assert main(["db", "restore", str(backup_file)]) == 0
    out = capsys.readouterr().out
    assert _terminals(live_db) == ["kiosk-before"]
    kept = list(tmp_path.glob("live.sqlite3.before-restore-*"))
    assert len(kept) == 1 and str(kept[0]) in out
    assert _terminals(kept[0]) == ["kiosk-after", "kiosk-before"]


def test_backup_without_out_goes_to_the_data_folder(
        live_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "backup"]) == 0
    made = list((tmp_path / "home").rglob("backups/kiosk-*.sqlite3"))
    assert len(made) == 1 and str(made[0]) in capsys.readouterr().out
    assert main(["db", "backup", "--out", str(made[0])]) == 1
    assert "already exists" in capsys.readouterr().err


def test_restoring_an_older_backup_migrates_it_to_this_version(
        live_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "old.sqlite3"
    old_engine = make_engine(f"sqlite:///{old}")
    migrate.upgrade(old_engine, "0001")
    old_engine.dispose()
    assert main(["db", "restore", str(old)]) == 0
    assert f"migrated it to schema {migrate.head_revision()}" in capsys.readouterr().out
    engine = make_engine(f"sqlite:///{live_db}")
    try:
        assert migrate.is_up_to_date(engine)
    finally:
        engine.dispose()


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(
        live_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add_terminal(live_db, "kiosk-live")
    newer = tmp_path / "newer.sqlite3"
    assert main(["db", "backup", "--out", str(newer)]) == 0
    _set_revision(newer, "9999")
    capsys.readouterr()
    assert main(["db", "restore", str(newer)]) == 1
    err = capsys.readouterr().err
    assert "newer version" in err and "9999" in err and "Traceback" not in err
    assert _terminals(live_db) == ["kiosk-live"]
    assert not list(tmp_path.glob("live.sqlite3.before-restore-*"))


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_file_that_is_no_kiosk_database_is_refused(
        live_db: Path, tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(content)
    assert main(["db", "restore", str(junk)]) == 1
    err = capsys.readouterr().err
    assert "not a" in err and "Traceback" not in err


def test_a_downgrade_is_refused_with_a_message_by_every_command(
        live_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _set_revision(live_db, "9999")
    capsys.readouterr()
    assert main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err
    assert "newer version of the kiosk" in err and "Downgrading is not supported" in err
    assert main(["db", "purge"]) == 1
    assert "Downgrading is not supported" in capsys.readouterr().err
    assert main(["db", "status"]) == 0
    assert "written by a newer version" in capsys.readouterr().out
    with closing(sqlite3.connect(live_db)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_postgresql_is_pointed_to_pg_dump(
        isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", "postgresql://kiosk@db.invalid/kiosk")
    assert main(["db", "backup"]) == 1
    assert "pg_dump" in capsys.readouterr().err
