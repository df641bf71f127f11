"""``ManagerWindow``: filters and headline on the left, figures and charts in tabs (the
charts, the tables, the channels compared), the export underneath. Figures are gathered
off the UI thread (``data.gather``); when the filters change while a load is running, only
the newest answer is shown.

Nothing shows before a log-in (``ManagerLoginPage``, checked off the UI thread through the
same ``StaffLogin`` as the clerk console): the figures need a manager or an admin, and
each export goes through ``kiosk.app.staff_access`` with that session. Lock, or
``idle_lock_seconds`` untouched (``IdleLock``), returns to the log-in and drops the figures.
"""

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
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.staff_access import export_statistics
from kiosk.staff.access import Permission, StaffSession
from kiosk.staff.directory import LoginResult
from kiosk.staff.login import StaffLogin
from kiosk.statistics.labels import Labels
from kiosk.statistics.stats import StatsService
from kiosk.ui.clerk.idle_lock import IdleLock
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.manager.channels_panel import ChannelsPanel
from kiosk.ui.manager.charts_panel import ChartsPanel
from kiosk.ui.manager.data import ManagerData, default_period, gather
from kiosk.ui.manager.export_panel import ExportJob, ExportPanel
from kiosk.ui.manager.filters_panel import FiltersPanel
from kiosk.ui.manager.headline_panel import HeadlinePanel
from kiosk.ui.manager.help_calls_panel import HelpCallsPanel
from kiosk.ui.manager.login_page import ManagerLoginPage
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
    login: StaffLogin  # the staff accounts, or the demo manager under --demo
    idle_lock_seconds: int = 300


class ManagerWindow(QMainWindow):
    def __init__(self, context: ManagerContext, *, runner: Runner | None = None) -> None:
        super().__init__()
        self.setObjectName("managerWindow")
        self.context = context
        self.runner: Runner = runner or TaskRunner()
        self.data: ManagerData | None = None
        self.session: StaffSession | None = None
        self._generation = 0
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centralArea")
        self.setCentralWidget(self.stack)
        self.start_page = ManagerLoginPage(self.stack)
        self.figures_page = central = QWidget(self.stack)
        central.setObjectName("figuresPage")
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(central)
        outer = QVBoxLayout(central)
        header = self._header(central)
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
        self.statusBar().setObjectName("status_bar")
        self.idle_lock = IdleLock(self, context.idle_lock_seconds * 1000)
        self._connect()
        self.retranslate_ui()

    def _header(self, central: QWidget) -> QHBoxLayout:
        header = QHBoxLayout()
        self.title = QLabel(central)
        self.title.setObjectName("managerTitle")
        self.title.setProperty("role", "title")
        self.language_button = make_button("language_button", central)
        self.lock_button = make_button("lock_button", central)
        header.addWidget(self.title, 1)
        header.addWidget(self.language_button)
        header.addWidget(self.lock_button)
        return header

    def _connect(self) -> None:
        self.start_page.login_requested.connect(self._log_in)
        self.idle_lock.expired.connect(self._idle_locked)
        self.lock_button.clicked.connect(self.lock)
        self.filters.changed.connect(self.reload)
        self.table.grouping_changed.connect(self.reload)
        self.language_button.clicked.connect(self._toggle_language)

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
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the statistics window"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _toggle_language(self) -> None:
        switcher = LanguageSwitcher.shared()
        switcher.set_language("en" if switcher.current == "ja" else "ja")
        for widget in (self.filters, self.table, self.charts, self.channels, self.headline,
                       self.help_calls, self.start_page):
            widget.retranslate_ui()
        self.retranslate_ui()

    # ------------------------------------------------------------------ log-in and lock
    def _log_in(self, account_id: str, password: str) -> None:
        """Check the password off the UI thread (argon2id takes a moment)."""
        login = self.context.login
        self.runner.run(lambda: login.authenticate(account_id, password), self._logged_in,
                        self._login_failed)

    def _logged_in(self, result: LoginResult) -> None:
        session = result.session
        if session is None or not session.can(Permission.VIEW_STATISTICS):
            self.start_page.show_refusal(result)
            return
        self.session = session
        self.start_page.reset()
        self.stack.setCurrentWidget(self.figures_page)
        self.idle_lock.arm()
        log.info("statistics window opened")
        self.reload()

    def _login_failed(self, error: BaseException) -> None:
        log.warning("staff log-in failed (%s)", type(error).__name__)
        self.start_page.show_error(self.tr("The log-in could not be checked (%1). Try again, "
                                           "or call IT support.")
                                   .replace("%1", type(error).__name__))

    def lock(self) -> None:
        """Back to the log-in: the figures are dropped, a load under way is ignored."""
        self.idle_lock.disarm()
        self.session = None
        self.data = None
        self._generation += 1
        self.stack.setCurrentWidget(self.start_page)
        self.statusBar().clearMessage()
        self.start_page.reset()
        self.start_page.staff_id.setFocus()

    def _idle_locked(self) -> None:
        minutes = max(1, self.context.idle_lock_seconds // 60)
        self.lock()
        self.start_page.message.setText(self.tr("Locked after %n minute(s) without use. "
                                                "Log in again.", "", minutes))

    # ------------------------------------------------------------------ figures
    def reload(self) -> None:
        if self.session is None:
            return
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
        session = self.session  # the role check runs in the service, below this window

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return export_statistics(session, configured=True, service=stats,
                                     filters=filters, fmt=fmt, out=path, labels=labels,
                                     encoding=encoding, progress=progress,
                                     cancelled=cancelled)

        return job
