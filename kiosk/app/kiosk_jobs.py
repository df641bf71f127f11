"""The kiosks' failed print jobs, as a clerk terminal deals with them (no Qt).

A kiosk whose printer failed keeps the job sealed with its own key: no other terminal can
open it. So a clerk reprints by re-rendering the whole bundle (guide sheet and every
form) from the visit's personal copy, read through ``ClerkService.open_visit`` (one audit
row), on the clerk's own printer; the 個人番号 is never stored, so a form needing it
has that box empty for the clerk to fill in. Then the failure is marked ``reprinted``,
or ``discard_requested`` when the clerk gives up on it, and the kiosk deletes its sealed
copy at its next sweep (``printing.spool_sweep``).
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from kiosk.storage.tables import Visit
from printing.failures import FailureRecord, open_failures, settle
from printing.queue import DISCARD_REQUESTED, REPRINTED

if TYPE_CHECKING:
    from kiosk.app.clerk_service import ClerkService
    from kiosk.app.ports import Navigator
    from printing.queue import PrintQueue


class NothingToReprint(RuntimeError):
    """The visit's personal copy is gone (retention ended) or unreadable: discard the job."""


class KioskJobs:
    """List, reprint and discard the kiosks' failed print jobs for one clerk."""

    def __init__(self, clerk: ClerkService, navigator: Navigator, printer: PrintQueue,
                 staff_id: str) -> None:
        self.clerk = clerk
        self.navigator = navigator
        self.printer = printer
        self.staff_id = staff_id

    def failures(self) -> list[FailureRecord]:
        """Every kiosk's failed jobs still waiting, with their visits' ticket numbers."""
        records = open_failures(self.clerk.engine)
        ids = [r.visit_id for r in records if r.visit_id]
        if not ids:
            return records
        with self.clerk.engine.connect() as connection:
            rows = connection.execute(select(Visit.id, Visit.ticket).where(Visit.id.in_(ids)))
            tickets = {str(row.id): str(row.ticket) for row in rows}
        return [dataclasses.replace(r, ticket=tickets.get(r.visit_id, ""))
                for r in records]

    def _ticket(self, visit_id: str) -> tuple[str, date]:
        with self.clerk.engine.connect() as connection:
            row = connection.execute(select(Visit.ticket, Visit.day)
                                     .where(Visit.id == visit_id)).first()
        if row is None:
            return visit_id[:8], date.today()
        return str(row.ticket), row.day

    def reprint(self, job_id: str, visit_id: str) -> str:
        """Re-render the visit's whole bundle, print it here; returns the print job id.

        Raises ``NothingToReprint`` when the personal copy is gone, ``PrintError`` when the
        clerk's printer fails (its own queue keeps the job).
        """
        from kiosk.navigation.scenario import Scenario, ScenarioError
        from printing.bundle import render_bundle
        from printing.context import VisitInfo

        payload = self.clerk.open_visit(visit_id, self.staff_id) if visit_id else None
        if payload is None:
            raise NothingToReprint("the visit's data is gone (its retention ended)")
        try:
            scenario = Scenario.from_json(dict(payload))
            plan = self.navigator.plan(scenario)
        except (ScenarioError, KeyError, ValueError):
            raise NothingToReprint("the visit's data cannot be read") from None
        ticket, day = self._ticket(visit_id)
        folder = Path(tempfile.mkdtemp(prefix="kiosk-reprint-"))  # 0700, gone on return
        try:
            summary = render_bundle(scenario, plan, VisitInfo(visit_id, ticket, day), folder,
                                    catalog=self.navigator.catalog)
            document = summary.path.read_bytes()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        printed = self.printer.submit_data(document, visit_id=visit_id)
        settle(self.clerk.engine, job_id, REPRINTED, self.staff_id)
        return printed

    def discard(self, job_id: str) -> bool:
        """Give up on a kiosk's job; the kiosk deletes its sealed copy at its next sweep."""
        return settle(self.clerk.engine, job_id, DISCARD_REQUESTED, self.staff_id)
