"""Manual entry: a resident without a card gives name, birth date, sex and address.

Everything is tapped or typed on the kana keyboard and number pad. The name is typed in
katakana (the session is flagged so the clerk completes the kanji) or, for a foreign
resident, in Latin letters as on the 在留カード with its katakana reading; the clerk checks
an identity document at the counter. An explicit "ask staff to help" is on the first page,
besides the "call staff" button of the top bar.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forms.catalog import Oaza
from kiosk.app.results import Identified
from kiosk.app.session import ResidentSession
from kiosk.app.visit import FLAG_KANJI_BY_STAFF
from kiosk.domain.help_call import HelpReason
from kiosk.domain.latin_name import is_latin_name
from kiosk.domain.resident import BasicFour
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.fit import compact_title
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard, mark_keys
from kiosk.ui.widgets.keypad import NumericKeypad
from kiosk.ui.wizard.common import (
    ChoiceButton,
    PageStack,
    back_button,
    bottom_row,
    header,
    language,
    set_back_text,
)
from kiosk.ui.wizard.member_editor import MemberDraft, MemberEditor
from kiosk.ui.wizard.oaza_picker import OazaPicker, town_prefix

FLAG_CHECK_IDENTITY = "manual_entry_check_identity"
INTRO, PERSON, WHERE, OAZA, BANCHI, OTHER = range(6)


class ManualEntryScreen(Screen):
    screen_id = "manual_entry"
    visit_step = 1

    def setup_ui(self) -> None:
        self.draft = MemberDraft()
        self.oaza: Oaza | None = None
        self.banchi = ""
        town = self.town = self.services.navigator.catalog.town
        self.prefix = town_prefix(town)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title, self.hint = header(self, "manualEntry")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.pages = PageStack(self, "manualEntryPages")
        layout.addWidget(self.pages, 1)
        intro = QWidget(self.pages)
        intro_column = QVBoxLayout(intro)
        intro_column.setContentsMargins(0, 0, 0, 0)  # the screen has its margins
        self.start_button = ChoiceButton("startEntry", intro)
        self.staff_help = ChoiceButton("askStaff", intro)
        self.start_button.clicked.connect(self._start)
        self.staff_help.clicked.connect(self._ask_staff)
        intro_column.addWidget(self.start_button)
        intro_column.addWidget(self.staff_help)
        intro_column.addStretch(1)
        self.editor = MemberEditor(self.pages, "selfEditor")
        self.editor.typed.connect(self._typed)
        self.editor.finished.connect(self._person_done)
        where = QWidget(self.pages)
        where_column = QVBoxLayout(where)
        where_column.setContentsMargins(0, 0, 0, 0)
        self.in_town = ChoiceButton("liveInTown", where)
        self.elsewhere = ChoiceButton("liveElsewhere", where)
        self.in_town.clicked.connect(lambda: self._goto(OAZA))
        self.elsewhere.clicked.connect(lambda: self._goto(OTHER))
        where_column.addWidget(self.in_town)
        where_column.addWidget(self.elsewhere)
        where_column.addStretch(1)
        self.picker = OazaPicker(self.pages, town, "currentOaza")
        self.picker.chosen.connect(self._oaza)
        banchi, other = self._typing_pages()
        for page in (intro, self.editor, where, self.picker, banchi, other):
            self.pages.addWidget(page)
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        layout.addLayout(bottom_row(self, self.back_button))

    def _typing_pages(self) -> tuple[QWidget, QWidget]:
        """The 番地 pad (address in town) and the kana keyboard (address elsewhere)."""
        banchi = QWidget(self.pages)
        banchi_row = QHBoxLayout(banchi)
        self.address_preview = QLabel(banchi)
        self.address_preview.setObjectName("currentAddressPreview")
        self.address_preview.setProperty("role", "subtitle")
        self.address_preview.setWordWrap(True)
        self.keypad = NumericKeypad(banchi, "currentBanchiKeypad", extra_key="-")
        mark_keys(self.keypad)
        self.keypad.digit.connect(self._banchi_key)
        self.keypad.backspace.connect(self._banchi_delete)
        self.keypad.submit.connect(lambda: self._finish(f"{self.prefix}{self._oaza_name()}"
                                                        f"{self.banchi}"))
        banchi_row.addWidget(self.address_preview, 1)
        banchi_row.addWidget(self.keypad, 1)
        other = QWidget(self.pages)
        other_column = QVBoxLayout(other)
        other_column.setContentsMargins(0, 0, 0, 0)
        self.keyboard = KanaKeyboard(other, "addressKeyboard", max_length=60, digits=True)
        self.keyboard.typed.connect(self._typed)
        self.keyboard.submitted.connect(lambda text: self._finish(text.strip("\u3000")))
        other_column.addWidget(self.keyboard)
        other_column.addStretch(1)
        return banchi, other

    def retranslate_ui(self) -> None:
        self.start_button.set_texts(self.tr("Enter my details here"), self.tr(
            "Name (in katakana, or as on your residence card), date of birth, sex and "
            "address: about two minutes."), "✎")
        self.staff_help.set_texts(self.tr("Ask staff to help me"), self.tr(
            "A member of staff comes to the kiosk and enters the details with you."), "☎")
        self.in_town.set_texts(self.town.name.get(language()),
                               self.tr("Choose your area from a list."))
        self.elsewhere.set_texts(self.tr("Somewhere else"), self.tr(
            "Type the address in katakana and numbers; staff check it at the counter."))
        set_back_text(self.back_button)
        self._render()

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.pages.setCurrentIndex(INTRO)
        self._render()

    def wipe(self) -> None:
        super().wipe()
        self.draft = MemberDraft()
        self.oaza, self.banchi = None, ""
        self.keyboard.set_text("")
        self.editor.start("", with_relation=False)
        self.pages.setCurrentIndex(INTRO)
        self._render()

    # ------------------------------------------------------------------ steps
    def _typed(self) -> None:
        if self.session is not None:
            self.session.characters_typed += 1

    def _ask_staff(self) -> None:
        if self.shell is not None:
            self.shell.open_call_staff(HelpReason.MANUAL_ENTRY.value)

    def _start(self) -> None:
        self.editor.start(self.tr("You"), with_relation=False, draft=self.draft)
        self.pages.setCurrentIndex(PERSON)
        self._render()

    def _person_done(self, draft: MemberDraft) -> None:
        self.draft = draft
        self.pages.setCurrentIndex(WHERE)
        self._render()

    def _oaza(self, oaza: Oaza) -> None:
        self.oaza = oaza
        self.pages.setCurrentIndex(BANCHI)
        self._render()

    def _oaza_name(self) -> str:
        return self.oaza.name if self.oaza else ""

    def _banchi_key(self, key: str) -> None:
        self._typed()
        if len(self.banchi) < 12 and not (key == "-" and (not self.banchi
                                                           or self.banchi.endswith("-"))):
            self.banchi += key
        self._render()

    def _banchi_delete(self) -> None:
        self._typed()
        self.banchi = self.banchi[:-1]
        self._render()

    def _finish(self, address: str) -> None:
        session, draft = self.session, self.draft
        if session is None or draft.birth_date is None or not address.strip():
            return
        session.resident = BasicFour(draft.name, address, draft.birth_date, draft.sex)
        session.furigana = draft.reading or draft.name
        session.channel = "manual"
        # a registered Latin name is complete: no kanji for staff to add
        flags = (FLAG_CHECK_IDENTITY,) if is_latin_name(draft.name) else \
            (FLAG_KANJI_BY_STAFF, FLAG_CHECK_IDENTITY)
        for flag in flags:
            if flag not in session.flags:
                session.flags.append(flag)
        self.done.emit(Identified("manual"))

    def _goto(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._render()

    def _back(self) -> None:
        page = self.pages.currentIndex()
        if page == INTRO:
            self.back.emit()
        elif page == PERSON:
            if not self.editor.go_back():
                self.pages.setCurrentIndex(INTRO)
        elif page in (OAZA, OTHER):
            self.pages.setCurrentIndex(WHERE)
        else:
            self.pages.setCurrentIndex({WHERE: PERSON, BANCHI: OAZA}[page])
        self._render()

    def _render(self) -> None:
        page = self.pages.currentIndex()
        self.title.setText({
            INTRO: self.tr("Your details"), BANCHI: self.tr("Your house number (番地), e.g. 1234-5"),
            OTHER: self.tr("Your address: prefecture, town and number, in katakana"),
        }.get(page, self.tr("Where do you live now?")))
        self.hint.setText({
            INTRO: self.tr("Without a card we ask a few details. Staff check them with an "
                           "identity document at the counter."),
            PERSON: "",
            WHERE: self.tr("Your address today, as on your residence record."),
            OAZA: self.tr("Tap the name of your area."),
            BANCHI: "",
            OTHER: "",
        }[page])
        # The editor has its own heading, and the pads need the room.
        self.title.setVisible(page != PERSON)
        self.hint.setVisible(page in (INTRO, WHERE, OAZA))
        compact_title(self.title, page in (BANCHI, OTHER))
        self.address_preview.setText(f"{self.prefix}{self._oaza_name()} {self.banchi or '＿'}")
        self.keypad.submit_button.setEnabled(bool(self.banchi.strip("-")))
