"""What the visit lifecycle needs from the outside: a recorder and a personal-data store.

Structural types (``Protocol``): the SQL recorder with its outbox and the personal store
satisfy them as they are, and tests pass in-process fakes. Nothing here names a database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Protocol, runtime_checkable


class OpenedVisit(Protocol):
    """What opening a visit gives back: its id, its ticket and its (town's) day."""

    @property
    def visit_id(self) -> str: ...

    @property
    def ticket(self) -> str: ...

    @property
    def day(self) -> date: ...


class VisitRecorder(Protocol):
    """Append-only visit events (``kiosk.visits.recorder.MetricsRecorder``)."""

    def start_visit(self, *, channel: str = ..., language: str = ...) -> OpenedVisit: ...

    def record(self, visit_id: str, kind: str, department: str | None = ..., *,
               method: str | None = ..., **attrs: object) -> str: ...

    def sync(self) -> int: ...


@runtime_checkable
class AlertSource(Protocol):
    """A recorder that can tell staff about a fault (damaged outbox, full disk, shared id)."""

    def staff_alerts(self) -> list[str]: ...


class PersonalStore(Protocol):
    """The clerks' copy of the prefilled values, kept for the retention period only."""

    def put(self, visit_id: str, payload: Mapping[str, object]) -> int: ...


@runtime_checkable
class WaitingCopies(Protocol):
    """A personal store that queues copies durably (the outbox) and sends them later."""

    def send_waiting(self) -> int: ...


class VisitSlot(Protocol):
    """Where the current visit's ids are shown (the resident's session)."""

    visit_id: str | None
    ticket: str | None
