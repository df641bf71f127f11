"""CUPS back-end through the ``lp`` / ``lpstat`` / ``ipptool`` / ``cancel`` tools.

Subprocesses rather than pycups: the tools are on every CUPS system, need no compiled
binding, and their output is stable. The PDF goes to ``lp`` on its standard input, so the
forms are never written to a file on the kiosk's disk. A job is followed until CUPS
reports its IPP ``job-state`` as completed (read with ``ipptool``, so a cancelled or
aborted job is never taken for a printed one; ``lpstat`` is the fallback).

Every fault is a ``PrinterUnavailable`` whose ``reason`` is one sentence staff can act on,
and whose ``code`` names the fault: ``stopped`` (cupsd is not running), ``gone`` (the
queue was deleted), ``paused`` (the queue is disabled), ``rejecting`` (it does not accept
jobs), ``no_answer`` (the scheduler does not answer). A hung backend (a job that never
finishes) is the base class's ``PrintTimeout`` (``hung``).

``server`` (``host:port``) talks to another scheduler than the local one; the fault tests
use it to run a private cupsd they may stop and reconfigure.
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


def _run(args: list[str], timeout: float = 15.0, *, server: str = "",
         data: bytes | None = None) -> subprocess.CompletedProcess[str]:
    tool = shutil.which(args[0])
    if tool is None:
        raise PrinterUnavailable(f"the CUPS tool {args[0]} is not installed: install the "
                                 "cups-client package", "not_installed")
    env = {"LC_ALL": "C", "LANG": "C", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"}
    if server:
        env["CUPS_SERVER"] = server
    try:
        done = subprocess.run([tool, *args[1:]], input=data, capture_output=True,
                              timeout=timeout, check=False, env=env)
    except subprocess.TimeoutExpired as exc:
        raise PrinterUnavailable("the print service (CUPS) does not answer: restart it, "
                                 "then retry the job", "no_answer") from exc
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def scheduler_running(server: str = "") -> bool:
    """True when cupsd answers (``lpstat -r``)."""
    return "scheduler is running" in _run(["lpstat", "-r"], server=server).stdout


def queue_state(queue: str, server: str = "") -> tuple[bool, bool, str]:
    """(enabled, accepting, plain description) of a CUPS queue."""
    enabled, accepting, _code, text = queue_fault(queue, server)
    return enabled, accepting, text


def queue_fault(queue: str, server: str = "") -> tuple[bool, bool, str, str]:
    """(enabled, accepting, fault code or "", plain description) of a CUPS queue."""
    printer = _run(["lpstat", "-p", queue], server=server)
    if printer.returncode != 0:
        if not scheduler_running(server):
            return False, False, "stopped", "stopped because CUPS is not running"
        return False, False, "gone", "missing (it was deleted or never added)"
    enabled = "disabled" not in printer.stdout
    accepting = _run(["lpstat", "-a", queue], server=server)
    is_accepting = accepting.returncode == 0 and "not accepting" not in accepting.stdout
    if not enabled:
        return False, is_accepting, "paused", "paused (disabled)"
    if not is_accepting:
        return True, False, "rejecting", "not accepting jobs"
    return True, True, "", "ready"


def fault_error(queue: str, code: str) -> PrinterUnavailable:
    """The error for a queue fault, with what staff should do about it."""
    advice = {
        "stopped": "the print service (CUPS) is not running: start it "
                   "(systemctl start cups), then retry the job",
        "gone": f"the print queue {queue} does not exist: add it again or correct "
                "printer.queue in the settings, then retry the job",
        "paused": f"the print queue {queue} is paused: resume it (cupsenable {queue}) "
                  "and check the printer, then retry the job",
        "rejecting": f"the print queue {queue} is not accepting jobs: run "
                     f"cupsaccept {queue}, then retry the job",
    }
    return PrinterUnavailable(advice.get(code, f"the print queue {queue} cannot print: "
                                         "check it, then retry the job"), code or "failed")


def default_queue(server: str = "") -> str:
    out = _run(["lpstat", "-d"], server=server).stdout
    match = re.search(r"destination:\s*(\S+)", out)
    return match.group(1) if match else ""


class CupsBackend(PrintBackend):
    name = "cups"

    def __init__(self, queue: str = "", *, server: str = "") -> None:
        self.server = server
        self.queue = queue or default_queue(server)
        if not self.queue:
            raise PrinterUnavailable("no print queue is configured: set printer.queue in "
                                     "the settings or choose a default printer", "gone")

    def _check_queue(self) -> None:
        enabled, accepting, code, _text = queue_fault(self.queue, self.server)
        if not (enabled and accepting):
            raise fault_error(self.queue, code)

    def _lp(self, args: list[str], data: bytes | None = None) -> JobHandle:
        self._check_queue()
        # The job title names the spool job (an id), never the resident.
        result = _run(["lp", "-d", self.queue, "-o", "media=A4", *args], server=self.server,
                      data=data)
        match = _REQUEST_ID.search(result.stdout)
        if result.returncode != 0 or match is None:
            self._check_queue()  # it changed meanwhile: say how
            raise PrinterUnavailable(f"the print queue {self.queue} refused the job: check "
                                     "it, then retry the job", "refused")
        return JobHandle(self.name, match.group(1))

    def submit(self, pdf_path: Path) -> JobHandle:
        return self._lp(["-t", pdf_path.stem, str(pdf_path)])

    def submit_data(self, data: bytes, title: str) -> JobHandle:
        """Send the PDF on ``lp``'s standard input: no copy of it on the kiosk's disk."""
        return self._lp(["-t", title], data)

    def _listed(self, which: str, job: JobHandle) -> bool:
        out = _run(["lpstat", "-W", which, "-o", self.queue], server=self.server).stdout
        return any(line.split()[:1] == [job.job_id] for line in out.splitlines())

    def _ipp_state(self, job: JobHandle) -> str | None:
        """The job's IPP ``job-state`` (completed, canceled, aborted, pending …) via
        ``ipptool``; ``None`` when ipptool is missing. "gone" when CUPS forgot the job."""
        if shutil.which("ipptool") is None:
            return None
        number = job.job_id.rsplit("-", 1)[-1]
        host = self.server or "localhost"
        with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as test:
            test.write(_JOB_STATE_TEST)
        try:
            out = _run(["ipptool", "-tv", "-d", f"job_id={number}",
                        f"ipp://{host}/printers/{self.queue}", test.name],
                       server=self.server).stdout
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
        # Not printed (yet): a stopped, paused or deleted queue says best what to do, even
        # for a job CUPS cancelled because its queue was deleted.
        enabled, _, code, _text = queue_fault(self.queue, self.server)
        if not enabled:
            raise fault_error(self.queue, code)
        if state in ("canceled", "aborted", "gone"):
            return JobState.FAILED
        return JobState.PENDING

    def cancel(self, job: JobHandle) -> None:
        _run(["cancel", job.job_id], server=self.server)
