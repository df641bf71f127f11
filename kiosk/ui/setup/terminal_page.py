"""Step 1/6: this terminal's role (kiosk, clerk console, manager) and its id."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QLineEdit

from kiosk.app.setup import ROLES, TerminalAnswers, save_terminal
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.ui.setup.step_page import StepPage, Work, spaced


class TerminalPage(StepPage):
    number = 1

    def build(self) -> None:
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role_combo")
        for role in ROLES:
            self.role_combo.addItem(role, role)
        self.role_label = self.add_row("role_label", self.role_combo)
        self.terminal_id = QLineEdit(self)
        self.terminal_id.setObjectName("terminal_id")
        self.terminal_id.setMaxLength(64)
        self.terminal_id_label = self.add_row("terminal_id_label", self.terminal_id)

    def prefill(self, current: CurrentAnswers) -> None:
        index = self.role_combo.findData(current.terminal.role)
        self.role_combo.setCurrentIndex(max(index, 0))
        self.terminal_id.setText(current.terminal.terminal_id)

    def work(self) -> Work:
        answers = TerminalAnswers(str(self.role_combo.currentData()), self.terminal_id.text().strip())
        return partial(save_terminal, self.path, answers)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("1/6  This terminal"))
        self.hint.setText(spaced(self.tr("What this computer is for, and the name it reports in the "
                                  "statistics and the audit log.")))
        names = {"kiosk": self.tr("Kiosk (residents use it)"),
                 "clerk": self.tr("Clerk console (at a counter)"),
                 "manager": self.tr("Manager (statistics)")}
        for index in range(self.role_combo.count()):
            self.role_combo.setItemText(index, names[str(self.role_combo.itemData(index))])
        self.role_label.setText(self.tr("&Role"))
        self.role_combo.setAccessibleName(self.tr("Role of this terminal"))
        self.terminal_id_label.setText(self.tr("Terminal &id"))
        self.terminal_id.setAccessibleName(self.tr("Terminal id"))
        self.terminal_id.setPlaceholderText(self.tr("e.g. tablet-1 (empty: made up at first start)"))
        self.test_button.setText(self.tr("Save"))
        super().retranslate_ui()
