"""Failed print jobs reach staff: the shared failure log (SQLite and PostgreSQL), a clerk
settling a kiosk's job, ``kiosk doctor``'s listing and ``kiosk db purge``'s sweep."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.cli.main import main
from kiosk.sealing.box import Keyring, SecretBox
from kiosk.storage import migrate
from kiosk.storage.db import make_engine
from printing.backends import JobHandle, JobState, PrintBackend, PrinterUnavailable
from printing.failures import DatabaseFailureLog, open_failures, settle
from printing.queue import DISCARD_REQUESTED, REPRINTED, PrintQueue
from printing.spool_sweep import sweep

T0 = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)  # 15:00 in Japan, a Friday
DOCUMENT = b"%PDF-1.4 forms of a resident"


class Paused(PrintBackend):
    name = "paused"

    def submit(self, pdf_path: Path) -> JobHandle:
        raise PrinterUnavailable("the print queue q is paused: resume it (cupsenable q), then "
                                 "retry the job", "paused")

    def status(self, job: JobHandle) -> JobState:
        raise AssertionError("never submitted")


def _fail(queue: PrintQueue, visit_id: str) -> str:
    with pytest.raises(PrinterUnavailable):
        queue.submit_data(DOCUMENT, visit_id=visit_id)
    return next(j.job_id for j in queue.failed() if j.visit_id == visit_id)


def test_clerks_see_every_kiosks_failures_and_settle_them(db_url: str, tmp_path: Path) -> None:
    engine = make_engine(db_url)
    migrate.upgrade(engine)
    kiosks = {name: PrintQueue(Paused(), tmp_path / name, keyring=Keyring.of(SecretBox.generate()),
                               failures=DatabaseFailureLog(engine, name), clock=lambda: T0)
              for name in ("kiosk-a", "kiosk-b")}
    a1, a2 = _fail(kiosks["kiosk-a"], "visit-a1"), _fail(kiosks["kiosk-a"], "visit-a2")
    b1 = _fail(kiosks["kiosk-b"], "visit-b1")
    seen = open_failures(engine)
    assert sorted((f.terminal_id, f.visit_id, f.code) for f in seen) == [
        ("kiosk-a", "visit-a1", "paused"), ("kiosk-a", "visit-a2", "paused"),
        ("kiosk-b", "visit-b1", "paused")]
    assert all("cupsenable" in f.reason and f.attempts == 1 for f in seen)
    # A clerk reprints one from the personal copy and gives up on another.
    assert settle(engine, a1, REPRINTED, "clerk-7")
    assert settle(engine, b1, DISCARD_REQUESTED, "clerk-7")
    assert not settle(engine, a1, DISCARD_REQUESTED, "clerk-8"), "already settled"
    assert [f.job_id for f in open_failures(engine)] == [a2]
    # Each kiosk deletes its sealed copy at its next sweep.
    assert sweep(kiosks["kiosk-a"]) == 1 and sweep(kiosks["kiosk-b"]) == 1
    assert [j.job_id for j in kiosks["kiosk-a"].jobs()] == [a2]
    assert kiosks["kiosk-b"].jobs() == []
    with engine.connect() as c:
        rows = dict(c.execute(text("SELECT job_id, state FROM print_failure")).all())
    assert rows == {a1: "reprinted", a2: "failed", b1: "discarded"}
    engine.dispose()


def test_doctor_lists_failed_jobs_and_db_purge_sweeps_them(
        isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.paths import spool_dir

    url = f"sqlite:///{(isolated_dirs / 'central.sqlite3').as_posix()}"
    monkeypatch.setenv("KIOSK_DATABASE_URL", url)
    assert main(["db", "upgrade"]) == 0
    queue = PrintQueue(Paused(), spool_dir(), clock=lambda: T0)
    _fail(queue, "visit-77")
    capsys.readouterr()
    main(["doctor"])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "print spool" in x)
    assert line.startswith("WARN") and "1 failed print job(s)" in line and "visit-77" in line
    # Kept until the end of the next working day (Monday), then purged.
    assert main(["db", "purge", "--now", "2026-11-30T23:00+09:00"]) == 0
    assert "purged 0 failed print job(s)" in capsys.readouterr().out
    assert main(["db", "purge", "--now", "2026-12-01T00:00+09:00"]) == 0
    assert "purged 1 failed print job(s)" in capsys.readouterr().out
    assert [p for p in spool_dir().iterdir() if p.is_file()] == []
    main(["doctor"])
    assert "no print job is waiting" in capsys.readouterr().out
    assert sweep(queue, T0 + timedelta(days=9)) == 0
