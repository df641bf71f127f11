"""Step 4/6: the card reader, tested with a staff-held My Number card (or the emulator).

The test asks the card how many PIN tries it has left: it proves reader, driver and card
talk, spends no try and reads nothing personal. The reader list is looked up off the UI
thread each time the page is shown (a reader plugged in meanwhile appears).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox

from kiosk.app.setup import CardAnswers, save_card
from kiosk.app.setup.answers import CurrentAnswers
from kiosk.app.setup.steps import card_readers
from kiosk.ui.setup.step_page import StepPage, Work, spaced


class CardPage(StepPage):
    number = 4

    def build(self) -> None:
        self.reader_combo = QComboBox(self)
        self.reader_combo.setObjectName("reader_combo")
        self.reader_combo.setEditable(True)  # a name pattern may be typed, e.g. "SONY"
        self.reader_label = self.add_row("reader_label", self.reader_combo)
        self.card_test = QCheckBox(self)
        self.card_test.setObjectName("card_test")
        self.card_test.setChecked(True)
        self.add_row("card_test_label", self.card_test)
        self.card_test.toggled.connect(self.retranslate_ui)

    def prefill(self, current: CurrentAnswers) -> None:
        self.reader_combo.setEditText(current.card.reader)

    def entered(self) -> None:
        self.look_up(card_readers, self._show_readers)

    def _show_readers(self, readers: object) -> None:
        assert isinstance(readers, list)
        typed = self.reader_combo.currentText()
        with QSignalBlocker(self.reader_combo):
            self.reader_combo.clear()
            self.reader_combo.addItems([str(name) for name in readers])
            self.reader_combo.setEditText(typed)

    def work(self) -> Work:
        answers = CardAnswers(self.reader_combo.currentText().strip(),
                              test=self.card_test.isChecked())
        return partial(save_card, self.path, answers)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("4/6  Card reader"))
        self.hint.setText(spaced(self.tr("Put a staff-held My Number card on the reader (or start the "
                                  "emulator: kiosk card emulate --profile standard-adult), then "
                                  "test. The test asks the card how many PIN tries are left: no "
                                  "PIN is asked, no try is spent, nothing personal is read.")))
        self.reader_label.setText(self.tr("&Reader"))
        self.reader_combo.setAccessibleName(self.tr("Card reader name"))
        line = self.reader_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("empty: the first reader with a card"))
        self.card_test.setText(self.tr("Test with a card"))
        self.card_test.setAccessibleName(self.tr("Test with a card"))
        self.test_button.setText(self.tr("Read the card and save") if self.card_test.isChecked()
                                 else self.tr("Save without a test"))
        super().retranslate_ui()
