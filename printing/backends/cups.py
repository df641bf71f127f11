"""CUPS back-end through the ``lp`` / ``lpstat`` / ``cancel`` command-line tools.

Subprocesses rather than pycups: the tools are on every CUPS system, need no compiled
binding, and their output is stable. A job is followed until ``lpstat`` lists it as
completed. A disabled (stopped) queue, a queue that rejects jobs or an unreachable
scheduler raises ``PrinterUnavailable`` so the resident is told to call staff.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from printing.backends.base import (
    JobHandle,
    JobState,
    PrintBackend,
    PrinterUnavailable,
)

_REQUEST_ID = re.compile(r"request id is (\S+)")


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

    def status(self, job: JobHandle) -> JobState:
        if self._listed("not-completed", job):
            enabled, _, state = queue_state(self.queue)
            if not enabled:
                raise PrinterUnavailable(f"the print queue is {state}")
            return JobState.PENDING
        if self._listed("completed", job):
            return JobState.COMPLETED
        return JobState.FAILED

    def cancel(self, job: JobHandle) -> None:
        _run(["cancel", job.job_id])
