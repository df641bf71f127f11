"""Step 2/6: the database, connected and brought to the current schema live."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QLineEdit

from kiosk.app.setup import DatabaseAnswers, save_database
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.ui.setup.step_page import StepPage, Work, spaced


class DatabasePage(StepPage):
    number = 2

    def build(self) -> None:
        self.database_url = QLineEdit(self)
        self.database_url.setObjectName("database_url")
        self.database_url_label = self.add_row("database_url_label", self.database_url)

    def prefill(self, current: CurrentAnswers) -> None:
        self.database_url.setText(current.database.url)

    def work(self) -> Work:
        return partial(save_database, self.path, DatabaseAnswers(self.database_url.text()))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("2/6  Database"))
        self.hint.setText(spaced(self.tr("The town hall's PostgreSQL server "
                                  "(postgresql://user@host/database), or \"local\" for a file "
                                  "on this computer only. The test connects and brings the "
                                  "tables up to date; the address is saved only if it works.")))
        self.database_url_label.setText(self.tr("&Database"))
        self.database_url.setAccessibleName(self.tr("Database address"))
        self.database_url.setPlaceholderText("postgresql://kiosk@db.town.local/kiosk")
        self.test_button.setText(self.tr("Connect and save"))
        super().retranslate_ui()
