"""Questions: one per screen, large answer buttons, back, and "question 2 of about 4".

The engine decides what is asked (:meth:`kiosk.app.visit.Visit.next_step`): only questions
whose answer can still change the plan. A per-person question about several people is
answered once for all of them, with "it differs from person to person" to answer member
by member; a question about one person names that person. Back undoes the last question;
from the first question it returns to the previous screen.

Help on every question: the catalog's ``help`` is shown under the question, each answer's
under its title, and 「わからない」 ("I don't know") is always offered (the plan then keeps
what the answer could need and the clerk checks it at the counter). Each help text is also
the control's accessible description, which the voice guidance reads.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QProgressBar, QVBoxLayout, QWidget

from kiosk.app.session import ResidentSession
from kiosk.app.visit import Step, Visit
from kiosk.i18n.ruby import reading
from kiosk.navigation.scenario import AnswerValue
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.ruby_label import RubyLabel
from kiosk.ui.wizard.common import (
    ChoiceButton,
    back_button,
    bottom_row,
    clear_layout,
    header,
    join_names,
    language,
    person_name,
    scroll_area,
    scroll_content,
    set_back_text,
)


class QuestionsScreen(Screen):
    screen_id = "questions"
    visit_step = 3

    def setup_ui(self) -> None:
        self.visit: Visit | None = None
        self.step: Step | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.progress_label = RubyLabel(self)
        self.progress_label.setObjectName("questionProgressLabel")
        self.progress_label.setProperty("role", "hint")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("questionProgress")
        self.progress_bar.setTextVisible(False)
        self.question, self.about = header(self, "question")
        self.about.setProperty("role", "subtitle")
        for widget in (self.progress_label, self.progress_bar, self.about, self.question):
            layout.addWidget(widget)
        area, content = scroll_area(self, "answerScroll")
        self.question_help = RubyLabel(scroll_content(area))
        self.question_help.setObjectName("questionHelp")
        self.question_help.setProperty("role", "hint")
        self.question_help.setWordWrap(True)
        content.addWidget(self.question_help)
        self.answers_box = QWidget(scroll_content(area))
        self.answers_box.setObjectName("answersBox")
        self.answers = QGridLayout(self.answers_box)
        self.answers.setContentsMargins(0, 0, 0, 0)
        self.answers.setSpacing(16)
        content.addWidget(self.answers_box)
        content.addStretch(1)
        layout.addWidget(area, 1)
        self.answer_buttons: dict[str, ChoiceButton] = {}
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        layout.addLayout(bottom_row(self, self.back_button))

    def retranslate_ui(self) -> None:
        set_back_text(self.back_button)
        self.progress_bar.setAccessibleName(self.tr("Progress through the questions"))
        self._render()

    # ------------------------------------------------------------------ the flow
    def should_show(self, session: ResidentSession) -> bool:
        if session.resident is None or session.event_id is None:
            return False
        return Visit.for_services(session, self.services).next_step() is not None

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self.visit = Visit.for_services(session, self.services)
        self.step = self.visit.next_step()
        if self.step is None and self.visit.undo() is not None:
            # Reached by "back" from a later screen: show the last question again.
            self.step = self.visit.next_step()
        self._render()

    def wipe(self) -> None:
        super().wipe()
        self.visit = None
        self.step = None
        clear_layout(self.answers)
        self.answer_buttons.clear()
        self.about.clear()
        self.question.clear()
        self.question_help.clear()

    def _answer(self, value: AnswerValue) -> None:
        if self.visit is None or self.step is None:
            return
        self.visit.answer(self.step, value)
        self._advance()

    def _dont_know(self) -> None:
        if self.visit is None or self.step is None:
            return
        self.visit.answer_dont_know(self.step)
        self._advance()

    def _split(self) -> None:
        if self.visit is None or self.step is None:
            return
        self.visit.answer_each_person(self.step)
        self._advance()

    def _advance(self) -> None:
        assert self.visit is not None
        self.step = self.visit.next_step()
        if self.step is None:
            self.visit.plan()
            self.done.emit(None)
            return
        self._render()

    def _back(self) -> None:
        if self.visit is None or self.visit.undo() is None:
            self.back.emit()
            return
        self.step = self.visit.next_step()
        self._render()

    # ------------------------------------------------------------------ drawing
    def _render(self) -> None:
        clear_layout(self.answers)
        self.answer_buttons.clear()
        if self.visit is None or self.step is None:
            return
        step, lang = self.step, language()
        number, total = self.visit.progress(step)
        self.progress_label.setText(
            self.tr("Question %1 of about %2").replace("%1", str(number)).replace("%2", str(total))
        )
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(number - 1)
        self._step_detail = (self.tr("%1 of about %2").replace("%1", str(number))
                             .replace("%2", str(total)))
        self.step_changed.emit()
        self.question.setText(step.prompt.text.get(lang))
        question = step.prompt.question
        helped = question.help.get(lang)
        self.question_help.setText(helped)
        self.question_help.setVisible(bool(helped))
        self.question_help.setAccessibleName(self.tr("Explanation"))
        # descriptions are read aloud: readings, never ruby markup
        self.question_help.setAccessibleDescription(reading(helped))
        self.question.setAccessibleDescription(reading(helped))
        self.about.setText(self._about(step))
        self.about.setVisible(bool(self.about.text()))
        if question.type == "bool":
            yes = self.tr("Yes, all of them") if step.can_split else self.tr("Yes")
            no = self.tr("No, none of them") if step.can_split else self.tr("No")
            self._add("answerYes", yes, "", lambda: self._answer(True), 0, 0)
            self._add("answerNo", no, "", lambda: self._answer(False), 0, 1)
            row = 1
        else:
            for row, option in enumerate(question.options):
                self._add(f"answer_{option.id}", option.label.get(lang), option.help.get(lang),
                          lambda _=False, v=option.id: self._answer(v), row, 0, span=2)
            row = len(question.options)
        dont_know = self.visit.catalog.dont_know
        self._add("answerDontKnow", dont_know.label.get(lang), dont_know.help.get(lang),
                  self._dont_know, row, 0, span=2)
        row += 1
        if step.can_split:
            self._add("answerSplit", self.tr("It differs from person to person"),
                      self.tr("You will answer for each person in turn."), self._split,
                      row, 0, span=2)

    def step_detail(self) -> str:
        """The question count inside the step bar's step ③."""
        return getattr(self, "_step_detail", "") if self.step is not None else ""

    def _about(self, step: Step) -> str:
        assert self.visit is not None
        if step.household:
            return ""
        people = self.visit.members()
        names = join_names([person_name(people[m]) for m in step.member_ids if m in people])
        if step.can_split:
            return self.tr("For everyone: %1").replace("%1", names)
        return self.tr("About: %1").replace("%1", names)

    def _add(self, name: str, title: str, detail: str, slot: object, row: int, col: int,
             span: int = 1) -> None:
        button = ChoiceButton(name, self.answers_box)
        button.set_texts(title, detail)
        # the title is the name the voice reads first; the help its description
        button.setAccessibleName(reading(title))
        button.setAccessibleDescription(reading(detail))
        button.clicked.connect(slot)
        self.answers.addWidget(button, row, col, 1, span)
        button.show()  # at once, not on the next event loop pass
        self.answer_buttons[name] = button

