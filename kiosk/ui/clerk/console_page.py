"""The console page's layout: header, scan field, queue on the left, the open visit on
the right (event buttons, then tabs for the data, the procedures and printing).

Layout only: ``ClerkWindow`` connects the panels and does the work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.ui.clerk.actions_panel import ActionsPanel
from kiosk.ui.clerk.checklist_panel import ChecklistPanel
from kiosk.ui.clerk.core_status_panel import CoreStatusPanel
from kiosk.ui.clerk.help_calls_panel import HelpCallsPanel
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.clerk.person_panel import PersonPanel
from kiosk.ui.clerk.print_panel import PrintPanel
from kiosk.ui.clerk.queue_panel import QueuePanel
from kiosk.ui.clerk.scan_panel import ScanPanel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import make_button


class ConsolePage(Panel):
    def __init__(self, life_event_label: Callable[[str], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consolePage")
        outer = QVBoxLayout(self)
        header = self._build_header()
        self.help_calls = HelpCallsPanel(self)  # hidden while no kiosk calls for staff
        self.scan = ScanPanel(self)
        self.queue = QueuePanel(life_event_label, self)
        right = QWidget(self)
        right.setObjectName("visitArea")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.event_buttons = ActionsPanel(right)
        self.visit_tabs = QTabWidget(right)
        self.visit_tabs.setObjectName("visit_tabs")
        self.person = PersonPanel(self.visit_tabs)
        self.checklist = ChecklistPanel(self.visit_tabs)
        self.printing = PrintPanel(self.visit_tabs)
        self.visit_tabs.addTab(self.checklist, "")
        self.visit_tabs.addTab(self.person, "")
        self.visit_tabs.addTab(self.printing, "")
        self.core_status = CoreStatusPanel(self.visit_tabs)
        self.visit_tabs.addTab(self.core_status, "")
        right_layout.addWidget(self.event_buttons)
        right_layout.addWidget(self.visit_tabs, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("consoleSplitter")
        self.splitter.addWidget(self.queue)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([400, 960])
        outer.addLayout(header)
        outer.addWidget(self.help_calls)
        outer.addWidget(self.scan)
        outer.addWidget(self.splitter, 1)
        self.retranslate_ui()

    def _build_header(self) -> QHBoxLayout:
        """The counter's name, the open visit, and the visit, language and lock buttons."""
        header = QHBoxLayout()
        self.counter_label = QLabel(self)
        self.counter_label.setObjectName("counterLabel")
        self.counter_label.setProperty("role", "title")
        self.visit_label = QLabel(self)
        self.visit_label.setObjectName("visitLabel")
        self.visit_label.setProperty("role", "subtitle")
        self.close_visit_button = make_button("close_visit_button", self)
        self.language_button = make_button("language_button", self)
        self.lock_button = make_button("lock_button", self)
        header.addWidget(self.counter_label)
        header.addStretch(1)
        header.addWidget(self.visit_label)
        header.addWidget(self.close_visit_button)
        header.addWidget(self.language_button)
        header.addWidget(self.lock_button)
        return header

    def retranslate_ui(self) -> None:
        self.visit_tabs.setTabText(0, self.tr("Procedures and flags"))
        self.visit_tabs.setTabText(1, self.tr("Prefilled data"))
        self.visit_tabs.setTabText(2, self.tr("Printing"))
        self.visit_tabs.setTabText(3, self.tr("Core system"))
        self.visit_tabs.setAccessibleName(self.tr("Open visit"))
        self.close_visit_button.setText(self.tr("Close visit [Esc]"))
        self.close_visit_button.setAccessibleName(self.tr("Close the open visit"))
        # The button names the *other* language in that language (every configured one
        # when there are more than two): not translated.
        offered = i18n.languages()
        current = LanguageSwitcher.shared().current
        others = [x for x in offered if x != current] or [current]
        shown = offered if len(offered) > 2 else others[:1]
        self.language_button.setText(" / ".join(i18n.language_name(x) for x in shown))
        self.language_button.setAccessibleName(self.tr("Switch the language"))
        self.lock_button.setText(self.tr("Lock"))
        self.lock_button.setAccessibleName(self.tr("Lock the console"))
