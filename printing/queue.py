"""A print queue that never loses a job, never keeps a printed one, and keeps nothing readable.

A bundle is sealed into the spool folder (``kiosk.paths.spool_dir()``) under a random job
id before anything is sent: ``job-<id>.sealed`` is AES-256-GCM under the terminal's own
keyring (``kiosk.sealing``), bound to its job id, beside a 0600 JSON side-car holding its
state and metadata (visit id, times, attempts, the reason of a failure: never personal
data). The printer gets the document from memory (``PrintBackend.submit_data``). Only when
the back-end reports the job completed are the sealed file and side-car deleted.

A job that fails stays sealed as ``failed``, is reported to the shared failure log
(``printing.failures``: terminal, visit id, time, reason) so clerk terminals see it, and
the ``PrintError`` propagates so the screen can ask the resident to call staff. Staff then
retry it (``print``) or discard it (``discard``); a clerk who reprinted or discarded it
elsewhere marks it in the log, and the sweep (``printing.spool_sweep.sweep``) deletes it
here. The sweep also deletes jobs
whose retention has ended, reports failures the database missed, marks jobs an earlier
run left half-sent as failed, and seals any plaintext ``job-*.pdf`` of older versions.

When the spool folder cannot be written, the job is kept in memory for this session and a
failure is a ``SpoolUnwritable`` (a ``PrintError``) that says so: never a raw ``OSError``.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from printing.backends.base import JobHandle, PrintBackend, PrintError

if TYPE_CHECKING:
    from kiosk.sealing.ports import Opener

log = logging.getLogger(__name__)

QUEUED, PRINTING, FAILED = "queued", "printing", "failed"
# Outcomes a clerk terminal writes into the failure log for the kiosk's next sweep.
DISCARD_REQUESTED, REPRINTED = "discard_requested", "reprinted"


class SpoolUnwritable(PrintError):
    """The spool folder cannot be written; the job is kept in memory for this session."""


@dataclass(frozen=True, slots=True)
class SpooledJob:
    """A job waiting in the spool: ids, state, times and attempts (no personal data)."""

    job_id: str
    state: str
    attempts: int
    reason: str = ""  # one plain sentence for staff
    code: str = ""  # the fault's short name (paused, gone, hung …)
    visit_id: str = ""
    created: datetime | None = None
    failed_at: datetime | None = None
    reported: bool = False
    in_memory: bool = False  # the spool could not be written

    def age(self, now: datetime) -> timedelta:
        return now - self.created if self.created is not None else timedelta(0)


class FailureLog(Protocol):
    """Where failed jobs are reported so staff anywhere see them (``printing.failures``)."""

    def report(self, job: SpooledJob) -> None: ...

    def resolve(self, job_id: str, outcome: str) -> None: ...

    def requests(self, job_ids: Sequence[str]) -> Mapping[str, str]: ...


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


class PrintQueue:
    def __init__(self, backend: PrintBackend, spool: Path | None = None,
                 timeout_seconds: float = 120.0, *, keyring: Opener | None = None,
                 failures: FailureLog | None = None,
                 clock: Callable[[], datetime] = _utc_now) -> None:
        if spool is None:
            from kiosk.paths import spool_dir

            spool = spool_dir()
        self.spool = spool
        self.backend = backend
        self.timeout = timeout_seconds
        self.failures = failures
        self.clock = clock
        self._keyring = keyring
        self._memory: dict[str, tuple[SpooledJob, bytes]] = {}
        self._active: set[str] = set()
        self._lock = threading.Lock()
        self.writable = self._prepare_spool()

    # -- files ----------------------------------------------------------------------
    def _prepare_spool(self) -> bool:
        from kiosk.sealing.files import private_dir

        try:
            private_dir(self.spool)
        except OSError:
            log.warning("the print spool folder cannot be created")
            return False
        return True

    @property
    def keyring(self) -> Opener:
        if self._keyring is None:
            from kiosk.sealing.keystore import default_keystore
            from kiosk.sealing.terminal_keys import terminal_keyring

            self._keyring = terminal_keyring(default_keystore())
        return self._keyring

    def _sealed(self, job_id: str) -> Path:
        return self.spool / f"job-{job_id}.sealed"

    def _meta(self, job_id: str) -> Path:
        return self.spool / f"job-{job_id}.json"

    @staticmethod
    def _context(job_id: str) -> bytes:
        return b"print-job:" + job_id.encode("ascii")

    def _write(self, job: SpooledJob) -> SpooledJob:
        if job.job_id in self._memory:
            self._memory[job.job_id] = (job, self._memory[job.job_id][1])
            return job
        from kiosk.sealing.files import write_private

        created, failed = job.created, job.failed_at
        write_private(self._meta(job.job_id), json.dumps({
            "state": job.state, "attempts": job.attempts, "reason": job.reason,
            "code": job.code, "visit_id": job.visit_id, "reported": job.reported,
            "created": created.isoformat() if created else "",
            "failed_at": failed.isoformat() if failed else "",
        }).encode("utf-8"))
        return job

    def get(self, job_id: str) -> SpooledJob | None:
        if job_id in self._memory:
            return self._memory[job_id][0]
        meta = self._meta(job_id)
        try:
            if not self._sealed(job_id).is_file():
                return None
            data = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return SpooledJob(job_id, str(data["state"]), int(data["attempts"]),
                          str(data.get("reason", "")), str(data.get("code", "")),
                          str(data.get("visit_id", "")), _time(data.get("created")),
                          _time(data.get("failed_at")), bool(data.get("reported", False)))

    def jobs(self) -> list[SpooledJob]:
        """Every job still spooled (queued, printing or failed), oldest first."""
        found = [job for job, _data in self._memory.values()]
        with contextlib.suppress(OSError):
            for meta in self.spool.glob("job-*.json"):
                job = self.get(meta.stem.removeprefix("job-"))
                if job is not None:
                    found.append(job)
        oldest = datetime.min.replace(tzinfo=UTC)
        return sorted(found, key=lambda j: (j.created or oldest, j.job_id))

    def failed(self) -> list[SpooledJob]:
        return [j for j in self.jobs() if j.state == FAILED]

    def _document(self, job_id: str) -> bytes:
        if job_id in self._memory:
            return self._memory[job_id][1]
        from kiosk.sealing.errors import SealError

        try:
            blob = self._sealed(job_id).read_bytes()
            return self.keyring.open(blob, context=self._context(job_id))
        except (OSError, SealError) as exc:
            raise PrintError("this job cannot be opened on this terminal any more "
                             f"({type(exc).__name__}): discard it and reprint the forms "
                             "from the clerk console", "unreadable") from None

    def reseal(self, keyring: Opener) -> int:
        """Re-seal every spooled job under ``keyring``'s current key (``kiosk keys rotate``:
        the keyring still holds the old keys, which are forgotten afterwards); returns how
        many. A job that cannot be opened is left as it is (staff discard it)."""
        from kiosk.sealing.errors import SealError
        from kiosk.sealing.files import write_private

        count = 0
        for job in self.jobs():
            if job.in_memory:
                continue
            path = self._sealed(job.job_id)
            try:
                data = keyring.open(path.read_bytes(), context=self._context(job.job_id))
                write_private(path, keyring.seal(data, context=self._context(job.job_id)))
            except (OSError, SealError):
                log.warning("print job %s could not be re-sealed", job.job_id)
                continue
            count += 1
        return count

    # -- operations -------------------------------------------------------------------
    def enqueue_data(self, data: bytes, *, visit_id: str = "") -> SpooledJob:
        """Seal a rendered PDF into the spool (or keep it in memory when the spool cannot
        be written); from here on it cannot be lost."""
        from kiosk.sealing.files import write_private

        job = SpooledJob(uuid.uuid4().hex[:16], QUEUED, 0, visit_id=visit_id,
                         created=self.clock())
        try:
            write_private(self._sealed(job.job_id),
                          self.keyring.seal(data, context=self._context(job.job_id)))
            self._write(job)
            self.writable = True
        except OSError:
            with contextlib.suppress(OSError):
                self._sealed(job.job_id).unlink(missing_ok=True)
            self.writable = False
            job = replace(job, in_memory=True)
            self._memory[job.job_id] = (job, data)
            log.warning("print job %s kept in memory: the spool cannot be written", job.job_id)
        return job

    def enqueue(self, pdf_path: Path) -> SpooledJob:
        """Seal a rendered PDF file into the spool and delete the plaintext file."""
        data = pdf_path.read_bytes()
        job = self.enqueue_data(data)
        pdf_path.unlink(missing_ok=True)
        return job

    def print(self, job_id: str, backend: PrintBackend | None = None) -> None:
        """Send a spooled job from memory and follow it; delete it once completed.

        On failure the job stays sealed as ``failed`` (reported to the failure log) and
        the ``PrintError`` (whose message tells the resident to call staff) is re-raised;
        ``SpoolUnwritable`` when the job could only be kept in memory.
        """
        job = self.get(job_id)
        if job is None:
            raise KeyError(f"no spooled print job {job_id!r}")
        backend = backend or self.backend
        with self._lock:
            self._active.add(job_id)
        try:
            self._send(job, backend)
        finally:
            with self._lock:
                self._active.discard(job_id)

    def _send(self, job: SpooledJob, backend: PrintBackend) -> None:
        attempts = job.attempts + 1
        handle: JobHandle | None = None
        try:
            self.save(replace(job, state=PRINTING, attempts=attempts))
            handle = backend.submit_data(self._document(job.job_id), f"job-{job.job_id}")
            backend.wait(handle, self.timeout)
        except PrintError as exc:
            if handle is not None:
                with contextlib.suppress(PrintError, OSError):
                    backend.cancel(handle)  # a later reprint must not print it twice
            self._failed(replace(job, attempts=attempts), exc)
        self._delete(job.job_id)
        if job.reported and self.failures is not None:
            self.tell(lambda log_: log_.resolve(job.job_id, "printed"))
        log.info("print job %s completed after %d attempt(s)", job.job_id, attempts)

    def save(self, job: SpooledJob) -> SpooledJob:
        """Write a job's side-car; the state is bookkeeping, so a failure is only logged."""
        try:
            return self._write(job)
        except OSError:
            log.warning("print job %s: its state could not be written", job.job_id)
            return job

    def record_failure(self, job: SpooledJob, exc: PrintError) -> SpooledJob:
        """Mark ``job`` failed with the error's reason, and report it to the failure log."""
        failed = replace(job, state=FAILED, reason=exc.reason, code=exc.code,
                         failed_at=self.clock())
        failed = replace(failed, reported=self.report(failed))
        log.warning("print job %s failed (%s), kept for reprint", job.job_id, exc.code)
        return self.save(failed)

    def _failed(self, job: SpooledJob, exc: PrintError) -> None:
        failed = self.record_failure(job, exc)
        if failed.in_memory:
            raise SpoolUnwritable(
                f"{exc.reason.rstrip('.')}; the print spool folder {self.spool} cannot be "
                "written, so the forms are kept only until the kiosk closes: retry from the "
                "staff menu or reprint at the counter, and fix the folder", exc.code) from exc
        raise exc

    def tell(self, call: Callable[[FailureLog], None]) -> bool:
        """Call the failure log; False when there is none or it is unreachable."""
        if self.failures is None:
            return False
        try:
            call(self.failures)
        except Exception as exc:  # noqa: BLE001 - reporting must never fail a print
            log.warning("print failure log unavailable (%s)", type(exc).__name__)
            return False
        return True

    def report(self, job: SpooledJob) -> bool:
        """Tell the failure log about a failed job; True when it heard."""
        return self.tell(lambda log_: log_.report(job))

    def submit(self, pdf_path: Path) -> str:
        """Enqueue and print at once; returns the job id (kept on failure)."""
        job = self.enqueue(pdf_path)
        self.print(job.job_id)
        return job.job_id

    def submit_data(self, data: bytes, *, visit_id: str = "",
                    backend: PrintBackend | None = None) -> str:
        """Seal, print and follow a PDF held in memory; returns the job id."""
        job = self.enqueue_data(data, visit_id=visit_id)
        self.print(job.job_id, backend)
        return job.job_id

    def _delete(self, job_id: str) -> None:
        self._memory.pop(job_id, None)
        with contextlib.suppress(OSError):
            self._sealed(job_id).unlink(missing_ok=True)
            self._meta(job_id).unlink(missing_ok=True)

    def discard(self, job_id: str, outcome: str = "discarded") -> None:
        """Staff gave up on a job (or reprinted it elsewhere): delete it."""
        job = self.get(job_id)
        self._delete(job_id)
        if job is not None and job.state == FAILED:
            self.tell(lambda log_: log_.resolve(job_id, outcome))

    def purge_leftovers(self) -> int:
        """Delete everything in the spool (the clerk console's own spool, at start-up)."""
        removed = 0
        with contextlib.suppress(OSError):
            for path in self.spool.iterdir():
                if path.is_file() and path.name.startswith("job-"):
                    path.unlink()
                    removed += 1
        if removed:
            log.info("purged %d leftover spool file(s)", removed)
        return removed

    def is_active(self, job_id: str) -> bool:
        """True while this process is sending the job (a sweep leaves it alone)."""
        with self._lock:
            return job_id in self._active
