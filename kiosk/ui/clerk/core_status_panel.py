"""The open visit's records for the core system (基幹系連携): what was sent and the answer.

``CoreStatusPanel`` is a tab of the open visit: one row per record (procedure, person,
status, and the core system's reason for a returned one, or why a waiting one has not
gone yet). The statuses read 送信待ち / 送信済み / 受理 / 差戻し through the clerk area's
translations. The names come from the visit already open in the console (the data tab
shows them too); nothing here is logged.

``CoreStatusController`` runs the sender (``kiosk.app.submission_sender``) from a timer
off the UI thread, through the window's task runner, then reads the open visit's rows;
``kick()`` runs a round at once (after the clerk marks *Finished*). One round at a time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.core_records import SubmissionStatus
from kiosk.navigation.scenario import ScenarioError
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher

if TYPE_CHECKING:
    from kiosk.app.submission_queue import QueuedSubmission
    from kiosk.app.submission_sender import SubmissionSender
    from kiosk.ui.clerk.desk import OpenedVisit

log = logging.getLogger(__name__)

COLUMNS = 4
ROUND_EVERY_MS = 3_000


class CoreStatusPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coreStatusPanel")
        self.rows: list[QueuedSubmission] = []
        self.visit: OpenedVisit | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("coreStatusSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setObjectName("core_status_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)  # a long reason shows whole in its tooltip
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Procedure"), self.tr("Person"), self.tr("Status"), self.tr("Reason")])
        self.table.setAccessibleName(self.tr("Records sent to the core system"))
        self.show_rows(self.visit, self.rows)

    def status_text(self, status: SubmissionStatus) -> str:
        return {
            SubmissionStatus.QUEUED: self.tr("Waiting to send"),
            SubmissionStatus.SENT: self.tr("Sent"),
            SubmissionStatus.ACCEPTED: self.tr("Accepted"),
            SubmissionStatus.REJECTED: self.tr("Returned"),
        }[status]

    def _procedure(self, procedure_id: str) -> str:
        plan = self.visit.plan if self.visit is not None else None
        found = plan.find(procedure_id) if plan is not None else None
        return found.title.get(LanguageSwitcher.shared().current) if found else procedure_id

    def _person(self, member_id: str) -> str:
        scenario = self.visit.scenario if self.visit is not None else None
        if scenario is None:
            return member_id
        try:
            return scenario.member(member_id).name or member_id
        except ScenarioError:
            return member_id

    def show_rows(self, visit: OpenedVisit | None, rows: Sequence[QueuedSubmission]) -> None:
        self.visit, self.rows = visit, list(rows)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            why = row.reason if row.final else row.last_error
            cells = (self._procedure(row.procedure_id), self._person(row.member_id),
                     self.status_text(row.status), why)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(index, column, item)
        if visit is None:
            self.summary.setText(self.tr("No visit open."))
        elif not self.rows:
            self.summary.setText(self.tr("Nothing sent to the core system for this visit yet: "
                                         "its procedures go when you mark this counter "
                                         "finished."))
        else:
            done = sum(1 for r in self.rows if r.final)
            returned = sum(1 for r in self.rows if r.status is SubmissionStatus.REJECTED)
            self.summary.setText(
                self.tr("%1 record(s): %2 answered, %3 returned, %4 waiting.")
                .replace("%1", str(len(self.rows))).replace("%2", str(done))
                .replace("%3", str(returned)).replace("%4", str(len(self.rows) - done)))

    def wipe(self) -> None:
        self.show_rows(None, [])


class CoreStatusController(QObject):
    """Sends due records every few seconds and shows the open visit's rows."""

    def __init__(self, panel: CoreStatusPanel, sender: SubmissionSender | None,
                 open_visit: Callable[[], OpenedVisit | None],
                 run_task: Callable[[Callable[[], Any], Callable[[Any], None],
                                     Callable[[BaseException], None]], None],
                 parent: QObject | None = None, interval_ms: int = ROUND_EVERY_MS) -> None:
        super().__init__(parent)
        self.panel = panel
        self.core_sender = sender
        self.open_visit = open_visit
        self.run_task = run_task
        self.busy = False
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.kick)

    def start(self) -> None:
        if self.core_sender is not None:
            self.timer.start()
            self.kick()

    def stop(self) -> None:
        self.timer.stop()
        self.panel.wipe()

    def kick(self, *_args: object) -> None:
        """A round now: send what is due, then read the open visit's rows."""
        visit = self.open_visit()
        if visit is not self.panel.visit:
            self.panel.show_rows(visit, [])  # never show one visit's rows under another
        sender = self.core_sender
        if sender is None or self.busy:
            return
        self.busy = True
        visit_id = visit.visit_id if visit is not None else None

        def work() -> list[QueuedSubmission]:
            sender.send_due(limit=20)
            return sender.queue.of_visit(visit_id) if visit_id else []

        def done(rows: list[QueuedSubmission]) -> None:
            self.busy = False
            if self.open_visit() is visit:
                self.panel.show_rows(visit, rows)

        def failed(error: BaseException) -> None:
            self.busy = False  # the database is away: the next round tries again
            log.warning("core submissions round failed (%s)", type(error).__name__)

        self.run_task(work, done, failed)
