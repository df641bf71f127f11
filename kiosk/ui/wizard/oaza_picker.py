"""The town's 大字 as large buttons with their readings: an address without typing.

The list is the town's own (``forms/catalog/town.yaml``), so the kiosk never offers an
address that does not exist. Used by the new-address screen and by manual entry.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from forms.catalog import Oaza, Town
from kiosk.ui.wizard.common import ChoiceButton, scroll_area, scroll_content

COLUMNS = 4


class OazaPicker(QWidget):
    chosen = Signal(object)  # forms.catalog.Oaza

    def __init__(self, parent: QWidget, town: Town, name: str = "oazaPicker") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.town = town
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        area, content = scroll_area(self, f"{name}Scroll")
        grid = QGridLayout()
        grid.setSpacing(12)
        content.addLayout(grid)
        content.addStretch(1)
        layout.addWidget(area)
        self.buttons: dict[str, ChoiceButton] = {}
        for index, oaza in enumerate(town.oaza):
            button = ChoiceButton(f"oaza{index}", scroll_content(area))
            button.set_texts(oaza.name, oaza.kana)
            button.clicked.connect(lambda _=False, o=oaza: self.chosen.emit(o))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.buttons[oaza.name] = button

    def choose(self, name: str) -> Oaza:
        """Tap the button for ``name`` (tests and the scripted demo)."""
        self.buttons[name].click()
        return next(o for o in self.town.oaza if o.name == name)


def town_prefix(town: Town) -> str:
    """Prefecture, district, town and 大字 — written in front of every address in the town."""
    return f"{town.full_name()}大字"
