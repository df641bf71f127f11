"""A 50音 kana keyboard for one finger: names and readings, never a full keyboard.

The grid is the table every resident learned at school (ア-row across, アイウエオ down),
with keys for 濁点 ゛, 半濁点 ゜ and small kana that change the last character, a long
vowel ー, a space and delete. The same letters come from one key too: a long press or a
flick on カ gives ガ, on ハ バ (up) or パ (down), on ツ ヤ ユ ヨ the small ッ ャ ュ ョ
(:mod:`kiosk.ui.widgets.variant_key`), so a name takes fewer touches. The output is
always full-width katakana (the フリガナ the forms print). An optional digit pad (0-9
and "-") on the right serves 方書 (building and room).

Each key press (characters and delete) emits ``typed``: the screen counts it in the
session, because the number of characters a resident must type is a product metric.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.typed_text import strip_control
from kiosk.ui.widgets.factories import make_button, typed_text_row
from kiosk.ui.widgets.variant_key import VariantKey

# Columns left to right, rows アイウエオ top to bottom; "" leaves the cell empty.
COLUMNS: tuple[str, ...] = (
    "アイウエオ", "カキクケコ", "サシスセソ", "タチツテト", "ナニヌネノ",
    "ハヒフヘホ", "マミムメモ", "ヤ ユ ヨ", "ラリルレロ", "ワヲン  ",
)
_DAKUTEN = dict(zip("カキクケコサシスセソタチツテトハヒフヘホウ",
                    "ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ", strict=True))
_HANDAKUTEN = dict(zip("ハヒフヘホ", "パピプペポ", strict=True))
_SMALL = dict(zip("アイウエオツヤユヨワカケ", "ァィゥェォッャュョヮヵヶ", strict=True))
SPACE = "\u3000"


def _variants() -> dict[str, tuple[str, ...]]:
    """Each key's variants, first (long press, flick up) then second (flick down)."""
    table: dict[str, tuple[str, ...]] = {}
    for plain, voiced in _DAKUTEN.items():
        table[plain] = (voiced,)
    for plain, half in _HANDAKUTEN.items():
        table[plain] = (*table[plain], half)
    for plain, small in _SMALL.items():
        if plain in "カケワ":  # ヵ ヶ ヮ never appear in a name
            continue
        # small ッ ャ ュ ョ and ァ … first, except ウ whose ヴ is the common one (ヴァン)
        table[plain] = (small, *table.get(plain, ())) if plain != "ウ" else \
            (*table[plain], small)
    return table


#: Long-press and flick variants of the keys.
VARIANTS: dict[str, tuple[str, ...]] = _variants()


def _toggle(char: str, table: dict[str, str]) -> str | None:
    """The modified character, back again if already modified, or ``None`` if none."""
    if char in table:
        return table[char]
    for plain, modified in table.items():
        if modified == char:
            return plain
    return None


def mark_keys(widget: QWidget) -> None:
    """Give a pad's keys the theme's compact "key" look; a primary key (OK) keeps its
    colour as an accent."""
    for button in widget.findChildren(QPushButton):
        if button.property("role") == "primary":
            button.setProperty("accent", True)
        button.setProperty("role", "key")


class KanaKeyboard(QWidget):
    typed = Signal()
    text_changed = Signal(str)
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None, name: str = "kanaKeyboard",
                 max_length: int = 40, digits: bool = False, switch_key: str = "") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.max_length = max_length
        self._text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        top, self.display, self.ok_button = typed_text_row(name, self)
        self.ok_button.clicked.connect(lambda: self.submitted.emit(self._text))
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(5)
        layout.addLayout(grid)
        self.keys: dict[str, QPushButton] = {}
        for col, column in enumerate(COLUMNS):
            for row, char in enumerate(column):
                if char.strip():
                    self._add_key(grid, f"{name}Key{col}{row}", char, row, col)
        # Function keys in two columns on the right, where the right thumb rests.
        side = len(COLUMNS) + 1
        grid.setColumnMinimumWidth(len(COLUMNS), 12)
        self.dakuten_button = self._function_key(grid, f"{name}Dakuten", 0, side, self._dakuten)
        self.handakuten_button = self._function_key(grid, f"{name}Handakuten", 0, side + 1,
                                                    self._handakuten)
        self.small_button = self._function_key(grid, f"{name}Small", 1, side, self._small)
        self._add_key(grid, f"{name}Long", "ー", 1, side + 1)
        self.space_button = self._function_key(grid, f"{name}Space", 2, side, self._space, 2)
        self.delete_button = self._function_key(grid, f"{name}Delete", 3, side, self._delete, 2)
        # ``switch_key`` (e.g. "ABC") fills the free cell under delete: another keyboard
        # for the same field, with no extra row (the host connects it).
        self.switch_button: QPushButton | None = None
        if switch_key:
            self.switch_button = make_button(f"{name}Switch", self, role="key")
            self.switch_button.setText(switch_key)
            grid.addWidget(self.switch_button, 4, side, 1, 2)
        if digits:
            # Digits as a small pad further right: no extra row, so it fits the screen.
            pad = side + 3
            grid.setColumnMinimumWidth(side + 2, 12)
            for index, char in enumerate("7894561230-"):
                self._add_key(grid, f"{name}Digit{char}" if char != "-" else f"{name}Hyphen",
                              char, index // 3, pad + index % 3)
        self._refresh()
        self.retranslate_ui()

    # ------------------------------------------------------------------ building
    def _add_key(self, grid: QGridLayout, name: str, char: str, row: int, col: int) -> None:
        variants = VARIANTS.get(char, ())
        button: QPushButton = VariantKey(self, char, variants) if variants else QPushButton(self)
        button.setObjectName(name)
        button.setProperty("role", "key")
        button.setText(char)
        button.setAccessibleName(char)
        button.clicked.connect(lambda _=False, c=char: self._insert(c))
        if isinstance(button, VariantKey):
            button.variant.connect(self._insert)
        grid.addWidget(button, row, col)
        self.keys[char] = button

    def _function_key(self, grid: QGridLayout, name: str, row: int, col: int,
                      slot: Callable[[], None], span: int = 1) -> QPushButton:
        button = make_button(name, self)
        button.setProperty("role", "key")
        button.setProperty("wordy", True)  # 小さい字, 空白, ⌫ 1字消す
        button.clicked.connect(slot)
        grid.addWidget(button, row, col, 1, span)
        return button

    def retranslate_ui(self) -> None:
        self.dakuten_button.setText("゛")
        self.dakuten_button.setAccessibleName(self.tr("Voiced mark (dakuten) on the last letter"))
        self.handakuten_button.setText("゜")
        self.handakuten_button.setAccessibleName(self.tr("Half-voiced mark on the last letter"))
        self.small_button.setText(self.tr("Small"))
        self.small_button.setAccessibleName(self.tr("Make the last letter small"))
        self.keys["ー"].setAccessibleName(self.tr("Long vowel mark"))
        self.space_button.setText(self.tr("Space"))
        self.space_button.setAccessibleName(self.tr("Space between family and given name"))
        self.delete_button.setText(self.tr("⌫ Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the last letter"))
        self.display.setAccessibleName(self.tr("What you typed"))
        for key in self.keys.values():
            if isinstance(key, VariantKey):
                key.setAccessibleDescription(
                    self.tr("Hold or flick for %1").replace("%1", " ".join(key.variants)))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("Confirm what you typed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ text
    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Set the text without counting it as typed (a suggestion, a stored value)."""
        self._text = strip_control(text)[: self.max_length]
        self._refresh()

    def press(self, keys: str) -> None:
        """Press keys by their labels, like a finger would (tests, scripted demo)."""
        plain_of_small = {small: plain for plain, small in _SMALL.items()}
        for key in unicodedata.normalize("NFD", keys):  # ポ → ホ + ゜, as typed
            if key in (SPACE, " "):
                self.space_button.click()
            elif key == "\u3099":
                self.dakuten_button.click()
            elif key == "\u309a":
                self.handakuten_button.click()
            elif key in plain_of_small:
                self.keys[plain_of_small[key]].click()
                self.small_button.click()
            else:
                self.keys[key].click()

    def press_fewest(self, keys: str) -> None:
        """Type ``keys`` with the fewest touches: a voiced or small kana by its key's
        variant (the long press or flick), everything else as :meth:`press`."""
        for char in unicodedata.normalize("NFC", keys):
            key = next((k for k in self.keys.values() if isinstance(k, VariantKey)
                        and char in k.variants), None)
            if key is None:
                self.press(char)
            else:
                key.choose(key.variants.index(char))

    def _insert(self, char: str) -> None:
        self.typed.emit()
        char = strip_control(char)
        if char and len(self._text) < self.max_length:
            self._text += char
            self._refresh()

    def _modify(self, table: dict[str, str]) -> None:
        self.typed.emit()
        if self._text:
            changed = _toggle(self._text[-1], table)
            if changed is not None:
                self._text = self._text[:-1] + changed
                self._refresh()

    def _dakuten(self) -> None:
        self._modify(_DAKUTEN)

    def _handakuten(self) -> None:
        self._modify(_HANDAKUTEN)

    def _small(self) -> None:
        self._modify(_SMALL)

    def _space(self) -> None:
        if self._text and not self._text.endswith(SPACE):
            self._insert(SPACE)
        else:
            self.typed.emit()

    def _delete(self) -> None:
        self.typed.emit()
        if self._text:
            self._text = self._text[:-1]
            self._refresh()

    def _refresh(self) -> None:
        # A visible caret tells where the next letter goes; the text itself is plain.
        self.display.setText(self._text + "▏")
        self.text_changed.emit(self._text)
