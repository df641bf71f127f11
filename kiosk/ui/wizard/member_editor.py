"""Enter one person, one decision per page: relationship, name in kana, birth date, sex.

Used by the household screen (family members moving with the resident, the person who
died, the baby) and by manual entry (the resident without a card, where there is no
relationship page). Names are typed in katakana on the kana keyboard: the kanji are
completed by staff at the counter (the session is flagged for it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app.visit import RELATIONS, is_katakana_text, relation_label
from kiosk.domain.resident import Sex
from kiosk.ui.widgets.era_date import EraDateInput
from kiosk.ui.widgets.kana_keyboard import KanaKeyboard
from kiosk.ui.wizard.common import ChoiceButton, PageStack, language, show_message

STEPS = ("relation", "name", "birth", "sex")
_CHILD_RELATIONS = {"子", "孫"}


@dataclass
class MemberDraft:
    """What the editor collected (personal data: never logged)."""

    relation: str = ""
    name: str = ""
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
        self.steps: tuple[str, ...] = STEPS
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
        # name
        name_page = QWidget(self.pages)
        name_layout = QVBoxLayout(name_page)
        name_layout.setContentsMargins(0, 0, 0, 0)
        self.keyboard = KanaKeyboard(name_page, "nameKeyboard", max_length=30)
        self.keyboard.typed.connect(self.typed.emit)
        self.keyboard.submitted.connect(self._name)
        self.name_error = QLabel(name_page)
        self.name_error.setObjectName("nameError")
        self.name_error.setProperty("role", "warning")
        name_layout.addWidget(self.keyboard)
        name_layout.addWidget(self.name_error)
        show_message(self.name_error, "")
        name_layout.addStretch(1)
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
        for page in (relation_page, name_page, self.birth, sex_page):
            self.pages.addWidget(page)
        self.retranslate_ui()

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
              draft: MemberDraft | None = None) -> None:
        """Begin entering a person; ``subject`` says who ("The person who passed away")."""
        self.draft = draft or MemberDraft()
        self.steps = STEPS if with_relation else STEPS[1:]
        self.subject_text = subject
        self.keyboard.set_text(self.draft.name)
        show_message(self.name_error, "")
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
        self.prompt.setText(self.tr("%1: %2").replace("%1", self.subject_text).replace("%2", {
            "relation": self.tr("How is this person related to you?"),
            "name": self.tr("Name, in katakana (staff add the kanji at the counter)"),
            "birth": self.tr("Date of birth: choose the era, then type the numbers"),
            "sex": self.tr("Sex"),
        }[step]) if self.subject_text else {
            "relation": self.tr("How is this person related to you?"),
            "name": self.tr("Name, in katakana (staff add the kanji at the counter)"),
            "birth": self.tr("Date of birth: choose the era, then type the numbers"),
            "sex": self.tr("Sex"),
        }[step])

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
        self.draft.name = text
        self._next()

    def _birth(self, chosen: date) -> None:
        self.draft.birth_date = chosen
        self._next()

    def _sex(self, sex: Sex) -> None:
        self.draft.sex = sex
        self._next()
