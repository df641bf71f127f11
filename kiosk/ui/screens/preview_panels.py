"""The two full-width panels of the preview screen besides the forms themselves.

``BusyPanel``: what the resident sees while the forms are prepared or printed. A moving
bar (the work runs off the UI thread, so it never freezes) and one calm sentence.
``ProblemPanel``: what they see when something went wrong: one plain explanation, the
"Call staff" action, and one way forward. Neither decides where the flow goes: the
preview screen connects their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from kiosk.ui.screens.base import make_button, make_label


def _label(name: str, parent: QWidget, role: str = "") -> QLabel:
    label = make_label(name, parent, role)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class BusyPanel(QWidget):
    """A message, a moving bar and a hint; texts are set by the owner per stage."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("busyPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(28)
        self.message = _label("busyMessage", self, "subtitle")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("busyBar")
        self.bar.setRange(0, 0)  # indeterminate: how long a printer takes is unknown
        self.bar.setTextVisible(False)
        self.hint = _label("busyHint", self, "hint")
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        layout.addWidget(self.hint)
        layout.addStretch(2)

    def show_message(self, message: str, hint: str) -> None:
        self.message.setText(message)
        self.bar.setAccessibleName(message)
        self.hint.setText(hint)


class ProblemPanel(QWidget):
    """A warning, an explanation, "Call staff" and one way forward (texts from the owner)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(24)
        self.warning = _label("problemWarning", self, "warning")
        self.text = _label("problemText", self, "subtitle")
        self.call_staff_button = make_button("problemCallStaff", self, role="danger")
        self.next_button = make_button("problemNext", self, role="primary")
        layout.addStretch(1)
        layout.addWidget(self.warning)
        layout.addWidget(self.text)
        layout.addSpacing(16)
        layout.addWidget(self.call_staff_button)
        layout.addWidget(self.next_button)
        layout.addStretch(2)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.call_staff_button.setText(self.tr("Call staff"))
        self.call_staff_button.setAccessibleName(self.tr("Call a member of staff for help"))
        if not self.next_button.text():
            self.next_button.setAccessibleName(self.tr("Continue"))

    def show_problem(self, warning: str, text: str, next_label: str) -> None:
        self.warning.setText(warning)
        self.text.setText(text)
        self.next_button.setText(next_label)
        self.next_button.setAccessibleName(next_label)
