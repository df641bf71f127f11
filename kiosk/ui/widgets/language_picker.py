"""The language picker: a list of big buttons, each language named in itself.

The top bar opens it when more than two languages are configured (with two, the bar's
button simply toggles). Each name is written in its own language (日本語, English,
Tiếng Việt) so that a resident who cannot read the current one still finds theirs.
More than four languages are laid out in two columns, so eight still fit a 10-inch
tablet at the largest text size.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.i18n import language_name, translate
from kiosk.ui.screens.base import make_button, make_label
from kiosk.ui.widgets.overlay import Overlay

_ONE_COLUMN = 4
"""Up to this many languages are listed in one column."""


class LanguagePicker(QObject):
    """``chosen`` carries the locale the resident tapped; the picker then closes."""

    chosen = Signal(str)

    def __init__(self, host: QWidget, languages: Sequence[str]) -> None:
        super().__init__(host)
        self.overlay = Overlay(host, "languagePicker")
        self.overlay.setAccessibleName("Language / 言語")
        self.title = make_label("languagePickerTitle", self.overlay.card, role="title")
        self.overlay.body.addWidget(self.title)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        self.overlay.body.setSpacing(16)
        self.overlay.body.setContentsMargins(32, 20, 32, 20)
        columns = 2 if len(languages) > _ONE_COLUMN else 1
        self.overlay.body.addLayout(grid)
        for index, locale in enumerate(languages):
            button = make_button(f"languageOption_{locale}", self.overlay.card, role="language")
            button.setText(language_name(locale))
            button.setAccessibleName(language_name(locale))
            button.clicked.connect(lambda _=False, loc=locale: self._choose(loc))
            grid.addWidget(button, index // columns, index % columns)
            self.buttons[locale] = button
        self.close_button = make_button("languagePickerClose", self.overlay.card)
        self.close_button.setAccessibleName("Close / 閉じる")  # until opened in a language
        self.close_button.clicked.connect(self.overlay.close_overlay)
        self.overlay.body.addWidget(self.close_button)

    def open(self, current: str) -> None:
        """Show the list, titled and closable in the current language."""
        self.title.setText(translate("Language", "Choose a language", current))
        self.title.setAccessibleName(self.title.text())
        self.close_button.setText(translate("Language", "Close", current))
        self.close_button.setAccessibleName(self.close_button.text())
        for locale, button in self.buttons.items():
            button.setProperty("current", locale == current)
            button.style().polish(button)  # the marked border follows the property
        self.overlay.open()

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    def _choose(self, locale: str) -> None:
        self.overlay.close_overlay()
        self.chosen.emit(locale)
