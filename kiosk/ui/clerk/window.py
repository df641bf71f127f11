"""``ClerkWindow``: the clerk console. It assembles the start page and the console page
and connects their panels to a ``ClerkDesk``; every call to the desk (database, render,
print) goes through the task runner, so the window never blocks.

Start-up: pick the counter and enter the staff number, then the staff PIN
(``StaffPinPrompt`` with the configured ``StaffGate``; digits may be typed). Lock returns
to the start page and wipes the open visit. No personal data goes to the window title,
the status bar or the log: tickets and ids only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QStatusBar

from kiosk.metrics.clerk import ClerkService
from kiosk.metrics.clock import local_day, utc_now
from kiosk.security import StaffGate
from kiosk.ui.clerk.console_page import ConsolePage
from kiosk.ui.clerk.desk import ClerkDesk, OpenedVisit
from kiosk.ui.clerk.payload import CorrectionError
from kiosk.ui.clerk.start_page import StartPage, department_label
from kiosk.ui.dialogs import DialogService, OverlayDialogs
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.tasks import Runner, TaskRunner
from kiosk.ui.widgets.staff_pin import StaffPinPrompt
from printing.backends.base import PrintError
from printing.queue import PrintQueue

log = logging.getLogger(__name__)


def _today() -> date:
    return local_day(utc_now())


@dataclass
class ClerkContext:
    """What the console needs, built once by ``kiosk clerk`` (or by a test)."""

    clerk: ClerkService
    catalog: Any  # forms.catalog Catalog: departments and life-event names
    navigator: Any  # kiosk.navigation.engine.Navigator
    printer: PrintQueue
    gate: StaffGate
    today: Callable[[], date] = _today
    refresh_ms: int = 20_000


class ClerkWindow(QMainWindow):
    def __init__(self, context: ClerkContext, *, department: str | None = None,
                 runner: Runner | None = None, dialogs: DialogService | None = None) -> None:
        super().__init__()
        self.setObjectName("clerkWindow")
        self.context = context
        self.runner: Runner = runner or TaskRunner()
        self.desk: ClerkDesk | None = None
        self.visit: OpenedVisit | None = None
        self.busy = False
        self._pending: tuple[str, str] | None = None
        self._opening: str | None = None
        self._refreshing = False
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralArea")
        self.setCentralWidget(self.stack)
        departments = sorted(context.catalog.departments.values(), key=lambda d: d.order)
        self.start_page = StartPage(departments, department, self.stack)
        self.page = ConsolePage(self._life_event_label, self.stack)
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.page)
        self.setStatusBar(QStatusBar(self))
        self.statusBar().setObjectName("status_bar")
        self.dialogs: DialogService = dialogs or OverlayDialogs(self.stack)
        self.staff_pin = StaffPinPrompt(self.stack, context.gate)
        self.timer = QTimer(self)
        self.timer.setInterval(context.refresh_ms)
        self._connect()
        self.installEventFilter(self)
        self.retranslate_ui()

    # ------------------------------------------------------------------ wiring
    def _connect(self) -> None:
        page = self.page
        self.start_page.start_requested.connect(self._ask_pin)
        self.staff_pin.accepted.connect(self._begin)
        self.staff_pin.cancelled.connect(self.start_page.staff_id.setFocus)
        page.scan.scanned.connect(self.scan)
        page.queue.chosen.connect(self.open_visit)
        page.queue.refresh_requested.connect(self.refresh)
        page.event_buttons.marked.connect(self.mark)
        page.person.correction_requested.connect(self.correct)
        page.printing.reprint_requested.connect(self.reprint)
        page.printing.retry_requested.connect(self._retry)
        page.printing.discard_requested.connect(self._discard)
        page.printing.refresh_requested.connect(self.refresh)
        page.lock_button.clicked.connect(self.lock)
        page.close_visit_button.clicked.connect(self.close_visit)
        page.language_button.clicked.connect(self._toggle_language)
        self.timer.timeout.connect(self.refresh)

    def _life_event_label(self, code: str) -> str:
        event = self.context.catalog.events.get(code)
        if event is None:
            return code
        english = LanguageSwitcher.shared().current == "en"
        return str(event.title.en if english and event.title.en else event.title.ja)

    def retranslate_ui(self) -> None:
        title = self.tr("Clerk console")
        if self.desk is not None:
            department = self.context.catalog.departments.get(self.desk.department)
            if department is not None:
                label = department_label(department, LanguageSwitcher.shared().current)
                self.page.counter_label.setText(label)
                title = f"{title} — {label}"
        self.setWindowTitle(title)
        self._show_visit_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Typed digits go to the staff PIN prompt while it is open (desk keyboards)."""
        if self.staff_pin.is_open and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            keypad = self.staff_pin.keypad
            if event.text().isdigit() and len(event.text()) == 1:
                keypad.digit.emit(event.text())
                return True
            if event.key() == Qt.Key.Key_Backspace:
                keypad.backspace.emit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                keypad.submit.emit()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F5–F9 record events, Ctrl+P prints, Esc closes the visit: from any field."""
        if self.stack.currentWidget() is self.page and not self.staff_pin.is_open:
            key = event.key()
            if Qt.Key.Key_F5 <= key <= Qt.Key.Key_F9:
                kind = self.page.event_buttons.kind_for_key(f"F{key - Qt.Key.Key_F1 + 1}")
                button = self.page.event_buttons.buttons.get(kind or "")
                if button is not None and button.isEnabled():
                    button.click()
                event.accept()
                return
            if key == Qt.Key.Key_P and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if self.page.printing.reprint_button.isEnabled():
                    self.page.printing.reprint_button.click()
                event.accept()
                return
            if key == Qt.Key.Key_Escape:
                self.close_visit()
                event.accept()
                return
        super().keyPressEvent(event)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self.runner.run(work, done, failed or self._failed)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        log.warning("clerk console task failed (%s)", type(error).__name__)
        self.status(self.tr("That did not work (%1). Try again, or call IT support.")
                    .replace("%1", type(error).__name__))
        self.page.scan.focus()

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    # ------------------------------------------------------------------ start and lock
    def _ask_pin(self, department: str, staff_id: str) -> None:
        self._pending = (department, staff_id)
        self.staff_pin.open()

    def _begin(self) -> None:
        if self._pending is None:
            return
        department, staff_id = self._pending
        c = self.context
        self.desk = ClerkDesk(c.clerk, c.navigator, c.printer, department, staff_id,
                              today=c.today)
        self.stack.setCurrentWidget(self.page)
        self.start_page.staff_id.clear()
        self.retranslate_ui()
        self.timer.start()
        self.refresh()
        self.page.scan.focus()
        log.info("clerk console opened for %s", department)

    def lock(self) -> None:
        """Back to the start page: the visit is closed and its files deleted."""
        self.close_visit()
        self.timer.stop()
        if self.desk is not None:
            self.desk.close()
        self.desk = None
        self.page.queue.set_entries([])
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.staff_id.setFocus()

    def _toggle_language(self) -> None:
        switcher = LanguageSwitcher.shared()
        switcher.set_language("en" if switcher.current == "ja" else "ja")
        for widget in (self, self.page, self.page.queue, self.page.checklist, self.start_page):
            widget.retranslate_ui()
        self.page.scan.focus()

    # ------------------------------------------------------------------ queue and jobs
    def refresh(self) -> None:
        desk = self.desk
        if desk is None or self._refreshing:
            return
        self._refreshing = True

        def work() -> tuple[list[Any], list[Any]]:
            desk.clerk.recorder.sync()
            return desk.queue(), desk.jobs()

        def done(result: tuple[list[Any], list[Any]]) -> None:
            self._refreshing = False
            self.page.queue.set_entries(result[0])
            self.page.printing.show_jobs(result[1])
            self._show_visit_label()

        def failed(error: BaseException) -> None:
            self._refreshing = False
            self._failed(error)

        self._run(work, done, failed)

    def _retry(self, job_id: str) -> None:
        if self.desk is not None:
            desk = self.desk
            self._run(lambda: desk.retry(job_id), lambda _r: self._printed(job_id),
                      self._print_failed)

    def _discard(self, job_id: str) -> None:
        if self.desk is not None:
            desk = self.desk
            self._run(lambda: desk.discard(job_id), lambda _r: self.refresh())

    # ------------------------------------------------------------------ visits
    def scan(self, text: str) -> None:
        desk = self.desk
        if desk is None:
            return
        self._run(lambda: desk.find(text), self._found)

    def _found(self, visit_id: str | None) -> None:
        if visit_id is None:
            self.status(self.tr("No visit matches that code."))
            self.page.scan.focus()
            return
        self.open_visit(visit_id)

    def open_visit(self, visit_id: str) -> None:
        desk = self.desk
        if desk is None:
            return
        self.close_visit()
        self._opening = visit_id
        self._run(lambda: desk.open_visit(visit_id), self._opened)

    def _opened(self, opened: OpenedVisit) -> None:
        if self.desk is None or self._opening != opened.visit_id:
            # Locked, or another visit was asked for meanwhile: show nothing of this one.
            self._drop_stale(opened)
            return
        self._opening = None
        self.visit = opened
        page = self.page
        page.person.show_payload(opened.payload)
        page.checklist.show_stop(opened.stop, opened.flags, opened.missing_layouts,
                                 opened.routed_here)
        page.printing.set_visit_open(opened.scenario is not None)
        page.printing.show_rendered(opened.rendered_forms)
        page.event_buttons.set_enabled(True)
        self._show_visit_label()
        if opened.problem == "expired":
            self.status(self.tr("Ticket %1: the prefilled data is no longer kept.")
                        .replace("%1", opened.ticket))
        elif opened.problem == "invalid":
            self.status(self.tr("Ticket %1: the prefilled data cannot be read.")
                        .replace("%1", opened.ticket))
        else:
            self.status(self.tr("Ticket %1 opened.").replace("%1", opened.ticket))
        page.scan.focus()

    def _drop_stale(self, opened: OpenedVisit) -> None:
        if self.desk is not None:
            self.desk.close_visit(opened)

    def close_visit(self) -> None:
        """Take the visit off the screen and delete its rendered files."""
        if self.visit is not None and self.desk is not None:
            self.desk.close_visit(self.visit)
        self.visit = None
        page = self.page
        page.person.wipe()
        page.checklist.wipe()
        page.printing.show_rendered([])
        page.printing.set_visit_open(False)
        page.event_buttons.set_enabled(False)
        self._show_visit_label()
        page.scan.focus()

    def _show_visit_label(self) -> None:
        if self.visit is None:
            self.page.visit_label.setText(self.tr("No visit open"))
            return
        entry = self.page.queue.entry(self.visit.visit_id)
        state = self.page.queue.state_text(entry.state) if entry else self.tr("not queued here")
        self.page.visit_label.setText(self.tr("Ticket %1 — %2").replace("%1", self.visit.ticket)
                                      .replace("%2", state))

    def mark(self, kind: str) -> None:
        visit, desk = self.visit, self.desk
        if visit is None or desk is None:
            return
        if kind == "left":
            self.dialogs.confirm(
                self.tr("Mark as left?"),
                self.tr("Ticket %1 will be marked as having left the town hall.")
                .replace("%1", visit.ticket),
                self.tr("Mark as left"), self.tr("Cancel"),
                lambda yes: self._record(lambda: desk.mark_left(visit.visit_id), kind) if yes
                else None,
                danger=True)
            return
        self._record(lambda: desk.mark(visit.visit_id, kind), kind)

    def _record(self, work: Callable[[], Any], kind: str) -> None:
        ticket = self.visit.ticket if self.visit else ""

        def done(_event_id: Any) -> None:
            text = self.page.event_buttons.buttons[kind].accessibleName()
            self.status(self.tr("Ticket %1: %2.").replace("%1", ticket).replace("%2", text))
            self.refresh()
            self.page.scan.focus()

        self._run(work, done)

    def correct(self, changes: dict[str, str]) -> None:
        visit, desk = self.visit, self.desk
        if visit is None or desk is None or self.busy:
            return
        self.busy = True
        self.status(self.tr("Re-rendering the affected forms…"))
        self._run(lambda: desk.correct(visit, changes), self._corrected, self._correct_failed)

    def _corrected(self, affected: list[str]) -> None:
        self.busy = False
        if self.visit is None:
            return
        self.page.person.show_payload(self.visit.payload)
        self.page.checklist.show_stop(self.visit.stop, self.visit.flags,
                                      self.visit.missing_layouts, self.visit.routed_here)
        self.page.printing.show_rendered(affected)
        self.page.visit_tabs.setCurrentWidget(self.page.printing)
        self.status(self.tr("Corrected. %n form(s) of this counter re-rendered.", "",
                            len(affected)))
        self.page.scan.focus()

    def _correct_failed(self, error: BaseException) -> None:
        if isinstance(error, CorrectionError):
            self.busy = False
            label = self.page.person.attr_text(error.key.rsplit(".", 1)[-1])
            self.page.person.show_error(self.tr("This value cannot be used: %1").replace("%1", label))
            return
        self._failed(error)

    def reprint(self, everything: bool) -> None:
        visit, desk = self.visit, self.desk
        if visit is None or desk is None or self.busy:
            return
        self.busy = True

        def work() -> str:
            if everything:
                desk.rerender(visit)
            return desk.reprint(visit)

        self.status(self.tr("Printing…"))
        self._run(work, self._printed, self._print_failed)

    def _printed(self, job_id: str) -> None:
        self.busy = False
        if self.visit is not None:
            self.page.printing.show_rendered(self.visit.rendered_forms)
        self.status(self.tr("Printed (job %1).").replace("%1", job_id))
        self.refresh()
        self.page.scan.focus()

    def _print_failed(self, error: BaseException) -> None:
        if isinstance(error, PrintError):
            self.busy = False
            self.status(self.tr("The printer did not print (%1). The job is kept: retry it "
                                "from the list.").replace("%1", error.reason))
            self.refresh()
            return
        self._failed(error)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        super().closeEvent(event)

