"""``MetricsRecorder``: the one door through which the kiosk and clerk UIs record a visit.

``start_visit(...)`` hands out a ``VisitTicket`` (visit id, ticket number, day);
``record(visit_id, kind, department=None, ...)`` appends an event. Both work the same
whether the central database answers or not: when it does not, the row goes to the local
outbox (``kiosk.visits.outbox``) and the resident sees nothing. After a failure the
recorder stops knocking for ``retry_after`` seconds, so a dead network costs the kiosk
one connect timeout, not one per event; ``sync()`` (called by a UI timer, and before
every write once the pause is over) empties the outbox when the database is back.

Events may carry a few visit attributes (life event, household size, numbers of
procedures and forms, language, route of departments). They are allow-listed codes and
counts; anything else is refused, so no personal data can slip into the metrics.
Times are drift-corrected (see ``kiosk.visits.clock``).
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError, StatementError

from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.clock import DriftClock, local_day
from kiosk.visits.dwell import COUNTER_EVENT_KINDS, EVENT_KINDS
from kiosk.visits.ids import uuid7
from kiosk.visits.outbox import Outbox
from kiosk.visits.store import insert_ignore, insert_visits, next_ticket, refresh_summaries
from kiosk.visits.terminal import TerminalIdInUse, TerminalLease
from kiosk.visits.vocabulary import UNIDENTIFIED, VOCABULARY

log = logging.getLogger(__name__)
T = TypeVar("T")

CHANNELS = frozenset(VOCABULARY.channel_ids)
METHODS = frozenset(VOCABULARY.methods)
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,31}$")
_INT_ATTRS = {"household_size": (1, 30), "procedures": (0, 200), "forms": (0, 200)}
# ``procedure``: the procedure id of a one-stop desk's procedure_done / handed_off event
_CODE_ATTRS = frozenset({"life_event", "language", "procedure"})


class MetricsError(ValueError):
    """A call that breaks the event contract (a programming error, never personal data)."""


@dataclass(frozen=True)
class VisitTicket:
    visit_id: str
    ticket: str
    day: date
    offline: bool = False


def check_attrs(attrs: Mapping[str, Any]) -> dict[str, Any]:
    """Only allow-listed codes and counts; the message names the key, never the value."""
    clean: dict[str, Any] = {}
    for key, value in attrs.items():
        if value is None:
            continue
        if key in _INT_ATTRS:
            low, high = _INT_ATTRS[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise MetricsError(f"visit attribute {key} must be a whole number {low}-{high}")
        elif key in _CODE_ATTRS:
            if not isinstance(value, str) or not _CODE.match(value):
                raise MetricsError(f"visit attribute {key} must be a short ASCII code")
        elif key == "departments":
            if not isinstance(value, list | tuple) or not all(
                isinstance(v, str) and _CODE.match(v) for v in value
            ):
                raise MetricsError("visit attribute departments must be a list of codes")
            clean[key] = list(value)
            continue
        else:
            raise MetricsError(f"unknown visit attribute {key} (metrics hold no personal data)")
        clean[key] = value
    return clean


def _unreachable(exc: Exception) -> bool:
    if isinstance(exc, OperationalError | InterfaceError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


class MetricsRecorder:
    """Records visits and events for one terminal; never raises because the network is down."""

    def __init__(
        self,
        engine: Engine,
        outbox: Outbox,
        terminal_id: str,
        *,
        retry_after: float = 10.0,
        clock: DriftClock | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        lease: TerminalLease | None = None,
    ) -> None:
        self.engine = engine
        self.outbox = outbox
        self.terminal_id = terminal_id
        self.retry_after = retry_after
        self.clock = clock or DriftClock(outbox.saved_offset())
        self._monotonic = monotonic
        self._paused_until = 0.0
        # Holds the terminal id on a shared database; None: no check (tests, one terminal).
        self.lease = lease
        self._lease_checked_at: float | None = None
        # Only this recorder writes to its outbox, so whether it holds anything is known
        # here without reading the file on every event.
        self._pending = outbox.size() > 0

    # ------------------------------------------------------------------ public API
    def start_visit(
        self,
        *,
        channel: str = UNIDENTIFIED,
        language: str = "ja",
        **attrs: Any,
    ) -> VisitTicket:
        """Open a visit (resident at the kiosk, or a clerk's walk-in) and give it a ticket."""
        if channel not in CHANNELS:
            raise MetricsError(f"unknown channel {channel!r}")
        self.outbox.check_disk()  # staff hear of a filling disk before it is full
        clean = check_attrs({"language": language, **attrs})
        visit_id = uuid7()
        language = clean.pop("language")

        # One event id for both tries: if the central write committed as the connection
        # died, the outbox copy of visit_started is then ignored instead of doubled.
        started_id = uuid7()

        def rows() -> tuple[dict[str, Any], dict[str, Any]]:
            now = self.clock.now()  # after any offset measurement of this contact
            visit = {
                "id": visit_id, "day": local_day(now), "terminal_id": self.terminal_id,
                "started_at": now, "channel": channel, "language": language,
            }
            event = self._event_row(visit_id, "visit_started", attrs=clean, at=now)
            return visit, {**event, "id": started_id}

        def write(connection: Connection) -> VisitTicket:
            visit, event = rows()
            ticket = str(next_ticket(connection, visit["day"]))
            insert_visits(connection, [{**visit, "ticket": ticket}])
            insert_ignore(connection, _table(VisitEvent), [event])
            refresh_summaries(connection, [visit_id])
            return VisitTicket(visit_id, ticket, visit["day"])

        written = self._online(write)
        if written is not None:
            return written
        visit, event = rows()
        day = visit["day"]
        ticket = f"{self.terminal_id}-{self.outbox.offline_ticket(day)}"
        self._queue("visit", {**visit, "ticket": ticket})
        self._queue("event", event)
        return VisitTicket(visit_id, ticket, day, offline=True)

    def record(
        self,
        visit_id: str,
        kind: str,
        department: str | None = None,
        *,
        method: str | None = None,
        **attrs: Any,
    ) -> str:
        """Append one event; return its id. ``method`` is for ``identified`` only."""
        if kind not in EVENT_KINDS or kind == "visit_started":
            raise MetricsError(f"unknown event kind {kind!r}")
        if (kind in COUNTER_EVENT_KINDS) != (department is not None):
            raise MetricsError(f"{kind} events need a department exactly when they are per counter")
        if department is not None and not _CODE.match(department):
            raise MetricsError("a department must be a short ASCII code")
        if (kind == "identified") != (method is not None) or (method and method not in METHODS):
            raise MetricsError("identified events need a method: card, manual or pre_application")
        row = self._event_row(
            visit_id, kind, department=department, method=method, attrs=check_attrs(attrs)
        )

        def write(connection: Connection) -> str:
            insert_ignore(connection, _table(VisitEvent), [row])
            refresh_summaries(connection, [visit_id])
            return str(row["id"])

        if self._online(write) is None:
            self._queue("event", row)
        return str(row["id"])

    def sync(self) -> int:
        """Send the outbox now; return the number of items sent (0 while unreachable).

        Never raises for a database error: an item the database refuses (which would be a
        bug) stays in the outbox, is logged by type only, and ``kiosk doctor`` shows it.
        """
        try:
            if not self._lease_held():
                return 0
            sent = self.outbox.sync(self.engine)
            with self.engine.connect() as connection:
                self._measure(connection)
        except StatementError as exc:  # DBAPIError and the driver's type errors
            if not (isinstance(exc, DBAPIError) and _unreachable(exc)):
                log.error("outbox item refused by the database (%s); kept", type(exc).__name__)
            self._pause()
            return 0
        self._paused_until = 0.0
        self._pending = self.outbox.size() > 0
        return sent

    def release_terminal(self) -> None:
        """Let the terminal id go at a clean exit (best effort: a killed process's lease
        simply goes stale)."""
        if self.lease is not None and self._lease_checked_at is not None:
            try:
                self.lease.release()
            except DBAPIError as exc:
                log.warning("terminal id not released (%s)", type(exc).__name__)

    def staff_alerts(self) -> list[str]:
        """Plain sentences for staff: a damaged outbox set aside, a full disk, a shared id."""
        return self.outbox.alerts.current()

    @property
    def online(self) -> bool:
        """False while the recorder is pausing after a failure."""
        return self._monotonic() >= self._paused_until

    # ------------------------------------------------------------------ internals
    def _event_row(
        self,
        visit_id: str,
        kind: str,
        *,
        department: str | None = None,
        method: str | None = None,
        attrs: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> dict[str, Any]:
        return {
            "id": uuid7(), "visit_id": visit_id, "kind": kind,
            "department": department, "method": method, "attrs": attrs or None,
            "terminal_id": self.terminal_id, "occurred_at": at or self.clock.now(),
        }

    def _online(self, write: Callable[[Connection], T]) -> T | None:
        """Run ``write`` centrally if the outbox is empty and the database answers."""
        if not self.online:
            return None
        if self._pending:
            self.sync()
            if self._pending:
                return None
        try:
            if not self._lease_held():
                return None
            with self.engine.begin() as connection:
                if self.clock.needs_measure():
                    self._measure(connection)
                return write(connection)
        except DBAPIError as exc:
            if not _unreachable(exc):
                raise
            log.warning("central database unreachable; using the outbox (%s)", type(exc).__name__)
            self._pause()
            return None

    def _lease_held(self) -> bool:
        """Claim the terminal id at first contact, renew it now and then (may raise a
        database error: the caller treats it as any other). False while another live
        terminal holds the id: everything then waits in the outbox, and staff are told."""
        lease = self.lease
        if lease is None:
            return True
        now = self._monotonic()
        if self._lease_checked_at is not None and now - self._lease_checked_at < (
                lease.stale_after / 3) and "terminal" not in self.outbox.alerts:
            return True
        try:
            if self._lease_checked_at is None or "terminal" in self.outbox.alerts:
                lease.claim()
            else:
                lease.renew()
        except TerminalIdInUse as exc:
            if self.outbox.alerts.raise_("terminal", str(exc)):
                log.error("terminal id %s is held by another live terminal; visits wait in "
                          "the outbox", self.terminal_id)
            self._pause()
            return False
        if self.outbox.alerts.clear("terminal"):
            log.warning("terminal id %s is this terminal's again", self.terminal_id)
        self._lease_checked_at = now
        return True

    def _queue(self, kind: str, row: dict[str, Any]) -> None:
        self.outbox.put(kind, row)
        self._pending = True

    def _measure(self, connection: Connection) -> None:
        self.outbox.save_offset(self.clock.measure(connection))

    def _pause(self) -> None:
        self._paused_until = self._monotonic() + self.retry_after


def _table(model: type[Visit] | type[VisitEvent]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table
