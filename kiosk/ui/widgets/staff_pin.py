"""The staff PIN prompt, with the lock-out of ``kiosk.security.StaffGate``."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.security import StaffGate
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.kana_keyboard import mark_keys
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.widgets.overlay import Overlay


class StaffPinPrompt(QObject):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, host: QWidget, gate: StaffGate) -> None:
        super().__init__(host)
        self.gate = gate
        self.overlay = Overlay(host, "staffPinOverlay")
        self.title = QLabel(self.overlay.card)
        self.title.setObjectName("staffPinTitle")
        self.title.setProperty("role", "subtitle")
        self.dots = QLabel(self.overlay.card)
        self.dots.setObjectName("staffPinDots")
        self.dots.setProperty("role", "title")
        self.message = QLabel(self.overlay.card)
        self.message.setObjectName("staffPinMessage")
        self.message.setProperty("role", "warning")
        self.message.setWordWrap(True)
        self.keypad = NumericKeypad(self.overlay.card, name="staffKeypad")
        # The compact keys of every pad: the card must fit 800 px at the largest text.
        mark_keys(self.keypad)
        self.cancel_button = make_button("staffPinCancel", self.overlay.card)
        # The words and the way out on the left, the pad on the right: stacked, they needed
        # more than an 800 px screen at every text size.
        self.title.setWordWrap(True)
        text = QVBoxLayout()
        text.setSpacing(16)
        for widget in (self.title, self.dots, self.message):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(self.cancel_button)
        row = QHBoxLayout()
        row.setSpacing(32)
        row.addLayout(text, 1)
        row.addWidget(self.keypad, 1)
        self.overlay.body.addLayout(row)
        self._pin = ""
        self.keypad.digit.connect(self._digit)
        self.keypad.backspace.connect(self._backspace)
        self.keypad.submit.connect(self._submit)
        self.cancel_button.clicked.connect(self._cancel)
        host.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Staff only: enter the staff PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel staff PIN entry"))
        self.dots.setAccessibleName(self.tr("Digits entered"))

    def open(self) -> None:
        self._pin = ""
        self._render()
        self.message.clear()
        if not self.gate.stored_hash:
            self.message.setText(self.tr("No staff PIN is set on this terminal: IT staff set "
                                         "one with `kiosk config set-staff-pin`."))
        if self.gate.locked:
            self._show_locked()
        self.overlay.open()

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    def _digit(self, digit: str) -> None:
        if len(self._pin) < 12 and not self.gate.locked:
            self._pin += digit
            self._render()

    def _backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._render()

    def _render(self) -> None:
        self.dots.setText("●" * len(self._pin) or " ")

    def _show_locked(self) -> None:
        self.message.setText(
            self.tr("Too many wrong PINs. Try again in %n second(s).", "",
               self.gate.seconds_left)
        )

    def _submit(self) -> None:
        pin, self._pin = self._pin, ""
        self._render()
        if self.gate.check(pin):
            self.overlay.close_overlay()
            self.accepted.emit()
            return
        if self.gate.locked:
            self._show_locked()
        else:
            self.message.setText(
                self.tr("Wrong PIN. %n try(s) left before the lock-out.", "",
                   self.gate.attempts_left)
            )

    def _cancel(self) -> None:
        self._pin = ""
        self.overlay.close_overlay()
        self.cancelled.emit()
