"""A Latin keyboard for a registered name, as the 在留カード writes it: A–Z in capitals.

QWERTY rows, because most foreign residents know them from their phones; beside the
letters the name punctuation of the card (space, hyphen, apostrophe, comma) and delete.
The output is the name as registered (``NGUYEN VAN AN``), never lower case. Like the kana
keyboard, each key press emits ``typed`` (the product counts typed characters), and
``submitted`` carries the text when OK is tapped.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.latin_name import normalize_latin_name
from kiosk.ui.widgets.factories import make_button, typed_text_row

ROWS: tuple[str, ...] = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
# The name punctuation keys and their object-name suffixes.
MARKS: tuple[tuple[str, str], ...] = (("-", "Hyphen"), ("'", "Apostrophe"), (",", "Comma"))


class LatinKeyboard(QWidget):
    typed = Signal()
    text_changed = Signal(str)
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, name: str = "latinKeyboard",
                 max_length: int = 60, switch_key: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_length = max_length
        self._text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top, self.display, self.ok_button = typed_text_row(name, self)
        self.ok_button.clicked.connect(lambda: self.submitted.emit(self.text))
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(6)
        layout.addLayout(grid)
        self.keys: dict[str, QPushButton] = {}
        # Two grid columns per key, so the rows stagger by half a key as on a phone.
        for row, letters in enumerate(ROWS):
            for index, letter in enumerate(letters):
                self._key(grid, f"{name}Key{letter}", letter, row, row + 2 * index)
        # Bottom row: [switch] - ' , [ space ] [delete]; ``switch_key`` (e.g. "カナ") is
        # another keyboard for the same field (the host connects it).
        self.switch_button: QPushButton | None = None
        if switch_key:
            self.switch_button = make_button(f"{name}Switch", self, role="key")
            self.switch_button.setText(switch_key)
            grid.addWidget(self.switch_button, 3, 0, 1, 2)
        for (mark, suffix), col in zip(MARKS, (2, 4, 6), strict=True):
            self._key(grid, f"{name}{suffix}", mark, 3, col)
        self.space_button = make_button(f"{name}Space", self, role="key")
        self.space_button.clicked.connect(self._space)
        grid.addWidget(self.space_button, 3, 8, 1, 8)
        self.delete_button = make_button(f"{name}Delete", self, role="key")
        self.delete_button.clicked.connect(self._delete)
        grid.addWidget(self.delete_button, 3, 16, 1, 4)
        self._refresh()
        self.retranslate_ui()

    def _key(self, grid: QGridLayout, name: str, char: str, row: int, col: int) -> None:
        button = make_button(name, self, role="key")
        button.setText(char)
        button.setAccessibleName(char)
        button.clicked.connect(lambda _=False, c=char: self._insert(c))
        grid.addWidget(button, row, col, 1, 2)
        self.keys[char] = button

    def retranslate_ui(self) -> None:
        self.space_button.setText(self.tr("Space"))
        self.space_button.setAccessibleName(self.tr("Space between names"))
        self.delete_button.setText(self.tr("⌫ Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the last letter"))
        self.keys["-"].setAccessibleName(self.tr("Hyphen"))
        self.keys["'"].setAccessibleName(self.tr("Apostrophe"))
        self.keys[","].setAccessibleName(self.tr("Comma"))
        self.display.setAccessibleName(self.tr("What you typed"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Confirm what you typed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ text
    @property
    def text(self) -> str:
        """The name as registered: capitals, one space between words, none at the ends."""
        return normalize_latin_name(self._text)

    def set_text(self, text: str) -> None:
        """Set the text without counting it as typed (a stored value, or a proposed family
        name: its trailing space stays, so the resident goes on with the given name)."""
        name = normalize_latin_name(text)
        if name and text[-1:].isspace():
            name += " "
        self._text = name[: self.max_length]
        self._refresh()

    def press(self, keys: str) -> None:
        """Press keys by their labels, like a finger would (tests, scripted demo)."""
        for key in keys.upper():
            if key == " ":
                self.space_button.click()
            else:
                self.keys[key].click()

    def _insert(self, char: str) -> None:
        self.typed.emit()
        if len(self._text) < self.max_length:
            self._text += char
            self._refresh()

    def _space(self) -> None:
        self.typed.emit()
        if self._text and not self._text.endswith(" ") and len(self._text) < self.max_length:
            self._text += " "
            self._refresh()

    def _delete(self) -> None:
        self.typed.emit()
        if self._text:
            self._text = self._text[:-1]
            self._refresh()

    def _refresh(self) -> None:
        self.display.setText(self._text + "▏")
        self.text_changed.emit(self._text)
