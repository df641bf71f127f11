"""A print queue that never loses a job, and never keeps a printed one.

A bundle is moved into the spool folder (``kiosk.paths.spool_dir()``) under a random job
name before anything is sent, with a small JSON side-car holding its state. Only when the
back-end reports the job completed are the PDF and side-car deleted: they hold personal
data. A job that fails (stopped or unreachable printer, timeout) stays spooled as
``failed`` for the clerk to reprint, and the error propagates so the screen can ask the
resident to call staff. Leftovers from an earlier run (a crash, a power cut) are purged at
start-up: by then the resident has gone, and their data must not linger on disk.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from printing.backends.base import PrintBackend, PrintError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SpooledJob:
    """A job waiting in the spool: its id, state and attempts (no personal data)."""

    job_id: str
    state: str
    attempts: int
    reason: str = ""


class PrintQueue:
    def __init__(self, backend: PrintBackend, spool: Path | None = None,
                 timeout_seconds: float = 120.0) -> None:
        if spool is None:
            from kiosk.paths import spool_dir

            spool = spool_dir()
        spool.mkdir(parents=True, exist_ok=True)
        self.spool = spool
        self.backend = backend
        self.timeout = timeout_seconds

    # -- files ----------------------------------------------------------------------
    def _pdf(self, job_id: str) -> Path:
        return self.spool / f"job-{job_id}.pdf"

    def _meta(self, job_id: str) -> Path:
        return self.spool / f"job-{job_id}.json"

    def _write(self, job: SpooledJob) -> None:
        tmp = self._meta(job.job_id).with_suffix(".tmp")
        tmp.write_text(json.dumps({"state": job.state, "attempts": job.attempts,
                                   "reason": job.reason}), encoding="utf-8")
        tmp.replace(self._meta(job.job_id))

    def get(self, job_id: str) -> SpooledJob | None:
        meta = self._meta(job_id)
        if not meta.is_file() or not self._pdf(job_id).is_file():
            return None
        data = json.loads(meta.read_text(encoding="utf-8"))
        return SpooledJob(job_id, str(data["state"]), int(data["attempts"]),
                          str(data.get("reason", "")))

    def jobs(self) -> list[SpooledJob]:
        """Every job still spooled (queued or failed), oldest file first."""
        found = []
        for meta in sorted(self.spool.glob("job-*.json"), key=lambda p: p.stat().st_mtime):
            job = self.get(meta.stem.removeprefix("job-"))
            if job is not None:
                found.append(job)
        return found

    # -- operations -------------------------------------------------------------------
    def enqueue(self, pdf_path: Path) -> SpooledJob:
        """Move a rendered PDF into the spool; from here on it cannot be lost."""
        job = SpooledJob(uuid.uuid4().hex[:16], "queued", 0)
        shutil.move(str(pdf_path), self._pdf(job.job_id))
        self._write(job)
        return job

    def print(self, job_id: str) -> None:
        """Send a spooled job and follow it; delete it once completed.

        On failure the job stays spooled as ``failed`` and the ``PrintError`` (whose
        message tells the resident to call staff) is re-raised.
        """
        job = self.get(job_id)
        if job is None:
            raise KeyError(f"no spooled print job {job_id!r}")
        attempts = job.attempts + 1
        self._write(SpooledJob(job_id, "printing", attempts))
        handle = None
        try:
            handle = self.backend.submit(self._pdf(job_id))
            self.backend.wait(handle, self.timeout)
        except PrintError as exc:
            if handle is not None:
                self.backend.cancel(handle)  # a later reprint must not print it twice
            self._write(SpooledJob(job_id, "failed", attempts, type(exc).__name__))
            log.warning("print job %s failed (%s), kept for reprint", job_id,
                        type(exc).__name__)
            raise
        self._discard(job_id)
        log.info("print job %s completed after %d attempt(s)", job_id, attempts)

    def submit(self, pdf_path: Path) -> str:
        """Enqueue and print at once; returns the job id (kept on failure)."""
        job = self.enqueue(pdf_path)
        self.print(job.job_id)
        return job.job_id

    def failed(self) -> list[SpooledJob]:
        return [j for j in self.jobs() if j.state == "failed"]

    def _discard(self, job_id: str) -> None:
        self._pdf(job_id).unlink(missing_ok=True)
        self._meta(job_id).unlink(missing_ok=True)

    def discard(self, job_id: str) -> None:
        """The clerk gave up on a job: delete its personal data."""
        self._discard(job_id)

    def purge_leftovers(self) -> int:
        """Delete everything in the spool (call at start-up); returns files removed."""
        removed = 0
        for path in self.spool.iterdir():
            if path.is_file() and path.name.startswith("job-"):
                path.unlink()
                removed += 1
        if removed:
            log.info("purged %d leftover spool file(s)", removed)
        return removed
