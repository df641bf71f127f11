"""The counter's event buttons, each with an F-key: called, started, finished, sent back,
and "left" by hand (a visit is also marked left when its last counter finishes)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.clerk.panel import Panel
from kiosk.ui.screens.base import make_button

# kind -> (button attribute, key). The window handles the keys (``ClerkWindow.keyPressEvent``)
# so they work wherever the focus is, the scan field included.
ACTIONS: dict[str, tuple[str, str]] = {
    "called": ("called_button", "F5"),
    "service_started": ("started_button", "F6"),
    "service_finished": ("finished_button", "F7"),
    "sent_back": ("sent_back_button", "F8"),
    "left": ("left_button", "F9"),
}


class ActionsPanel(Panel):
    marked = Signal(str)  # event kind

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionsPanel")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for index, (kind, (name, _key)) in enumerate(ACTIONS.items()):
            role = "danger" if kind in {"sent_back", "left"} else (
                "primary" if kind == "service_finished" else "")
            button = make_button(name, self, role=role)
            button.clicked.connect(lambda _=False, k=kind: self.marked.emit(k))
            setattr(self, name, button)
            self.buttons[kind] = button
            grid.addWidget(button, 0, index)
        self.set_enabled(False)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "called": (self.tr("Called"), self.tr("Record that the resident was called")),
            "service_started": (self.tr("Service started"),
                                self.tr("Record that service started")),
            "service_finished": (self.tr("Finished"), self.tr("Record that service finished")),
            "sent_back": (self.tr("Sent back"),
                          self.tr("Record that the resident was sent back for a correction")),
            "left": (self.tr("Left"), self.tr("Mark the visit as left the town hall")),
        }
        for kind, button in self.buttons.items():
            text, accessible = texts[kind]
            button.setText(f"{text} [{ACTIONS[kind][1]}]")
            button.setAccessibleName(accessible)

    @staticmethod
    def kind_for_key(key_name: str) -> str | None:
        return next((kind for kind, (_n, key) in ACTIONS.items() if key == key_name), None)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)
