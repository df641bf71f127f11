"""Enter one person, one decision per page: relationship, name, birth date, sex.

Used by the household screen (family members moving with the resident, the person who
died, the baby) and by manual entry (the resident without a card, where there is no
relationship page). A switch above the keys chooses how the name is typed:

* カナ: in katakana on the kana keyboard; the kanji are completed by staff at the counter
  (the session is flagged for it). The katakana is both the name and its reading.
* ABC: a foreign resident's registered name as on the 在留カード (``NGUYEN VAN AN``), on the
  Latin keyboard; one more page then asks its katakana reading for the フリガナ boxes.
  The Latin name is the registered 氏名, printed as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app.visit import RELATIONS, is_katakana_text, relation_label
from kiosk.domain.latin_name import is_latin_name
from kiosk.domain.resident import Sex
from kiosk.ui.widgets.era_date import EraDateInput
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.wizard.common import ChoiceButton, PageStack, language, show_message
from kiosk.ui.wizard.name_keys import NameKeys

#: Every page, in order; "reading" is shown only after a Latin name.
STEPS = ("relation", "name", "reading", "birth", "sex")
_CHILD_RELATIONS = {"子", "孫"}


@dataclass
class MemberDraft:
    """What the editor collected (personal data: never logged)."""

    relation: str = ""
    name: str = ""  # the registered name: katakana, or Latin letters as on the 在留カード
    reading: str = ""  # its katakana reading (フリガナ); the name itself when typed in kana
    birth_date: date | None = None
    sex: Sex = Sex.NOT_STATED

    def __repr__(self) -> str:
        return "MemberDraft(<redacted>)"


class MemberEditor(QWidget):
    finished = Signal(object)  # MemberDraft
    typed = Signal()

    def __init__(self, parent: QWidget, name: str = "memberEditor") -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.draft = MemberDraft()
        self.with_relation = True
        self.steps: tuple[str, ...] = tuple(s for s in STEPS if s != "reading")
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        # One heading says whom and what: "The baby: date of birth".
        self.prompt = QLabel(self)
        self.prompt.setObjectName(f"{name}Prompt")
        self.prompt.setProperty("role", "subtitle")
        self.prompt.setWordWrap(True)
        self.subject_text = ""
        layout.addWidget(self.prompt)
        self.pages = PageStack(self, f"{name}Pages")
        layout.addWidget(self.pages, 1)
        relation_page = self._relation_page()
        # name: the カナ / ABC switch over the two keyboards
        self.name_keys = NameKeys(self.pages)
        self.keyboard = self.name_keys.kana
        self.latin_keyboard = self.name_keys.latin
        for keyboard in (self.keyboard, self.latin_keyboard):
            keyboard.typed.connect(self.typed.emit)
        self.keyboard.submitted.connect(self._name)
        self.latin_keyboard.submitted.connect(self._latin_name)
        self.name_keys.mode_changed.connect(lambda _latin: self._show_step())
        self.name_error = self.name_keys.error
        name_page = self.name_keys
        reading_page = self._reading_page()
        # birth date
        self.birth = EraDateInput(self.pages, "birthDate")
        self.birth.typed.connect(self.typed.emit)
        self.birth.date_chosen.connect(self._birth)
        # sex
        sex_page = QWidget(self.pages)
        sex_layout = QGridLayout(sex_page)
        sex_layout.setSpacing(16)
        self.male_button = ChoiceButton("sexMale", sex_page)
        self.female_button = ChoiceButton("sexFemale", sex_page)
        self.male_button.clicked.connect(lambda: self._sex(Sex.MALE))
        self.female_button.clicked.connect(lambda: self._sex(Sex.FEMALE))
        sex_layout.addWidget(self.male_button, 0, 0)
        sex_layout.addWidget(self.female_button, 0, 1)
        sex_layout.setRowStretch(1, 1)
        for page in (relation_page, name_page, reading_page, self.birth, sex_page):
            self.pages.addWidget(page)
        self.retranslate_ui()

    def _reading_page(self) -> QWidget:
        """The katakana reading of a Latin name (the フリガナ the forms print)."""
        page = QWidget(self.pages)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.reading_keyboard = KanaKeyboard(page, "readingKeyboard", max_length=30)
        self.reading_keyboard.typed.connect(self.typed.emit)
        self.reading_keyboard.submitted.connect(self._reading)
        self.reading_error = QLabel(page)
        self.reading_error.setObjectName("readingError")
        self.reading_error.setProperty("role", "warning")
        column.addWidget(self.reading_keyboard)
        column.addWidget(self.reading_error)
        show_message(self.reading_error, "")
        column.addStretch(1)
        return page

    def _relation_page(self) -> QWidget:
        page = QWidget(self.pages)
        grid = QGridLayout(page)
        grid.setSpacing(12)
        self.relation_buttons: dict[str, ChoiceButton] = {}
        for index, (ja, _en) in enumerate(RELATIONS):
            button = ChoiceButton(f"relation{index}", page)
            button.clicked.connect(lambda _=False, r=ja: self._relation(r))
            grid.addWidget(button, index // 4, index % 4)
            self.relation_buttons[ja] = button
        grid.setRowStretch(4, 1)
        return page

    def retranslate_ui(self) -> None:
        lang = language()
        for ja, button in self.relation_buttons.items():
            button.set_texts(relation_label(ja, lang))
        self.male_button.set_texts(self.tr("Male"), "", "♂")
        self.female_button.set_texts(self.tr("Female"), "", "♀")
        self._show_step()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------------ steps
    def start(self, subject: str, with_relation: bool = True,
              draft: MemberDraft | None = None, latin_first: bool = False) -> None:
        """Begin entering a person; ``subject`` says who ("The person who passed away").

        ``latin_first`` opens the ABC keyboard (the household of a resident whose own
        registered name is in Latin letters); a draft's own name decides when it has one."""
        self.draft = draft or MemberDraft()
        latin = is_latin_name(self.draft.name) if self.draft.name else latin_first
        self.with_relation = with_relation
        self.steps = self._steps(latin)
        self.subject_text = subject
        self.name_keys.set_latin(latin)
        self.keyboard.set_text("" if latin else self.draft.name)
        self.latin_keyboard.set_text(self.draft.name if latin else "")
        self.reading_keyboard.set_text(self.draft.reading if latin else "")
        show_message(self.name_error, "")
        show_message(self.reading_error, "")
        if self.draft.birth_date is not None:
            self.birth.set_date(self.draft.birth_date)
        else:
            self.birth.clear()
        self.index = 0
        self._mark_chosen()
        self._show_step()

    def _mark_chosen(self) -> None:
        """Correcting a person (「修正」): their relation and sex show as chosen (a thick
        border, like the household's pick buttons); a new person has nothing chosen."""
        choices = [(button, relation == self.draft.relation)
                   for relation, button in self.relation_buttons.items()]
        choices += [(self.male_button, self.draft.sex is Sex.MALE),
                    (self.female_button, self.draft.sex is Sex.FEMALE)]
        for button, chosen in choices:
            if button.property("role") != "pick":
                button.setProperty("role", "pick")
                button.setCheckable(True)
                button.style().polish(button)
            button.setChecked(chosen)

    def go_back(self) -> bool:
        """One page back; ``False`` on the first page (the host then leaves the editor)."""
        if self.index == 0:
            return False
        self.index -= 1
        self._show_step()
        return True

    def _steps(self, latin: bool) -> tuple[str, ...]:
        return tuple(step for step in STEPS
                     if (self.with_relation or step != "relation")
                     and (latin or step != "reading"))

    @property
    def step(self) -> str:
        return self.steps[self.index]

    def _next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.finished.emit(self.draft)
            return
        self.index += 1
        self._show_step()

    def _show_step(self) -> None:
        step = self.step
        self.pages.setCurrentIndex(STEPS.index(step))
        what = {
            "relation": self.tr("How is this person related to you?"),
            "name": self.tr("Name as on the residence card (在留カード)")
            if self.name_keys.latin_mode else
            self.tr("Name, in katakana (staff add the kanji at the counter)"),
            "reading": self.tr("Reading of %1, in katakana").replace("%1", self.draft.name),
            "birth": self.tr("Date of birth: choose the era, then type the numbers"),
            "sex": self.tr("Sex"),
        }[step]
        self.prompt.setText(self.tr("%1: %2").replace("%1", self.subject_text)
                            .replace("%2", what) if self.subject_text else what)

    def _relation(self, relation: str) -> None:
        self.draft.relation = relation
        if self.draft.birth_date is None:
            self.birth.clear("令和" if relation in _CHILD_RELATIONS else "昭和")
        self._next()

    def _name(self, typed: str) -> None:
        text = typed.strip("\u3000")
        if not is_katakana_text(text):
            show_message(self.name_error, self.tr("Please type the name with the keys above."))
            return
        self.draft.name = self.draft.reading = text
        self.steps = self._steps(False)
        self._next()

    def _latin_name(self, typed: str) -> None:
        if not is_latin_name(typed):
            show_message(self.name_error,
                         self.tr("Please type the name as on your residence card, A to Z."))
            return
        show_message(self.name_error, "")
        if typed != self.draft.name:
            self.reading_keyboard.set_text("")
        self.draft.name = typed
        self.steps = self._steps(True)
        self._next()

    def _reading(self, typed: str) -> None:
        text = typed.strip("\u3000")
        if not is_katakana_text(text):
            show_message(self.reading_error,
                         self.tr("Please type the reading with the keys above."))
            return
        show_message(self.reading_error, "")
        self.draft.reading = text
        self._next()

    def _birth(self, chosen: date) -> None:
        self.draft.birth_date = chosen
        self._next()

    def _sex(self, sex: Sex) -> None:
        self.draft.sex = sex
        self._next()
