"""The kiosks' failed print jobs, in the clerk console: which kiosk, which visit, how long
ago, and why, with "Reprint here" and "Discard". Ids, times and reasons only: no
personal data. The work runs through the window's task runner (``KioskJobsController``),
on ``kiosk.app.kiosk_jobs.KioskJobs``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button

if TYPE_CHECKING:
    from kiosk.app.kiosk_jobs import KioskJobs
    from printing.failures import FailureRecord


def age_text(seconds: float) -> tuple[int, str]:
    """(number, unit) of a job's age: minutes under two hours, then hours."""
    minutes = int(seconds // 60)
    return (minutes, "min") if minutes < 120 else (minutes // 60, "h")


class KioskJobsPanel(Panel):
    reprint_requested = Signal(str, str)  # job id, visit id
    discard_requested = Signal(str)  # job id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskJobsPanel")
        self.failures: list[FailureRecord] = []
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("kioskJobsTitle")
        self.title.setProperty("role", "subtitle")
        self.failure_list = QListWidget(self)
        self.failure_list.setObjectName("failure_list")
        self.failure_list.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("kioskJobReason")
        self.reason.setWordWrap(True)
        row = QHBoxLayout()
        self.kiosk_reprint_button = make_button("kiosk_reprint_button", self, role="primary")
        self.kiosk_discard_button = make_button("kiosk_discard_button", self, role="danger")
        row.addWidget(self.kiosk_reprint_button)
        row.addWidget(self.kiosk_discard_button)
        layout.addWidget(self.title)
        layout.addWidget(self.failure_list, 1)
        layout.addWidget(self.reason)
        layout.addLayout(row)
        self.failure_list.currentRowChanged.connect(self._show_reason)
        self.kiosk_reprint_button.clicked.connect(self._reprint)
        self.kiosk_discard_button.clicked.connect(self._discard)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Kiosks' failed print jobs"))
        self.failure_list.setAccessibleName(self.tr("Print jobs that failed at a kiosk"))
        self.kiosk_reprint_button.setText(self.tr("Reprint here"))
        self.kiosk_reprint_button.setAccessibleName(
            self.tr("Print the selected visit's forms again on this counter's printer"))
        self.kiosk_discard_button.setText(self.tr("Discard at the kiosk"))
        self.kiosk_discard_button.setAccessibleName(
            self.tr("Give up on the selected job: the kiosk deletes it"))
        self.show_failures(self.failures)

    def item_text(self, record: FailureRecord) -> str:
        number, unit = age_text((self.now() - record.failed_at).total_seconds())
        age = (self.tr("%1 min ago") if unit == "min" else self.tr("%1 h ago")).replace(
            "%1", str(number))
        # UUIDv7 visit ids share their leading (time) digits: show the random tail.
        return self.tr("%1 · ticket %2 (visit …%3) · %4 · %5").replace(
            "%1", record.terminal_id).replace("%2", record.ticket or "—").replace(
            "%3", record.visit_id[-8:] or "—").replace("%4", age).replace("%5", record.code)

    def show_failures(self, failures: Sequence[FailureRecord]) -> None:
        self.failures = list(failures)
        self.failure_list.clear()
        for record in self.failures:
            item = QListWidgetItem(self.item_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.job_id)
            self.failure_list.addItem(item)
        if self.failures:
            self.failure_list.setCurrentRow(0)
        else:
            self.reason.setText(self.tr("No kiosk has a failed print job."))
        self.kiosk_reprint_button.setEnabled(bool(self.failures))
        self.kiosk_discard_button.setEnabled(bool(self.failures))

    def _selected(self) -> FailureRecord | None:
        row = self.failure_list.currentRow()
        return self.failures[row] if 0 <= row < len(self.failures) else None

    def _show_reason(self, _row: int) -> None:
        record = self._selected()
        if record is not None:
            self.reason.setText(record.reason[:1].upper() + record.reason[1:] + ".")

    def _reprint(self) -> None:
        record = self._selected()
        if record is not None:
            self.reprint_requested.emit(record.job_id, record.visit_id)

    def _discard(self) -> None:
        record = self._selected()
        if record is not None:
            self.discard_requested.emit(record.job_id)


class KioskJobsController(QObject):
    """Runs the panel's requests on the window's task runner and reports in its status."""

    def __init__(self, panel: KioskJobsPanel, jobs: Callable[[], KioskJobs | None],
                 run_task: Callable[..., None], status: Callable[[str], None],
                 refresh: Callable[[], None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.jobs = jobs
        self.run_task = run_task
        self.status = status
        self.refresh = refresh
        panel.reprint_requested.connect(self.reprint)
        panel.discard_requested.connect(self.discard)

    def reprint(self, job_id: str, visit_id: str) -> None:
        jobs = self.jobs()
        if jobs is None:
            return
        self.status(self.tr("Printing…"))
        self.run_task(lambda: jobs.reprint(job_id, visit_id), self._reprinted, self._failed)

    def discard(self, job_id: str) -> None:
        jobs = self.jobs()
        if jobs is not None:
            self.run_task(lambda: jobs.discard(job_id), lambda _ok: self._discarded(job_id),
                          self._failed)

    def _reprinted(self, job_id: Any) -> None:
        self.status(self.tr("Reprinted (job %1). The kiosk deletes its copy.")
                    .replace("%1", str(job_id)))
        self.refresh()

    def _discarded(self, job_id: str) -> None:
        self.status(self.tr("Discarded: the kiosk deletes job %1.").replace("%1", job_id))
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        reason = getattr(error, "reason", None) or str(error)
        self.status(self.tr("That did not work: %1.").replace("%1", reason))
        self.refresh()
