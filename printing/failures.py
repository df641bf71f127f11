"""The shared log of failed print jobs (``print_failure``): kiosks write, clerks settle.

``DatabaseFailureLog`` is the ``printing.queue.FailureLog`` a kiosk's queue reports to.
Its calls raise when the database is away; the queue then keeps the job marked
unreported and its next sweep reports it again. ``open_failures`` and ``settle`` are
what a clerk terminal uses: the failures still waiting at any kiosk, and marking one
reprinted (after re-rendering it from the visit's personal copy) or to be discarded; the
kiosk deletes its sealed copy at its next sweep. Rows hold metadata only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, select, update

from kiosk.storage.print_failures import PrintFailure
from printing.queue import DISCARD_REQUESTED, FAILED, REPRINTED, SpooledJob

# What a kiosk writes when it deleted its copy.
KIOSK_OUTCOMES = ("printed", "discarded", "expired", "reprinted")


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class FailureRecord:
    """One kiosk's failed job as clerks see it (no personal data)."""

    job_id: str
    terminal_id: str
    visit_id: str
    failed_at: datetime
    code: str
    reason: str
    attempts: int
    state: str
    ticket: str = ""  # the visit's ticket number, when the clerk terminal looked it up


class DatabaseFailureLog:
    """Reports this terminal's failed jobs to the shared database."""

    def __init__(self, engine: Engine, terminal_id: str) -> None:
        self.engine = engine
        self.terminal_id = terminal_id

    def report(self, job: SpooledJob) -> None:
        values = {"terminal_id": self.terminal_id, "visit_id": job.visit_id,
                  "failed_at": job.failed_at or _now(), "code": job.code[:24],
                  "reason": job.reason[:400], "attempts": job.attempts, "state": FAILED,
                  "updated_at": _now(), "staff_id": ""}
        with self.engine.begin() as connection:
            found = connection.execute(select(PrintFailure.state).where(
                PrintFailure.job_id == job.job_id)).first()
            if found is None:
                connection.execute(insert(PrintFailure).values(job_id=job.job_id, **values))
            elif found.state == FAILED:  # a retry failed again: newer reason and count
                connection.execute(update(PrintFailure).where(PrintFailure.job_id == job.job_id)
                                   .values(**values))

    def resolve(self, job_id: str, outcome: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(PrintFailure).where(PrintFailure.job_id == job_id)
                               .values(state=outcome, updated_at=_now()))

    def requests(self, job_ids: Sequence[str]) -> Mapping[str, str]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(PrintFailure.job_id, PrintFailure.state).where(
                PrintFailure.job_id.in_(list(job_ids)),
                PrintFailure.state.in_((DISCARD_REQUESTED, REPRINTED)))).all()
        return {row.job_id: row.state for row in rows}


def open_failures(engine: Engine, *, limit: int = 200) -> list[FailureRecord]:
    """Every kiosk's failed jobs still waiting for staff, oldest first."""
    with engine.connect() as connection:
        rows = connection.execute(select(PrintFailure.__table__).where(PrintFailure.state == FAILED)
                                  .order_by(PrintFailure.failed_at).limit(limit)).all()
    return [FailureRecord(r.job_id, r.terminal_id, r.visit_id, _aware(r.failed_at), r.code,
                          r.reason, r.attempts, r.state) for r in rows]


def _aware(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; every time stored here is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def settle(engine: Engine, job_id: str, outcome: str, staff_id: str) -> bool:
    """A clerk reprinted (``reprinted``) or gave up on (``discard_requested``) a job; the
    kiosk deletes its copy at its next sweep. False when it was settled meanwhile."""
    if outcome not in (DISCARD_REQUESTED, REPRINTED):
        raise ValueError(f"unknown outcome {outcome!r}")
    with engine.begin() as connection:
        result = connection.execute(update(PrintFailure).where(
            PrintFailure.job_id == job_id, PrintFailure.state == FAILED).values(
            state=outcome, staff_id=staff_id, updated_at=_now()))
    return bool(result.rowcount)
