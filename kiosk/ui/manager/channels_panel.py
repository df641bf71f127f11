"""The channels compared: per channel (card, typed in, pre-application, walk-in…) the
visits, the median and 90% of the time at the kiosk and of the time at the town hall, and
that time against the pre-system survey and the −60% target; under the table, one bar
chart per figure (each on its own scale, values on the bars: a minute at the kiosk would
be a sliver beside an hour at the town hall), so the effect of pre-application reads at a
glance.

The columns are those of the exports (``kiosk.statistics.channels.channel_titles``, in
the window's language); the figures are gathered with the rest (``data.gather``)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
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
        figures = 1 + 2 * len(CHANNEL_METRICS) + len(COMPARISON_SOURCES)
        self.channels_table = QTableWidget(figures, 1, self)
        self.channels_table.setObjectName("channels_table")
        self.channels_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.channels_table.setAlternatingRowColors(True)
        self.channels_table.verticalHeader().setVisible(False)
        header = self.channels_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # channel names wrap rather than being cut short (and the full name is a tooltip)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setMinimumHeight(3 * header.fontMetrics().height() + 8)
        charts = QHBoxLayout()
        self.charts: dict[str, QChart] = {}
        self.chart_views: dict[str, QChartView] = {}
        for metric in CHANNEL_METRICS:
            chart = self.charts[metric] = QChart()
            chart.setObjectName(f"{metric}_channels_chart")
            view = self.chart_views[metric] = QChartView(chart, self)
            view.setObjectName(f"{metric}_channels_view")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            charts.addWidget(view, 1)
        layout.addWidget(self.note)
        # compact rows, and the charts tall enough to name every channel; the splitter
        # lets the manager give either more room
        rows = self.channels_table.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.channels_table.setSizeAdjustPolicy(
            QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        chart_area = QWidget(self)
        chart_area.setLayout(charts)
        chart_area.setMinimumHeight(240)
        charts.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("channels_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.channels_table)
        self.splitter.addWidget(chart_area)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
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
        self.splitter.setAccessibleName(self.tr("Divider between the table and the charts"))
        for metric, view in self.chart_views.items():
            label = self.vocabulary.metric(metric).label.text(self.language)
            view.setAccessibleName(self.tr("Chart of the median %1 per channel").replace("%1", label))
            self.charts[metric].setTitle(self.tr("%1: median per channel (minutes)").replace("%1", label))
        self.show_data(self.data)

    def show_data(self, data: ManagerData | None) -> None:
        """One column per channel, one row per figure: the exports' table turned on its
        side, so the long figure names read in full and a figure compares along its row."""
        self.data = data
        rows = data.channels if data is not None else []
        table = self.channels_table
        _channel, *figures = channel_titles(self.vocabulary, self.language)
        table.setColumnCount(1 + len(rows))
        table.setHorizontalHeaderLabels(  # the first column holds the figures' names
            ["", *(self.vocabulary.channel_label(r.channel, self.language) for r in rows)])
        for c in range(1, table.columnCount()):
            name = table.horizontalHeaderItem(c)
            if name is not None:
                name.setToolTip(name.text())
        for r, title in enumerate(figures):
            table.setItem(r, 0, QTableWidgetItem(title))
        for c, row in enumerate(rows, start=1):
            values = channel_values(row)
            for r, value in enumerate(values):
                item = QTableWidgetItem(value_text(r, value, len(values)))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        self._chart(rows)

    def _chart(self, rows: list[ChannelFigures]) -> None:
        for metric, chart in self.charts.items():
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            if not rows:
                continue
            series = QHorizontalBarSeries()
            series.setObjectName(f"{metric}_channels_series")
            bars = QBarSet(self.vocabulary.metric(metric).label.text(self.language))
            for row in rows:
                bars.append((row.of(metric).median or 0.0) / 60)
            series.append(bars)
            series.setLabelsVisible(True)
            series.setLabelsFormat("@value")
            series.setLabelsPrecision(2)
            series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
            chart.addSeries(series)
            chart.legend().setVisible(False)
            names, minutes = QBarCategoryAxis(), QValueAxis()
            names.append([self.vocabulary.channel_label(r.channel, self.language) for r in rows])
            top = max(((r.of(metric).median or 0.0) / 60 for r in rows), default=0.0)
            minutes.setRange(0, max(top * 1.2, 1.0))
            minutes.applyNiceNumbers()
            minutes.setLabelFormat("%.0f")
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(minutes, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(names)
            series.attachAxis(minutes)

    def cell_texts(self) -> list[list[str]]:
        """The table as text, one list per figure (tests)."""
        table = self.channels_table
        return [[(item.text() if (item := table.item(r, c)) is not None else "")
                 for c in range(table.columnCount())] for r in range(table.rowCount())]
