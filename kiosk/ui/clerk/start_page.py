"""The start page: which counter this console serves, and the log-in (account, password).

The account id is what the audit log records as "who"; it is a short code (職員番号),
not a name. The window checks the password (``kiosk.staff``) and shows the answer in
``message``; the password field is cleared as soon as Start is pressed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import make_button

STAFF_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,31}$")


def department_label(department: Any, language: str) -> str:
    """「1番窓口 町民課 住民係」 from a catalog ``DepartmentDef``."""
    name = getattr(department.name, language, "") or department.name.ja
    counter = getattr(department.counter, language, "") or department.counter.ja
    return f"{counter}  {name}"


def _password_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName("password")
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


class StartPage(Panel):
    start_requested = Signal(str, str, str)  # department id, account id, password

    def __init__(self, departments: Sequence[Any], preselected: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.departments = list(departments)
        page = QVBoxLayout(self)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QWidget(self)
        box.setObjectName("startBox")
        box.setMaximumWidth(720)
        page.addWidget(box)
        outer = QVBoxLayout(box)
        self.title = QLabel(self)
        self.title.setObjectName("startTitle")
        self.title.setProperty("role", "title")
        self.hint = QLabel(self)
        self.hint.setObjectName("startHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.department_label = QLabel(self)
        self.department_combo = QComboBox(self)
        self.department_combo.setObjectName("department_combo")
        self.department_combo.setMinimumWidth(420)
        self.staff_label = QLabel(self)
        self.staff_id = QLineEdit(self)
        self.staff_id.setObjectName("staff_id")
        self.staff_id.setMaxLength(32)
        self.password_label, self.password = QLabel(self), _password_field(self)
        self.department_label.setBuddy(self.department_combo)
        self.staff_label.setBuddy(self.staff_id)
        self.password_label.setBuddy(self.password)
        form.addRow(self.department_label, self.department_combo)
        form.addRow(self.staff_label, self.staff_id)
        form.addRow(self.password_label, self.password)
        self.message = QLabel(self)
        self.message.setObjectName("startMessage")
        self.message.setProperty("role", "warning")
        self.start_button = make_button("start_button", self, role="primary")
        self.start_button.setDefault(True)
        for widget in (self.title, self.hint):
            outer.addWidget(widget)
        outer.addLayout(form)
        outer.addWidget(self.message)
        outer.addWidget(self.start_button)
        self.start_button.clicked.connect(self._start)
        self.staff_id.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._start)
        self._fill(preselected)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.staff_id.setFocus()

    def _fill(self, preselected: str | None) -> None:
        current = self.department_combo.currentData() or preselected
        self.department_combo.clear()
        language = LanguageSwitcher.shared().current
        for department in self.departments:
            self.department_combo.addItem(department_label(department, language), department.id)
        index = self.department_combo.findData(current)
        if index >= 0:
            self.department_combo.setCurrentIndex(index)

    def retranslate_ui(self) -> None:
        self._fill(None)
        self.title.setText(self.tr("Clerk console"))
        self.hint.setText(self.tr("Choose the counter this console serves, then log in with "
                                  "your staff number and your own password."))
        self.department_label.setText(self.tr("&Counter"))
        self.staff_label.setText(self.tr("&Staff number"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Your password"))
        self.start_button.setText(self.tr("Start"))
        self.department_combo.setAccessibleName(self.tr("Counter this console serves"))
        self.staff_id.setAccessibleName(self.tr("Staff number"))
        self.staff_id.setPlaceholderText(self.tr("e.g. S1024"))
        self.start_button.setAccessibleName(self.tr("Start the clerk console"))

    def _start(self) -> None:
        staff = self.staff_id.text().strip()
        if not STAFF_ID.match(staff):
            self.message.setText(self.tr("Enter your staff number (letters and digits)."))
            self.staff_id.setFocus()
            return
        password = self.password.text()
        self.password.clear()
        self.message.clear()
        self.start_requested.emit(str(self.department_combo.currentData()), staff, password)
