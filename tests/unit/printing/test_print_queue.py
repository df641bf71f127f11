"""The print queue keeps every job until it is printed, and deletes it right after."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from printing.backends import (
    CALL_STAFF,
    JobHandle,
    JobState,
    PrintBackend,
    PrinterUnavailable,
    PrintTimeout,
    make_backend,
)
from printing.backends.folder import FolderBackend
from printing.queue import PrintQueue
from printing.test_page import render_test_page


class NeverCompletes(PrintBackend):
    """A printer that takes jobs and never finishes them (a jammed printer)."""

    name = "jammed"
    poll_seconds = 0.01

    def __init__(self) -> None:
        self.cancelled: list[str] = []

    def submit(self, pdf_path: Path) -> JobHandle:
        return JobHandle(self.name, "1")

    def status(self, job: JobHandle) -> JobState:
        return JobState.PENDING

    def cancel(self, job: JobHandle) -> None:
        self.cancelled.append(job.job_id)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return render_test_page(tmp_path / "bundle.pdf")


def test_a_printed_job_leaves_nothing_in_the_spool(tmp_path: Path, pdf: Path) -> None:
    out = tmp_path / "printed"
    queue = PrintQueue(FolderBackend(out), tmp_path / "spool")
    job_id = queue.submit(pdf)
    assert re.fullmatch(r"[0-9a-f]{16}", job_id)
    assert list((tmp_path / "spool").iterdir()) == []
    assert not pdf.exists()  # sealed into the spool, then deleted once printed
    printed = list(out.iterdir())
    assert len(printed) == 1 and printed[0].read_bytes().startswith(b"%PDF")


def test_an_unavailable_printer_keeps_the_job_for_a_reprint(tmp_path: Path, pdf: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    spool = tmp_path / "spool"
    queue = PrintQueue(FolderBackend(blocker / "out"), spool)
    with pytest.raises(PrinterUnavailable) as info:
        queue.submit(pdf)
    assert CALL_STAFF in str(info.value)
    [job] = queue.failed()
    assert job.attempts == 1 and job.code == "unwritable"
    assert "printer.folder" in job.reason  # what staff should check
    assert (spool / f"job-{job.job_id}.sealed").is_file()
    # The clerk fixes the printer and reprints the same job.
    fixed = PrintQueue(FolderBackend(tmp_path / "out"), spool)
    fixed.print(job.job_id)
    assert fixed.jobs() == []
    assert len(list((tmp_path / "out").iterdir())) == 1


def test_a_job_that_never_completes_times_out_and_stays_queued(
    tmp_path: Path, pdf: Path
) -> None:
    backend = NeverCompletes()
    queue = PrintQueue(backend, tmp_path / "spool", timeout_seconds=0.05)
    with pytest.raises(PrintTimeout) as info:
        queue.submit(pdf)
    assert CALL_STAFF in str(info.value)
    assert [j.state for j in queue.jobs()] == ["failed"]
    assert backend.cancelled == ["1"]  # withdrawn so a reprint is not printed twice


def test_leftovers_are_purged_at_start_up(isolated_dirs: Path, pdf: Path) -> None:
    queue = PrintQueue(NeverCompletes(), timeout_seconds=0.01)
    assert queue.spool == isolated_dirs / "data" / "spool"
    job = queue.enqueue(pdf)
    assert queue.get(job.job_id) is not None
    restarted = PrintQueue(NeverCompletes())
    assert restarted.purge_leftovers() == 2
    assert restarted.jobs() == []


def test_discard_deletes_the_personal_data(tmp_path: Path, pdf: Path) -> None:
    queue = PrintQueue(NeverCompletes(), tmp_path / "spool")
    job = queue.enqueue(pdf)
    queue.discard(job.job_id)
    assert list((tmp_path / "spool").iterdir()) == []
    with pytest.raises(KeyError):
        queue.print(job.job_id)


def test_backend_factory(isolated_dirs: Path) -> None:
    class Printer:
        backend = "folder"
        queue = ""
        folder = ""

    backend = make_backend(Printer())
    assert isinstance(backend, FolderBackend)
    assert backend.folder == isolated_dirs / "data" / "printed"
    Printer.backend = "fax"
    with pytest.raises(ValueError, match="fax"):
        make_backend(Printer())
