"""A real print through CUPS: the 転入 bundle goes through the cups-pdf queue ``kiosk-pdf``.

``scripts/start-cups.sh`` starts cupsd and adds the queue (the CI script runs it). The
printed output is compared with the source as pictures, not text: text extraction after
a print filter is unreliable, and a picture is what the resident takes home. A stopped
queue must give the "call staff" error and keep the job for the clerk to reprint.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from kiosk_test_support import service_missing
from pypdf import PdfReader

from kiosk.sealing.box import Keyring, SecretBox
from printing.backends import CALL_STAFF, JobHandle, JobState, PrinterUnavailable, PrintTimeout
from printing.backends.cups import CupsBackend, queue_state
from printing.bundle import render_bundle
from printing.queue import PrintQueue
from printing.raster import difference, rasterize
from printing.test_page import render_test_page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "printing"))
from printing_samples import CATALOG, MY_NUMBERS, VISIT, family_scenario, tennyu_plan

QUEUE = os.environ.get("KIOSK_CUPS_QUEUE", "kiosk-pdf")
OUT_DIR = Path(os.environ.get("KIOSK_CUPS_PDF_OUT", "/var/spool/cups-pdf/kiosk"))

pytestmark = pytest.mark.cups
KEYRING = Keyring.of(SecretBox.generate())  # the spool seals with it



def _cups_ready() -> bool:
    if shutil.which("lpstat") is None:
        return False
    running = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    if "is running" not in running.stdout:
        return False
    enabled, accepting, _ = queue_state(QUEUE)
    return enabled and accepting and OUT_DIR.is_dir()


@pytest.fixture
def cups_queue(request: pytest.FixtureRequest) -> Iterator[str]:
    if not _cups_ready():
        service_missing(f"cupsd with the {QUEUE} cups-pdf queue")
    yield QUEUE
    subprocess.run(["cupsenable", QUEUE], check=False)  # whatever a test did


def _wait_for_output(stem: str, timeout: float = 30.0) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = sorted(OUT_DIR.glob(f"{stem}*.pdf"))
        if found and found[0].stat().st_size > 0:
            try:
                PdfReader(found[0])
                return found[0]
            except Exception:
                pass
        time.sleep(0.1)
    raise TimeoutError("cups-pdf wrote no output")


def test_a_tennyu_bundle_prints_through_cups(cups_queue: str, tmp_path: Path) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, MY_NUMBERS, catalog=CATALOG)
    source = rasterize(summary.path, 40)
    queue = PrintQueue(CupsBackend(cups_queue), tmp_path / "spool", timeout_seconds=60,
                       keyring=KEYRING)
    job = queue.enqueue(summary.path)
    queue.print(job.job_id)  # returns only once CUPS reports the job completed
    assert queue.jobs() == []  # printed, so the personal data is gone from the spool
    printed_pdf = _wait_for_output(f"job-{job.job_id}")
    try:
        printed = rasterize(printed_pdf, 40)
    finally:
        printed_pdf.unlink()  # it holds personal data too
    assert len(printed) == len(source)
    for page, (a, b) in enumerate(zip(source, printed, strict=True), start=1):
        diff = difference(a, b)
        assert diff.within(changed=0.01, mean=4.0), f"page {page}: {diff}"
    assert not difference(source[1], printed[2]).within(changed=0.01, mean=4.0)


def test_a_stopped_queue_says_call_staff_and_keeps_the_job(
    cups_queue: str, tmp_path: Path
) -> None:
    summary = render_bundle(family_scenario(), tennyu_plan(), VISIT, tmp_path, catalog=CATALOG)
    queue = PrintQueue(CupsBackend(cups_queue), tmp_path / "spool", timeout_seconds=30,
                       keyring=KEYRING)
    subprocess.run(["cupsdisable", cups_queue], check=True)
    try:
        with pytest.raises(PrinterUnavailable) as info:
            queue.submit(summary.path)
        assert CALL_STAFF in str(info.value)
        [job] = queue.failed()
        assert (tmp_path / "spool" / f"job-{job.job_id}.sealed").is_file()  # sealed at rest
    finally:
        subprocess.run(["cupsenable", cups_queue], check=True)
    queue.print(job.job_id)  # the clerk reprints once the printer is back
    assert queue.jobs() == []
    _wait_for_output(f"job-{job.job_id}").unlink()


def test_following_a_job_that_waits_on_the_printer(cups_queue: str, tmp_path: Path) -> None:
    """A held job is pending, times out, says "call staff" once the queue stops, and a
    cancelled job is never taken for a printed one."""
    pdf = render_test_page(tmp_path / "test.pdf")
    backend = CupsBackend(cups_queue)
    out = subprocess.run(["lp", "-d", cups_queue, "-H", "indefinite", "-t", "kiosk-held",
                          str(pdf)], capture_output=True, text=True, check=True).stdout
    match = re.search(r"request id is (\S+)", out)
    assert match is not None
    job = JobHandle("cups", match.group(1))
    try:
        assert backend.status(job) is JobState.PENDING
        with pytest.raises(PrintTimeout):
            backend.wait(job, 0.3)
        subprocess.run(["cupsdisable", cups_queue], check=True)
        with pytest.raises(PrinterUnavailable):
            backend.status(job)
    finally:
        subprocess.run(["cupsenable", cups_queue], check=True)
        backend.cancel(job)
    assert backend.status(job) is JobState.FAILED
