"""CUPS faults, each with one plain sentence staff can act on, and the job kept sealed.

cupsd stopped, the queue paused (disabled), the queue rejecting jobs, a hung queue (a
backend that never finishes) and the queue gone (deleted): every one is a ``PrintError``
whose ``code`` names it and whose ``reason`` says what to do; the job stays sealed in the
spool as failed (nothing readable on disk); once the fault is mended, a retry prints
exactly the document and leaves the spool empty. A private cupsd per test
(``cups_private``) takes the faults, so the shared scheduler is never disturbed; run
under ``flock /work/wt/cups.lock`` on a shared machine.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from cups_private import TOOLS, PrivateCups, RecordingPrinter, SilentPrinter, wait_until
from kiosk_test_support import service_missing

from kiosk.sealing.box import Keyring, SecretBox
from printing.backends import CALL_STAFF, PrintError
from printing.backends.cups import CupsBackend
from printing.queue import FAILED, PrintQueue
from printing.test_page import render_test_page

pytestmark = pytest.mark.cups
QUEUE = "kiosk-faults"


@pytest.fixture
def cups() -> Iterator[PrivateCups]:
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        service_missing(f"CUPS ({', '.join(missing)})")
    private = PrivateCups()
    try:
        private.start()
        yield private
    finally:
        private.close()


@pytest.fixture
def printer() -> Iterator[RecordingPrinter]:
    recording = RecordingPrinter()
    try:
        yield recording
    finally:
        recording.close()


@pytest.fixture
def document(tmp_path: Path) -> bytes:
    return render_test_page(tmp_path / "page.pdf").read_bytes()


def _queue(cups: PrivateCups, tmp_path: Path, timeout: float = 20.0) -> PrintQueue:
    return PrintQueue(CupsBackend(QUEUE, server=cups.server), tmp_path / "spool",
                      timeout_seconds=timeout, keyring=Keyring.of(SecretBox.generate()))


def _fails(queue: PrintQueue, document: bytes, code: str, *words: str) -> str:
    """Print, expect the fault, check the message and that the job stays sealed."""
    with pytest.raises(PrintError) as info:
        queue.submit_data(document, visit_id="visit-cups")
    error = info.value
    assert error.code == code, error.reason
    assert CALL_STAFF in str(error)  # what the resident is told
    assert error.reason.endswith("then retry the job")  # what staff do
    for word in words:
        assert word in error.reason
    [job] = queue.failed()
    assert (job.state, job.code, job.visit_id) == (FAILED, code, "visit-cups")
    sealed = queue.spool / f"job-{job.job_id}.sealed"
    assert sealed.is_file() and document[:200] not in sealed.read_bytes()
    return job.job_id


def _retry_prints(queue: PrintQueue, job_id: str, printer: RecordingPrinter,
                  document: bytes) -> None:
    queue.print(job_id)  # returns once CUPS reports the job completed
    assert queue.jobs() == [] and list(queue.spool.iterdir()) == []
    wait_until(lambda: printer.received == [document], what="the retried job's output")


def test_a_stopped_cupsd(cups: PrivateCups, printer: RecordingPrinter, tmp_path: Path,
                         document: bytes) -> None:
    cups.add_queue(QUEUE, printer.port)
    queue = _queue(cups, tmp_path)
    cups.stop()
    job_id = _fails(queue, document, "stopped", "CUPS", "is not running", "start it")
    cups.start()  # staff start it again; the queue is still configured
    _retry_prints(queue, job_id, printer, document)


def test_a_paused_queue(cups: PrivateCups, printer: RecordingPrinter, tmp_path: Path,
                        document: bytes) -> None:
    cups.add_queue(QUEUE, printer.port)
    queue = _queue(cups, tmp_path)
    cups.tool("cupsdisable", QUEUE)
    job_id = _fails(queue, document, "paused", QUEUE, f"cupsenable {QUEUE}")
    cups.tool("cupsenable", QUEUE)
    _retry_prints(queue, job_id, printer, document)


def test_a_queue_rejecting_jobs(cups: PrivateCups, printer: RecordingPrinter, tmp_path: Path,
                                document: bytes) -> None:
    cups.add_queue(QUEUE, printer.port)
    queue = _queue(cups, tmp_path)
    cups.tool("cupsreject", QUEUE)
    job_id = _fails(queue, document, "rejecting", f"cupsaccept {QUEUE}")
    cups.tool("cupsaccept", QUEUE)
    _retry_prints(queue, job_id, printer, document)


def test_a_hung_queue(cups: PrivateCups, printer: RecordingPrinter, tmp_path: Path,
                      document: bytes) -> None:
    silent = SilentPrinter()
    try:
        cups.add_queue(QUEUE, silent.port)
        queue = _queue(cups, tmp_path, timeout=3.0)
        job_id = _fails(queue, document, "hung", "did not finish", "3 seconds")
        # The stuck job was cancelled in CUPS, so a retry never prints it twice.
        wait_until(lambda: not cups.tool("lpstat", "-W", "not-completed", "-o", QUEUE,
                                         check=False).stdout.strip(),
                   what="the hung job to be cancelled")
    finally:
        silent.close()
    cups.add_queue(QUEUE, printer.port)  # the printer is mended
    _retry_prints(queue, job_id, printer, document)


def test_a_deleted_queue(cups: PrivateCups, printer: RecordingPrinter, tmp_path: Path,
                         document: bytes) -> None:
    cups.add_queue(QUEUE, printer.port)
    queue = _queue(cups, tmp_path)
    cups.tool("lpadmin", "-x", QUEUE)
    job_id = _fails(queue, document, "gone", QUEUE, "does not exist", "add it again")
    cups.add_queue(QUEUE, printer.port)  # IT adds it again
    _retry_prints(queue, job_id, printer, document)


def test_a_queue_deleted_while_a_job_waits(cups: PrivateCups, tmp_path: Path,
                                           document: bytes) -> None:
    silent = SilentPrinter()
    try:
        cups.add_queue(QUEUE, silent.port)
        backend = CupsBackend(QUEUE, server=cups.server)
        handle = backend.submit_data(document, "job-waiting")
        wait_until(lambda: bool(silent.connections), what="the job to reach the printer")
        assert cups.job_state(QUEUE, handle.job_id) == "not-completed"
        cups.tool("lpadmin", "-x", QUEUE)
        with pytest.raises(PrintError) as info:
            backend.wait(handle, 20.0)
        assert info.value.code == "gone" and "add it again" in info.value.reason
    finally:
        silent.close()
