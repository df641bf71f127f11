"""The spool keeps nothing readable: failed jobs are sealed, listed, retried, settled and
expired; an unwritable spool is a ``PrintError`` and the job stays reprintable."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.sealing.box import Keyring, SecretBox
from printing.backends import JobHandle, JobState, PrintBackend, PrinterUnavailable
from printing.backends.folder import FolderBackend
from printing.queue import (
    DISCARD_REQUESTED,
    FAILED,
    REPRINTED,
    PrintQueue,
    SpooledJob,
    SpoolUnwritable,
)
from printing.spool_sweep import sweep

SECRET = "山田太郎 123456789012"
DOCUMENT = b"%PDF-1.4\n" + SECRET.encode("utf-8") * 50 + b"\n%%EOF\n"
T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class Stopped(PrintBackend):
    """A printer that refuses every job, like a paused queue."""

    name = "stopped"

    def submit(self, pdf_path: Path) -> JobHandle:
        raise PrinterUnavailable("the print queue q is paused: resume it, then retry the job",
                                 "paused")

    def status(self, job: JobHandle) -> JobState:
        raise AssertionError("never submitted")


class MemoryLog:
    """An in-memory failure log; ``down`` makes every call fail like a lost database."""

    def __init__(self) -> None:
        self.rows: dict[str, str] = {}
        self.reported: list[SpooledJob] = []
        self.down = False

    def _check(self) -> None:
        if self.down:
            raise ConnectionError("database away")

    def report(self, job: SpooledJob) -> None:
        self._check()
        self.reported.append(job)
        self.rows[job.job_id] = FAILED

    def resolve(self, job_id: str, outcome: str) -> None:
        self._check()
        self.rows[job_id] = outcome

    def requests(self, job_ids: Sequence[str]) -> Mapping[str, str]:
        self._check()
        return {j: s for j, s in self.rows.items()
                if j in job_ids and s in (DISCARD_REQUESTED, REPRINTED)}


@pytest.fixture
def keyring() -> Keyring:
    return Keyring.of(SecretBox.generate())


def _no_plaintext(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            raw = path.read_bytes()
            assert SECRET.encode("utf-8") not in raw, path.name
            assert SECRET.encode("unicode_escape") not in raw, path.name


def _queue(tmp_path: Path, keyring: Keyring, backend: PrintBackend | None = None,
           log: MemoryLog | None = None, now: datetime = T0) -> PrintQueue:
    return PrintQueue(backend or Stopped(), tmp_path / "spool", keyring=keyring,
                      failures=log, clock=lambda: now)


def test_a_failed_job_is_sealed_reported_and_retried(tmp_path: Path, keyring: Keyring) -> None:
    log = MemoryLog()
    queue = _queue(tmp_path, keyring, log=log)
    with pytest.raises(PrinterUnavailable):
        queue.submit_data(DOCUMENT, visit_id="visit-1")
    [job] = queue.failed()
    assert (job.visit_id, job.code, job.attempts, job.reported) == ("visit-1", "paused", 1, True)
    assert "resume it" in job.reason and job.failed_at == T0
    assert [r.job_id for r in log.reported] == [job.job_id]
    _no_plaintext(tmp_path / "spool")
    sealed = tmp_path / "spool" / f"job-{job.job_id}.sealed"
    assert oct(sealed.stat().st_mode & 0o777) == "0o600"
    assert oct((tmp_path / "spool").stat().st_mode & 0o777) == "0o700"
    meta = json.loads((tmp_path / "spool" / f"job-{job.job_id}.json").read_text())
    assert set(meta) == {"state", "attempts", "reason", "code", "visit_id", "reported",
                         "created", "failed_at"}
    # Staff retry once the printer is back: printed from memory, then gone everywhere.
    out = tmp_path / "printed"
    fixed = PrintQueue(FolderBackend(out), tmp_path / "spool", keyring=keyring, failures=log)
    fixed.print(job.job_id)
    assert fixed.jobs() == [] and list((tmp_path / "spool").iterdir()) == []
    [printed] = out.iterdir()
    assert printed.read_bytes() == DOCUMENT
    assert log.rows[job.job_id] == "printed"


def test_a_job_sealed_with_another_key_cannot_be_opened(tmp_path: Path, keyring: Keyring) -> None:
    queue = _queue(tmp_path, keyring)
    with pytest.raises(PrinterUnavailable):
        queue.submit_data(DOCUMENT)
    [job] = queue.failed()
    stranger = PrintQueue(FolderBackend(tmp_path / "out"), tmp_path / "spool",
                          keyring=Keyring.of(SecretBox.generate()))
    with pytest.raises(Exception, match="cannot be opened") as info:
        stranger.print(job.job_id)
    assert getattr(info.value, "code", "") == "unreadable"
    assert not (tmp_path / "out").exists()


def test_a_read_only_spool_is_a_print_error_and_the_job_stays_in_memory(
    tmp_path: Path, keyring: Keyring
) -> None:
    if os.geteuid() == 0:
        spool = tmp_path / "file-in-the-way"  # root ignores modes: a file blocks the folder
        spool.write_text("x")
        folder = spool / "spool"
    else:
        folder = tmp_path / "spool"
        folder.mkdir(mode=0o500)
    queue = PrintQueue(Stopped(), folder, keyring=keyring)
    assert not queue.writable
    with pytest.raises(SpoolUnwritable) as info:
        queue.submit_data(DOCUMENT, visit_id="visit-2")
    assert "cannot be written" in info.value.reason and str(folder) in info.value.reason
    [job] = queue.failed()
    assert job.in_memory and job.visit_id == "visit-2"
    queue.backend = FolderBackend(tmp_path / "out")  # the printer is back
    queue.print(job.job_id)
    assert queue.jobs() == []
    assert [p.read_bytes() for p in (tmp_path / "out").iterdir()] == [DOCUMENT]


def test_the_sweep_settles_expires_and_reports(tmp_path: Path, keyring: Keyring) -> None:
    log = MemoryLog()
    log.down = True  # the database is away when the printer fails
    queue = _queue(tmp_path, keyring, log=log)
    ids: list[str] = []
    for _ in range(3):
        with pytest.raises(PrinterUnavailable):
            queue.submit_data(DOCUMENT)
        ids += [j.job_id for j in queue.failed() if j.job_id not in ids]
    assert not any(j.reported for j in queue.jobs())
    log.down = False

    def expires(created: datetime) -> datetime:
        return created + timedelta(hours=24)

    assert sweep(queue, T0 + timedelta(hours=1), expires) == 0
    assert all(j.reported for j in queue.jobs()) and set(log.rows) == set(ids)
    log.rows[ids[0]] = DISCARD_REQUESTED  # a clerk gave up on it at the counter
    log.rows[ids[1]] = REPRINTED  # another clerk reprinted it from the personal copy
    assert sweep(queue, T0 + timedelta(hours=2), expires) == 2
    assert [j.job_id for j in queue.jobs()] == [ids[2]]
    assert (log.rows[ids[0]], log.rows[ids[1]]) == ("discarded", "reprinted")
    assert sweep(queue, T0 + timedelta(hours=24), expires) == 1  # retention ended
    assert log.rows[ids[2]] == "expired"
    assert list((tmp_path / "spool").iterdir()) == []


def test_the_sweep_seals_old_plaintext_and_flags_interrupted_jobs(
    tmp_path: Path, keyring: Keyring
) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    (spool / "job-00aa.pdf").write_bytes(DOCUMENT)  # what older versions kept
    (spool / "job-00aa.json").write_text('{"state": "failed", "attempts": 1}')
    queue = _queue(tmp_path, keyring, backend=FolderBackend(tmp_path / "out"))
    half_sent = queue.enqueue_data(DOCUMENT, visit_id="visit-3")  # then the kiosk died
    later = PrintQueue(FolderBackend(tmp_path / "out"), spool, keyring=keyring,
                       clock=lambda: T0 + timedelta(hours=1))
    assert sweep(later) == 0
    states = {j.visit_id: (j.state, j.code) for j in later.jobs()}
    assert states == {"": (FAILED, "interrupted"), "visit-3": (FAILED, "interrupted")}
    _no_plaintext(spool)
    assert not (spool / "job-00aa.pdf").exists()
    for job in later.jobs():
        later.print(job.job_id)
    assert sorted(p.read_bytes() for p in (tmp_path / "out").iterdir()) == [DOCUMENT] * 2
    assert half_sent.job_id not in [j.job_id for j in later.jobs()]


def test_the_default_hand_over_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A back-end that needs a file gets a 0600 one that is gone when it returns."""
    seen: list[tuple[Path, int]] = []

    class NeedsAFile(PrintBackend):
        name = "file"

        def submit(self, pdf_path: Path) -> JobHandle:
            seen.append((pdf_path, pdf_path.stat().st_mode & 0o777))
            assert pdf_path.read_bytes() == DOCUMENT
            return JobHandle(self.name, "1")

        def status(self, job: JobHandle) -> JobState:
            return JobState.COMPLETED

    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    NeedsAFile().submit_data(DOCUMENT, "job-1")
    [(path, mode)] = seen
    assert mode == 0o600 and path.name == "job-1.pdf"
    assert not path.exists() and not path.parent.exists()
    assert list((tmp_path / "tmp").iterdir()) == []
