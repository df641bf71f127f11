"""The manager window's log-in page: staff number and password, nothing else.

The clerk console's start page also chooses a counter, so this is a page of its own with
the same fields (``staff_id``, ``password``, ``start_button``, ``message``): one test
helper types into either. The window checks the password off the UI thread and shows the
answer with ``show_result``; the password field is cleared as soon as Log in is pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.staff.directory import LoginResult
from kiosk.ui.clerk.panel import Panel
from kiosk.ui.clerk.start_page import STAFF_ID
from kiosk.ui.screens.base import make_button


class ManagerLoginPage(Panel):
    login_requested = Signal(str, str)  # account id, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerLoginPage")
        page = QVBoxLayout(self)
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QWidget(self)
        box.setObjectName("loginBox")
        box.setMaximumWidth(640)
        page.addWidget(box)
        outer = QVBoxLayout(box)
        self.title = QLabel(box)
        self.title.setObjectName("loginTitle")
        self.title.setProperty("role", "title")
        self.hint = QLabel(box)
        self.hint.setObjectName("loginHint")
        self.hint.setProperty("role", "hint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        self.staff_label = QLabel(box)
        self.staff_id = QLineEdit(box)
        self.staff_id.setObjectName("staff_id")
        self.staff_id.setMaxLength(32)
        self.password_label = QLabel(box)
        self.password = QLineEdit(box)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setMaxLength(128)
        self.staff_label.setBuddy(self.staff_id)
        self.password_label.setBuddy(self.password)
        form.addRow(self.staff_label, self.staff_id)
        form.addRow(self.password_label, self.password)
        self.message = QLabel(box)
        self.message.setObjectName("loginMessage")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        self.start_button = make_button("login_button", box, role="primary")
        self.start_button.setDefault(True)
        outer.addWidget(self.title)
        outer.addWidget(self.hint)
        outer.addLayout(form)
        outer.addWidget(self.message)
        outer.addWidget(self.start_button)
        self.start_button.clicked.connect(self._submit)
        self.staff_id.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self._submit)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.staff_id.setFocus()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Statistics"))
        self.hint.setText(self.tr("The figures and their exports are for managers. Log in "
                                  "with your staff number and your own password."))
        self.staff_label.setText(self.tr("&Staff number"))
        self.password_label.setText(self.tr("&Password"))
        self.staff_id.setAccessibleName(self.tr("Staff number"))
        self.staff_id.setPlaceholderText(self.tr("e.g. M2001"))
        self.password.setAccessibleName(self.tr("Your password"))
        self.start_button.setText(self.tr("Log in"))
        self.start_button.setAccessibleName(self.tr("Log in to the statistics"))

    def _submit(self) -> None:
        staff = self.staff_id.text().strip()
        if not STAFF_ID.match(staff):
            self.message.setText(self.tr("Enter your staff number (letters and digits)."))
            self.staff_id.setFocus()
            return
        password = self.password.text()
        self.password.clear()
        self.message.setText(self.tr("Checking…"))
        self.start_button.setEnabled(False)
        self.login_requested.emit(staff, password)

    def show_refusal(self, result: LoginResult) -> None:
        """Why ``result`` opens nothing here: one sentence, the same as the clerk console's
        for a wrong password or a lock-out; a clerk's account is refused by its role."""
        self.start_button.setEnabled(True)
        if result.session is not None:
            self.message.setText(self.tr("The statistics are for managers: account %1 is a "
                                         "clerk's.").replace("%1", result.session.account_id))
        elif result.unconfigured:
            self.message.setText(self.tr("No staff accounts exist yet: IT staff add them with "
                                         "`kiosk staff add` (or start a demo with --demo)."))
        elif result.locked:
            self.message.setText(self.tr("Too many wrong passwords. Try again in %n "
                                         "second(s).", "", result.seconds_left))
        else:
            self.message.setText(self.tr("Wrong staff number or password. %n try(s) left "
                                         "before the lock-out.", "", result.attempts_left))
        self.password.setFocus()

    def show_error(self, text: str) -> None:
        self.start_button.setEnabled(True)
        self.message.setText(text)

    def reset(self, text: str = "") -> None:
        """Back to an empty form (after a log-in, or when the window locks)."""
        self.start_button.setEnabled(True)
        self.staff_id.clear()
        self.password.clear()
        self.message.setText(text)
