"""The one interface every print back-end implements, and its typed errors.

The kiosk shows one thing when printing fails: "please call staff". Every back-end turns
its own failure (a stopped CUPS queue, an unreachable printer, a job that never
completes) into a ``PrintError`` subclass whose message says so, and the print queue keeps
the job for the clerk to reprint. Messages never hold file contents or personal data.

Each error carries ``reason``: one plain sentence for staff that says what is wrong and
what to do ("the print queue kiosk-pdf is paused: resume it …, then retry the job"), and
``code``, a short fixed word (``stopped``, ``paused``, ``rejecting``, ``gone``, ``hung``,
``unwritable`` …) that is stored and counted instead of the sentence.

A document goes to the printer from memory (``submit_data``): a back-end that can take
bytes (CUPS reads ``lp``'s standard input) never writes the forms to disk; the others get
a short-lived 0600 file in a private temporary folder, deleted as soon as they return.
"""

from __future__ import annotations

import contextlib
import enum
import os
import shutil
import tempfile
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

CALL_STAFF = "The printer is not available. Please call a member of staff."


class JobState(enum.Enum):
    PENDING = "pending"
    COMPLETED = "completed"
    FAILED = "failed"


class PrintError(RuntimeError):
    """Printing failed; the resident is asked to call staff, staff read ``reason``."""

    def __init__(self, reason: str, code: str = "failed") -> None:
        super().__init__(f"{CALL_STAFF} ({reason})")
        self.reason = reason
        self.code = code


class PrinterUnavailable(PrintError):
    """The printer or queue is stopped, missing or unreachable."""


class PrintTimeout(PrintError):
    """The job did not complete in time."""


@dataclass(frozen=True, slots=True)
class JobHandle:
    """A submitted job: the back-end's own id for it (never a person's name)."""

    backend: str
    job_id: str


class PrintBackend(ABC):
    """Submit a PDF, ask for its state, and wait until it is completed."""

    name = "abstract"
    poll_seconds = 0.5

    @abstractmethod
    def submit(self, pdf_path: Path) -> JobHandle:
        """Hand the PDF to the printer; raise ``PrintError`` when it cannot take it."""

    def submit_data(self, data: bytes, title: str) -> JobHandle:
        """Hand a PDF held in memory to the printer under ``title`` (a job id, never a name).

        The default goes through a short-lived private file (0700 folder, 0600 file) that
        is deleted as soon as ``submit`` returned; back-ends that take bytes override it.
        """
        folder = Path(tempfile.mkdtemp(prefix="kiosk-print-"))
        try:
            path = folder / f"{title}.pdf"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            return self.submit(path)
        except OSError as exc:
            raise PrintError("the document could not be handed to the printer "
                             f"({exc.strerror or type(exc).__name__}): retry the job",
                             "unwritable") from None
        finally:
            with contextlib.suppress(OSError):
                shutil.rmtree(folder)

    @abstractmethod
    def status(self, job: JobHandle) -> JobState:
        """Where the job is now; raise ``PrinterUnavailable`` if the printer stopped."""

    def cancel(self, job: JobHandle) -> None:  # noqa: B027 - optional hook, default no-op
        """Withdraw a failed job so that a later reprint does not print it twice."""

    def wait(self, job: JobHandle, timeout: float) -> None:
        """Follow the job until completed; ``PrintTimeout`` when it takes too long."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.status(job)
            if state is JobState.COMPLETED:
                return
            if state is JobState.FAILED:
                raise PrintError("the printer dropped the job (cancelled or aborted): "
                                 "check the printer, then retry the job", "aborted")
            if time.monotonic() >= deadline:
                raise PrintTimeout(f"the printer did not finish the job within {timeout:g} "
                                   "seconds: check its power, paper and cable (or cancel "
                                   "its stuck jobs), then retry the job", "hung")
            self.pause(self.poll_seconds)

    def pause(self, seconds: float) -> None:
        """Wait between two status polls (a wrapper may end the wait early by raising)."""
        time.sleep(seconds)
