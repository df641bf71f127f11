"""The name page's keys: the kana and the Latin keyboard, one shown, with a switch key.

A Japanese name is typed in katakana; a foreign resident's registered name is typed as on
the 在留カード, in capital letters. Each keyboard carries a key to the other, in a cell
that was free (the kana keyboard's ABC under delete, the Latin keyboard's カナ at the
start of its bottom row), as on a phone: no extra row, so the page fits at 特大. Each
is labelled in its own script, so it reads the same in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.widgets.latin_keyboard import LatinKeyboard
from kiosk.ui.wizard.common import PageStack, show_message


class NameKeys(QWidget):
    """The switch, both keyboards (one shown) and a warning line under them."""

    mode_changed = Signal(bool)  # True: the Latin keyboard

    def __init__(self, parent: QWidget, name: str = "nameKeys") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.stack = PageStack(self, f"{name}Stack")
        self.kana = KanaKeyboard(self.stack, "nameKeyboard", max_length=30, switch_key="ABC")
        self.latin = LatinKeyboard(self.stack, "latinNameKeyboard", max_length=60,
                                   switch_key="カナ")
        assert self.kana.switch_button is not None and self.latin.switch_button is not None
        #: the key that opens the Latin keyboard (on the kana one), and the way back
        self.latin_button: QPushButton = self.kana.switch_button
        self.kana_button: QPushButton = self.latin.switch_button
        self.latin_button.clicked.connect(lambda: self._choose(True))
        self.kana_button.clicked.connect(lambda: self._choose(False))
        self.stack.addWidget(self.kana)
        self.stack.addWidget(self.latin)
        column.addWidget(self.stack)
        self.error = QLabel(self)
        self.error.setObjectName("nameError")
        self.error.setProperty("role", "warning")
        column.addWidget(self.error)
        show_message(self.error, "")
        column.addStretch(1)
        self.set_latin(False)
        self.retranslate_ui()

    @property
    def latin_mode(self) -> bool:
        return self.stack.currentWidget() is self.latin

    def set_latin(self, latin: bool) -> None:
        """Show the Latin (or the kana) keyboard without telling anyone (a start)."""
        self.stack.setCurrentWidget(self.latin if latin else self.kana)

    def _choose(self, latin: bool) -> None:
        changed = latin != self.latin_mode
        self.set_latin(latin)
        if changed:
            show_message(self.error, "")
            self.mode_changed.emit(latin)

    def retranslate_ui(self) -> None:
        self.kana_button.setAccessibleName(self.tr("Type the name in katakana"))
        self.latin_button.setAccessibleName(
            self.tr("Type the name in Latin letters, as on the residence card"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
