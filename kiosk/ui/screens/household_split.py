"""Household split (世帯分離): who leaves to form the new household, and who heads it.

Shown only when the catalog's event data says the household splits (``household_split``
in ``events.yaml``, e.g. the answer "splitting into two households"). Two steps on one
screen, big buttons only:

1. tap each person who leaves (a tick and the word "leaves" mark them; tap again to undo);
   "Continue" waits until somebody leaves and somebody stays;
2. tap the person who heads the new household (with one person leaving, they head it and
   this step is skipped).

The choice is checked by the same rule as every scenario (:meth:`Visit.set_new_household`)
and printed on the 世帯変更届. Back from the second step returns to the first.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout

from kiosk.app.session import ResidentSession
from kiosk.app.visit import Visit
from kiosk.navigation.scenario import Person
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.wizard.common import (
    ChoiceButton,
    back_button,
    bottom_row,
    clear_layout,
    header,
    person_name,
    scroll_area,
    set_back_text,
    show_message,
)

CHOSEN, NOT_CHOSEN = "✓", "□"


class HouseholdSplitScreen(Screen):
    screen_id = "household_split"
    visit_step = 3

    def setup_ui(self) -> None:
        self.people: list[Person] = []
        self.leaving: list[str] = []
        self.choosing_head = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.title, self.hint = header(self, "householdSplit")
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        area, self.rows = scroll_area(self, "householdSplitScroll")
        layout.addWidget(area, 1)
        self.buttons: dict[str, ChoiceButton] = {}
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        self.continue_button = make_button("householdSplitContinue", self, role="primary")
        self.continue_button.clicked.connect(self._continue)
        layout.addLayout(bottom_row(self, self.back_button, self.continue_button))

    def retranslate_ui(self) -> None:
        set_back_text(self.back_button)
        self._render()

    def should_show(self, session: ResidentSession) -> bool:
        if session.resident is None or session.event_id is None:
            return False
        return Visit.for_services(session, self.services).needs_household_split()

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        visit = Visit.for_services(session, self.services)
        self.people = visit.split_candidates()
        chosen = session.new_household
        self.leaving = list(chosen.members) if chosen is not None else []
        self.choosing_head = False
        self._render()

    def wipe(self) -> None:
        super().wipe()
        self.people, self.leaving, self.choosing_head = [], [], False
        clear_layout(self.rows)
        self.buttons.clear()

    # ------------------------------------------------------------------ input
    def _valid_leavers(self) -> bool:
        """Somebody leaves and somebody stays (the scenario rule, for the button)."""
        return 0 < len(self.leaving) < len(self.people)

    def _toggle(self, member_id: str) -> None:
        if member_id in self.leaving:
            self.leaving.remove(member_id)
        else:
            self.leaving.append(member_id)
        self._render()

    def _continue(self) -> None:
        if not self._valid_leavers():
            return
        if len(self.leaving) == 1:
            self._finish(self.leaving[0])
            return
        self.choosing_head = True
        self._render()

    def _finish(self, head: str) -> None:
        if self.session is None:
            return
        ordered = [p.id for p in self.people if p.id in self.leaving]
        Visit.for_services(self.session, self.services).set_new_household(ordered, head)
        self.done.emit(None)

    def _back(self) -> None:
        if self.choosing_head:
            self.choosing_head = False
            self._render()
            return
        self.back.emit()

    # ------------------------------------------------------------------ drawing
    def _render(self) -> None:
        clear_layout(self.rows)
        self.buttons.clear()
        if self.choosing_head:
            self._render_heads()
        else:
            self._render_leavers()
        self.rows.addStretch(1)

    def _render_leavers(self) -> None:
        self.title.setText(self.tr("Who leaves to form the new household?"))
        if len(self.people) < 2:  # nobody to split from: back to the household screen
            show_message(self.hint, self.tr(
                "Splitting a household needs two people or more. Go back and add the "
                "people who live with you."))
        else:
            show_message(self.hint, self.tr(
                "Tap each person who leaves. Tap again to undo. Somebody must stay."))
        for person in self.people:
            leaves = person.id in self.leaving
            button = self._button(f"leaves_{person.id}")
            button.set_texts(person_name(person),
                             self.tr("Leaves: in the new household") if leaves
                             else self.tr("Stays in the present household"),
                             CHOSEN if leaves else NOT_CHOSEN)
            button.setChecked(leaves)
            button.setAccessibleName(
                (self.tr("%1 leaves. Tap to undo.") if leaves
                 else self.tr("%1 stays. Tap if they leave.")).replace("%1", person_name(person)))
            button.clicked.connect(lambda _=False, m=person.id: self._toggle(m))
        self.continue_button.setVisible(True)
        self.continue_button.setEnabled(self._valid_leavers())
        self.continue_button.setText(self.tr("Continue"))
        self.continue_button.setAccessibleName(
            self.tr("Continue with the people marked as leaving"))

    def _render_heads(self) -> None:
        self.title.setText(self.tr("Who is the head of the new household?"))
        show_message(self.hint, self.tr("Tap the person who heads the new household."))
        for person in self.people:
            if person.id not in self.leaving:
                continue
            button = self._button(f"head_{person.id}")
            button.set_texts(person_name(person), self.tr("Tap to make this person the head"))
            button.setAccessibleName(self.tr("%1 heads the new household")
                                     .replace("%1", person_name(person)))
            button.clicked.connect(lambda _=False, m=person.id: self._finish(m))
        self.continue_button.setVisible(False)

    def _button(self, name: str) -> ChoiceButton:
        parent = self.rows.parentWidget()
        assert parent is not None
        # a person who leaves: a tick, the words, and a thick border (role "pick")
        pick = name.startswith("leaves_")
        button = ChoiceButton(name, parent, role="pick" if pick else "")
        button.setCheckable(pick)
        self.rows.addWidget(button)
        self.buttons[name.partition("_")[2]] = button
        button.show()
        return button
