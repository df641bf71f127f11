"""The card's 4-digit PIN: a large pad, the tries left, and no way to lock the card.

* The tries left are shown before the first digit (the card screen asked the card).
* With one try left, OK first asks through the :class:`~kiosk.ui.dialogs.DialogService`;
  "no" offers the staff instead and sends nothing. The protocol refuses the last try
  on its own too, so even a bug here cannot lock the card.
* A locked card shows the 住民課 message with two ways on: call staff, or continue
  without the card (``done("manual")``).
* Success puts the basic four into the session (``channel = "card"``) and emits
  ``done(Identified("card"))``; with a pre-application code in the session,
  ``Identified("pre_application")``, which routes to the code's review. With
  :attr:`PinEntryScreen.read_number` set, the 個人番号 goes into
  ``session.my_numbers["self"]`` for the forms that legally need it (wiped with the session).

Taking the card out wipes the session at any moment: the card adapter signals it and
the shell calls ``end_session("card_removed")``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from kiosk.app.results import PRE_APPLICATION, Identified
from kiosk.app.session import ResidentSession
from kiosk.card.errors import (
    CardError,
    CardRemoved,
    LastTryNotConfirmed,
    NoCard,
    PinBlocked,
    PinWrong,
)
from kiosk.card.protocol import MAX_TRIES
from kiosk.card.service import ReadResult
from kiosk.domain.help_call import HelpReason
from kiosk.ui.card_adapter import CardAdapter
from kiosk.ui.i18n import LanguageSwitcher
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.widgets.fit import TitleFit
from kiosk.ui.widgets.pin_pad import PinPad
from kiosk.ui.widgets.ruby_label import RubyLabel

log = logging.getLogger(__name__)


class PinEntryScreen(Screen):
    screen_id = "pin_entry"
    #: Also read the 個人番号 (only when a form of this visit legally needs it).
    read_number = False

    def setup_ui(self) -> None:
        self.adapter: CardAdapter | None = None
        self.tries_left: int | None = None
        self._state = "entering"  # entering, busy, locked, error
        self._error: CardError | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        self.title = RubyLabel(self)
        self.title.setObjectName("pinTitle")
        self.title.setProperty("role", "title")
        self.title_fit = TitleFit(self.title)  # one line, or smaller: the pad needs the room
        self.tries_label = QLabel(self)
        self.tries_label.setObjectName("pinTriesLeft")
        self.tries_label.setProperty("role", "subtitle")
        self.message = RubyLabel(self)
        self.message.setObjectName("pinMessage")
        self.message.setProperty("role", "warning")
        for label in (self.title, self.tries_label, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        self.pad = PinPad(self, name="pinPad")
        self.pad.setMaximumWidth(560)
        self.back_button = make_button("pinBack", self)
        self.staff_button = make_button("pinCallStaff", self)
        self.manual_button = make_button("pinWithoutCard", self)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.staff_button, 1)
        buttons.addWidget(self.manual_button, 1)
        # Side by side: the tries left and any warning beside the pad, so the keys keep
        # their full height on an 800 px screen at the largest text size.
        info = QVBoxLayout()
        info.addStretch(1)
        info.addWidget(self.tries_label)
        info.addWidget(self.message)
        info.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addLayout(info, 1)
        body.addWidget(self.pad, 1)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.pad.submitted.connect(self._submit)
        self.back_button.clicked.connect(self._back)
        self.staff_button.clicked.connect(lambda: self._call_staff(HelpReason.PIN_FORGOTTEN))
        self.manual_button.clicked.connect(lambda: self.done.emit("manual"))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Enter the 4-digit PIN of your card"))
        self.title_fit.refit()
        self.pad.accessible_text = lambda n, total: self.tr(
            "PIN: %1 of %2 digits entered").replace("%1", str(n)).replace("%2", str(total))
        self.pad.refresh_texts()
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous screen"))
        self.staff_button.setText(self.tr("Forgot the PIN? Call staff"))
        self.staff_button.setAccessibleName(self.tr("Call a member of staff for help"))
        self.manual_button.setText(self.tr("Continue without the card"))
        self.manual_button.setAccessibleName(self.tr("Continue without the card"))
        self._show_state()

    # ------------------------------------------------------------------ display
    def _show_state(self) -> None:
        lang = LanguageSwitcher.shared().current
        tries = self.tries_left
        if self._state == "locked":
            self.tries_label.setText(self.tr("This card is locked"))
        elif tries is None:
            self.tries_label.setText(self.tr("Checking the card…"))
        elif tries == 1:
            self.tries_label.setText(self.tr("Last try: 1 try left"))
        else:
            self.tries_label.setText(self.tr("Tries left: %1").replace("%1", str(tries)))
        self.tries_label.setAccessibleName(self.tries_label.text())
        text = ""
        if self._error is not None:
            text = self._error.message(lang)
        elif self._state == "busy":
            text = self.tr("Checking the PIN. Please do not remove the card.")
        elif tries == 1:
            text = self.tr("If this try is wrong, the card locks. If you are not sure, "
                           "please call staff.")
        self.message.setText(text)
        self.message.setAccessibleName(text)
        entering = self._state == "entering" and tries is not None and tries > 0
        self.pad.setVisible(self._state != "locked")
        self.pad.set_enabled_keys(entering)
        self.manual_button.setVisible(self._state in ("locked", "error"))

    def _set_state(self, state: str, error: CardError | None = None) -> None:
        self._state, self._error = state, error
        if state == "locked":
            self.tries_left = 0
            self.pad.clear()
        self._show_state()

    # ------------------------------------------------------------------ flow
    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.pad.clear()
        self._error = None
        self.adapter = self.shell.card_adapter if self.shell is not None else None
        if self.adapter is None:
            self._set_state("error", NoCard())
            return
        self.tries_left = self.adapter.tries_left
        if self.tries_left is None:
            self._set_state("busy")
            self.adapter.check_card(self._tries_known, self._failed)
        else:
            self._tries_known(self.tries_left)

    def _tries_known(self, tries: int) -> None:
        self.tries_left = tries
        self._set_state("locked" if tries == 0 else "entering",
                        PinBlocked() if tries == 0 else None)

    def _submit(self) -> None:
        if self._state != "entering" or not self.pad.complete or self.adapter is None:
            return
        if self.tries_left == 1:
            self._confirm_last_try()
            return
        self._read(confirm_last_try=False)

    def _confirm_last_try(self) -> None:
        dialogs = self.shell.dialogs if self.shell is not None else None
        if dialogs is None:
            self.pad.clear()  # no way to ask: never spend the last try
            return
        dialogs.confirm(
            self.tr("Only one try left"),
            self.tr("If this PIN is wrong, your card locks and only the Resident Affairs "
                    "counter can unlock it. Are you sure of your PIN?"),
            self.tr("Yes, check my PIN"),
            self.tr("No, call staff"),
            self._last_try_answered,
            danger=True,
        )

    def _last_try_answered(self, yes: bool) -> None:
        if yes and self.pad.complete and self._state == "entering":
            self._read(confirm_last_try=True)
        else:
            self.pad.clear()
            self._call_staff(HelpReason.LAST_TRY)

    def _read(self, *, confirm_last_try: bool) -> None:
        assert self.adapter is not None
        pin = self.pad.take_pin()
        self._set_state("busy")
        self.adapter.read(pin, confirm_last_try=confirm_last_try, with_number=self.read_number,
                          on_done=self._read_done, on_error=self._failed)
        del pin

    def _read_done(self, result: ReadResult) -> None:
        with result:
            if self.session is None:
                return  # the session ended while the card was being read
            self.session.resident = result.basic
            prefilled = self.session.prefill is not None
            self.session.channel = PRE_APPLICATION if prefilled else "card"
            if result.my_number is not None:
                self.session.my_numbers["self"] = result.my_number.digits
        self.tries_left = MAX_TRIES  # a right PIN resets the counter
        self._set_state("entering")
        # With a code made at home the visit is a pre-application; its review compares
        # the card with the code.
        self.done.emit(Identified(PRE_APPLICATION if prefilled else "card"))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PinWrong):
            self.tries_left = error.tries_left
            self._set_state("entering", error)
        elif isinstance(error, LastTryNotConfirmed):
            self.tries_left = 1  # the card knows better than our count: ask first
            self._set_state("entering", error)
        elif isinstance(error, PinBlocked):
            self._set_state("locked", error)
        elif isinstance(error, CardRemoved | NoCard):
            self._set_state("error", error)  # the shell wipes the session as well
        elif isinstance(error, CardError):
            log.info("card read failed", extra={"error": type(error).__name__})
            self._set_state("error", error)
        else:
            log.error("card read crashed", extra={"error": type(error).__name__})
            self._set_state("error", CardError())

    def _call_staff(self, reason: HelpReason) -> None:
        if self.shell is not None:
            self.shell.open_call_staff(reason.value)

    def _back(self) -> None:
        self.pad.clear()
        self.back.emit()

    def wipe(self) -> None:
        super().wipe()
        self.pad.clear()
        self.tries_left = None
        self._set_state("entering")
