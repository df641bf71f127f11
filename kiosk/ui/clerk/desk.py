"""``ClerkDesk``: everything one counter's console does, as plain calls the panels run
off the UI thread (no Qt here, so it is tested without a window).

It goes through the metrics and printing services only:

* the queue and scanned codes through ``ClerkService``;
* every view of personal data through ``ClerkService.open_visit`` (one audit row: who,
  when, which visit); a correction and a reprint write their own audit rows
  (``correct``, ``reprint``) through ``kiosk.personal.audit``, in the same transaction as
  the corrected payload;
* the counter's forms through ``printing.bundle.render_bundle`` on a plan narrowed to
  this department (and, after a correction, to the forms it touches); prints through the
  ``PrintQueue``, which keeps a failed job for a retry.

Rendered PDFs hold personal data: they are kept in memory only (``OpenedVisit.pdf``, the
bytes); the renderer and the page rasteriser get a private temporary folder that is
deleted as soon as they return. The 個人番号 is never stored, so a reprinted form that
needs it leaves that box empty for the clerk to fill in.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from forms.layout import Layout, load_all
from kiosk.app.clerk_service import ClerkService, QueueEntry
from kiosk.app.core_confirmation import confirmation_from_copy
from kiosk.app.core_submissions import record_keys, submissions_by_member
from kiosk.app.onestop_service import OneStopService, settled_plan
from kiosk.domain.core_records import ProcedureSubmission
from kiosk.navigation.plan import CounterStop, Plan
from kiosk.navigation.scenario import Scenario, ScenarioError
from kiosk.personal import audit
from kiosk.personal.town_key import TownKeyMissing
from kiosk.sealing.errors import SealError
from kiosk.ui.clerk.payload import affected_form_ids, apply_changes, visit_key_from_scan
from kiosk.visits.clock import utc_now
from kiosk.visits.vocabulary import WALK_IN
from printing.bundle import render_bundle
from printing.context import VisitInfo
from printing.queue import PrintQueue, SpooledJob
from printing.render import Flag

log = logging.getLogger(__name__)


@dataclass
class OpenedVisit:
    """A visit open at the counter. Holds personal data: ``repr`` is redacted."""

    visit_id: str
    ticket: str
    routed_here: bool
    payload: dict[str, Any] | None = None
    scenario: Scenario | None = None
    plan: Plan | None = None
    stop: CounterStop | None = None
    flags: list[Flag] = field(default_factory=list)
    missing_layouts: list[str] = field(default_factory=list)
    pdf: bytes | None = None  # the latest render, in memory only
    rendered_forms: list[str] = field(default_factory=list)
    # "no_data" (a walk-in, or the retention ended), "invalid" (the data cannot be read) or
    # "no_key" (this terminal does not hold the town key that opens the sealed copy)
    problem: str = ""

    def __repr__(self) -> str:
        return f"OpenedVisit(visit_id={self.visit_id!r}, <redacted>)"

    __str__ = __repr__


def narrowed_plan(plan: Plan, department: str, form_ids: list[str] | None = None) -> Plan:
    """The plan cut down to one department (and, if given, to some of its forms)."""
    stops = []
    for stop in plan.stops:
        if stop.department.id != department:
            continue
        procedures = tuple(
            dataclasses.replace(p, form_ids=tuple(
                f for f in p.form_ids if form_ids is None or f in form_ids))
            for p in stop.procedures
        )
        stops.append(CounterStop(stop.department, procedures))
    return Plan(plan.event_id, plan.event_date, tuple(stops))


class ClerkDesk:
    def __init__(
        self,
        clerk: ClerkService,
        navigator: Any,
        printer: PrintQueue,
        department: str,
        staff_id: str,
        *,
        today: Callable[[], date] = date.today,
        layouts: Callable[[], Mapping[str, Layout]] = load_all,
    ) -> None:
        self.clerk = clerk
        self.navigator = navigator
        self.printer = printer
        self.department = department
        self.staff_id = staff_id
        self.today = today
        self._layouts = layouts
        self._work = Path(tempfile.mkdtemp(prefix="kiosk-clerk-"))

    # ------------------------------------------------------------------ queue
    def queue(self) -> list[QueueEntry]:
        return self.clerk.queue(self.department, self.today())

    def find(self, scanned: str) -> str | None:
        key = visit_key_from_scan(scanned)
        return self.clerk.find(key, self.today()) if key else None

    # ------------------------------------------------------------------ visits
    def open_visit(self, visit_id: str, reason: str | None = None) -> OpenedVisit:
        """Read (audited) and prepare a visit: plan, this counter's forms, their flags.

        A visit routed elsewhere raises ``OffRoute`` unless ``reason`` says why (audited)."""
        entries = {e.visit_id: e for e in self.clerk.queue(self.department, self.today(),
                                                            include_done=True)}
        entry = entries.get(visit_id)
        opened = OpenedVisit(visit_id, entry.ticket if entry else visit_id[:8], entry is not None)
        try:
            payload = self.clerk.open_visit(visit_id, self.staff_id, department=self.department,
                                            reason=reason)
        except TownKeyMissing as exc:
            log.warning("visit %s: %s", visit_id, exc)
            opened.problem = "no_key"
            return opened
        except SealError as exc:  # damaged, or moved onto another visit's row
            log.warning("visit %s: %s", visit_id, exc)
            opened.problem = "invalid"
            return opened
        if payload is None:
            opened.problem = "no_data"
            return opened
        self._prepare(opened, dict(payload))
        if opened.scenario is not None:
            self._render(opened, None)
        log.info("visit %s opened at %s", visit_id, self.department)
        return opened

    def _prepare(self, opened: OpenedVisit, payload: dict[str, Any]) -> None:
        opened.payload = payload
        try:
            opened.scenario = Scenario.from_json(payload)
            opened.plan = self.navigator.plan(opened.scenario)
        except (ScenarioError, KeyError, ValueError):
            opened.problem = "invalid"
            opened.scenario = None
            return
        assert opened.plan is not None
        opened.stop = next((s for s in opened.plan.stops
                            if s.department.id == self.department), None)

    def _render(self, opened: OpenedVisit, form_ids: list[str] | None) -> None:
        """Render this counter's forms (or only ``form_ids``) into a fresh file."""
        assert opened.scenario is not None and opened.plan is not None
        plan = narrowed_plan(opened.plan, self.department, form_ids)
        if not any(p.form_ids for p in plan.procedures()):
            opened.pdf, opened.rendered_forms = None, []
            return
        out = self._work / uuid.uuid4().hex[:12]
        visit = VisitInfo(opened.visit_id, opened.ticket, self.today())
        if opened.payload is not None:  # a 転入予約's short sheet, as the kiosk printed it
            plan, visit = confirmation_from_copy(plan, visit, self.navigator.catalog,
                                                 opened.payload)
        try:
            summary = render_bundle(opened.scenario, plan, visit, out,
                                    catalog=self.navigator.catalog)
            opened.pdf = summary.path.read_bytes()
        finally:
            shutil.rmtree(out, ignore_errors=True)
        opened.rendered_forms = [str(f["form"]) for f in summary.forms]
        kept = [f for f in opened.flags if f.form_id not in opened.rendered_forms]
        opened.flags = kept + list(summary.flags)
        opened.missing_layouts = summary.missing_layouts

    def correct(self, opened: OpenedVisit, changes: Mapping[str, str]) -> list[str]:
        """Store the corrected values and re-render the forms they touch; return those ids.

        Raises ``CorrectionError`` (naming the key) when a value is not acceptable: the
        corrected data must pass the validation every scenario passes; nothing is stored then.
        """
        assert opened.payload is not None and opened.plan is not None
        corrected = apply_changes(opened.payload, changes, catalog=self.navigator.catalog,
                                  today=self.today())
        # The corrected payload and its audit row in one transaction; the retention keeps
        # counting from the visit.
        self.clerk.personal.correct(opened.visit_id, corrected, staff_id=self.staff_id,
                                    terminal_id=self.clerk.recorder.terminal_id)
        self._prepare(opened, corrected)
        plan: Plan | None = opened.plan  # _prepare may have dropped it (unreadable data)
        if plan is None:
            return []
        requests = narrowed_plan(plan, self.department).form_requests()
        affected = affected_form_ids(requests, self._layouts(), changes)
        if affected:
            self._render(opened, affected)
        log.info("visit %s corrected: %d value(s), %d form(s) re-rendered", opened.visit_id,
                 len(changes), len(affected))
        return affected

    def rerender(self, opened: OpenedVisit) -> None:
        """Render every form of this counter again (for a full reprint)."""
        if opened.scenario is not None:
            self._render(opened, None)

    def reprint(self, opened: OpenedVisit) -> str:
        """Print the latest render through the queue; the job stays spooled on failure."""
        if opened.pdf is None:
            raise FileNotFoundError("nothing rendered to print")
        self._audit(opened.visit_id, "reprint")
        return self.printer.submit_data(opened.pdf, visit_id=opened.visit_id)

    def _audit(self, visit_id: str, action: str) -> None:
        with self.clerk.engine.begin() as connection:
            audit.write(connection, at=utc_now(), terminal_id=self.clerk.recorder.terminal_id,
                        staff_id=self.staff_id, visit_id=visit_id, action=action)

    def preview(self, opened: OpenedVisit, dpi: int = 60) -> list[Any]:
        """The latest render as greyscale page images (PIL), guide sheet first."""
        if opened.pdf is None:
            return []
        from printing.raster import rasterize

        folder = Path(tempfile.mkdtemp(dir=self._work))  # 0700, gone on return
        try:
            path = folder / "preview.pdf"
            path.write_bytes(opened.pdf)
            return rasterize(path, dpi=dpi)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def close_visit(self, opened: OpenedVisit | None) -> None:
        """Forget a visit's rendered files (they hold personal data)."""
        if opened is not None:
            opened.pdf = None

    # ------------------------------------------------------------------ events
    def walk_in(self) -> str:
        """Open a visit for someone who came straight to this counter; return its ticket."""
        ticket = self.clerk.recorder.start_visit(channel=WALK_IN,
                                                 departments=[self.department])
        log.info("walk-in visit %s opened at %s", ticket.visit_id, self.department)
        return ticket.ticket

    def mark(self, visit_id: str, kind: str, opened: OpenedVisit | None = None) -> str:
        """Record a counter event; *finished* on an open visit with data also queues its
        procedures at this counter for the core system (``kiosk.app.core_submissions``)."""
        return self.clerk.mark(visit_id, kind, self.department,
                               submissions=self.accepted(opened) if opened else ())

    def accepted(self, opened: OpenedVisit) -> list[tuple[str, ProcedureSubmission]]:
        """This counter's planned procedures of ``opened`` as core-system records."""
        if (self.clerk.core_queue is None or opened.scenario is None or opened.plan is None
                or opened.payload is None):
            return []
        plan = opened.plan
        if self.navigator.catalog.onestop is not None:  # what was settled at this counter
            plan = settled_plan(plan, OneStopService(self.clerk).states(opened.visit_id),
                                self.department)
        return submissions_by_member(
            visit_id=opened.visit_id, department=self.department, scenario=opened.scenario,
            plan=plan, staff_id=self.staff_id, accepted_at=utc_now(),
            person_keys=record_keys(opened.payload))

    def mark_left(self, visit_id: str) -> str:
        return self.clerk.mark_left(visit_id)

    # ------------------------------------------------------------------ print jobs
    def jobs(self) -> list[SpooledJob]:
        return self.printer.jobs()

    def retry(self, job_id: str) -> None:
        self.printer.print(job_id)

    def discard(self, job_id: str) -> None:
        self.printer.discard(job_id)

    def close(self) -> None:
        shutil.rmtree(self._work, ignore_errors=True)
