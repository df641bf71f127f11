"""A birth-date input for one finger: pick the era (or 西暦), then type year, month, day.

Many older residents know their birthday only in 和暦 (昭和30年…), younger ones and
foreign residents in 西暦: both are one tap away. Digits come from the large numeric pad;
the year, month and day boxes fill in turn. The date is checked with
:mod:`kiosk.domain.era` (a 平成32年 or a 2月30日 is refused with a plain sentence).

Each digit or delete emits ``typed`` so the screen can count the resident's typing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.domain.era import ERAS, EraError, from_wareki, to_wareki
from kiosk.ui.widgets.button_row_fit import two_lines
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.kana_keyboard import mark_keys
from kiosk.ui.widgets.keypad import NumericKeypad

SEIREKI = "西暦"
_FIELDS = ("year", "month", "day")


class _DatePad(NumericKeypad):
    """The number pad beside the date: a bare ⌫ keeps its three columns equal."""

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.backspace_button.setText("⌫")


class EraDateInput(QWidget):
    typed = Signal()
    date_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None, name: str = "eraDate",
                 default_era: str = "昭和") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._default_era = default_era
        self.era = default_era
        self.values = {f: "" for f in _FIELDS}
        self.active = "year"
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        left = QGridLayout()
        left.setSpacing(8)
        row.addLayout(left, 3)
        self.era_buttons: dict[str, QPushButton] = {}
        self._era_group = QButtonGroup(self)
        for index, era in enumerate([*(e.name for e in ERAS), SEIREKI]):
            button = make_button(f"{name}Era{index}", self, checkable=True)
            button.setProperty("role", "key")
            button.setText(era)
            button.clicked.connect(lambda _=False, e=era: self.set_era(e))
            self._era_group.addButton(button)
            left.addWidget(button, index // 3, index % 3)
            self.era_buttons[era] = button
        self.field_buttons: dict[str, QPushButton] = {}
        for index, key in enumerate(_FIELDS):
            button = make_button(f"{name}{key.capitalize()}", self, checkable=True)
            button.clicked.connect(lambda _=False, k=key: self._activate(k))
            left.addWidget(button, 2, index)
            self.field_buttons[key] = button
        self.result = QLabel(self)
        self.result.setObjectName(f"{name}Result")
        self.result.setWordWrap(True)
        self.result.setProperty("role", "subtitle")
        left.addWidget(self.result, 3, 0, 1, 3)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "warning")
        left.addWidget(self.error, 4, 0, 1, 3)
        left.setRowStretch(5, 1)
        self.keypad = _DatePad(self, f"{name}Keypad")
        mark_keys(self)
        for button in (*self.era_buttons.values(), *self.field_buttons.values()):
            button.setProperty("wordy", True)  # 西暦 (Western), 58 年: words on keys
        self.keypad.digit.connect(self._digit)
        self.keypad.backspace.connect(self._backspace)
        self.keypad.submit.connect(self.submit)
        row.addWidget(self.keypad, 2)
        self.retranslate_ui()
        self.clear()

    def retranslate_ui(self) -> None:
        for era, button in self.era_buttons.items():
            if era == SEIREKI:
                self._fit_western()
                button.setAccessibleName(self.tr("Western calendar year"))
            else:
                button.setAccessibleName(self.tr("Era %1").replace("%1", era))
        self._refresh()

    def _fit_western(self) -> None:
        """「西暦」 in the resident's language, on two lines when one is too wide for the
        key ("Kanluranin (西暦)" at 特大). Measured on the one-line text, so it is stable."""
        button = self.era_buttons[SEIREKI]
        text = self.tr("Western (西暦)")
        frame = 2 * 3 + 2 * 2 + 4  # the key's border and padding (theme), and slack
        wide = button.fontMetrics().horizontalAdvance(text) + frame > button.width()
        shown = two_lines(text) if wide and button.width() > 0 else text
        if button.text() != shown:
            button.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_western()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ state
    def clear(self, era: str | None = None) -> None:
        self.values = {f: "" for f in _FIELDS}
        self.set_era(era or self._default_era)
        self._activate("year")

    def set_date(self, day: date) -> None:
        """Show a known date (going back to a member already entered); not typing."""
        wareki = to_wareki(day)
        self.set_era(wareki.era.name)
        self.values = {"year": str(wareki.year), "month": str(day.month), "day": str(day.day)}
        self._activate("day")

    def set_era(self, era: str) -> None:
        self.era = era
        self.era_buttons[era].setChecked(True)
        self.values["year"] = self.values["year"][: self._max_len("year")]
        self.error.clear()
        self.error.setVisible(False)
        self._refresh()

    def _max_len(self, key: str) -> int:
        return 4 if key == "year" and self.era == SEIREKI else 2

    def _activate(self, key: str) -> None:
        self.active = key
        for name, button in self.field_buttons.items():
            button.setChecked(name == key)
        self._refresh()

    def _digit(self, digit: str) -> None:
        self.typed.emit()
        key = self.active
        if len(self.values[key]) >= self._max_len(key):
            return
        self.values[key] += digit
        self.error.clear()
        self.error.setVisible(False)
        if key != "day" and self._field_complete(key):
            self._activate(_FIELDS[_FIELDS.index(key) + 1])
        self._refresh()

    def _field_complete(self, key: str) -> bool:
        """Full, or no further digit could make sense: month "3" is March, go on to the
        day (one tap fewer); month "1" waits for a possible 10-12."""
        value = self.values[key]
        if len(value) >= self._max_len(key):
            return True
        return key == "month" and int(value) * 10 > 12

    def _backspace(self) -> None:
        self.typed.emit()
        key = self.active
        if not self.values[key] and key != "year":
            key = _FIELDS[_FIELDS.index(key) - 1]
            self._activate(key)
        self.values[key] = self.values[key][:-1]
        self._refresh()

    def value(self) -> date | None:
        """The date typed so far, or ``None`` when incomplete or impossible."""
        try:
            year, month, day = (int(self.values[f]) for f in _FIELDS)
        except ValueError:
            return None
        try:
            if self.era == SEIREKI:
                result = date(year, month, day)
            else:
                result = from_wareki(self.era, year, month, day)
        except (ValueError, EraError):
            return None
        return result if result <= date.today() else None

    def submit(self) -> None:
        chosen = self.value()
        if chosen is None:
            self.error.setText(self.tr("This date does not exist. Please check it."))
            self.error.setVisible(True)
            return
        self.error.clear()
        self.error.setVisible(False)
        self.date_chosen.emit(chosen)

    def _refresh(self) -> None:
        units = (self.tr("year"), self.tr("month"), self.tr("day"))
        for (key, button), unit in zip(self.field_buttons.items(), units, strict=True):
            button.setText(f"{self.values[key] or '_'} {unit}")
            button.setAccessibleName(f"{unit}: {self.values[key] or '-'}")
        chosen = self.value()
        if chosen is None:
            self.result.setText("")
        else:
            self.result.setText(f"{to_wareki(chosen).format_ja()} ({chosen.isoformat()})")
