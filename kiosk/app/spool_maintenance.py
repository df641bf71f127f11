"""The spool seen from outside a print: ``kiosk doctor``'s listing and the purge's sweep.

Neither needs a printer: ``NoPrinter`` stands in for the back-end, because a sweep only
reads, reports and deletes sealed jobs. Both list ids, counts and ages, never contents.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.config import Config
from kiosk.sealing.ports import Opener
from kiosk.visits.terminal import terminal_id as _terminal_id
from printing.backends.base import JobHandle, JobState, PrintBackend, PrinterUnavailable
from printing.queue import PrintQueue

if TYPE_CHECKING:
    from sqlalchemy import Engine


class NoPrinter(PrintBackend):
    """The back-end of a queue that is only swept, never printed through."""

    name = "none"

    def submit(self, pdf_path: Path) -> JobHandle:
        raise PrinterUnavailable("no printer is used here: retry from the kiosk's staff menu "
                                 "or reprint at the clerk console", "no_printer")

    def status(self, job: JobHandle) -> JobState:
        return JobState.FAILED


def spool_folders() -> list[Path]:
    """The kiosk's spool and the clerk console's own (``<spool>/clerk``)."""
    from kiosk.paths import spool_dir

    spool = spool_dir()
    return [spool, spool / "clerk"]


def reseal_spools(keyring: Opener) -> int:
    """Re-seal the failed jobs of both spools under a rotated terminal key (``kiosk keys
    rotate`` calls this before it forgets the old keys); returns how many."""
    return sum(PrintQueue(NoPrinter(), folder, keyring=keyring).reseal(keyring)
               for folder in spool_folders() if folder.is_dir())


def purge_spool(config: Config, now: datetime, engine: Engine | None = None,
                terminal_id: str = "") -> int:
    """Sweep both spools with the retention policy (``kiosk db purge``, the daily purge):
    jobs past retention or settled by a clerk are deleted; returns how many."""
    from kiosk.app.printing_service import sweep_spool

    failures = None
    if engine is not None:
        from printing.failures import DatabaseFailureLog

        failures = DatabaseFailureLog(engine, terminal_id or _terminal_id(config))
    removed = 0
    for folder in spool_folders():
        if folder.is_dir():
            queue = PrintQueue(NoPrinter(), folder, failures=failures, clock=lambda: now)
            removed += sweep_spool(queue, config.retention.personal_data)
    return removed


def _age(seconds: float) -> str:
    hours = int(seconds // 3600)
    return f"{hours} h" if hours else f"{int(seconds // 60)} min"


def describe_spool(config: Config, now: datetime | None = None) -> tuple[bool, str]:
    """(nothing waiting, one sentence): the failed jobs waiting, their age and visit ids."""
    now = now or datetime.now(UTC)
    jobs = []
    for folder in spool_folders():
        if folder.is_dir():
            jobs += PrintQueue(NoPrinter(), folder).jobs()
    if not jobs:
        return True, "no print job is waiting in the spool"
    oldest = max(j.age(now).total_seconds() for j in jobs)
    visits = ", ".join(j.visit_id or j.job_id for j in jobs[:5])
    more = f" and {len(jobs) - 5} more" if len(jobs) > 5 else ""
    return False, (f"{len(jobs)} failed print job(s) waiting, the oldest {_age(oldest)} old "
                   f"(visits {visits}{more}): retry or discard them in the kiosk's staff "
                   "menu, or reprint them at a clerk console")
