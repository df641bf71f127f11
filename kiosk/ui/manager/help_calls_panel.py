"""Where residents get stuck: the help calls of the period (issue 14 §1).

A headline (calls, not acknowledged, median and 90% time to acknowledge) and three small
tables: calls per screen, per reason, and per day. The figures are
``kiosk.statistics.help_calls.HelpCallStats`` (defined there), gathered with the rest of
the window's data (``kiosk.ui.manager.data.gather``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.statistics.help_calls import HelpCallStats
from kiosk.ui.clerk.panel import Panel


def seconds_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f}"


class HelpCallsPanel(Panel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpCallsStats")
        self.stats = HelpCallStats()
        layout = QVBoxLayout(self)
        self.headline = QLabel(self)
        self.headline.setObjectName("helpCallsHeadline")
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)
        row = QHBoxLayout()
        self.per_screen = self._table("help_calls_per_screen")
        self.per_reason = self._table("help_calls_per_reason")
        self.per_day = self._table("help_calls_per_day")
        for table in (self.per_screen, self.per_reason, self.per_day):
            row.addWidget(table)
        layout.addLayout(row, 1)
        self.retranslate_ui()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 2, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        return table

    def reason_text(self, reason: str) -> str:
        return {
            "pin_forgotten": self.tr("PIN forgotten"),
            "last_try": self.tr("Last PIN try"),
            "manual_entry": self.tr("Help with manual entry"),
            "print_failure": self.tr("Printing failed"),
            "resident": self.tr("Resident's own call"),
        }.get(reason, reason)

    def retranslate_ui(self) -> None:
        for table, first in ((self.per_screen, self.tr("Screen")),
                             (self.per_reason, self.tr("Reason")),
                             (self.per_day, self.tr("Day"))):
            table.setHorizontalHeaderLabels([first, self.tr("Calls")])
        self.per_screen.setAccessibleName(self.tr("Help calls per screen"))
        self.per_reason.setAccessibleName(self.tr("Help calls per reason"))
        self.per_day.setAccessibleName(self.tr("Help calls per day"))
        self.show_stats(self.stats)

    def show_stats(self, stats: HelpCallStats) -> None:
        self.stats = stats
        self.headline.setText(
            self.tr("%1 help call(s), %2 not acknowledged. Time to acknowledge: median "
                    "%3 s, 90% within %4 s.")
            .replace("%1", str(stats.calls)).replace("%2", str(stats.unacknowledged))
            .replace("%3", seconds_text(stats.acknowledge_median_seconds))
            .replace("%4", seconds_text(stats.acknowledge_p90_seconds)))
        self._fill(self.per_screen, list(stats.per_screen.items()))
        self._fill(self.per_reason, [(self.reason_text(r), n)
                                     for r, n in stats.per_reason.items()])
        self._fill(self.per_day, [(d.isoformat(), n) for d, n in stats.per_day.items()])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, int]]) -> None:
        table.setRowCount(len(rows))
        for i, (key, count) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(key))
            table.setItem(i, 1, QTableWidgetItem(str(count)))
