"""The last page: ``kiosk doctor`` on the new configuration, each finding in plain words.

It runs each time the page is shown (and again on "Check again"), off the UI thread, and
ends with the verdict: "This terminal is ready", or the areas that still need attention.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.setup import DoctorReport, SetupStop, run_doctor
from kiosk.doctor import Status
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.setup.step_page import spaced, text_label, while_alive
from kiosk.ui.tasks import Runner
from kiosk.ui.widgets.factories import make_button

SEVERITY = {Status.FAIL: 0, Status.WARN: 1, Status.OK: 2}  # what needs the clerk comes first
ROW_AIR = 10  # pixels added to each row's own height


class DoctorPage(Panel):
    def __init__(self, path: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.runner = path, runner
        self.report: DoctorReport | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(12)
        self.title = text_label("title", self, role="title")
        self.hint = text_label("hint", self, role="hint")
        self.verdict_text = ""  # what ``verdict`` shows, as plain text
        self.findings = QTableWidget(0, 3, self)
        self.findings.setObjectName("findings")
        self.findings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.findings.setWordWrap(True)
        self.findings.verticalHeader().hide()
        header = self.findings.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdict = text_label("verdict", self, role="subtitle")
        row = QHBoxLayout()
        self.again_button = make_button("again_button", self)
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(240)
        self.busy_bar.hide()
        row.addWidget(self.again_button)
        row.addWidget(self.busy_bar)
        row.addStretch(1)
        for widget in (self.title, self.hint, self.findings, self.verdict):
            outer.addWidget(widget)
        outer.addLayout(row)
        self.again_button.clicked.connect(self.entered)
        self.retranslate_ui()

    def entered(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.busy_bar.show()
        self.again_button.setEnabled(False)
        self.report = None
        self.findings.setRowCount(0)
        self._show_verdict("subtitle", self.tr("Checking…"))
        self.runner.run(partial(run_doctor, self.path), while_alive(self, self._show),
                        while_alive(self, self._failed))

    def _finish(self) -> None:
        self.busy = False
        self.busy_bar.hide()
        self.again_button.setEnabled(True)

    def _show(self, report: object) -> None:
        assert isinstance(report, DoctorReport)
        self._finish()
        self.report = report
        self.retranslate_ui()

    def _failed(self, error: BaseException) -> None:
        self._finish()
        reason = str(error) if isinstance(error, SetupStop) else type(error).__name__
        self._show_verdict("warning", self.tr("The checks could not run: %1").replace("%1", reason))

    def _show_verdict(self, role: str, text: str) -> None:
        self.verdict_text = text
        self.verdict.setProperty("role", role)
        self.verdict.setText(spaced(text))
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _status_text(self, status: Status) -> str:
        return {Status.OK: "✔ " + self.tr("OK"), Status.WARN: "△ " + self.tr("Warning"),
                Status.FAIL: "✘ " + self.tr("Needs attention")}[status]

    def _fill(self, report: DoctorReport) -> None:
        self.findings.setRowCount(len(report.findings))
        worst_first = sorted(report.findings, key=lambda f: SEVERITY[f.status])
        for row, finding in enumerate(worst_first):
            cells = (self._status_text(finding.status), finding.area, finding.message)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.findings.setItem(row, column, item)
        self.findings.resizeRowsToContents()
        for row in range(self.findings.rowCount()):  # the UD font's 1 em lines need air
            self.findings.setRowHeight(row, self.findings.rowHeight(row) + ROW_AIR)
        if report.ready:
            self._show_verdict("subtitle", self.tr("This terminal is ready."))
        else:
            self._show_verdict("warning", self.tr(
                "Still needs attention: %1. Fix it (go back to its step, or see its line "
                "above), then check again.").replace("%1", ", ".join(report.needs_attention)))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Final check (kiosk doctor)"))
        self.hint.setText(spaced(self.tr("Everything this terminal needs, checked with the "
                                         "answers you saved.")))
        self.findings.setHorizontalHeaderLabels(
            [self.tr("Status"), self.tr("Part"), self.tr("What was found")])
        self.findings.setAccessibleName(self.tr("Findings of the final check"))
        self.again_button.setText(self.tr("Check again"))
        self.again_button.setAccessibleName(self.tr("Run the final check again"))
        self.busy_bar.setAccessibleName(self.tr("Checking, please wait"))
        if self.report is not None:
            self._fill(self.report)
