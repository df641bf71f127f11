"""Reprints and a preview: the latest render of this counter's forms (after a correction, only the
forms it touched), a full reprint, and the print jobs still spooled (failed or queued)
with Retry and Discard, and below them the kiosks' failed print jobs (``KioskJobsPanel``).
Jobs are listed by id and state only: no personal data."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.ui.clerk.checklist_panel import form_title
from kiosk.ui.clerk.kiosk_jobs_panel import KioskJobsPanel
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.clerk.preview_panel import PreviewPanel
from kiosk.ui.screens.base import make_button


class PrintPanel(Panel):
    reprint_requested = Signal(bool)  # True: re-render every form of the counter first
    retry_requested = Signal(str)  # job id
    discard_requested = Signal(str)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printPanel")
        self.rendered: list[str] = []
        self.jobs: list[Any] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        left = QWidget(self)
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewPanel(self)
        outer.addWidget(left, 1)
        outer.addWidget(self.preview, 1)
        self.rendered_label = QLabel(self)
        self.rendered_label.setObjectName("renderedLabel")
        self.rendered_label.setWordWrap(True)
        buttons = QHBoxLayout()
        self.reprint_button = make_button("reprint_button", self, role="primary")
        self.reprint_all_button = make_button("reprint_all_button", self)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.reprint_all_button)
        self.jobs_title = QLabel(self)
        self.jobs_title.setObjectName("jobsTitle")
        self.jobs_title.setProperty("role", "subtitle")
        self.job_list = QListWidget(self)
        self.job_list.setObjectName("job_list")
        job_buttons = QHBoxLayout()
        self.retry_button = make_button("retry_button", self)
        self.discard_button = make_button("discard_button", self, role="danger")
        self.jobs_refresh_button = make_button("jobs_refresh_button", self)
        for button in (self.retry_button, self.discard_button, self.jobs_refresh_button):
            job_buttons.addWidget(button)
        layout.addWidget(self.rendered_label)
        layout.addLayout(buttons)
        layout.addWidget(self.jobs_title)
        layout.addWidget(self.job_list, 1)
        layout.addLayout(job_buttons)
        self.kiosk_jobs = KioskJobsPanel(left)
        layout.addWidget(self.kiosk_jobs, 1)
        self.reprint_button.clicked.connect(lambda: self.reprint_requested.emit(False))
        self.reprint_all_button.clicked.connect(lambda: self.reprint_requested.emit(True))
        self.retry_button.clicked.connect(lambda: self._job_action(self.retry_requested))
        self.discard_button.clicked.connect(lambda: self._job_action(self.discard_requested))
        self.jobs_refresh_button.clicked.connect(self.refresh_requested.emit)
        self.set_visit_open(False)
        self.retranslate_ui()

    def state_text(self, state: str) -> str:
        return {"queued": self.tr("queued"), "failed": self.tr("failed"),
                "printing": self.tr("printing")}.get(state, state)

    def retranslate_ui(self) -> None:
        self.reprint_button.setText(self.tr("Print these forms [Ctrl+P]"))
        self.reprint_button.setAccessibleName(self.tr("Print the latest rendered forms"))
        self.reprint_all_button.setText(self.tr("Reprint all forms here"))
        self.reprint_all_button.setAccessibleName(
            self.tr("Render and print every form of this counter again"))
        self.jobs_title.setText(self.tr("Print jobs waiting"))
        self.job_list.setAccessibleName(self.tr("Print jobs waiting for a reprint"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setAccessibleName(self.tr("Retry the selected print job"))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setAccessibleName(self.tr("Discard the selected print job"))
        self.jobs_refresh_button.setText(self.tr("Refresh"))
        self.jobs_refresh_button.setAccessibleName(self.tr("Refresh the print jobs"))
        self.show_rendered(self.rendered)
        self.show_jobs(self.jobs)

    def set_visit_open(self, is_open: bool) -> None:
        self.reprint_button.setEnabled(is_open and bool(self.rendered))
        self.reprint_all_button.setEnabled(is_open)

    def show_rendered(self, form_ids: Sequence[str]) -> None:
        self.rendered = list(dict.fromkeys(form_ids))
        if self.rendered:
            titles = "、".join(form_title(f) for f in self.rendered)
            self.rendered_label.setText(self.tr("Rendered: %1").replace("%1", titles))
        else:
            self.rendered_label.setText(self.tr("No form of this counter is rendered."))
        self.reprint_button.setEnabled(bool(self.rendered) and self.reprint_all_button.isEnabled())

    def show_jobs(self, jobs: Sequence[Any]) -> None:
        self.jobs = list(jobs)
        self.job_list.clear()
        for job in self.jobs:
            text = self.tr("Job %1: %2, %3 attempt(s)").replace("%1", job.job_id).replace(
                "%2", self.state_text(job.state)).replace("%3", str(job.attempts))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, job.job_id)
            self.job_list.addItem(item)
        has = bool(self.jobs)
        self.retry_button.setEnabled(has)
        self.discard_button.setEnabled(has)

    def _job_action(self, signal: Any) -> None:
        item = self.job_list.currentItem() or self.job_list.item(0)
        if item is not None:
            signal.emit(str(item.data(Qt.ItemDataRole.UserRole)))
