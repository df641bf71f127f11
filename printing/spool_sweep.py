"""The spool's sweep (``sweep(queue)``), run at start-up, on every sync and by ``db purge``.

1. Plaintext ``job-*.pdf`` left by an older version are sealed (then overwritten and
   deleted), so no readable bundle stays on the disk.
2. A job an earlier run left ``queued`` or ``printing`` (a crash, a power cut) is marked
   failed ("interrupted"): staff decide whether it came out.
3. A job a clerk reprinted or discarded at another terminal (the failure log says so) is
   deleted, and so is every job whose retention has ended (``expires(created) <= now``).
4. A failure the database did not hear of (it was away) is reported again.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from printing.backends.base import PrintError
from printing.queue import DISCARD_REQUESTED, FAILED, REPRINTED, PrintQueue

log = logging.getLogger(__name__)


def sweep(queue: PrintQueue, now: datetime | None = None,
          expires: Callable[[datetime], datetime] | None = None) -> int:
    """Tidy ``queue``'s spool at ``now`` (its clock by default); returns the jobs deleted.
    ``expires(created)`` is when a job's retention ends (none: jobs never expire here)."""
    now = now or queue.clock()
    _seal_plaintext(queue)
    _mark_interrupted(queue, now)
    jobs = [j for j in queue.jobs() if not queue.is_active(j.job_id)]
    requests: dict[str, str] = {}
    reported = [j.job_id for j in jobs if j.reported]
    if reported:
        queue.tell(lambda failures: requests.update(failures.requests(reported)))
    removed = 0
    for job in jobs:
        asked = requests.get(job.job_id)
        expired = (expires is not None and job.created is not None
                   and expires(job.created) <= now)
        if asked in (DISCARD_REQUESTED, REPRINTED) or expired:
            outcome = "expired" if expired and asked is None else (
                "discarded" if asked == DISCARD_REQUESTED else "reprinted")
            queue.discard(job.job_id, outcome)
            removed += 1
            log.info("print job %s deleted from the spool (%s)", job.job_id, outcome)
        elif job.state == FAILED and not job.reported and queue.report(job):
            queue.save(replace(job, reported=True))
    return removed


def _mark_interrupted(queue: PrintQueue, now: datetime) -> None:
    """Jobs left half-sent by an earlier run become failed, so staff see them."""
    grace = timedelta(seconds=queue.timeout * 2 + 60)  # another process may be sending it
    for job in queue.jobs():
        if job.state == FAILED or queue.is_active(job.job_id) or job.in_memory:
            continue
        if job.created is not None and now - job.created < grace:
            continue
        error = PrintError("the kiosk stopped while this job was being sent: check whether "
                           "it came out, then retry or discard it", "interrupted")
        queue.record_failure(job, error)


def _seal_plaintext(queue: PrintQueue) -> None:
    """Seal the plaintext bundles an older version kept (``job-<id>.pdf``)."""
    try:
        leftovers = list(queue.spool.glob("job-*.pdf"))
    except OSError:
        return
    for path in leftovers:
        try:
            data = path.read_bytes()
            job = queue.enqueue_data(data)
            if job.in_memory:
                queue.discard(job.job_id)
                return  # the folder is read-only: nothing can be sealed or deleted now
            queue.record_failure(job, PrintError(
                "an older version of the kiosk kept this job after a failure: check whether "
                "it came out, then retry or discard it", "interrupted"))
            with open(path, "r+b") as handle:  # overwrite before unlinking
                handle.write(b"\0" * len(data))
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
            (path.with_suffix(".json")).unlink(missing_ok=True)
            log.info("sealed a plaintext spool file of an older version as job %s",
                     job.job_id)
        except OSError:
            log.warning("a plaintext spool file could not be sealed")
