"""The reason prompt for a visit that is not routed to this counter (issue 14 §4).

One button per ``kiosk.app.route_check.OFF_ROUTE_REASONS`` and a cancel button: codes
only, so nothing typed (no name, no note) reaches the audit. ``chosen(visit_id, reason)``
re-opens the visit with the reason, which the service audits before the read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.app.route_check import OFF_ROUTE_REASONS
from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay


class RouteReasonPrompt(QObject):
    chosen = Signal(str, str)  # visit id, reason code
    cancelled = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.overlay = Overlay(host, "routeReasonOverlay")
        self.title = QLabel(self.overlay.card)
        self.title.setObjectName("routeReasonTitle")
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.overlay.body.addWidget(self.title)
        self.buttons: dict[str, QPushButton] = {}
        for reason in OFF_ROUTE_REASONS:
            button = make_button(f"reason_{reason}", self.overlay.card)
            button.clicked.connect(lambda _checked=False, r=reason: self._choose(r))
            self.overlay.body.addWidget(button)
            self.buttons[reason] = button
        self.cancel_button = make_button("routeReasonCancel", self.overlay.card, role="primary")
        self.cancel_button.clicked.connect(self.cancel)
        self.overlay.body.addWidget(self.cancel_button)
        self._visit_id: str | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("This visit is not routed to this counter. Why do you "
                                   "open it? Your answer is recorded with your account."))
        labels = {
            "resident_at_this_counter": self.tr("The resident is here, at this counter"),
            "covering_colleague": self.tr("I am covering for the counter on the route"),
            "resident_request": self.tr("The resident asks for a correction or advice"),
            "supervisor_review": self.tr("Supervisor check of a colleague's work"),
        }
        for reason, button in self.buttons.items():
            button.setText(labels.get(reason, reason))
            button.setAccessibleName(button.text())
        self.cancel_button.setText(self.tr("Do not open it"))
        self.cancel_button.setAccessibleName(self.tr("Do not open the visit"))

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    def ask(self, visit_id: str) -> None:
        self._visit_id = visit_id
        self.overlay.open()
        self.cancel_button.setFocus()  # the safe answer: a stray Enter opens nothing

    def cancel(self) -> None:
        self._visit_id = None
        self.overlay.close_overlay()
        self.cancelled.emit()

    def _choose(self, reason: str) -> None:
        visit_id, self._visit_id = self._visit_id, None
        self.overlay.close_overlay()
        if visit_id is not None:
            self.chosen.emit(visit_id, reason)
