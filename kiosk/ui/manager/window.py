"""``ManagerWindow``: filters and headline on the left, figures and charts in tabs (the
charts, the tables, the channels compared), the export underneath. Figures are gathered
off the UI thread (``data.gather``); when the filters change while a load is running, only
the newest answer is shown."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.statistics.export import export
from kiosk.statistics.labels import Labels
from kiosk.statistics.stats import StatsService
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.channels_panel import ChannelsPanel
from kiosk.ui.manager.charts_panel import ChartsPanel
from kiosk.ui.manager.data import ManagerData, default_period, gather
from kiosk.ui.manager.export_panel import ExportJob, ExportPanel
from kiosk.ui.manager.filters_panel import FiltersPanel
from kiosk.ui.manager.headline_panel import HeadlinePanel
from kiosk.ui.manager.help_calls_panel import HelpCallsPanel
from kiosk.ui.manager.table_panel import TablePanel
from kiosk.ui.screens.base import make_button
from kiosk.ui.tasks import Runner, TaskRunner

log = logging.getLogger(__name__)


@dataclass
class ManagerContext:
    stats: StatsService
    labels: Mapping[str, Labels]  # by UI language ("ja", "en"); exports use "ja"
    today: Callable[[], date]
    export_folder: Path


class ManagerWindow(QMainWindow):
    def __init__(self, context: ManagerContext, *, runner: Runner | None = None) -> None:
        super().__init__()
        self.setObjectName("managerWindow")
        self.context = context
        self.runner: Runner = runner or TaskRunner()
        self.data: ManagerData | None = None
        self._generation = 0
        central = QWidget(self)
        central.setObjectName("centralArea")
        self.setCentralWidget(central)
        outer = QVBoxLayout(central)
        header = QHBoxLayout()
        self.title = QLabel(central)
        self.title.setObjectName("managerTitle")
        self.title.setProperty("role", "title")
        self.language_button = make_button("language_button", central)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_button)
        vocabulary = context.stats.vocabulary
        self.filters = FiltersPanel(context.labels, default_period(context.today()), central,
                                    vocabulary=vocabulary)
        self.headline = HeadlinePanel(vocabulary, central)
        left = QWidget(central)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.headline)
        left_layout.addStretch(1)
        self.manager_tabs = QTabWidget(central)
        self.manager_tabs.setObjectName("manager_tabs")
        self.table = TablePanel(self._group_label, vocabulary, self.manager_tabs)
        self.charts = ChartsPanel(self._department_label, self.manager_tabs)
        self.channels = ChannelsPanel(vocabulary, self.manager_tabs)
        self.manager_tabs.addTab(self.charts, "")
        self.manager_tabs.addTab(self.table, "")
        self.manager_tabs.addTab(self.channels, "")
        self.help_calls = HelpCallsPanel(self.manager_tabs)
        self.manager_tabs.addTab(self.help_calls, "")
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, central)
        splitter.setObjectName("manager_splitter")
        splitter.addWidget(left)
        splitter.addWidget(self.manager_tabs)
        splitter.setStretchFactor(1, 3)
        self.exporter = ExportPanel(self.runner, self._export_job, context.export_folder, central)
        outer.addLayout(header)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.exporter)
        self.setStatusBar(QStatusBar(self))
        self.filters.changed.connect(self.reload)
        self.table.grouping_changed.connect(self.reload)
        self.language_button.clicked.connect(self._toggle_language)
        self.retranslate_ui()
        self.reload()

    # ------------------------------------------------------------------ labels
    @property
    def labels(self) -> Labels:
        return self.context.labels.get(LanguageSwitcher.shared().current) \
            or self.context.labels["ja"]

    def _department_label(self, code: str) -> str:
        return self.labels.department(code)

    def _group_label(self, grouping: str, key: Any) -> str:
        if grouping == "life_event":
            return self.labels.life_event(str(key))
        if grouping == "department":
            return self.labels.department(str(key))
        if grouping == "channel":
            return self.filters.channel_text(str(key))
        if grouping == "hour":
            return f"{int(str(key)):02d}:00"
        return str(key)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Time at the town hall — statistics"))
        self.title.setText(self.tr("Time at the town hall"))
        self.manager_tabs.setTabText(0, self.tr("Charts"))
        self.manager_tabs.setTabText(1, self.tr("Tables"))
        self.manager_tabs.setTabText(2, self.tr("By channel"))
        self.manager_tabs.setTabText(self.manager_tabs.indexOf(self.help_calls),
                                     self.tr("Help calls"))
        self.manager_tabs.setAccessibleName(self.tr("Figures"))
        self.splitter.setAccessibleName(self.tr("Divider between the filters and the figures"))
        english = LanguageSwitcher.shared().current == "en"
        self.language_button.setText("日本語" if english else "English")
        self.language_button.setAccessibleName(self.tr("Switch the language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _toggle_language(self) -> None:
        switcher = LanguageSwitcher.shared()
        switcher.set_language("en" if switcher.current == "ja" else "ja")
        for widget in (self.filters, self.table, self.charts, self.channels, self.headline,
                       self.help_calls):
            widget.retranslate_ui()
        self.retranslate_ui()

    # ------------------------------------------------------------------ figures
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        filters, grouping = self.filters.filters(), self.table.current_grouping()
        self.statusBar().showMessage(self.tr("Loading…"))

        def done(data: ManagerData) -> None:
            if generation == self._generation:
                self.show_data(data)

        self.runner.run(lambda: gather(self.context.stats, filters, grouping), done,
                        self._failed)

    def show_data(self, data: ManagerData) -> None:
        self.data = data
        self.headline.show_summary(data.summary)
        self.table.show_data(data)
        self.charts.show_data(data)
        self.channels.show_data(data)
        self.help_calls.show_stats(data.help_calls)
        self.statusBar().showMessage(self.tr("%n visit(s) in the period.", "",
                                             data.summary.visits))

    def _failed(self, error: BaseException) -> None:
        log.warning("statistics could not be loaded (%s)", type(error).__name__)
        self.statusBar().showMessage(self.tr("The figures could not be loaded (%1).")
                                     .replace("%1", type(error).__name__))

    def _export_job(self, fmt: str, path: Path, encoding: str) -> ExportJob:
        filters, stats, labels = self.filters.filters(), self.context.stats, \
            self.context.labels["ja"]

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return export(stats, filters, fmt, path, labels, encoding=encoding,
                          progress=progress, cancelled=cancelled)

        return job
