"""``VisitController``: what the clerk does with the open visit — open it (from a scan or
the queue), record counter events, correct a value, reprint, retry or discard a print
job. Each step runs on the window's task runner and only ever shows ids and tickets in
the status bar; the personal data appears in the data panel only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.app.route_check import OffRoute
from kiosk.ui.clerk.desk import OpenedVisit
from kiosk.ui.clerk.payload import CorrectionError
from printing.backends.base import PrintError

if TYPE_CHECKING:
    from kiosk.ui.clerk.console_page import ConsolePage
    from kiosk.ui.clerk.desk import ClerkDesk
    from kiosk.ui.dialogs import DialogService


class ConsoleShell(Protocol):
    """What the controller uses of the clerk window (a narrow port: no import circle)."""

    desk: ClerkDesk | None
    page: ConsolePage

    @property
    def dialogs(self) -> DialogService: ...

    def refresh(self) -> None: ...

    def run_task(self, work: Callable[[], Any], done: Callable[[Any], None],
                 failed: Callable[[BaseException], None] | None = None) -> None: ...

    def task_failed(self, error: BaseException) -> None: ...

    def status(self, text: str) -> None: ...

    def ask_route_reason(self, visit_id: str) -> None: ...


class VisitController(QObject):
    opened = Signal(object)  # the OpenedVisit now on screen (for extra panels)
    closed = Signal()

    def __init__(self, window: ConsoleShell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.w = window
        self.page = window.page
        self.visit: OpenedVisit | None = None
        self.busy = False
        self._opening: str | None = None

    def retry(self, job_id: str) -> None:
        if self.w.desk is not None:
            desk = self.w.desk
            self.w.run_task(lambda: desk.retry(job_id), lambda _r: self._printed(job_id),
                            self._print_failed)

    def discard(self, job_id: str) -> None:
        if self.w.desk is not None:
            desk = self.w.desk
            self.w.run_task(lambda: desk.discard(job_id), lambda _r: self.w.refresh())

    # ------------------------------------------------------------------ visits
    def walk_in(self) -> None:
        desk = self.w.desk
        if desk is None:
            return

        def done(ticket: str) -> None:
            self.w.status(self.tr("Walk-in: ticket %1.").replace("%1", ticket))
            self.w.refresh()
            self.page.scan.focus()

        self.w.run_task(desk.walk_in, done)

    def scan(self, text: str) -> None:
        desk = self.w.desk
        if desk is None:
            return
        self.w.run_task(lambda: desk.find(text), self._found)

    def _found(self, visit_id: str | None) -> None:
        if visit_id is None:
            self.w.status(self.tr("No visit matches that code."))
            self.page.scan.focus()
            return
        self.open_visit(visit_id)

    def open_visit(self, visit_id: str, reason: str | None = None) -> None:
        desk = self.w.desk
        if desk is None:
            return
        self.close_visit()
        self._opening = visit_id
        self.w.run_task(lambda: desk.open_visit(visit_id, reason), self._opened,
                        self._open_failed)

    def _open_failed(self, error: BaseException) -> None:
        """Not routed here: ask the reason (``ClerkWindow.route_reason``), then open again."""
        self._opening = None
        if isinstance(error, OffRoute) and self.w.desk is not None:
            self.w.ask_route_reason(error.visit_id)
            return
        self.w.task_failed(error)

    def _opened(self, opened: OpenedVisit) -> None:
        if self.w.desk is None or self._opening != opened.visit_id:
            # Locked, or another visit was asked for meanwhile: show nothing of this one.
            self._drop_stale(opened)
            return
        self._opening = None
        self.visit = opened
        page = self.page
        page.person.show_payload(opened.payload)
        page.checklist.show_stop(opened.stop, opened.flags, opened.missing_layouts,
                                 opened.routed_here, questions=self.w.desk.navigator.catalog.questions)
        page.printing.set_visit_open(opened.scenario is not None)
        page.printing.show_rendered(opened.rendered_forms)
        page.event_buttons.set_enabled(True)
        self.show_visit_label()
        self.load_preview()
        self.opened.emit(opened)
        if opened.problem == "no_data":
            self.w.status(self.tr("Ticket %1: no prefilled data (a walk-in, or kept no longer).")
                        .replace("%1", opened.ticket))
        elif opened.problem == "no_key":
            self.w.status(self.tr("Ticket %1: this terminal does not hold the town key that "
                                  "opens the prefilled data (kiosk keys status).")
                        .replace("%1", opened.ticket))
        elif opened.problem == "invalid":
            self.w.status(self.tr("Ticket %1: the prefilled data cannot be read.")
                        .replace("%1", opened.ticket))
        else:
            self.w.status(self.tr("Ticket %1 opened.").replace("%1", opened.ticket))
        page.scan.focus()

    def load_preview(self) -> None:
        """Rasterise the latest render for the preview, off the UI thread."""
        visit, desk = self.visit, self.w.desk
        preview = self.page.printing.preview
        if visit is None or desk is None or visit.pdf is None:
            preview.wipe()
            return

        def done(pages: list[Any]) -> None:
            if self.visit is visit:
                preview.show_pages(pages)

        self.w.run_task(lambda: desk.preview(visit), done, lambda _error: preview.wipe())

    def _drop_stale(self, opened: OpenedVisit) -> None:
        if self.w.desk is not None:
            self.w.desk.close_visit(opened)

    def close_visit(self) -> None:
        """Take the visit off the screen and delete its rendered files."""
        if self.visit is not None and self.w.desk is not None:
            self.w.desk.close_visit(self.visit)
        self.visit = None
        page = self.page
        page.person.wipe()
        page.checklist.wipe()
        page.printing.show_rendered([])
        page.printing.preview.wipe()
        page.printing.set_visit_open(False)
        page.event_buttons.set_enabled(False)
        self.show_visit_label()
        self.closed.emit()
        page.scan.focus()

    def show_visit_label(self) -> None:
        if self.visit is None:
            self.page.visit_label.setText(self.tr("No visit open"))
            return
        entry = self.page.queue.entry(self.visit.visit_id)
        state = self.page.queue.state_text(entry.state) if entry else self.tr("not queued here")
        self.page.visit_label.setText(self.tr("Ticket %1 — %2").replace("%1", self.visit.ticket)
                                      .replace("%2", state))

    def mark(self, kind: str) -> None:
        visit, desk = self.visit, self.w.desk
        if visit is None or desk is None:
            return
        if kind == "left":
            self.w.dialogs.confirm(
                self.tr("Mark as left?"),
                self.tr("Ticket %1 will be marked as having left the town hall.")
                .replace("%1", visit.ticket),
                self.tr("Mark as left"), self.tr("Cancel"),
                lambda yes: self._record(lambda: desk.mark_left(visit.visit_id), kind) if yes
                else None,
                danger=True)
            return
        self._record(lambda: desk.mark(visit.visit_id, kind, visit), kind)

    def _record(self, work: Callable[[], Any], kind: str) -> None:
        ticket = self.visit.ticket if self.visit else ""

        def done(_event_id: Any) -> None:
            text = self.page.event_buttons.buttons[kind].accessibleName()
            self.w.status(self.tr("Ticket %1: %2.").replace("%1", ticket).replace("%2", text))
            self.w.refresh()
            self.page.scan.focus()

        self.w.run_task(work, done)

    def correct(self, changes: dict[str, str]) -> None:
        visit, desk = self.visit, self.w.desk
        if visit is None or desk is None or self.busy:
            return
        self.busy = True
        self.w.status(self.tr("Re-rendering the affected forms…"))
        self.w.run_task(lambda: desk.correct(visit, changes), self._corrected, self._correct_failed)

    def _corrected(self, affected: list[str]) -> None:
        self.busy = False
        if self.visit is None:
            return
        self.page.person.show_payload(self.visit.payload)
        self.page.checklist.show_stop(self.visit.stop, self.visit.flags,
                                      self.visit.missing_layouts, self.visit.routed_here)
        self.page.printing.show_rendered(affected)
        self.load_preview()
        self.page.visit_tabs.setCurrentWidget(self.page.printing)
        self.w.status(self.tr("Corrected. %n form(s) of this counter re-rendered.", "",
                            len(affected)))
        self.page.scan.focus()

    def _correct_failed(self, error: BaseException) -> None:
        if isinstance(error, CorrectionError):
            self.busy = False
            label = self.page.person.attr_text(error.key.rsplit(".", 1)[-1])
            self.page.person.show_error(self.tr("This value cannot be used: %1").replace("%1", label))
            return
        self.w.task_failed(error)

    def reprint(self, everything: bool) -> None:
        visit, desk = self.visit, self.w.desk
        if visit is None or desk is None or self.busy:
            return
        self.busy = True

        def work() -> str:
            if everything:
                desk.rerender(visit)
            return desk.reprint(visit)

        self.w.status(self.tr("Printing…"))
        self.w.run_task(work, self._printed, self._print_failed)

    def _printed(self, job_id: str) -> None:
        self.busy = False
        if self.visit is not None:
            self.page.printing.show_rendered(self.visit.rendered_forms)
            self.load_preview()
        self.w.status(self.tr("Printed (job %1).").replace("%1", job_id))
        self.w.refresh()
        self.page.scan.focus()

    def _print_failed(self, error: BaseException) -> None:
        if isinstance(error, PrintError):
            self.busy = False
            self.w.status(self.tr("The printer did not print (%1). The job is kept: retry it "
                                "from the list.").replace("%1", error.reason))
            self.w.refresh()
            return
        self.w.task_failed(error)

