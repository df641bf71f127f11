"""A large numeric keypad for one finger: PINs, 番地, phone numbers.

Keys are at least the theme's touch-target size. The pad emits what was pressed; the
owner keeps the value, so a PIN never sits in a widget's text where a screen reader or
a screenshot could read it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.widgets.factories import make_button


class NumericKeypad(QWidget):
    digit = Signal(str)
    backspace = Signal()
    submit = Signal()

    def __init__(self, parent: QWidget | None = None, name: str = "keypad",
                 extra_key: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        grid = QGridLayout(self)
        grid.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, label in enumerate("123456789"):
            button = make_button(f"{name}Digit{label}", self)
            button.setText(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, d=label: self.digit.emit(d))
            grid.addWidget(button, index // 3, index % 3)
            self.digit_buttons[label] = button
        zero = make_button(f"{name}Digit0", self)
        zero.setText("0")
        zero.setAccessibleName("0")
        zero.clicked.connect(lambda: self.digit.emit("0"))
        self.digit_buttons["0"] = zero
        self.backspace_button = make_button(f"{name}Backspace", self)
        self.backspace_button.setProperty("wordy", True)  # ⌫ 消す: a smaller font as a key
        self.backspace_button.clicked.connect(self.backspace.emit)
        self.submit_button = make_button(f"{name}Submit", self, role="primary")
        self.submit_button.clicked.connect(self.submit.emit)
        # An optional extra key (e.g. "-" for 番地 such as 123-4).
        self.extra_button: QPushButton | None = None
        if extra_key:
            self.extra_button = make_button(f"{name}Extra", self)
            self.extra_button.setText(extra_key)
            self.extra_button.setAccessibleName(extra_key)
            self.extra_button.clicked.connect(lambda: self.digit.emit(extra_key))
            grid.addWidget(self.extra_button, 3, 0)
            grid.addWidget(zero, 3, 1)
            grid.addWidget(self.backspace_button, 3, 2)
            grid.addWidget(self.submit_button, 4, 0, 1, 3)
        else:
            grid.addWidget(self.backspace_button, 3, 0)
            grid.addWidget(zero, 3, 1)
            grid.addWidget(self.submit_button, 3, 2)
        # Three equal columns of keys as wide as the pad allows: a long label on one key
        # (⌫ 消す) must not squeeze its neighbours.
        for column in range(3):
            grid.setColumnStretch(column, 1)
        for button in self.findChildren(QPushButton):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.backspace_button.setText(self.tr("⌫ Delete"))
        self.backspace_button.setAccessibleName(self.tr("Delete one digit"))
        self.submit_button.setText(self.tr("OK"))
        self.submit_button.setAccessibleName(self.tr("Confirm"))

    def changeEvent(self, event):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def press(self, keys: str) -> None:
        """Press keys by their labels (tests and the demo's scripted mode use it)."""
        for key in keys:
            self.digit_buttons[key].click()
