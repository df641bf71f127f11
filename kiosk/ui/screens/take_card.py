"""「マイナンバーカードをお取りください」: the end of a card visit, before the ticket screen.

The papers are printing; a resident reaching for them easily leaves the card in the
reader, though the first counter needs it. This screen says so with a sound and names
that counter (the first stop of the visit's route, ① as on the ticket screen). It is left
by taking the card (the card layer reports the removal) or, with the card still in, after
``timeouts.take_card_seconds``: it adds no tap. Before it listens, it releases the card
from the visit, so lifting it here is the expected end, not a reason to wipe.

Shown only when the visit's card is still in the reader (never for a visit without one).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout

from kiosk.app.session import ResidentSession
from kiosk.navigation.route import resident_route
from kiosk.ui.card_adapter import CardAdapter
from kiosk.ui.screens.base import Screen, make_label
from kiosk.ui.sounds import Cue

#: The mark of the first counter, as the ticket screen numbers them.
FIRST_COUNTER_MARK = "①"


class TakeCardScreen(Screen):
    screen_id = "take_card"

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        self.title = make_label("takeCardTitle", self, "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = make_label("takeCardReason", self, "subtitle")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = make_label("takeCardHint", self, "hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        for label in (self.title, self.reason, self.hint):
            layout.addWidget(label)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._leave)
        self._adapter: CardAdapter | None = None

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Please take your My Number card"))
        self.title.setAccessibleName(self.title.text())
        counter = self._first_counter()
        if counter:
            self.reason.setText(self.tr("You need it at counter %1 (%2).")
                                .replace("%1", FIRST_COUNTER_MARK).replace("%2", counter))
        else:
            self.reason.setText(self.tr("You need it at counter %1.")
                                .replace("%1", FIRST_COUNTER_MARK))
        self.reason.setAccessibleName(self.reason.text())
        self.hint.setText(self.tr("Your papers are printing. Your number comes next."))

    def should_show(self, session: ResidentSession) -> bool:
        adapter = self.shell.card_adapter if self.shell is not None else None
        return adapter is not None and adapter.engaged and adapter.card_present

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.retranslate_ui()
        adapter = self.shell.card_adapter if self.shell is not None else None
        if adapter is not None:
            adapter.release()  # taking the card now ends nothing: it is what we ask
            if not adapter.card_present:
                self._leave()
                return
            adapter.card_removed.connect(self._card_taken)
            self._adapter = adapter
        self._timer.start(self.services.config.timeouts.take_card_seconds * 1000)
        if self.shell is not None:
            self.shell.sounds.play(Cue.TAKE_CARD)

    def wipe(self) -> None:
        self._stop_listening()
        super().wipe()
        self.reason.clear()

    # ------------------------------------------------------------------ leaving
    def _card_taken(self, _reader: str) -> None:
        self._leave()

    def _leave(self) -> None:
        self._stop_listening()
        if self.session is not None:
            self.done.emit(None)

    def _stop_listening(self) -> None:
        self._timer.stop()
        if self._adapter is not None:
            self._adapter.card_removed.disconnect(self._card_taken)
            self._adapter = None

    def _first_counter(self) -> str:
        """The first place of the visit's route (the one-stop desk or a counter)."""
        session = self.session
        if session is None or session.plan is None:
            return ""
        stops = resident_route(session.plan, self.services.navigator.catalog.onestop)
        if not stops:
            return ""
        first = stops[0]
        return f"{first.place.get(session.language)}\u3000{first.name.get(session.language)}"
