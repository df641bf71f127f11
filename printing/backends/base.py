"""The one interface every print back-end implements, and its typed errors.

The kiosk shows one thing when printing fails: "please call staff". Every back-end turns
its own failure (a stopped CUPS queue, an unreachable printer, a job that never
completes) into a ``PrintError`` subclass whose message says so, and the print queue keeps
the job for the clerk to reprint. Messages never hold file contents or personal data.
"""

from __future__ import annotations

import enum
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
    """Printing failed; the resident is asked to call staff."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"{CALL_STAFF} ({reason})")
        self.reason = reason


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
                raise PrintError("the printer rejected the job")
            if time.monotonic() >= deadline:
                raise PrintTimeout("the job did not complete in time")
            self.pause(self.poll_seconds)

    def pause(self, seconds: float) -> None:
        """Wait between two status polls (a wrapper may end the wait early by raising)."""
        time.sleep(seconds)
