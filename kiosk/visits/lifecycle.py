"""The one owner of a resident's visit at the kiosk: open, identified, planned, printed, ended.

The shell turns typed screen results into these calls; nothing here knows a screen. What
each step means for the town's dwell-time figures and for the clerks:

* ``open`` (leaving the welcome screen) records ``visit_started`` and gives the visit its
  ticket, written into the resident's session (a :class:`~kiosk.visits.ports.VisitSlot`);
* ``identified`` records how the resident was identified (card, manual, or card with a
  pre-application code: the ``pre_application`` channel);
* ``planned`` (leaving the summary) records ``navigation_done`` with the anonymous visit
  attributes and stores the prefilled values for the clerks (the personal store strips the
  個人番号; the payload never carries it). While the database is away the kiosk's store
  seals the copy into the outbox (``WaitingCopies``; a store that raises instead has it
  kept in memory) and ``sync`` sends it later: the clerk must still see it at the counter;
* ``printed`` records ``forms_printed`` when the print job completed;
* ``handed_over`` marks a visit that goes on at the counters (printed, or queued for staff
  to bring): the clerks close it;
* ``ended`` closes any other visit as ``left``, so an abandoned visit does not stay open.

``ids_for_printing`` gives the printing step the visit's ids: the open visit's, else a
visit opened now (a kiosk whose visit could not open at the welcome screen), else local
ids (a kiosk without a database still prints a ticket number).

Every recorder call except ``printed`` and ``ids_for_printing`` (already off the UI thread)
goes through ``run``, the window's task runner: the recorder may wait once for an
unreachable database before it falls back to its outbox, and the kiosk never freezes.
Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from kiosk.visits.ports import (
    AlertSource,
    PersonalStore,
    VisitRecorder,
    VisitSlot,
    WaitingCopies,
)

log = logging.getLogger(__name__)

Run = Callable[[Callable[[], object], Callable[[object], None]], None]


@cache
def _channels() -> Mapping[str, str]:
    """How a visit may be identified (the recorder's methods), and the channel each puts
    the visit in, from the one vocabulary (card, manual, pre_application). Read on first
    use: the kiosk builds its lifecycle before its first frame, the statistics'
    vocabulary is not needed until a visit is identified."""
    from kiosk.visits.vocabulary import VOCABULARY

    return VOCABULARY.methods


def run_now(work: Callable[[], object], done: Callable[[object], None]) -> None:
    """The plain runner: do the work here and now (tests, command-line tools)."""
    done(work())


@dataclass(frozen=True, slots=True)
class VisitIds:
    """A visit as the printing step and the last screen know it: ids only."""

    visit_id: str
    ticket: str
    day: date


@dataclass(frozen=True, slots=True)
class NavigationSummary:
    """The anonymous attributes of ``navigation_done`` (no name, no address, no number)."""

    life_event: str
    household_size: int
    procedures: int
    forms: int
    # The route: which counters expect this resident (the clerks' queues).
    departments: tuple[str, ...]


class VisitLifecycle:
    def __init__(self, recorder: VisitRecorder | None = None,
                 personal: PersonalStore | None = None, run: Run = run_now) -> None:
        self.recorder = recorder
        self.personal = personal
        self._run = run
        self._generation = 0  # which session a late callback belongs to
        self._handed_over: set[str] = set()
        self._lock = threading.Lock()
        self._unsent: dict[str, Mapping[str, object]] = {}

    def attach(self, recorder: VisitRecorder, personal: PersonalStore | None,
               run: Run) -> None:
        """Start recording (the kiosk attaches its database after the first frame)."""
        self.recorder, self.personal, self._run = recorder, personal, run

    # ------------------------------------------------------------------ the steps
    def open(self, slot: VisitSlot, language: str) -> None:
        recorder = self.recorder
        if recorder is None or slot.visit_id is not None:
            return
        generation = self._generation

        def work() -> VisitIds:
            started = recorder.start_visit(language=language)
            return VisitIds(started.visit_id, started.ticket, started.day)

        def opened(ids: object) -> None:
            if (isinstance(ids, VisitIds) and generation == self._generation
                    and slot.visit_id is None):
                slot.visit_id, slot.ticket = ids.visit_id, ids.ticket

        self._run(work, opened)

    def identified(self, visit_id: str | None, method: str) -> None:
        if method not in _channels():
            raise ValueError(f"unknown identification {method!r}")
        recorder = self.recorder
        if visit_id is None or recorder is None:
            return
        self._submit(lambda: recorder.record(visit_id, "identified", method=method))

    def planned(self, visit_id: str | None, summary: NavigationSummary,
                payload: Mapping[str, object] | None) -> None:
        recorder = self.recorder
        if visit_id is None or recorder is None:
            return

        def work() -> None:
            recorder.record(visit_id, "navigation_done", life_event=summary.life_event,
                            household_size=summary.household_size,
                            procedures=summary.procedures, forms=summary.forms,
                            departments=list(summary.departments))
            if payload is not None and self.personal is not None:
                self._store(visit_id, payload)

        self._submit(work)

    def ids_for_printing(self, slot: VisitSlot, *, channel: str, language: str) -> VisitIds:
        """The ids the bundle prints (see the module docstring), also written into ``slot``
        for the last screen. Runs off the UI thread (opening may wait for the database)."""
        generation = self._generation
        if slot.visit_id and slot.ticket:
            return VisitIds(slot.visit_id, slot.ticket, date.today())
        if self.recorder is not None:
            started = self.recorder.start_visit(
                channel=_channels().get(channel, "unidentified"), language=language)
            ids = VisitIds(started.visit_id, started.ticket, started.day)
        else:
            local = uuid.uuid4().hex[:12]
            ids = VisitIds(local, local[:4].upper(), date.today())
        if generation == self._generation:  # not if the resident left meanwhile
            slot.visit_id, slot.ticket = ids.visit_id, ids.ticket
        return ids

    def printed(self, visit_id: str, forms: int) -> None:
        """The job completed (called by the printing service, off the UI thread)."""
        if self.recorder is None:
            return
        try:
            self.recorder.record(visit_id, "forms_printed", forms=forms)
        except Exception as exc:  # noqa: BLE001 - the forms are printed; never "call staff" for metrics
            log.warning("visit %s: forms_printed not recorded (%s)", visit_id,
                        type(exc).__name__)

    def handed_over(self, visit_id: str | None) -> None:
        """Printed, or queued for staff to bring: the visit goes on at the counters."""
        if visit_id is not None:
            self._handed_over.add(visit_id)

    def ended(self, reason: str, visit_id: str | None) -> None:
        """The session ends; called with the visit id taken *before* the wipe."""
        self._generation += 1
        if visit_id is None or visit_id in self._handed_over:
            self._handed_over.discard(visit_id or "")
            return
        recorder = self.recorder
        if recorder is None:
            return
        log.info("visit abandoned at the kiosk", extra={"reason": reason})
        self._submit(lambda: recorder.record(visit_id, "left"))

    # ------------------------------------------------------------------ the clerks' copy
    def _store(self, visit_id: str, payload: Mapping[str, object]) -> None:
        assert self.personal is not None
        try:
            self.personal.put(visit_id, payload)
        except Exception:  # noqa: BLE001 - any database failure: keep it, never lose it
            with self._lock:
                self._unsent[visit_id] = payload
            log.warning("clerks' copy kept for a later try", extra={"visit": visit_id})

    def retry_unsent(self) -> int:
        """Store the copies kept while the database was away; how many were stored."""
        with self._lock:
            waiting = list(self._unsent.items())
        stored = 0
        for visit_id, payload in waiting:
            try:
                assert self.personal is not None
                self.personal.put(visit_id, payload)
            except Exception:  # noqa: BLE001 - still away: keep it for the next tick
                break
            with self._lock:
                self._unsent.pop(visit_id, None)
            stored += 1
        return stored

    @property
    def unsent(self) -> int:
        with self._lock:
            return len(self._unsent)

    def sync(self) -> int:
        """Send events queued in the outbox and copies kept in memory (the outbox timer)."""
        sent = int(self.recorder.sync()) if self.recorder is not None else 0
        personal: object = self.personal
        if isinstance(personal, WaitingCopies):  # after the visits they belong to
            sent += personal.send_waiting()
        return sent + self.retry_unsent()

    def staff_alerts(self) -> list[str]:
        """What staff must know now (for the kiosk's staff screen): plain sentences."""
        recorder = self.recorder
        return recorder.staff_alerts() if isinstance(recorder, AlertSource) else []

    def _submit(self, work: Callable[[], object]) -> None:
        self._run(work, lambda _result: None)
