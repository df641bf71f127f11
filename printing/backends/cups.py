"""CUPS back-end through the ``lp`` / ``lpstat`` / ``ipptool`` / ``cancel`` tools.

Subprocesses rather than pycups: the tools are on every CUPS system, need no compiled
binding, and their output is stable. A job is followed until CUPS reports its IPP
``job-state`` as completed (read with ``ipptool``, so a cancelled or aborted job is never
taken for a printed one; ``lpstat`` is the fallback). A disabled (stopped) queue, a queue
that rejects jobs or an unreachable scheduler raises ``PrinterUnavailable`` so the
resident is told to call staff.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from printing.backends.base import (
    JobHandle,
    JobState,
    PrintBackend,
    PrinterUnavailable,
)

_REQUEST_ID = re.compile(r"request id is (\S+)")

# Get-Job-Attributes for one job: tells completed apart from canceled and aborted.
_JOB_STATE_TEST = """{
  NAME "kiosk job state"
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job_id
  ATTR name requesting-user-name $user
  ATTR keyword requested-attributes job-state
}
"""


def _run(args: list[str], timeout: float = 15.0) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(args[0])
    if tool is None:
        raise PrinterUnavailable(f"{args[0]} is not installed")
    try:
        return subprocess.run(
            [tool, *args[1:]], capture_output=True, text=True, timeout=timeout, check=False,
            env={"LC_ALL": "C", "LANG": "C", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"},
        )
    except subprocess.TimeoutExpired as exc:
        raise PrinterUnavailable("the print system does not answer") from exc


def queue_state(queue: str) -> tuple[bool, bool, str]:
    """(enabled, accepting, plain description) of a CUPS queue."""
    printer = _run(["lpstat", "-p", queue])
    if printer.returncode != 0:
        return False, False, "the print queue does not exist or CUPS is not running"
    enabled = "disabled" not in printer.stdout
    accepting = _run(["lpstat", "-a", queue])
    is_accepting = accepting.returncode == 0 and "not accepting" not in accepting.stdout
    text = "ready" if enabled and is_accepting else (
        "stopped" if not enabled else "not accepting jobs")
    return enabled, is_accepting, text


def default_queue() -> str:
    out = _run(["lpstat", "-d"]).stdout
    match = re.search(r"destination:\s*(\S+)", out)
    return match.group(1) if match else ""


class CupsBackend(PrintBackend):
    name = "cups"

    def __init__(self, queue: str = "") -> None:
        self.queue = queue or default_queue()
        if not self.queue:
            raise PrinterUnavailable("no print queue is configured")

    def submit(self, pdf_path: Path) -> JobHandle:
        enabled, accepting, state = queue_state(self.queue)
        if not (enabled and accepting):
            raise PrinterUnavailable(f"the print queue is {state}")
        # The job title names the spool file (an id), never the resident.
        result = _run(["lp", "-d", self.queue, "-t", pdf_path.stem, "-o", "media=A4",
                       str(pdf_path)])
        match = _REQUEST_ID.search(result.stdout)
        if result.returncode != 0 or match is None:
            raise PrinterUnavailable("the print queue refused the job")
        return JobHandle(self.name, match.group(1))

    def _listed(self, which: str, job: JobHandle) -> bool:
        out = _run(["lpstat", "-W", which, "-o", self.queue]).stdout
        return any(line.split()[:1] == [job.job_id] for line in out.splitlines())

    def _ipp_state(self, job: JobHandle) -> str | None:
        """The job's IPP ``job-state`` (completed, canceled, aborted, pending …) via
        ``ipptool``; ``None`` when ipptool is missing. "gone" when CUPS forgot the job."""
        if shutil.which("ipptool") is None:
            return None
        number = job.job_id.rsplit("-", 1)[-1]
        with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as test:
            test.write(_JOB_STATE_TEST)
        try:
            out = _run(["ipptool", "-tv", "-d", f"job_id={number}",
                        f"ipp://localhost/printers/{self.queue}", test.name]).stdout
        finally:
            Path(test.name).unlink(missing_ok=True)
        match = re.search(r"job-state \(enum\) = ([a-z-]+)", out)
        return match.group(1) if match else "gone"

    def status(self, job: JobHandle) -> JobState:
        state = self._ipp_state(job)
        if state is None:  # no ipptool: lpstat cannot tell a cancelled job from a printed one
            state = ("pending" if self._listed("not-completed", job) else
                     "completed" if self._listed("completed", job) else "gone")
        if state == "completed":
            return JobState.COMPLETED
        if state in ("canceled", "aborted"):
            return JobState.FAILED
        enabled, _, text = queue_state(self.queue)
        if not enabled:  # stopped, deleted, or CUPS itself is down
            raise PrinterUnavailable(f"the print queue is {text}")
        return JobState.FAILED if state == "gone" else JobState.PENDING

    def cancel(self, job: JobHandle) -> None:
        _run(["cancel", job.job_id])
