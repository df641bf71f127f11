"""The channels compared: per channel (card, typed in, pre-application, walk-in…) the
visits, the median and 90% of the time at the kiosk and of the time at the town hall, and
that time against the pre-system survey and the −60% target; under the table, a bar chart
of the two medians, so the effect of pre-application reads at a glance.

The columns are those of the exports (``kiosk.statistics.channels.channel_titles``, in
the window's language); the figures are gathered with the rest (``data.gather``)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.statistics.channels import COMPARISON_SOURCES, ChannelFigures, channel_titles, channel_values
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.data import ManagerData
from kiosk.visits.vocabulary import CHANNEL_METRICS, Vocabulary

SHARES = 2  # the last columns are fractions (reduction, progress toward −60%)


def value_text(index: int, value: float | int | None, columns: int) -> str:
    """One cell: the visits as a count, minutes with one decimal, shares in percent."""
    if value is None:
        return "—"
    if index == 0:
        return str(value)
    return f"{value * 100:.1f}%" if index >= columns - SHARES else f"{value:.1f}"


class ChannelsPanel(Panel):
    def __init__(self, vocabulary: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("channelsPanel")
        self.vocabulary = vocabulary
        self.data: ManagerData | None = None
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("channels_note")
        self.note.setWordWrap(True)
        columns = 1 + 1 + 2 * len(CHANNEL_METRICS) + len(COMPARISON_SOURCES)
        self.channels_table = QTableWidget(0, columns, self)
        self.channels_table.setObjectName("channels_table")
        self.channels_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channels_table.setAlternatingRowColors(True)
        self.channels_table.verticalHeader().setVisible(False)
        header = self.channels_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(64)
        self.channels_chart = QChart()
        self.channels_chart.setObjectName("channels_chart")
        self.channels_view = QChartView(self.channels_chart, self)
        self.channels_view.setObjectName("channels_view")
        self.channels_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(self.note)
        layout.addWidget(self.channels_table, 1)
        layout.addWidget(self.channels_view, 1)
        self.retranslate_ui()

    @property
    def language(self) -> str:
        return LanguageSwitcher.shared().current

    def retranslate_ui(self) -> None:
        self.note.setText(self.tr(
            "Time at the kiosk (at the tablet) and time at the town hall (arrival to "
            "leaving), per way of coming in. Minutes; the survey comparison is the mean, "
            "weighted by each channel's own life events."))
        self.channels_table.setAccessibleName(self.tr("Figures per channel"))
        self.channels_view.setAccessibleName(self.tr("Median per channel chart"))
        self.channels_chart.setTitle(self.tr("Median minutes per channel"))
        self.show_data(self.data)

    def show_data(self, data: ManagerData | None) -> None:
        self.data = data
        rows = data.channels if data is not None else []
        titles = channel_titles(self.vocabulary, self.language)
        self.channels_table.setHorizontalHeaderLabels(titles)
        self.channels_table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = channel_values(row)
            cells = [self.vocabulary.channel_label(row.channel, self.language),
                     *(value_text(i, v, len(values)) for i, v in enumerate(values))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.channels_table.setItem(r, c, item)
        self._chart(rows)

    def _chart(self, rows: list[ChannelFigures]) -> None:
        chart = self.channels_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if not rows:
            return
        series = QHorizontalBarSeries()
        series.setObjectName("channels_series")
        for metric in CHANNEL_METRICS:
            bars = QBarSet(self.vocabulary.metric(metric).label.text(self.language))
            for row in rows:
                bars.append((row.of(metric).median or 0.0) / 60)
            series.append(bars)
        chart.addSeries(series)
        names, minutes = QBarCategoryAxis(), QValueAxis()
        names.append([self.vocabulary.channel_label(r.channel, self.language) for r in rows])
        minutes.setLabelFormat("%.0f")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(minutes, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(minutes)

    def cell_texts(self) -> list[list[str]]:
        """The table as text (tests)."""
        table = self.channels_table
        return [[(item.text() if (item := table.item(r, c)) is not None else "")
                 for c in range(table.columnCount())] for r in range(table.rowCount())]
