"""The assistant's window: the six step pages and the doctor page, Back and Next.

Next is enabled only once the page's test has passed (``StepPage.passed``), so the clerk
always sees each step's result before going on. Every field starts with the value the
configuration file has now, so running the assistant again resumes or changes one step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from kiosk import i18n
from kiosk.app.setup import SetupStop, current_answers
from kiosk.app.setup.answers import (
    CardAnswers,
    CurrentAnswers,
    DatabaseAnswers,
    PrinterAnswers,
    RetentionAnswers,
    TerminalAnswers,
)
from kiosk.ui.clerk.style import staff_stylesheet
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.setup.admin_page import AdminPage
from kiosk.ui.setup.card_page import CardPage
from kiosk.ui.setup.database_page import DatabasePage
from kiosk.ui.setup.doctor_page import DoctorPage
from kiosk.ui.setup.printer_page import PrinterPage
from kiosk.ui.setup.retention_page import RetentionPage
from kiosk.ui.setup.step_page import StepPage
from kiosk.ui.setup.terminal_page import TerminalPage
from kiosk.ui.tasks import Runner
from kiosk.ui.theme import HIGH_CONTRAST, NORMAL
from kiosk.ui.widgets.factories import make_button, make_label

SETUP_TEXT_PX = 20  # larger than the clerk console: read once, standing at a new terminal


def setup_stylesheet(high_contrast: bool = False) -> str:
    p = HIGH_CONTRAST if high_contrast else NORMAL
    return staff_stylesheet(high_contrast, SETUP_TEXT_PX) + f"""
QLabel[role="ok"] {{ color: {p.primary}; font-weight: bold; }}
QCheckBox::indicator {{ width: {SETUP_TEXT_PX + 6}px; height: {SETUP_TEXT_PX + 6}px; }}
QWidget#setupWindow {{ background: {p.background}; }}
QWidget#setupFooter {{ border-top: 1px solid {p.border}; }}
QSpinBox {{ min-height: {round(SETUP_TEXT_PX * 1.8)}px; padding: 1px 6px; background: {p.surface};
    color: {p.text}; border: 2px solid {p.border}; border-radius: 4px; }}
QSpinBox:focus, QCheckBox:focus {{ border-color: {p.focus}; }}
"""


def _defaults() -> CurrentAnswers:
    return CurrentAnswers(TerminalAnswers(), DatabaseAnswers(), PrinterAnswers(), CardAnswers(),
                          RetentionAnswers())


class SetupWindow(QWidget):
    def __init__(self, path: Path, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the sheet's colour
        self.path, self.runner = path, runner
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.setContentsMargins(48, 16, 48, 0)
        self.heading = make_label("heading", self, role="title")
        self.config_label = make_label("config_label", self, role="hint")
        self.language_button = make_button("language_button", self)
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.language_button)
        self.notice = make_label("notice", self, role="warning")
        self.notice.setContentsMargins(48, 0, 48, 0)
        self.config_label.setContentsMargins(48, 0, 48, 0)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("stack")
        self.steps: list[StepPage] = [page(path, runner, self.stack) for page in (
            TerminalPage, DatabasePage, PrinterPage, CardPage, AdminPage, RetentionPage)]
        self.doctor = DoctorPage(path, runner, self.stack)
        for step in self.steps:
            self.stack.addWidget(step)
            step.passed_changed.connect(self._update_buttons)
        self.stack.addWidget(self.doctor)
        footer_box = QWidget(self)
        footer_box.setObjectName("setupFooter")
        footer_box.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        footer = QHBoxLayout(footer_box)
        footer.setContentsMargins(48, 12, 48, 16)
        self.back_button = make_button("back_button", self)
        self.next_button = make_button("next_button", self, role="primary")
        self.close_button = make_button("close_button", self, role="primary")
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        footer.addWidget(self.close_button)
        outer.addLayout(header)
        outer.addWidget(self.config_label)
        outer.addWidget(self.notice)
        outer.addWidget(self.stack, 1)
        outer.addWidget(footer_box)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.close)
        self.language_button.clicked.connect(self._toggle_language)
        self._prefill()
        self.retranslate_ui()
        self._update_buttons()
        self.steps[0].entered()

    def _prefill(self) -> None:
        try:
            current = current_answers(self.path)
        except SetupStop as exc:  # an unreadable file: start from the defaults, say why
            self.notice.setText(str(exc))
            current = _defaults()
        else:
            self._show_config_problem()
        for step in self.steps:
            step.prefill(current)
            step.invalidate()

    def _show_config_problem(self) -> None:
        """A file that is there but not valid (a new terminal has none: nothing to say)."""
        from kiosk.config import ConfigError, load_config

        problem = ""
        if self.path.exists():
            try:
                load_config(self.path)
            except ConfigError as exc:
                problem = self.tr("The configuration file is not valid: %1").replace("%1", str(exc))
        self.notice.setText(problem)
        self.notice.setVisible(bool(problem))

    @property
    def ready(self) -> bool:
        """The last final check found nothing that needs attention."""
        return self.doctor.report is not None and self.doctor.report.ready

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def back(self) -> None:
        self._go(self.stack.currentIndex() - 1)

    def next(self) -> None:
        page = self.current_page()
        if isinstance(page, StepPage) and page.passed and not page.busy:
            self._go(self.stack.currentIndex() + 1)

    def _go(self, index: int) -> None:
        if not 0 <= index < self.stack.count():
            return
        self.stack.setCurrentIndex(index)
        self._show_config_problem()  # the step just passed may have mended it
        self.retranslate_ui()  # the file's line: it exists after the first step
        page = self.stack.currentWidget()
        if isinstance(page, StepPage | DoctorPage):
            page.entered()
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.current_page()
        on_doctor = page is self.doctor
        busy = isinstance(page, StepPage | DoctorPage) and page.busy
        self.back_button.setEnabled(self.stack.currentIndex() > 0 and not busy)
        self.next_button.setVisible(not on_doctor)
        self.close_button.setVisible(on_doctor)
        self.next_button.setEnabled(isinstance(page, StepPage) and page.passed and not page.busy)

    def _toggle_language(self) -> None:
        switcher = LanguageSwitcher.shared()
        offered = i18n.languages()
        following = offered[(offered.index(switcher.current) + 1) % len(offered)] \
            if switcher.current in offered else offered[0]
        switcher.set_language(following)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Terminal setup"))
        self.heading.setText(self.tr("Terminal setup"))
        where = self.tr("Configuration file: %1") if self.path.exists() else \
            self.tr("Configuration file (made by the first step): %1")
        self.config_label.setText(where.replace("%1", str(self.path)))
        offered = i18n.languages()
        current = LanguageSwitcher.shared().current
        following = [x for x in offered if x != current][:1] or [current]
        self.language_button.setText(i18n.language_name(following[0]))
        self.language_button.setAccessibleName(self.tr("Switch the language"))
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the setup"))
