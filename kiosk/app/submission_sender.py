"""``SubmissionSender``: delivers the queued records to the core system, exactly once.

Exactly once is the product of three things: the queue is durable (a row is written
before the counter event, and survives any restart); every record goes under its
idempotency key, so the core system keeps one record per key whatever the number of
tries; and a row is final only once the core system has answered for that key. So:

* each due row is marked ``sent`` (it may reach the core system), then sent alone, and
  its answer recorded at once: a crash loses at most one answer, which the next try gets
  again from the core system (same key, same answer);
* ``CoreUnavailable`` (down, refused, too slow, nonsense) leaves the row pending with the
  error as a plain sentence and a later attempt time (doubling from ``Backoff.first`` up
  to ``Backoff.longest``), and ends the round; the sender then pauses for as long, the
  pause doubling while the core system stays away, so a console ticking every few
  seconds does not call a core system that is down once per tick;
* ``accepted`` and ``rejected`` are final: the queue never changes them again;
* several senders at once (two consoles, the console and ``kiosk core sync``) are
  harmless: each answer is the same, and the first one recorded stays.

The clerk console runs :meth:`SubmissionSender.send_due` from a timer off the UI thread
(``kiosk.ui.clerk.core_status_panel``); ``kiosk core sync`` runs it from cron or a
systemd timer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.app.ports import CoreSystem
from kiosk.app.submission_queue import QueuedSubmission, SubmissionQueue
from kiosk.domain.core_records import CallContext, CoreUnavailable, SubmissionStatus
from kiosk.personal.town_key import TownKeyMissing
from kiosk.sealing.errors import SealError
from kiosk.visits.clock import as_utc, utc_now

log = logging.getLogger(__name__)

NO_ANSWER = "The core system did not answer for this record; it is sent again later."
UNREADABLE = "The stored record cannot be opened on this terminal; it is kept for a retry."


@dataclass(frozen=True)
class Backoff:
    """How long a record waits after a failed try: doubling, capped."""

    first: timedelta = timedelta(seconds=5)
    longest: timedelta = timedelta(minutes=10)

    def after(self, attempts: int) -> timedelta:
        delay: timedelta = self.first * (2 ** min(max(attempts - 1, 0), 30))
        return min(delay, self.longest)


@dataclass
class SendReport:
    """One round: how many went out and what came back (counts only)."""

    sent: int = 0
    accepted: int = 0
    rejected: int = 0
    failed: int = 0
    error: str = ""  # the first failure's sentence

    @property
    def ok(self) -> bool:
        return self.failed == 0


class SubmissionSender:
    def __init__(self, queue: SubmissionQueue, core: CoreSystem, terminal_id: str, *,
                 backoff: Backoff | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.queue = queue
        self.core = core
        self.terminal_id = terminal_id
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.paused_until: datetime | None = None  # after the core system was away
        self._failures_in_a_row = 0

    def send_due(self, *, limit: int = 100, ignore_backoff: bool = False) -> SendReport:
        """Send every due row (oldest first) until one fails; the round's counts.

        ``ignore_backoff`` sends every pending row now, pause or not (``--all``)."""
        report = SendReport()
        now = as_utc(self.clock())
        if not ignore_backoff and self.paused_until is not None and now < self.paused_until:
            return report
        for row in self.queue.due(now, limit=limit, ignore_backoff=ignore_backoff):
            if not self._send_one(row, report):
                break
        if report.failed:
            self._failures_in_a_row += 1
            self.paused_until = now + self.backoff.after(self._failures_in_a_row)
        elif report.sent:
            self._failures_in_a_row, self.paused_until = 0, None
        if report.sent:
            log.info("core submissions: %d sent, %d accepted, %d rejected, %d failed",
                     report.sent, report.accepted, report.rejected, report.failed)
        return report

    def _fail(self, row: QueuedSubmission, report: SendReport, error: str) -> None:
        retry = as_utc(self.clock()) + self.backoff.after(row.attempts + 1)
        self.queue.record_failure(row.idempotency_key, error, retry, self.clock())
        report.failed += 1
        report.error = report.error or error

    def _send_one(self, row: QueuedSubmission, report: SendReport) -> bool:
        """Send one row; False ends the round (the core system or the key is missing)."""
        try:
            record = self.queue.body(row.idempotency_key)
        except TownKeyMissing as exc:
            self._fail(row, report, str(exc))
            return False
        except (SealError, LookupError, ValueError) as exc:
            log.error("core submission %s cannot be read (%s)", row.idempotency_key[:12],
                      type(exc).__name__)
            self._fail(row, report, UNREADABLE)
            return True
        if not self.queue.mark_sent(row.idempotency_key, self.clock()):
            return True  # answered meanwhile by another sender
        report.sent += 1
        context = CallContext(self.terminal_id, record.staff_id, record.visit_id)
        try:
            results = self.core.submit([record], context)
        except CoreUnavailable as exc:
            self._fail(row, report, str(exc) or NO_ANSWER)
            return False
        answer = next((r for r in results if r.idempotency_key == row.idempotency_key), None)
        if answer is None or answer.status not in (SubmissionStatus.ACCEPTED,
                                                   SubmissionStatus.REJECTED):
            self._fail(row, report, NO_ANSWER)
            return False
        self.queue.record_result(answer, self.clock())
        if answer.status is SubmissionStatus.ACCEPTED:
            report.accepted += 1
        else:
            report.rejected += 1
        return True
