"""``kiosk keys``: publishing the town key, reporting who holds what, rotating the terminal key."""

from __future__ import annotations

import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli.main import main
from kiosk.personal.sealed import seal_payload
from kiosk.sealing.keystore import FileKeyStore
from kiosk.sealing.terminal_keys import terminal_keyring
from kiosk.visits.outbox import Outbox


def test_init_publishes_the_town_key_and_status_says_who_holds_it(
        isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["db", "upgrade"]) == 0
    assert main(["keys", "status"]) == 0
    assert "published town key: none" in capsys.readouterr().out
    assert main(["keys", "init"]) == 0
    out = capsys.readouterr().out
    assert "published" in out
    held = list((isolated_dirs / "data" / "keys").glob("town-*.key"))
    assert [p.name for p in held if p.name != "town-public.key"]
    assert stat.S_IMODE((isolated_dirs / "data" / "keys").stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in held)
    assert main(["keys", "init"]) == 0
    assert "already published and this terminal holds it" in capsys.readouterr().out
    assert main(["keys", "status"]) == 0
    assert "(held here)" in capsys.readouterr().out


def test_init_refuses_a_second_town_key_from_a_terminal_without_the_first(
        isolated_dirs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("KIOSK_DATABASE_URL", f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    assert main(["db", "upgrade"]) == 0
    assert main(["keys", "init"]) == 0
    monkeypatch.setenv("KIOSK_HOME", str(tmp_path / "other-terminal"))
    capsys.readouterr()
    assert main(["keys", "init"]) == 1
    err = capsys.readouterr().err
    assert "does not hold it" in err and "Traceback" not in err
    assert main(["keys", "status"]) == 0
    assert "not held here" in capsys.readouterr().out
    assert main(["keys", "init", "--new"]) == 0


def test_init_without_a_database_schema_is_one_sentence(
        isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "init"]) == 1
    assert "kiosk db upgrade" in capsys.readouterr().err


def test_rotate_reseals_the_outbox_and_forgets_the_old_key(
        isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keys = FileKeyStore(isolated_dirs / "data" / "keys")
    old = terminal_keyring(keys)
    outbox = Outbox(isolated_dirs / "data" / "outbox.sqlite3")
    outbox.put_sealed_copy("v-1", datetime.now(UTC),
                           seal_payload(old, "v-1", {"name": "山田"}), sealed_to="terminal")
    assert main(["keys", "rotate"]) == 0
    assert "1 waiting item(s) re-sealed; 1 old key(s) forgotten" in capsys.readouterr().out
    new = terminal_keyring(keys)
    assert new.current.key_id != old.current.key_id and not new.older
    [copy] = outbox.sealed_copies()
    assert new.open(copy.blob, context=b"visit-personal:v-1")


def test_rotate_reseals_failed_print_jobs_so_they_can_still_be_retried(
        isolated_dirs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A job that failed before the rotation is still a job after it: re-sealed under the
    new key before the old one is forgotten, and the same PDF comes back out."""
    from kiosk.app.spool_maintenance import NoPrinter
    from kiosk.paths import spool_dir
    from printing.queue import PrintQueue

    keys = FileKeyStore(isolated_dirs / "data" / "keys")
    old = terminal_keyring(keys)
    pdf = b"%PDF-1.4 the bundle of visit v-1"
    job = PrintQueue(NoPrinter(), spool_dir(), keyring=old).enqueue_data(pdf, visit_id="v-1")
    assert main(["keys", "rotate"]) == 0
    assert "1 waiting item(s) re-sealed; 1 old key(s) forgotten" in capsys.readouterr().out
    new = terminal_keyring(keys)
    assert not new.older
    queue = PrintQueue(NoPrinter(), spool_dir(), keyring=new)
    assert queue._document(job.job_id) == pdf
