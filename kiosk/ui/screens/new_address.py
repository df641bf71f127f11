"""New address (転入・転居): tap the 大字, type the 番地 on the number pad, 方書 optional.

No full keyboard anywhere: the 大字 comes from the town's list (with readings), the
番地 is digits and "-", and a building or room (方書) uses the kana keyboard with digits.
The postal code follows from the 大字 and is shown for the resident to check.

With a 転入予約 the planned address is already known: the screen only asks "is this
your new address?" (yes: done, nothing typed; no: the path above).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forms.catalog import Oaza
from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.core_records import Provenance
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.widgets.fit import compact_title
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard, mark_keys
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.wizard.common import (
    ChoiceButton,
    PageStack,
    back_button,
    bottom_row,
    header,
    set_back_text,
)
from kiosk.ui.wizard.oaza_picker import OazaPicker, town_prefix

MAX_BANCHI = 12
#: The pages, in the stack's order (the confirmation was added last, shown first).
PICKER, BANCHI, KATAGAKI, CONFIRM = range(4)


class NewAddressScreen(Screen):
    screen_id = "new_address"
    visit_step = 3

    def setup_ui(self) -> None:
        self.oaza: Oaza | None = None
        self.banchi = ""
        town = self.services.navigator.catalog.town
        self.prefix = town_prefix(town)
        layout = QVBoxLayout(self)
        # Tight: the kana keyboard needs the height (with ruby in やさしい日本語 at 特大).
        layout.setContentsMargins(40, 8, 40, 8)
        layout.setSpacing(8)
        self.title, self.hint = header(self, "newAddress")
        self.address = QLabel(self)
        self.address.setObjectName("newAddressPreview")
        self.address.setProperty("role", "subtitle")
        self.address.setWordWrap(True)
        for widget in (self.title, self.hint, self.address):
            layout.addWidget(widget)
        self.pages = PageStack(self, "newAddressPages")
        layout.addWidget(self.pages, 1)
        self.picker = OazaPicker(self.pages, town)
        self.picker.chosen.connect(self._oaza)
        self.pages.addWidget(self.picker)
        banchi_page = QWidget(self.pages)
        row = QHBoxLayout(banchi_page)
        row.addStretch(1)
        self.keypad = NumericKeypad(banchi_page, "banchiKeypad", extra_key="-")
        mark_keys(self.keypad)
        self.keypad.digit.connect(self._banchi_key)
        self.keypad.backspace.connect(self._banchi_delete)
        self.keypad.submit.connect(self._banchi_done)
        row.addWidget(self.keypad, 2)
        row.addStretch(1)
        self.pages.addWidget(banchi_page)
        katagaki_page = QWidget(self.pages)
        column = QVBoxLayout(katagaki_page)
        column.setContentsMargins(0, 0, 0, 0)
        self.keyboard = KanaKeyboard(katagaki_page, "katagakiKeyboard", max_length=30,
                                     digits=True)
        self.keyboard.typed.connect(self._typed)
        self.keyboard.submitted.connect(self._finish)
        column.addWidget(self.keyboard)
        column.addStretch(1)
        self.pages.addWidget(katagaki_page)
        self.pages.addWidget(self._confirm_page())
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        self.no_katagaki = make_button("noKatagaki", self)
        self.no_katagaki.clicked.connect(lambda: self._finish(""))
        layout.addLayout(bottom_row(self, self.back_button, self.no_katagaki))

    def _confirm_page(self) -> QWidget:
        """Yes or no to the reservation's planned address (the address shows above)."""
        self.planned: tuple[Oaza, str, str] | None = None  # the reservation's, when known
        page = QWidget(self.pages)
        answers = QHBoxLayout(page)
        answers.setSpacing(16)
        self.address_yes = ChoiceButton("plannedAddressYes", page, role="primary")
        self.address_no = ChoiceButton("plannedAddressNo", page)
        self.address_yes.clicked.connect(self._planned_confirmed)
        self.address_no.clicked.connect(lambda: self._show_page(PICKER))
        answers.addWidget(self.address_yes)
        answers.addWidget(self.address_no)
        return page

    def retranslate_ui(self) -> None:
        set_back_text(self.back_button)
        self.no_katagaki.setText(self.tr("No building or room"))
        self.no_katagaki.setAccessibleName(self.tr("No building or room: finish the address"))
        self.keypad.backspace_button.setAccessibleName(self.tr("Delete one character"))
        self.address_yes.set_texts(self.tr("Yes, this is my new address"), "", "✓")
        self.address_no.set_texts(self.tr("No, choose another address"), "", "✎")
        self._render()

    def should_show(self, session: ResidentSession) -> bool:
        return Visit.for_services(session, self.services).needs_new_address()

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.oaza, self.banchi = None, ""
        self.keyboard.set_text(session.new_address.katagaki if session.new_address else "")
        self.planned = self._planned_address(session)
        self.pages.setCurrentIndex(CONFIRM if self.planned is not None else PICKER)
        if self.planned is not None:
            self.oaza, self.banchi = self.planned[0], self.planned[1]
        self._render()

    def _planned_address(self, session: ResidentSession) -> tuple[Oaza, str, str] | None:
        """The 転入予約's planned address (as the prefill set it, or as the reservation
        says), when it names a 大字 of this town."""
        town = self.services.navigator.catalog.town
        address = session.new_address
        if address is not None and session.provenance.get("new_address") is Provenance.RECORD:
            oaza = next((o for o in town.oaza if o.name == address.oaza), None)
            return (oaza, address.banchi, address.katagaki) if oaza is not None else None
        reservation = session.core_reservation
        if reservation is None or session.provenance.get("new_address") is Provenance.RESIDENT:
            return None  # no reservation, or the resident said it is another address
        planned = reservation.planned_address
        oaza = next((o for o in town.oaza if planned.oaza in (o.name, f"大字{o.name}")), None)
        if oaza is None or not planned.banchi:
            return None
        return oaza, planned.banchi, planned.katagaki

    def _planned_confirmed(self) -> None:
        if self.planned is not None:
            oaza, banchi, katagaki = self.planned
            self.oaza, self.banchi = oaza, banchi
            self._finish(katagaki)

    def _show_page(self, page: int) -> None:
        if page == PICKER:
            self.oaza, self.banchi = None, ""
        self.pages.setCurrentIndex(page)
        self._render()

    def wipe(self) -> None:
        super().wipe()
        self.planned = None
        self.oaza, self.banchi = None, ""
        self.keyboard.set_text("")
        self.pages.setCurrentIndex(0)
        self._render()

    # ------------------------------------------------------------------ input
    def _typed(self) -> None:
        if self.session is not None:
            self.session.characters_typed += 1

    def _oaza(self, oaza: Oaza) -> None:
        self.oaza = oaza
        address = self.session.new_address if self.session is not None else None
        if address is not None and address.oaza == oaza.name:
            self.banchi = address.banchi
        self.pages.setCurrentIndex(1)
        self._render()

    def _banchi_key(self, key: str) -> None:
        self._typed()
        if len(self.banchi) < MAX_BANCHI and not (key == "-" and (
                not self.banchi or self.banchi.endswith("-"))):
            self.banchi += key
        self._render()

    def _banchi_delete(self) -> None:
        self._typed()
        self.banchi = self.banchi[:-1]
        self._render()

    def _banchi_done(self) -> None:
        if not self.banchi.strip("-"):
            return
        self.banchi = self.banchi.strip("-")
        self.pages.setCurrentIndex(2)
        self._render()

    def _finish(self, katagaki: str) -> None:
        if self.session is None or self.oaza is None:
            return
        Visit.for_services(self.session, self.services).set_new_address(
            self.oaza, self.banchi, katagaki.strip("\u3000"))
        confirmed = self.pages.currentIndex() == CONFIRM
        self.session.provenance["new_address"] = Provenance.RECORD if confirmed \
            else Provenance.RESIDENT
        self.done.emit(None)

    def _back(self) -> None:
        page = self.pages.currentIndex()
        planned = self.planned
        if page == CONFIRM or (page == PICKER and planned is None):
            self.back.emit()
        elif page == PICKER and planned is not None:
            self.oaza, self.banchi = planned[0], planned[1]  # back to the reservation's
            self.pages.setCurrentIndex(CONFIRM)
            self._render()
        else:
            self.pages.setCurrentIndex(page - 1)
            self._render()

    # ------------------------------------------------------------------ drawing
    def _render(self) -> None:
        page = self.pages.currentIndex()
        self.no_katagaki.setVisible(page == KATAGAKI)
        self.title.setText((
            self.tr("Your new address: which area (大字)?"),
            self.tr("Type the house number (番地), e.g. 1234-5"),
            self.tr("Building and room (方書), if any"),
            self.tr("Is this your new address?"),
        )[page])
        self.hint.setText((
            self.tr("Tap the name of the area. The reading is under each name."),
            self.tr("Use \u201c-\u201d between numbers, e.g. 1234-5. Tap OK when done."),
            self.tr("Type the building name and room number, or tap \u201cNo building or room\u201d."),
            self.tr("This is the address of your moving-in notice made online (転入予約)."),
        )[page])
        self.hint.setVisible(page in (PICKER, CONFIRM))  # the pads need the room
        compact_title(self.title, page in (BANCHI, KATAGAKI))
        if self.oaza is None:
            self.address.setText("")
            self.address.setVisible(False)
            return
        self.address.setVisible(True)
        banchi = self.banchi or "＿"
        katagaki = self.planned[2] if page == CONFIRM and self.planned is not None else ""
        self.address.setText(f"〒{self.oaza.postal_code}  {self.prefix}{self.oaza.name} {banchi}"
                             + (f" {katagaki}" if katagaki else ""))
        self.address.setAccessibleName(self.tr("The new address so far"))
        self.keypad.submit_button.setEnabled(bool(self.banchi.strip("-")))
