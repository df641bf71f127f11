"""Furigana: the card has no reading of the name, so the kiosk suggests one to confirm.

The suggestion comes from pykakasi (:func:`kiosk.app.visit.suggest_reading`); most residents
just tap "Yes, that is right" and type nothing. A foreign resident's registered Latin
name (``NGUYEN VAN AN``) has no guess: the keyboard opens at once for its katakana
reading. A reading that is wrong (names have many
readings) is corrected on the kana keyboard, starting from the suggestion. The result is
full-width katakana, as the forms print it.

A reading that came from the town's record (provenance ``RECORD``: the registered
氏名の振り仮名 of the 住民記録 or the 転出証明書情報) is not asked at all: it is the
reading the town itself holds, the resident cannot improve it here, and the clerk sees
where it came from. One screen fewer is one tap fewer for every resident with a record.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit, is_katakana_text, suggest_reading
from kiosk.domain.core_records import Provenance
from kiosk.domain.latin_name import is_latin_name
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.wizard.common import (
    ChoiceButton,
    PageStack,
    back_button,
    bottom_row,
    header,
    set_back_text,
    show_message,
)

#: The provenance key of the resident's reading (``ResidentSession.provenance``).
READING_KEY = "resident.furigana"


class FuriganaScreen(Screen):
    screen_id = "furigana"
    visit_step = 3

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title, self.hint = header(self, "furigana")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        self.pages = PageStack(self, "furiganaPages")
        layout.addWidget(self.pages, 1)
        confirm = QWidget(self.pages)
        column = QVBoxLayout(confirm)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.name_label = QLabel(confirm)
        self.name_label.setObjectName("furiganaName")
        self.name_label.setProperty("role", "subtitle")
        self.reading_label = QLabel(confirm)
        self.reading_label.setObjectName("furiganaReading")
        self.reading_label.setProperty("role", "title")
        self.reading_label.setWordWrap(True)
        answers = QHBoxLayout()
        answers.setSpacing(16)
        self.yes_button = ChoiceButton("readingCorrect", confirm)
        self.fix_button = ChoiceButton("readingFix", confirm)
        self.yes_button.clicked.connect(self._accept)
        self.fix_button.clicked.connect(self._fix)
        answers.addWidget(self.yes_button)
        answers.addWidget(self.fix_button)
        for widget in (self.name_label, self.reading_label):
            column.addWidget(widget)
        column.addLayout(answers)
        column.addStretch(1)
        self.pages.addWidget(confirm)
        edit = QWidget(self.pages)
        edit_column = QVBoxLayout(edit)
        edit_column.setContentsMargins(0, 0, 0, 0)
        self.keyboard = KanaKeyboard(edit, "furiganaKeyboard", max_length=40)
        self.keyboard.typed.connect(self._typed)
        self.error = QLabel(edit)
        self.error.setObjectName("furiganaError")
        self.error.setProperty("role", "warning")
        self.keyboard.submitted.connect(self._corrected)
        edit_column.addWidget(self.keyboard)
        edit_column.addWidget(self.error)
        show_message(self.error, "")
        edit_column.addStretch(1)
        self.pages.addWidget(edit)
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        layout.addLayout(bottom_row(self, self.back_button))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("How is your name read?"))
        self._page(self.pages.currentIndex())
        self.yes_button.set_texts(self.tr("Yes, that is right"), "", "✓")
        self.fix_button.set_texts(self.tr("No, let me correct it"), "", "✎")
        set_back_text(self.back_button)

    def should_show(self, session: ResidentSession) -> bool:
        from_record = bool(session.furigana) and \
            session.provenance.get(READING_KEY) is Provenance.RECORD
        return not from_record and Visit.for_services(session, self.services).needs_furigana()

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        if session.resident is None:
            return
        latin = self._latin_name()
        if not session.furigana and not latin:
            session.furigana = suggest_reading(session.resident.name)
        self.name_label.setText(session.resident.name)
        self.reading_label.setText(session.furigana)
        self.reading_label.setAccessibleName(session.furigana)
        if latin and not session.furigana:
            # a registered Latin name has no reading to guess: the resident types it
            self.keyboard.set_text("")
            show_message(self.error, "")
            self._page(1)
        else:
            self._page(0)

    def wipe(self) -> None:
        super().wipe()
        self.name_label.clear()
        self.reading_label.clear()
        self.keyboard.set_text("")
        self.pages.setCurrentIndex(0)

    def _page(self, page: int) -> None:
        # On the keyboard page a one-line hint replaces the big title: the keys need room.
        self.pages.setCurrentIndex(page)
        self.title.setVisible(page == 0)
        latin = self._latin_name()
        if page == 0:
            hint = self.tr("Your card does not hold the reading (フリガナ). Please check "
                           "our guess.")
        elif latin:
            hint = self.tr("Type how %1 is read, in katakana, then tap OK.").replace("%1", latin)
        else:
            hint = self.tr("Correct the reading of your name, then tap OK.")
        self.hint.setText(hint)

    def _latin_name(self) -> str:
        """The resident's registered Latin name, or "" for a name in kanji or kana."""
        resident = self.session.resident if self.session is not None else None
        return resident.name if resident is not None and is_latin_name(resident.name) else ""

    def _typed(self) -> None:
        if self.session is not None:
            self.session.characters_typed += 1

    def _accept(self) -> None:
        self.done.emit(None)

    def _fix(self) -> None:
        if self.session is None:
            return
        self.keyboard.set_text(self.session.furigana)
        show_message(self.error, "")
        self._page(1)

    def _corrected(self, typed: str) -> None:
        text = typed.strip("\u3000")
        if self.session is None or not is_katakana_text(text):
            show_message(self.error, self.tr("Please type the reading with the keys above."))
            return
        self.session.furigana = text
        self.done.emit(None)

    def _back(self) -> None:
        if self.pages.currentIndex() == 1 and self.session is not None \
                and self.session.furigana:
            self._page(0)
        else:
            self.back.emit()
