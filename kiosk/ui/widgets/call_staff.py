""""Call staff": one tap from every screen, never a dead end.

The overlay tells the resident that staff are being called and keeps their place:
closing it returns to the same screen with nothing lost. The shell turns ``called`` into
a help call (``kiosk.visits.help_calls``: the terminal, the screen and ``reason``, no
personal data) that every clerk console hears of; once a member of staff acknowledges
it, ``show_acknowledged`` tells the resident that someone is on the way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.widgets.factories import make_button
from kiosk.ui.widgets.overlay import Overlay


class CallStaffOverlay(QObject):
    called = Signal()
    staff_arrived = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.overlay = Overlay(host, "callStaffOverlay")
        self.title = QLabel(self.overlay.card)
        self.title.setObjectName("callStaffTitle")
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.text = QLabel(self.overlay.card)
        self.text.setObjectName("callStaffText")
        self.text.setWordWrap(True)
        self.back_button = make_button("callStaffBack", self.overlay.card, role="primary")
        self.staff_button = make_button("callStaffStaffMenu", self.overlay.card)
        for widget in (self.title, self.text, self.back_button, self.staff_button):
            self.overlay.body.addWidget(widget)
        self.back_button.clicked.connect(self.overlay.close_overlay)
        self.staff_button.clicked.connect(self._staff)
        self.reason = "resident"  # why the overlay was opened (a HelpReason value)
        self.acknowledged = False
        host.installEventFilter(self)
        self.retranslate_ui()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def retranslate_ui(self) -> None:
        if self.acknowledged:
            self.title.setText(self.tr("A member of staff is on the way"))
        else:
            self.title.setText(self.tr("We are calling a member of staff"))
        self.text.setText(self.tr("Please wait here. Your answers so far are kept. "
            "If you need nothing after all, tap the button below.",
        ))
        self.back_button.setText(self.tr("Go back to where I was"))
        self.back_button.setAccessibleName(self.tr("Close and go back"))
        self.staff_button.setText(self.tr("Staff: open the staff menu"))
        self.staff_button.setAccessibleName(self.tr("Staff menu (staff PIN)"))

    def open(self, reason: str = "resident") -> None:
        self.reason = reason
        self.acknowledged = False
        self.retranslate_ui()
        self.overlay.open()
        self.called.emit()

    def show_acknowledged(self) -> None:
        """Staff took the call: say so (the overlay stays where the resident left it)."""
        self.acknowledged = True
        self.retranslate_ui()

    @property
    def is_open(self) -> bool:
        return self.overlay.isVisible()

    def _staff(self) -> None:
        self.overlay.close_overlay()
        self.staff_arrived.emit()
