"""The kiosk's staff menu for its own failed print jobs: retry or discard, then close.

After the staff PIN, when the spool holds failed jobs, staff see them here before the
kiosk closes: which visit (the tail of its id), how long ago, and why (the plain sentence
of the fault). Retry sends the sealed job again from memory (``PrintQueue.print``, off
the UI thread); Discard deletes it (a clerk can still reprint it from the visit's personal
copy). No personal data is shown. With nothing waiting the PIN closes the kiosk at once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay

if TYPE_CHECKING:
    from kiosk.ui.tasks import Runner
    from printing.queue import PrintQueue, SpooledJob


class PrintJobsMenu(QObject):
    close_requested = Signal()  # staff are done: close the kiosk

    def __init__(self, host: QWidget, runner: Runner) -> None:
        super().__init__(host)
        self.runner = runner
        self.queue: PrintQueue | None = None
        self.jobs: list[SpooledJob] = []
        self.overlay = Overlay(host, "printJobsOverlay")
        card = self.overlay.card
        self.title = QLabel(card)
        self.title.setObjectName("printJobsTitle")
        self.title.setProperty("role", "title")
        self.job_list = QListWidget(card)
        self.job_list.setObjectName("printJobsList")
        self.job_list.setMinimumHeight(200)
        # Room around each row: the UD font's ascenders and descenders need it at every size.
        self.job_list.setStyleSheet("QListWidget::item { padding: 10px 4px; }")
        self.reason = QLabel(card)
        self.reason.setObjectName("printJobsReason")
        self.reason.setWordWrap(True)
        self.reason.setContentsMargins(0, 4, 0, 10)  # the UD font's descenders
        self.retry_button = make_button("printJobsRetry", card, role="primary")
        self.discard_button = make_button("printJobsDiscard", card, role="danger")
        self.close_button = make_button("printJobsClose", card)
        self.back_button = make_button("printJobsBack", card)
        row = QHBoxLayout()
        for button in (self.retry_button, self.discard_button):
            row.addWidget(button)
        bottom = QHBoxLayout()
        for button in (self.back_button, self.close_button):
            bottom.addWidget(button)
        body = self.overlay.body
        body.addWidget(self.title)
        body.addWidget(self.job_list, 1)
        body.addWidget(self.reason)
        body.addLayout(row)
        body.addLayout(bottom)
        self.job_list.currentRowChanged.connect(self._show_reason)
        self.retry_button.clicked.connect(self.retry)
        self.discard_button.clicked.connect(self.discard)
        self.back_button.clicked.connect(self.overlay.close_overlay)
        self.close_button.clicked.connect(self.close_requested.emit)
        host.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Print jobs waiting on this kiosk"))
        self.job_list.setAccessibleName(self.tr("Failed print jobs of this kiosk"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Send the selected job to the printer again"))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Delete the selected job"))
        self.close_button.setText(self.tr("Close the kiosk"))
        self.close_button.setAccessibleName(self.tr("Close the kiosk now"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the kiosk"))
        self._show(self.jobs)

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    def open_if_waiting(self, queue: PrintQueue) -> bool:
        """Open the menu when ``queue`` holds failed jobs; False (and nothing shown) if not."""
        self.queue = queue
        self._show(queue.failed())
        if not self.jobs:
            return False
        self.overlay.open()
        return True

    def _show(self, jobs: list[SpooledJob]) -> None:
        self.jobs = list(jobs)
        self.job_list.clear()
        now = datetime.now(UTC)
        for job in self.jobs:
            minutes = int(job.age(now).total_seconds() // 60)
            text = self.tr("Visit …%1 · %2 min ago · %3 · %4 attempt(s)").replace(
                "%1", job.visit_id[-8:] or job.job_id).replace("%2", str(minutes)).replace(
                "%3", job.code).replace("%4", str(job.attempts))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.job_id)
            self.job_list.addItem(item)
        if self.jobs:
            self.job_list.setCurrentRow(0)
        else:
            self.reason.setText(self.tr("No print job is waiting."))
        self.retry_button.setEnabled(bool(self.jobs))
        self.discard_button.setEnabled(bool(self.jobs))

    def _selected(self) -> SpooledJob | None:
        row = self.job_list.currentRow()
        return self.jobs[row] if 0 <= row < len(self.jobs) else None

    def _show_reason(self, _row: int) -> None:
        job = self._selected()
        if job is not None:
            self.reason.setText(job.reason[:1].upper() + job.reason[1:] + ".")

    def _refresh(self, message: str = "") -> None:
        if self.queue is not None:
            self._show(self.queue.failed())
        if message:
            self.reason.setText(message)
        self.retry_button.setEnabled(bool(self.jobs))

    def retry(self) -> None:
        job, queue = self._selected(), self.queue
        if job is None or queue is None:
            return
        self.retry_button.setEnabled(False)
        self.reason.setText(self.tr("Printing…"))
        self.runner.run(lambda: queue.print(job.job_id),
                        lambda _r: self._refresh(self.tr("Printed.")),
                        lambda exc: self._refresh(getattr(exc, "reason", "") and
                                                  self.tr("Not printed: %1.").replace(
                                                      "%1", getattr(exc, "reason", ""))))

    def discard(self) -> None:
        job, queue = self._selected(), self.queue
        if job is not None and queue is not None:
            queue.discard(job.job_id)
            self._refresh(self.tr("Discarded. A clerk can still reprint the visit's forms."))
