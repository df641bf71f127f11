"""Life event: "What brings you here today?" — eight large buttons, one tap.

Titles and descriptions come from the catalog (``forms/catalog/events.yaml``) in both
languages, so a town that rewords an event changes no code. Each button carries the
event's symbol (also from the catalog), which reads without words.

While the resident reads the buttons, the town's core system is asked about them (off
the UI thread, :mod:`kiosk.app.core_lookup`): the household screen after it then starts
filled, without the resident waiting here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QVBoxLayout

from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.ui.screens.base import Screen
from kiosk.ui.wizard.common import (
    ChoiceButton,
    back_button,
    bottom_row,
    header,
    language,
    scroll_area,
    scroll_content,
    set_back_text,
)


class LifeEventScreen(Screen):
    screen_id = "life_event"
    visit_step = 2

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title, self.hint = header(self, "lifeEvent")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        area, content = scroll_area(self, "lifeEventScroll")
        grid = QGridLayout()
        grid.setSpacing(16)
        for column in (0, 1):  # equal columns: a long word must not squeeze the other one
            grid.setColumnStretch(column, 1)
        content.addLayout(grid)
        content.addStretch(1)
        layout.addWidget(area, 1)
        catalog = self.services.navigator.catalog
        self.event_buttons: dict[str, ChoiceButton] = {}
        for index, event_id in enumerate(catalog.events):
            button = ChoiceButton(f"event{event_id}", scroll_content(area))
            button.clicked.connect(lambda _=False, e=event_id: self._choose(e))
            grid.addWidget(button, index // 2, index % 2)
            self.event_buttons[event_id] = button
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self.back.emit)
        layout.addLayout(bottom_row(self, self.back_button))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("What brings you here today?"))
        self.hint.setText(self.tr("Tap one. If several apply, start with the first one; "
                                  "staff will help with the rest."))
        lang = language()
        catalog = self.services.navigator.catalog
        for event_id, button in self.event_buttons.items():
            event = catalog.events[event_id]
            button.set_texts(event.title.get(lang), event.description.get(lang), event.symbol)
        set_back_text(self.back_button)

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        if self.shell is not None:  # once per resident: after the PIN or manual entry
            self.services.core_lookup.start(session, self.shell.runner)

    def _choose(self, event_id: str) -> None:
        if self.session is None:
            return
        Visit.for_services(self.session, self.services).choose_event(event_id)
        # the household screen does it instead when the lookup is still running
        self.services.core_lookup.prefill(self.session, self.services.navigator.catalog,
                                          self.services.clock())
        self.done.emit(event_id)
