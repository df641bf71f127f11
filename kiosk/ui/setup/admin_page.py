"""Step 5/6: the first admin account (staff number, name, password typed twice, masked).

When the database already has staff accounts there is nothing to do here: more are added
with ``kiosk staff add`` or the clerk console. The password fields are emptied as soon as
the test starts, whatever its outcome.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLineEdit

from kiosk.app.setup import AdminAnswers, SetupStop, add_admin, staff_configured
from kiosk.ui.setup.step_page import StepPage, Work, spaced


def _password_field(name: str, page: StepPage) -> QLineEdit:
    field = QLineEdit(page)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(128)
    return field


class AdminPage(StepPage):
    number = 5

    def build(self) -> None:
        self.already = False
        self.admin_id = QLineEdit(self)
        self.admin_id.setObjectName("admin_id")
        self.admin_id.setMaxLength(32)
        self.admin_id_label = self.add_row("admin_id_label", self.admin_id)
        self.admin_name = QLineEdit(self)
        self.admin_name.setObjectName("admin_name")
        self.admin_name.setMaxLength(80)
        self.admin_name_label = self.add_row("admin_name_label", self.admin_name)
        self.password = _password_field("password", self)
        self.password_label = self.add_row("password_label", self.password)
        self.password_again = _password_field("password_again", self)
        self.password_again_label = self.add_row("password_again_label", self.password_again)

    def entered(self) -> None:
        self.look_up(partial(staff_configured, self.path), self._show_configured)

    def _show_configured(self, configured: object) -> None:
        self.already = bool(configured)
        self.enable_fields()
        self.retranslate_ui()
        if self.already:
            self.run_test()  # nothing to add: the step says so and lets the clerk go on

    def editable(self) -> bool:
        return not self.already

    def work(self) -> Work:
        password, again = self.password.text(), self.password_again.text()
        self.password.clear()
        self.password_again.clear()
        account = self.admin_id.text().strip()
        if self.already or not account:
            return partial(add_admin, self.path, AdminAnswers())
        if password != again:
            raise SetupStop("the two passwords differ; type the same password in both fields")
        answers = AdminAnswers(account, self.admin_name.text().strip(), password)
        return partial(add_admin, self.path, answers)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("5/6  First admin account"))
        self.hint.setText(spaced(
            self.tr("Staff accounts already exist in this database: add more with kiosk staff "
                    "add, or in the clerk console.") if self.already else
            self.tr("The first administrator, who can then add the other staff. Leave the staff "
                    "number empty to add nobody now.")))
        self.admin_id_label.setText(self.tr("&Staff number"))
        self.admin_id.setAccessibleName(self.tr("Staff number of the first admin"))
        self.admin_id.setPlaceholderText(self.tr("e.g. S1024"))
        self.admin_name_label.setText(self.tr("&Name shown"))
        self.admin_name.setAccessibleName(self.tr("Name shown for the first admin"))
        self.password_label.setText(self.tr("&Password"))
        self.password.setAccessibleName(self.tr("Password of the first admin"))
        self.password_again_label.setText(self.tr("Password &again"))
        self.password_again.setAccessibleName(self.tr("The same password again"))
        self.test_button.setText(self.tr("Add the admin"))
        super().retranslate_ui()
