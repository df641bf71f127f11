"""Same-day replay of a pre-application code: printed once, refused again at every terminal.

A code printed today is refused at any kiosk for the rest of the day, unless staff allow a
reprint (staff PIN at the refusal screen, audited as ``prefill_reprint``). The shared
database's ``prefill_print`` table (``kiosk.storage.prefill_prints``) holds one row per code
id and day; the code id is random, made at home, so nothing here is personal data.

* ``refused`` (the port :class:`kiosk.app.ports.PrefillPrints`): asked at the scan, so
  the resident hears it before the card and the PIN;
* ``claim``: at the print command, *atomically*: one conditional
  ``UPDATE`` that uses up an allowed reprint, else one ``INSERT`` that the primary key lets
  only one terminal win. Two windows that scanned the same code at once cannot both print;
* ``allow_reprint``: staff's allowance and its audit row, one transaction.

**When the database cannot be reached** the kiosk prints (it does not refuse), remembers
the code locally (``prefill_prints.json`` in the data folder: code ids and days only) and
records it when the database is back (:meth:`DatabasePrefillPrints.sync`, on the outbox
timer). Why allow: the card, its PIN and the basic-four match already prove who is at the
kiosk and which forms they are entitled to; a replay only prints the same papers twice.
Refusing every pre-application while the network is down would send people with a valid
code to the queue, the very thing the code is for. The same terminal still refuses its own
replays while offline (its local memory), so the gap is a second terminal during an
outage, and the clerks see the printed bundle's visit anyway.

Plain Python, no Qt; the database calls block, so screens run them on the task runner.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, Engine, and_, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from kiosk.personal import audit
from kiosk.storage.prefill_prints import PrefillPrint
from kiosk.visits.clock import utc_now

log = logging.getLogger(__name__)

#: The ``staff_id`` of a reprint allowed with the kiosk's shared staff PIN (the PIN names
#: no one; the audit row's terminal and time do).
KIOSK_STAFF = "kiosk-staff-pin"


class MemoryPrefillPrints:
    """One terminal's memory of today's prints: a kiosk without a database, and the
    database store's memory while the database is away."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # (code id, day) -> [prints, reprints allowed]
        self.marks: dict[tuple[str, date], list[int]] = {}

    def refused(self, code_id: str, day: date) -> bool:
        with self._lock:
            mark = self.marks.get((code_id, day))
            return mark is not None and mark[0] > 0 and mark[1] == 0

    def claim(self, code_id: str, day: date) -> bool:
        with self._lock:
            mark = self.marks.setdefault((code_id, day), [0, 0])
            if mark[0] > 0:
                if mark[1] == 0:
                    return False
                mark[1] -= 1  # a reprint staff allowed, used up
            mark[0] += 1
            return True

    def allow_reprint(self, code_id: str, day: date, visit_id: str | None) -> None:
        with self._lock:
            self.marks.setdefault((code_id, day), [0, 0])[1] += 1


class DatabasePrefillPrints:
    """The shared ``prefill_print`` table, with a local memory for when it is away."""

    def __init__(self, engine: Engine, terminal_id: str, pending_file: Path | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self._engine = engine
        self._terminal = terminal_id
        self._clock = clock
        self._file = pending_file
        self._lock = threading.Lock()
        self.local = MemoryPrefillPrints()
        #: Prints made while the database was away: (code id, day, when), sent by ``sync``.
        self.pending: list[tuple[str, date, datetime]] = self._load()

    # ------------------------------------------------------------------ the port
    def refused(self, code_id: str, day: date) -> bool:
        if self.local.refused(code_id, day):
            return True
        try:
            with self._engine.connect() as connection:
                row = connection.execute(select(PrefillPrint.prints,
                                                PrefillPrint.reprints_allowed)
                                         .where(self._key(code_id, day))).first()
        except SQLAlchemyError as exc:
            log.warning("prefill prints not readable; allowing", extra={
                "error": type(exc).__name__})
            return False
        return row is not None and row.prints > 0 and row.reprints_allowed == 0

    def claim(self, code_id: str, day: date) -> bool:
        now = self._clock()
        try:
            return self._claim(code_id, day, now)
        except SQLAlchemyError as exc:
            log.warning("prefill print kept locally until the database is back",
                        extra={"error": type(exc).__name__})
            if not self.local.claim(code_id, day):
                return False
            with self._lock:
                self.pending.append((code_id, day, now))
                self._save()
            return True

    def allow_reprint(self, code_id: str, day: date, visit_id: str | None) -> None:
        """Raises ``SQLAlchemyError`` when the database is away: no allowance without its
        audit row (staff see the refusal stay)."""
        with self._engine.begin() as connection:
            done = connection.execute(
                update(PrefillPrint).where(self._key(code_id, day))
                .values(reprints_allowed=PrefillPrint.reprints_allowed + 1)).rowcount
            if not done:  # printed offline at another terminal, not recorded yet
                connection.execute(insert(PrefillPrint).values(
                    code_id=code_id, day=day, terminal_id=self._terminal,
                    printed_at=self._clock(), prints=0, reprints_allowed=1))
            audit.prefill_reprint(connection, at=self._clock(), terminal_id=self._terminal,
                                  staff_id=KIOSK_STAFF, visit_id=visit_id or audit.NO_VISIT)
        self.local.allow_reprint(code_id, day, visit_id)

    # ------------------------------------------------------------------ offline marks
    def sync(self) -> int:
        """Record the prints kept while the database was away; how many were recorded."""
        with self._lock:
            waiting = list(self.pending)
        sent = 0
        for code_id, day, when in waiting:
            try:
                if not self._claim(code_id, day, when):
                    log.info("a code was printed offline after another terminal printed it")
            except SQLAlchemyError:
                break  # still away: the next tick tries again
            sent += 1
            with self._lock:
                self.pending.remove((code_id, day, when))
                self._save()
        return sent

    # ------------------------------------------------------------------ internals
    @staticmethod
    def _key(code_id: str, day: date) -> ColumnElement[bool]:
        return and_(PrefillPrint.code_id == code_id, PrefillPrint.day == day)

    def _claim(self, code_id: str, day: date, now: datetime) -> bool:
        with self._engine.begin() as connection:
            reprint = connection.execute(
                update(PrefillPrint)
                .where(self._key(code_id, day), PrefillPrint.reprints_allowed > 0)
                .values(reprints_allowed=PrefillPrint.reprints_allowed - 1,
                        prints=PrefillPrint.prints + 1, terminal_id=self._terminal,
                        printed_at=now)).rowcount
            if reprint:
                return True
        try:
            with self._engine.begin() as connection:
                connection.execute(insert(PrefillPrint).values(
                    code_id=code_id, day=day, terminal_id=self._terminal, printed_at=now,
                    prints=1, reprints_allowed=0))
        except IntegrityError:
            return False  # printed today already (here or at another terminal)
        return True

    def _load(self) -> list[tuple[str, date, datetime]]:
        if self._file is None or not self._file.exists():
            return []
        try:
            rows = json.loads(self._file.read_text(encoding="utf-8"))
            marks = [(str(r[0]), date.fromisoformat(r[1]), datetime.fromisoformat(r[2]))
                     for r in rows]
        except (OSError, ValueError, TypeError, IndexError):
            log.warning("unreadable list of offline prefill prints set aside")
            return []
        for code_id, day, _when in marks:
            self.local.claim(code_id, day)
        return marks

    def _save(self) -> None:
        if self._file is None:
            return
        rows = [[code_id, day.isoformat(), when.isoformat()]
                for code_id, day, when in self.pending]
        temporary = self._file.with_suffix(".tmp")
        temporary.write_text(json.dumps(rows), encoding="utf-8")
        temporary.replace(self._file)
