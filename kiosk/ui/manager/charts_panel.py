"""The charts (QtCharts): the daily median time at the town hall against the baseline
and the −60% target line, and the median of each department-level metric of the
vocabulary (wait and service time) per counter."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.data import ManagerData
from kiosk.visits.clock import LOCAL_TZ


def short_name(label: str) -> str:
    """The distinctive part of a counter name, so ten of them fit under the bars:
    「町民課 住民係」→「住民係」, "Child and Family Support Section" → one word per line."""
    label = re.sub(r"\s*[（(].*?[）)]\s*$", "", label).strip()
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", label):
        part = re.split(r"[\s\u3000]+", label)[-1]
        return "<br>".join(part[i:i + 4] for i in range(0, len(part), 4))
    words = re.sub(r"\s+(Section|Division|Office)$", "", label).split(",")[0].split()
    return "<br>".join(words)  # axis labels are rich text: one word per line


def _msecs(day: object) -> float:
    moment = datetime.combine(day, time(12), LOCAL_TZ)  # type: ignore[arg-type]
    return float(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toMSecsSinceEpoch())


class ChartsPanel(Panel):
    def __init__(self, department_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsPanel")
        self.department_label = department_label
        self.data: ManagerData | None = None
        layout = QVBoxLayout(self)
        self.trend_chart = QChart()
        self.trend_chart.setObjectName("trend_chart")
        self.median_series = QLineSeries()
        self.median_series.setObjectName("median_series")
        self.baseline_series = QLineSeries()
        self.baseline_series.setObjectName("baseline_series")
        self.target_series = QLineSeries()
        self.target_series.setObjectName("target_series")
        dashed = QPen(Qt.GlobalColor.darkGray)
        dashed.setStyle(Qt.PenStyle.DashLine)
        dashed.setWidth(2)
        self.baseline_series.setPen(dashed)
        target_pen = QPen(Qt.GlobalColor.darkGreen)
        target_pen.setWidth(2)
        self.target_series.setPen(target_pen)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MM-dd")
        self.y_axis = QValueAxis()
        self.trend_chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.trend_chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.median_series, self.baseline_series, self.target_series):
            self.trend_chart.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.trend_view = QChartView(self.trend_chart, self)
        self.trend_view.setObjectName("trend_view")
        self.trend_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bar_chart = QChart()
        self.bar_chart.setObjectName("department_chart")
        self.bar_view = QChartView(self.bar_chart, self)
        self.bar_view.setObjectName("bar_view")
        layout.addWidget(self.trend_view, 1)
        layout.addWidget(self.bar_view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.trend_chart.setTitle(self.tr("Median time at the town hall per day (minutes)"))
        self.median_series.setName(self.tr("Median"))
        self.baseline_series.setName(self.tr("Before the system (baseline)"))
        self.target_series.setName(self.tr("Target (−60%)"))
        self.bar_chart.setTitle(self.tr("Median wait and service per counter (minutes)"))
        self.trend_view.setAccessibleName(self.tr("Trend chart"))
        self.bar_view.setAccessibleName(self.tr("Counter chart"))
        self.show_data(self.data)

    def show_data(self, data: ManagerData | None) -> None:
        self.data = data
        self._trend(data)
        self._bars(data)

    def _trend(self, data: ManagerData | None) -> None:
        for series in (self.median_series, self.baseline_series, self.target_series):
            series.clear()
        if data is None:
            return
        points = [(_msecs(day), f.median / 60) for day, f in data.trend if f.median is not None]
        for x, y in points:
            self.median_series.append(x, y)
        first = data.filters.date_from or (data.trend[0][0] if data.trend else None)
        last = data.filters.date_to or (data.trend[-1][0] if data.trend else None)
        if first is None or last is None:
            return
        x0, x1 = _msecs(first), _msecs(last)
        top = max((y for _x, y in points), default=1.0)
        baseline = data.summary.baseline
        if baseline is not None:
            for series, value in ((self.baseline_series, baseline.baseline_minutes),
                                  (self.target_series, baseline.target_minutes)):
                series.append(x0, value)
                series.append(x1, value)
            top = max(top, baseline.baseline_minutes)
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(x0)),
                             QDateTime.fromMSecsSinceEpoch(int(x1)))
        self.y_axis.setRange(0, top * 1.1)

    def _bars(self, data: ManagerData | None) -> None:
        chart = self.bar_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if data is None or not data.summary.departments:
            return
        language = LanguageSwitcher.shared().current
        metrics = data.vocabulary.at_level("department")
        bars = [QBarSet(metric.label.text(language)) for metric in metrics]
        names = []
        for code, figures in data.summary.departments.items():
            names.append(short_name(self.department_label(code)))
            for metric, bar in zip(metrics, bars, strict=True):
                bar.append((figures[metric.id].median or 0.0) / 60)
        series = QBarSeries()
        series.setObjectName("department_series")
        for bar in bars:
            series.append(bar)
        chart.addSeries(series)
        names_axis, minutes_axis = QBarCategoryAxis(), QValueAxis()
        names_axis.append(names)
        small = names_axis.labelsFont()
        small.setPixelSize(11)
        names_axis.setLabelsFont(small)
        chart.addAxis(names_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(minutes_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names_axis)
        series.attachAxis(minutes_axis)
