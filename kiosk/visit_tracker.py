"""Turns the resident's way through the kiosk into visit events and the clerks' copy.

The shell reports each finished screen and the end of each session; this module decides
what that means for the town's dwell-time figures and for the clerks:

* leaving the welcome screen opens a visit (``visit_started``) and gives it its ticket;
* leaving the card/PIN or manual-entry screen records ``identified`` (card or manual);
* leaving the summary records ``navigation_done`` with the anonymous visit attributes
  (life event, household size, numbers of procedures and forms, the counters on
  the route) and stores the prefilled
  values for the clerks (``PersonalStore``: kept only for the retention period, the
  個人番号 never — the store strips it, and the session never offers it here);
* a session that ends before anything was printed records ``left``, so an abandoned visit
  still closes (its dwell is its kiosk time) instead of staying open for ever.

``forms_printed`` is recorded by the printing service when the job completes. Every call
goes through ``run`` (the window's task runner), because the recorder may wait for an
unreachable database once before it falls back to its outbox: the kiosk never freezes.
Plain Python, no Qt.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from kiosk.session import ResidentSession

log = logging.getLogger(__name__)

Work = Callable[[], Any]
Run = Callable[[Work, Callable[[Any], None]], None]


class VisitTracker:
    def __init__(self, recorder: Any, personal: Any, run: Run) -> None:
        self.recorder = recorder
        self.personal = personal
        self._run = run
        self._generation = 0  # which session a late callback belongs to
        self._handed_over: set[str] = set()
        self._lock = threading.Lock()
        self._unsent: dict[str, dict[str, Any]] = {}

    # ------------------------------------------------------------------ shell hooks
    def screen_finished(self, screen_id: str, result: object, session: ResidentSession,
                        scenario_json: Callable[[], dict[str, Any]] | None = None) -> None:
        if screen_id == "welcome":
            self._start(session)
        elif screen_id == "pin_entry" and result != "manual":
            self._identified(session, "card")
        elif screen_id == "manual_entry":
            self._identified(session, "manual")
        elif screen_id == "summary":
            self._navigated(session, scenario_json)
        elif screen_id == "preview" and session.visit_id is not None:
            # Printed, or queued for staff to bring: either way the visit goes on at the
            # counters, and the clerks close it.
            self._handed_over.add(session.visit_id)

    def session_ended(self, reason: str, visit_id: str | None) -> None:
        """Called with the visit id taken *before* the wipe."""
        self._generation += 1
        if visit_id is None or visit_id in self._handed_over:
            self._handed_over.discard(visit_id or "")
            return
        log.info("visit abandoned at the kiosk", extra={"reason": reason})
        self._submit(lambda: self.recorder.record(visit_id, "left"))

    # ------------------------------------------------------------------ events
    def _start(self, session: ResidentSession) -> None:
        if session.visit_id is not None:
            return
        generation = self._generation
        language = session.language

        def opened(ticket: Any) -> None:
            if generation == self._generation and session.visit_id is None:
                session.visit_id, session.ticket = ticket.visit_id, ticket.ticket

        self._run(lambda: self.recorder.start_visit(language=language), opened)

    def _identified(self, session: ResidentSession, method: str) -> None:
        visit_id = session.visit_id
        if visit_id is None:
            return
        self._submit(lambda: self.recorder.record(visit_id, "identified", method=method))

    def _navigated(self, session: ResidentSession,
                   scenario_json: Callable[[], dict[str, Any]] | None) -> None:
        visit_id, plan = session.visit_id, session.plan
        if visit_id is None or plan is None:
            return
        attrs = {
            "life_event": plan.event_id,
            "household_size": 1 + len(session.household),
            "procedures": len(plan.procedure_ids()),
            "forms": len(plan.form_ids()),
            # The route: which counters expect this resident (the clerks' queues).
            "departments": list(plan.department_ids()),
        }
        payload = scenario_json() if scenario_json is not None else None

        def work() -> None:
            self.recorder.record(visit_id, "navigation_done", **attrs)
            if payload is not None and self.personal is not None:
                self._store(visit_id, payload)

        self._submit(work)

    # ------------------------------------------------------------------ the clerks' copy
    def _store(self, visit_id: str, payload: dict[str, Any]) -> None:
        """Store the prefilled values, or keep them (in memory only) until the database is
        back: the resident already holds the printed forms, and the clerk must still see
        the data at the counter."""
        try:
            self.personal.put(visit_id, payload)
        except Exception:  # noqa: BLE001 - any database failure: keep it, never lose it
            with self._lock:
                self._unsent[visit_id] = payload
            log.warning("clerks' copy kept for a later try", extra={"visit": visit_id})

    def retry_unsent(self) -> int:
        """Try again to store the copies kept while the database was away; return how many
        were stored. The window's outbox timer calls it off the UI thread."""
        with self._lock:
            waiting = list(self._unsent.items())
        stored = 0
        for visit_id, payload in waiting:
            try:
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

    def _submit(self, work: Work) -> None:
        self._run(work, lambda _result: None)
