"""Put the card on the reader: an animation shows where, the screen waits for the card.

When a card arrives (or is already there), the screen checks through the reader service
that it is a My Number card and how many PIN tries it has left (this spends none), then
emits ``done(CardChecked)``. "I do not have my card" emits ``done("manual")``. Without a
reader (none configured, unplugged, or pcscd down) it says so plainly and offers the
manual path: the resident is never stuck.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app.session import ResidentSession
from kiosk.card.errors import CardError, CardRemoved, NoCard, NoReader, ReaderUnplugged
from kiosk.ui.card_adapter import CardAdapter
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.widgets.ruby_label import RubyLabel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CardChecked:
    """``done`` result: a My Number card is in ``reader`` with ``tries_left`` PIN tries."""

    reader: str | None
    tries_left: int


class CardSlotAnimation(QWidget):
    """A card gliding down onto a reader, looped; drawn with the theme's colours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardAnimation")
        # Small enough to leave a long title its lines at 特大 on 1280×800; it draws to fit.
        self.setMinimumSize(320, 150)
        self.progress = 0.0
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(2400)
        self.animation.setLoopCount(-1)
        self.animation.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.animation.valueChanged.connect(self._step)

    def _step(self, value: object) -> None:
        self.progress = float(value)  # type: ignore[arg-type]
        self.update()

    def showEvent(self, event: QShowEvent) -> None:
        self.animation.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.animation.stop()  # no timers running behind other screens
        super().hideEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        # Drawn in a box at most twice as wide as high, centred: a short widget gets a
        # smaller picture rather than a card that spills over the reader.
        full_w, h = float(self.width()), float(self.height())
        w = min(full_w, h * 2)
        painter.translate((full_w - w) / 2, 0)
        reader = QRectF(w * 0.2, h * 0.62, w * 0.6, h * 0.3)
        painter.setPen(QPen(ink, 4))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(reader, 16, 16)
        # The card: it travels from above into its place on the reader, then pauses.
        travel = min(1.0, self.progress / 0.7)
        card_w, card_h = w * 0.42, w * 0.42 * 0.63
        top = h * 0.02 + travel * (reader.top() - card_h * 0.45 - h * 0.02)
        card = QRectF((w - card_w) / 2, top, card_w, card_h)
        painter.setBrush(accent)
        painter.drawRoundedRect(card, 12, 12)
        chip = QRectF(card.left() + card_w * 0.1, card.top() + card_h * 0.35,
                      card_w * 0.16, card_h * 0.24)
        painter.setBrush(QColor("#D4AF37"))
        painter.drawRoundedRect(chip, 4, 4)
        painter.end()


class CardInsertScreen(Screen):
    screen_id = "card_insert"

    def setup_ui(self) -> None:
        self.adapter: CardAdapter | None = None
        self._connected = False
        self._active = False
        self._state = "waiting"
        self._error: CardError | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        self.title = self._label("cardInsertTitle", "title")
        self.instructions = self._label("cardInsertInstructions", "subtitle")
        self.animation = CardSlotAnimation(self)
        self.status = self._label("cardInsertStatus", "warning")
        self.no_card_button = make_button("noCardButton", self)
        self.back_button = make_button("cardInsertBack", self)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.no_card_button, 1)
        layout.addWidget(self.title)
        layout.addWidget(self.instructions)
        layout.addWidget(self.animation, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.no_card_button.clicked.connect(self._manual)
        self.back_button.clicked.connect(self._back)

    def _label(self, name: str, role: str) -> QLabel:
        label = RubyLabel(self)
        label.setObjectName(name)
        label.setProperty("role", role)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Please put your My Number card on the card reader"))
        self.instructions.setText(self.tr(
            "Face up, on the reader marked with the card symbol. Leave it there until "
            "you have finished."))
        self.animation.setAccessibleName(self.tr("Picture: a card being placed on the reader"))
        self.no_card_button.setText(self.tr("I do not have my card"))
        self.no_card_button.setAccessibleName(self.tr("Continue without a card"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous screen"))
        self._show_state()

    def _show_state(self) -> None:
        lang = LanguageSwitcher.shared().current
        text = {
            "waiting": "",
            "checking": self.tr("Reading your card. Please do not remove it."),
            "no_reader": NoReader().message(lang) + "\n"
            + self.tr("You can also continue without a card."),
        }.get(self._state, "")
        if self._state == "error" and self._error is not None:
            text = self._error.message(lang)
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))  # no empty line taking a long title's room
        self.animation.setVisible(self._state != "no_reader")

    def _set_state(self, state: str, error: CardError | None = None) -> None:
        self._state, self._error = state, error
        self._show_state()

    # ------------------------------------------------------------------ flow
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self._active = True
        self.adapter = self.shell.card_adapter if self.shell is not None else None
        if self.adapter is None:
            self._set_state("no_reader")
            return
        if not self._connected:
            self.adapter.card_inserted.connect(self._card_inserted)
            self.adapter.card_removed.connect(self._card_removed)
            self.adapter.readers_changed.connect(self._readers_changed)
            self._connected = True
        if self.adapter.card_present:
            self._check()
        elif not self.adapter.readers and not self._readers_now():
            self._set_state("no_reader")
        else:
            self._set_state("waiting")

    def _readers_now(self) -> list[str]:
        """Ask the service directly: the monitor's first report may still be queued."""
        assert self.adapter is not None
        try:
            return self.adapter.service.readers()
        except CardError:
            return []

    def _readers_changed(self, readers: list[str]) -> None:
        if not self._active:
            return
        if not readers:
            self._set_state("no_reader")
        elif self._state == "no_reader":
            self._set_state("waiting")

    def _card_inserted(self, _reader: str) -> None:
        if self._active and self._state != "checking":
            self._check()

    def _card_removed(self, _reader: str) -> None:
        if self._active and self._state in ("checking", "error"):
            self._set_state("waiting")

    def _check(self) -> None:
        assert self.adapter is not None
        self._set_state("checking")
        reader = self.adapter.card_reader
        self.adapter.check_card(lambda tries: self._checked(reader, tries), self._failed)

    def _checked(self, reader: str | None, tries: int) -> None:
        if not self._active:
            return
        self._active = False
        self._set_state("waiting")
        self.done.emit(CardChecked(reader, tries))

    def _failed(self, error: BaseException) -> None:
        if not self._active:
            return
        if isinstance(error, CardRemoved | NoCard):
            self._set_state("waiting")
        elif isinstance(error, NoReader | ReaderUnplugged):
            self._set_state("no_reader")
        elif isinstance(error, CardError):
            log.info("card check failed", extra={"error": type(error).__name__})
            self._set_state("error", error)
        else:
            log.error("card check crashed", extra={"error": type(error).__name__})
            self._set_state("error", CardError())

    def _manual(self) -> None:
        self._active = False
        self.done.emit("manual")

    def _back(self) -> None:
        self._active = False
        self.back.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        self._active = False
        super().hideEvent(event)

    def wipe(self) -> None:
        super().wipe()
        self._active = False
        self._set_state("waiting")
        if self.adapter is not None:
            self.adapter.release()
