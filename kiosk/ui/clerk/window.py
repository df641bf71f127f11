"""``ClerkWindow``: the clerk console. It assembles the start page and the console page
and connects their panels to a ``ClerkDesk``; every call to the desk (database, render,
print) goes through the task runner, so the window never blocks.

Start-up: pick the counter, log in with a personal account and password (``kiosk.staff``;
the lock-out is kept in the database, the demo account exists only under ``--demo``).
Every view is audited under that account. Lock, or ``idle_lock_seconds`` untouched
(``IdleLock``), returns to the start page and wipes the open visit. A visit not routed to
this counter opens only after a reason is chosen (``RouteReasonPrompt``), audited. No
personal data goes to the window title, the status bar or the log: tickets and ids only.
The language button offers the configured ``ui.languages`` like the resident's top bar:
with two it toggles, with more it opens the language picker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QStatusBar

from kiosk import i18n
from kiosk.app.clerk_service import ClerkService
from kiosk.app.kiosk_jobs import KioskJobs
from kiosk.app.submission_sender import SubmissionSender
from kiosk.staff.access import Permission, StaffSession
from kiosk.staff.directory import LoginResult
from kiosk.staff.login import StaffLogin
from kiosk.ui.clerk.console_page import ConsolePage
from kiosk.ui.clerk.core_status_panel import CoreStatusController
from kiosk.ui.clerk.desk import ClerkDesk, OpenedVisit
from kiosk.ui.clerk.help_calls_panel import HelpCallsController
from kiosk.ui.clerk.idle_lock import IdleLock
from kiosk.ui.clerk.kiosk_jobs_panel import KioskJobsController
from kiosk.ui.clerk.onestop_controller import OneStopController
from kiosk.ui.clerk.route_reason import RouteReasonPrompt
from kiosk.ui.clerk.start_page import StartPage, department_label
from kiosk.ui.clerk.visits import VisitController
from kiosk.ui.dialogs import DialogService, OverlayDialogs
from kiosk.ui.help_calls import Chime, QtChime
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.tasks import Runner, TaskRunner
from kiosk.ui.widgets.language_picker import LanguagePicker
from kiosk.visits.clock import local_day, utc_now
from kiosk.visits.help_calls import HelpCalls
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
    login: StaffLogin
    today: Callable[[], date] = _today
    refresh_ms: int = 20_000
    core_sender: SubmissionSender | None = None  # the core-system link, when configured
    help_calls: HelpCalls | None = None  # the kiosks' calls for staff
    chime: Chime | None = None  # the help-call sound (QtChime when None)
    idle_lock_seconds: int = 300


class ClerkWindow(QMainWindow):
    def __init__(self, context: ClerkContext, *, department: str | None = None,
                 runner: Runner | None = None, dialogs: DialogService | None = None) -> None:
        super().__init__()
        self.setObjectName("clerkWindow")
        self.context = context
        self.runner: Runner = runner or TaskRunner()
        self.desk: ClerkDesk | None = None
        self.session: StaffSession | None = None
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
        self.route_reason = RouteReasonPrompt(self.stack)
        self.idle_lock = IdleLock(self, context.idle_lock_seconds * 1000)
        self.language_picker: LanguagePicker | None = None
        if len(i18n.languages()) > 2:
            self.language_picker = LanguagePicker(self.stack, i18n.languages())
            self.language_picker.chosen.connect(self._set_language)
        self.visits = VisitController(self, self)
        self.onestop = OneStopController(self, self.visits, context.catalog, self)
        self.kiosk_jobs: KioskJobs | None = None  # the kiosks' failed print jobs
        self.kiosk_jobs_controller = KioskJobsController(
            self.page.printing.kiosk_jobs, lambda: self.kiosk_jobs, self.run_task, self.status,
            self.refresh)
        self.core_status = CoreStatusController(
            self.page.core_status, context.core_sender, lambda: self.visits.visit,
            self.run_task, self)
        self.page.visit_tabs.setTabVisible(self.page.visit_tabs.indexOf(self.page.core_status),
                                           context.core_sender is not None)
        self.help_calls = HelpCallsController(
            self.page.help_calls, context.help_calls,
            lambda: self.desk.staff_id if self.desk is not None else None, self.run_task,
            context.chime or QtChime(), self)
        self.help_calls.alerted.connect(self.status)
        self.help_calls.start()
        self.timer = QTimer(self)
        self.timer.setInterval(context.refresh_ms)
        self._connect()
        self.retranslate_ui()

    # ------------------------------------------------------------------ wiring
    def _connect(self) -> None:
        page = self.page
        self.start_page.start_requested.connect(self._log_in)
        self.route_reason.chosen.connect(self.visits.open_visit)
        self.route_reason.cancelled.connect(self.page.scan.focus)
        self.idle_lock.expired.connect(self._idle_locked)
        page.scan.scanned.connect(self.visits.scan)
        page.queue.chosen.connect(self.visits.open_visit)
        page.queue.refresh_requested.connect(self.refresh)
        page.queue.walk_in_requested.connect(self.visits.walk_in)
        page.event_buttons.marked.connect(self.visits.mark)
        page.event_buttons.marked.connect(self.core_status.kick)  # after the mark's task
        page.person.correction_requested.connect(self.visits.correct)
        page.printing.reprint_requested.connect(self.visits.reprint)
        page.printing.retry_requested.connect(self.visits.retry)
        page.printing.discard_requested.connect(self.visits.discard)
        page.printing.refresh_requested.connect(self.refresh)
        page.lock_button.clicked.connect(self.lock)
        page.close_visit_button.clicked.connect(self.visits.close_visit)
        page.language_button.clicked.connect(self._toggle_language)
        self.timer.timeout.connect(self.refresh)

    def _life_event_label(self, code: str) -> str:
        event = self.context.catalog.events.get(code)
        if event is None:
            return code
        return str(event.title.get(LanguageSwitcher.shared().current))

    def retranslate_ui(self) -> None:
        title = self.tr("Clerk console")
        if self.desk is not None:
            department = self.context.catalog.departments.get(self.desk.department)
            if department is not None:
                label = department_label(department, LanguageSwitcher.shared().current)
                self.page.counter_label.setText(label)
                title = f"{title} — {label}"
        self.setWindowTitle(title)
        self.visits.show_visit_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F5–F9 record events, Ctrl+P prints, Esc closes the visit: from any field."""
        if self.stack.currentWidget() is self.page and not self.route_reason.is_open:
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
                self.visits.close_visit()
                event.accept()
                return
        super().keyPressEvent(event)

    def run_task(self, work: Callable[[], Any], done: Callable[[Any], None],
             failed: Callable[[BaseException], None] | None = None) -> None:
        self.runner.run(work, done, failed or self.task_failed)

    def task_failed(self, error: BaseException) -> None:
        self.visits.busy = False
        log.warning("clerk console task failed (%s)", type(error).__name__)
        self.status(self.tr("That did not work (%1). Try again, or call IT support.")
                    .replace("%1", type(error).__name__))
        self.page.scan.focus()

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text)

    # ------------------------------------------------------------------ start and lock
    def _log_in(self, department: str, account_id: str, password: str) -> None:
        """Check the password off the UI thread (argon2id takes a moment)."""
        self.start_page.message.setText(self.tr("Checking…"))
        self.run_task(lambda: self.context.login.authenticate(account_id, password),
                      lambda result: self._logged_in(department, result))

    def _logged_in(self, department: str, result: LoginResult) -> None:
        message = self.start_page.message
        if result.session is not None and result.session.can(Permission.CLERK_CONSOLE):
            message.clear()
            self._begin(department, result.session)
        elif result.unconfigured:
            message.setText(self.tr("No staff accounts exist yet: IT staff add them with "
                                    "`kiosk staff add` (or start a demo with --demo)."))
        elif result.locked:
            message.setText(self.tr("Too many wrong passwords. Try again in %n second(s).", "",
                                    result.seconds_left))
        else:
            message.setText(self.tr("Wrong staff number or password. %n try(s) left before "
                                    "the lock-out.", "", result.attempts_left))
        if self.desk is None:
            self.start_page.password.setFocus()

    def _begin(self, department: str, session: StaffSession) -> None:
        staff_id = session.account_id  # the audit's "who" is the account that logged in
        self.session = session
        c = self.context
        self.desk = ClerkDesk(c.clerk, c.navigator, c.printer, department, staff_id,
                              today=c.today)
        self.kiosk_jobs = KioskJobs(c.clerk, c.navigator, c.printer, staff_id)
        self.stack.setCurrentWidget(self.page)
        self.start_page.staff_id.clear()
        self.retranslate_ui()
        self.timer.start()
        self.core_status.start()
        self.page.help_calls.set_staff_ready(True)
        self.refresh()
        self.page.scan.focus()
        self.idle_lock.arm()
        log.info("clerk console opened for %s", department)

    def lock(self) -> None:
        """Back to the start page: the visit is closed and its files deleted."""
        self.idle_lock.disarm()
        if self.route_reason.is_open:
            self.route_reason.cancel()
        self.session = None
        self.visits.close_visit()
        self.timer.stop()
        self.core_status.stop()
        self.page.help_calls.set_staff_ready(False)
        if self.desk is not None:
            self.desk.close()
        self.desk = None
        self.kiosk_jobs = None
        self.page.queue.set_entries([])
        self.stack.setCurrentWidget(self.start_page)
        self.start_page.staff_id.setFocus()

    def _idle_locked(self) -> None:
        self.lock()
        minutes = max(1, self.context.idle_lock_seconds // 60)
        self.start_page.message.setText(self.tr("Locked after %n minute(s) without use. "
                                                "Log in again.", "", minutes))

    def ask_route_reason(self, visit_id: str) -> None:
        self.route_reason.ask(visit_id)

    def _toggle_language(self) -> None:
        switcher = LanguageSwitcher.shared()
        if self.language_picker is not None:
            self.language_picker.open(switcher.current)
            return
        others = [x for x in i18n.languages() if x != switcher.current]
        self._set_language(others[0] if others else switcher.current)

    def _set_language(self, language: str) -> None:
        LanguageSwitcher.shared().set_language(language)
        for widget in (self, self.page, self.page.queue, self.page.checklist, self.start_page,
                       self.route_reason):
            widget.retranslate_ui()
        self.page.scan.focus()

    # ------------------------------------------------------------------ queue and jobs
    def refresh(self) -> None:
        desk = self.desk
        if desk is None or self._refreshing:
            return
        self._refreshing = True

        kiosk_jobs = self.kiosk_jobs

        def work() -> tuple[list[Any], list[Any], list[Any]]:
            desk.clerk.recorder.sync()
            failures = kiosk_jobs.failures() if kiosk_jobs is not None else []
            return desk.queue(), desk.jobs(), failures

        def done(result: tuple[list[Any], list[Any], list[Any]]) -> None:
            self._refreshing = False
            self.page.queue.set_entries(result[0])
            self.page.printing.show_jobs(result[1])
            self.page.printing.kiosk_jobs.show_failures(result[2])
            self.visits.show_visit_label()

        def failed(error: BaseException) -> None:
            self._refreshing = False
            self.task_failed(error)

        self.run_task(work, done, failed)

    # The open visit, for callers that hold the window (tests, scripted demos).
    @property
    def visit(self) -> OpenedVisit | None:
        return self.visits.visit

    def open_visit(self, visit_id: str) -> None:
        self.visits.open_visit(visit_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.help_calls.stop()
        super().closeEvent(event)

