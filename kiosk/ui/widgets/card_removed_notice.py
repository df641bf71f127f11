"""「カードが取り外されました」: what the resident sees when the card leaves the reader
mid-visit, instead of a silent jump back to the welcome screen.

It covers the whole window with an opaque backdrop (nothing of the visit shows behind
it), says that the data was cleared for privacy and what to do next (insert the card
again to start over, or call staff), and closes after ``seconds`` or at a tap. Its text
is set when it opens, in the resident's language, and deliberately not retranslated: the
window returns to the town's default language underneath while it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from kiosk.ui.widgets.factories import make_button, make_label
from kiosk.ui.widgets.overlay import Overlay

#: The card's widest (px) and the room kept around it in a narrower window.
MAX_CARD_WIDTH = 1000
WINDOW_MARGIN = 40


class CardRemovedNotice(Overlay):
    closed = Signal()
    staff_wanted = Signal()

    def __init__(self, host: QWidget) -> None:
        super().__init__(host, "cardRemovedNotice")
        # Opaque, unlike the other overlays: the wiped visit must not show through. Painted
        # here (paintEvent), not by a style sheet, which the theme's may outrank.
        self.setStyleSheet("")
        self.setAutoFillBackground(False)
        self.title = make_label("cardRemovedTitle", self.card, "title")
        self.text = make_label("cardRemovedText", self.card, "subtitle")
        self.ok_button = make_button("cardRemovedOk", self.card, role="primary")
        self.staff_button = make_button("cardRemovedCallStaff", self.card, role="callstaff")
        for widget in (self.title, self.text, self.ok_button, self.staff_button):
            self.body.addWidget(widget)
        self.ok_button.clicked.connect(self.dismiss)
        self.staff_button.clicked.connect(self._call_staff)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self._set_texts()

    @property
    def is_open(self) -> bool:
        return self.isVisible()

    def show_for(self, seconds: float) -> None:
        """Open, in the language shown now, for ``seconds`` (or until a tap)."""
        self._set_texts()
        self.open()
        self._fit()
        self.ok_button.setFocus()
        self._timer.start(round(seconds * 1000))

    def _set_texts(self) -> None:
        self.title.setText(self.tr("The card was removed"))
        self.text.setText(self.tr(
            "For your privacy, everything you entered has been cleared. To start again, "
            "insert your My Number card again. If you need help, call a member of staff."))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK: back to the start"))
        self.staff_button.setText(self.tr("Call staff"))
        self.staff_button.setAccessibleName(self.tr("Call a member of staff for help"))

    def _fit(self) -> None:
        """Give the card a width from the window and each wrapped text the height it needs
        at that width (a centred card is sized by its hint, which ignores wrapping)."""
        width = max(480, min(MAX_CARD_WIDTH, self.width() - 2 * WINDOW_MARGIN))
        self.card.setFixedWidth(width)
        margins = self.body.contentsMargins()
        inner = width - margins.left() - margins.right()
        for label in (self.title, self.text):
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(inner))
        layout = self.layout()
        if layout is not None:
            layout.activate()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0))
        painter.end()

    def dismiss(self) -> None:
        self._timer.stop()
        if self.isVisible():
            self.close_overlay()
            self.closed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A tap anywhere (outside the buttons, which handle their own) closes it.
        self.dismiss()
        event.accept()

    def _call_staff(self) -> None:
        self.dismiss()
        self.staff_wanted.emit()
