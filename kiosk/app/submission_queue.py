"""The durable queue of submissions to the core system (table ``core_submission``).

One row per idempotency key. ``enqueue`` inserts and never replaces (``ON CONFLICT DO
NOTHING``): pressing *Finished* twice, or a retry after a crash between the enqueue and
the counter event, leaves the first row as it was, so a record is sent under one key with
one body (the core system refuses a different body under a known key).

Why the body is stored, sealed, rather than rebuilt from the clerks' copy at send time:
the copy is purged at the end of the next working day, while the core system may be
away longer; and a copy corrected after the acceptance would rebuild a different body
under the same key. So the record is frozen when the clerk accepts, as JSON (the wire
codec of ``docs/core-link.md``) sealed to the town public key exactly like the clerks'
copy, with the idempotency key bound as the sealing context: a body moved onto another
row does not open. Only a terminal holding the town private key (a clerk terminal, or
the host of ``kiosk core sync``) can open it to send it.

The status is ``queued`` → ``sent`` (it may have reached the core system) → ``accepted``
or ``rejected`` (final, never changed again). Once final, ``expires_at`` is set by the
personal-data retention, and ``purge`` wipes the sealed body then; the row (ids, status,
reason) stays for the console until the metrics retention removes it. A row never
answered keeps its body: it is still to be delivered.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, Table, delete, select, update

from kiosk.config import Config
from kiosk.corelink.wire import submission_from_json, submission_to_json
from kiosk.domain.core_records import ProcedureSubmission, SubmissionResult, SubmissionStatus
from kiosk.personal.retention import expires_at
from kiosk.sealing.errors import SealError
from kiosk.sealing.ports import Opener, Sealer
from kiosk.storage.tables import CoreSubmission
from kiosk.visits.clock import as_utc, utc_now
from kiosk.visits.store import dialect_insert

PENDING = (SubmissionStatus.QUEUED.value, SubmissionStatus.SENT.value)
FINAL = (SubmissionStatus.ACCEPTED.value, SubmissionStatus.REJECTED.value)
_CONTEXT = b"core-submission:"
_TEXT_LIMIT = 400


def _context(key: str) -> bytes:
    return _CONTEXT + key.encode("ascii")


def _short(text: str) -> str:
    return text if len(text) <= _TEXT_LIMIT else text[:_TEXT_LIMIT - 1] + "…"


@dataclass(frozen=True)
class QueuedSubmission:
    """A row as the console and the sender see it: ids and status, no personal data."""

    idempotency_key: str
    visit_id: str
    procedure_id: str
    department: str
    member_id: str
    status: SubmissionStatus
    reason: str
    attempts: int
    last_error: str
    updated_at: datetime

    @property
    def final(self) -> bool:
        return self.status.value in FINAL


class SubmissionQueue:
    """Enqueue, list and settle the submissions; ``purge`` wipes answered bodies."""

    def __init__(self, engine: Engine, *, sealer: Sealer | None, opener: Opener | None = None,
                 policy: str = "next-working-day") -> None:
        self.engine = engine
        self.sealer = sealer if sealer is not None else opener
        self.opener = opener
        self.policy = policy

    @property
    def _table(self) -> Table:
        table = CoreSubmission.__table__
        assert isinstance(table, Table)
        return table

    # ------------------------------------------------------------------ writing
    def enqueue(self, items: Sequence[tuple[str, ProcedureSubmission]],
                now: datetime | None = None) -> int:
        """Queue ``(member id, record)`` pairs in one transaction; how many were new."""
        if not items:
            return 0
        if self.sealer is None:
            raise SealError("No town key to seal the core-system records to.")
        at = as_utc(now or utc_now())
        rows = [{
            "idempotency_key": record.idempotency_key, "visit_id": record.visit_id,
            "procedure_id": record.procedure_id, "department": record.department,
            "member_id": member_id, "status": SubmissionStatus.QUEUED.value, "reason": "",
            "attempts": 0, "last_error": "", "updated_at": at, "next_attempt_at": at,
            # a microsecond apart: the console lists them in the plan's order
            "created_at": at + timedelta(microseconds=index),
            "sealed": self._seal(record), "expires_at": None,
        } for index, (member_id, record) in enumerate(items)]
        inserted = 0
        with self.engine.begin() as connection:
            for row in rows:  # one statement per row: RETURNING tells what was new
                result = connection.execute(
                    dialect_insert(connection, self._table).values(**row)
                    .on_conflict_do_nothing(index_elements=["idempotency_key"])
                    .returning(self._table.c.idempotency_key))
                inserted += len(result.all())
        return inserted

    def _seal(self, record: ProcedureSubmission) -> bytes:
        assert self.sealer is not None
        data = json.dumps(submission_to_json(record), ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        return self.sealer.seal(data, context=_context(record.idempotency_key))

    def mark_sent(self, key: str, now: datetime | None = None) -> bool:
        """Before a call: the record may reach the core system. False if already final."""
        at = as_utc(now or utc_now())
        c = self._table.c
        with self.engine.begin() as connection:
            result = connection.execute(
                update(self._table).where(c.idempotency_key == key, c.status.in_(PENDING))
                .values(status=SubmissionStatus.SENT.value, attempts=c.attempts + 1,
                        updated_at=at))
        return bool(result.rowcount)

    def record_result(self, result: SubmissionResult, now: datetime | None = None) -> bool:
        """The core system's answer: final, and the body's retention starts. False when the
        row was already final (another sender got the same answer first)."""
        at = as_utc(now or utc_now())
        c = self._table.c
        with self.engine.begin() as connection:
            done = connection.execute(
                update(self._table)
                .where(c.idempotency_key == result.idempotency_key, c.status.in_(PENDING))
                .values(status=result.status.value, reason=_short(result.reason),
                        last_error="", updated_at=at,
                        expires_at=expires_at(at, self.policy)))
        return bool(done.rowcount)

    def record_failure(self, key: str, error: str, retry_at: datetime,
                       now: datetime | None = None) -> None:
        """The call did not get an answer: the row stays pending, tried again at
        ``retry_at``. ``error`` is a plain sentence without personal data."""
        at = as_utc(now or utc_now())
        c = self._table.c
        with self.engine.begin() as connection:
            connection.execute(
                update(self._table).where(c.idempotency_key == key, c.status.in_(PENDING))
                .values(last_error=_short(error), updated_at=at,
                        next_attempt_at=as_utc(retry_at)))

    # ------------------------------------------------------------------ reading
    def _rows(self, *where: Any, limit: int | None = None) -> list[QueuedSubmission]:
        c = self._table.c
        query = select(c.idempotency_key, c.visit_id, c.procedure_id, c.department,
                       c.member_id, c.status, c.reason, c.attempts, c.last_error,
                       c.updated_at).where(*where).order_by(c.created_at, c.idempotency_key)
        if limit is not None:
            query = query.limit(limit)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [QueuedSubmission(r.idempotency_key, r.visit_id, r.procedure_id, r.department,
                                 r.member_id, SubmissionStatus(r.status), r.reason, r.attempts,
                                 r.last_error, as_utc(r.updated_at)) for r in rows]

    def of_visit(self, visit_id: str) -> list[QueuedSubmission]:
        """The visit's submissions, oldest first (the clerk console's status panel)."""
        return self._rows(self._table.c.visit_id == visit_id)

    def pending(self) -> list[QueuedSubmission]:
        return self._rows(self._table.c.status.in_(PENDING))

    def due(self, now: datetime | None = None, *, limit: int = 100,
            ignore_backoff: bool = False) -> list[QueuedSubmission]:
        """Pending rows whose next attempt has come (all pending ones with ignore_backoff)."""
        c = self._table.c
        where: list[ColumnElement[bool]] = [c.status.in_(PENDING)]
        if not ignore_backoff:
            where.append(c.next_attempt_at <= as_utc(now or utc_now()))
        return self._rows(*where, limit=limit)

    def body(self, key: str) -> ProcedureSubmission:
        """The sealed record, opened (needs the town private key: ``TownKeyMissing``)."""
        if self.opener is None:
            raise SealError("This terminal cannot open the core-system records.")
        c = self._table.c
        with self.engine.connect() as connection:
            blob = connection.execute(
                select(c.sealed).where(c.idempotency_key == key)).scalar_one_or_none()
        if blob is None:
            raise LookupError("the record is no longer kept")
        data = json.loads(self.opener.open(bytes(blob), context=_context(key)).decode("utf-8"))
        if not isinstance(data, dict):
            raise SealError("The sealed core-system record is not a set of values.")
        return submission_from_json(data)

    # ------------------------------------------------------------------ retention
    def purge(self, now: datetime | None = None, *, keep_rows: timedelta | None = None) -> int:
        """Wipe the bodies whose retention has ended (answered ones only); with
        ``keep_rows``, also delete answered rows older than that. How many bodies went."""
        at = as_utc(now or utc_now())
        c = self._table.c
        with self.engine.begin() as connection:
            wiped = connection.execute(
                update(self._table)
                .where(c.status.in_(FINAL), c.expires_at <= at, c.sealed.is_not(None))
                .values(sealed=None))
            if keep_rows is not None:
                connection.execute(delete(self._table).where(
                    c.status.in_(FINAL), c.updated_at <= at - keep_rows))
        return int(wiped.rowcount or 0)


def purge_submissions(engine: Engine, config: Config, now: datetime) -> int:
    """The retention purge's part (``kiosk.app.purge_service``): answered bodies wiped at
    the personal-data retention, answered rows deleted with the metrics
    (``retention.metrics_days``; 0 keeps them). How many bodies were wiped."""
    days = config.retention.metrics_days
    queue = SubmissionQueue(engine, sealer=None, policy=config.retention.personal_data)
    return queue.purge(now, keep_rows=timedelta(days=days) if days else None)
