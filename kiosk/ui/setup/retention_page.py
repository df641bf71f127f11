"""Step 6/6: how long prefilled personal data and the anonymous metrics are kept."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QComboBox, QSpinBox

from kiosk.app.setup import RetentionAnswers, save_retention
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.config_validation import MAX_RETENTION_HOURS
from kiosk.ui.setup.step_page import StepPage, Work, spaced

NEXT_WORKING_DAY = "next-working-day"


class RetentionPage(StepPage):
    number = 6

    def build(self) -> None:
        self.personal_combo = QComboBox(self)
        self.personal_combo.setObjectName("personal_combo")
        self.personal_combo.addItem(NEXT_WORKING_DAY, NEXT_WORKING_DAY)
        self.personal_combo.addItem("hours", "hours")
        self.personal_label = self.add_row("personal_label", self.personal_combo)
        self.personal_hours = QSpinBox(self)
        self.personal_hours.setObjectName("personal_hours")
        self.personal_hours.setRange(1, MAX_RETENTION_HOURS)
        self.personal_hours.setValue(48)
        self.personal_hours_label = self.add_row("personal_hours_label", self.personal_hours)
        self.metrics_days = QSpinBox(self)
        self.metrics_days.setObjectName("metrics_days")
        self.metrics_days.setRange(0, 36500)
        self.metrics_days_label = self.add_row("metrics_days_label", self.metrics_days)
        self.personal_combo.currentIndexChanged.connect(self._show_hours)
        self._show_hours()

    def _show_hours(self) -> None:
        self.form.setRowVisible(self.personal_hours, self.personal_combo.currentData() == "hours")

    def prefill(self, current: CurrentAnswers) -> None:
        personal = current.retention.personal_data
        hours = personal.isdigit()
        self.personal_combo.setCurrentIndex(1 if hours else 0)
        if hours:
            self.personal_hours.setValue(int(personal))
        days = current.retention.metrics_days
        self.metrics_days.setValue(int(days) if days.isdigit() else 0)

    def work(self) -> Work:
        hours = self.personal_combo.currentData() == "hours"
        personal = str(self.personal_hours.value()) if hours else NEXT_WORKING_DAY
        answers = RetentionAnswers(personal, str(self.metrics_days.value()))
        return partial(save_retention, self.path, answers)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("6/6  Retention"))
        self.hint.setText(spaced(self.tr("Prefilled personal data is deleted after this time; the "
                                  "anonymous visit figures (no names, no numbers) are kept "
                                  "for the statistics.")))
        self.personal_combo.setItemText(0, self.tr("Until the end of the next working day"))
        self.personal_combo.setItemText(1, self.tr("For a number of hours"))
        self.personal_label.setText(self.tr("&Personal data"))
        self.personal_combo.setAccessibleName(self.tr("How long personal data is kept"))
        self.personal_hours_label.setText(self.tr("&Hours"))
        self.personal_hours.setAccessibleName(self.tr("Hours personal data is kept"))
        self.metrics_days_label.setText(self.tr("&Anonymous figures, days"))
        self.metrics_days.setAccessibleName(self.tr("Days the anonymous figures are kept"))
        self.metrics_days.setSpecialValueText(self.tr("kept for ever"))
        self.test_button.setText(self.tr("Save"))
        super().retranslate_ui()
