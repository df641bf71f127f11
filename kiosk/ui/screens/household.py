"""Household: the people the visit is about besides the resident, entered once.

Who moves in with you, who passed away, the new baby: each person is added on the
member editor (relationship, name in kana, birth date, sex) and listed here. The
resident then answers the questions once for the whole household; the engine works out
each member's own procedures (a school-age child gets 転入学, a 65-year-old 介護保険 …).
For a death the first person entered is the one who died; for a birth, the baby.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from forms.catalog import EventDef, Subject
from kiosk.app.session import Member, ResidentSession
from kiosk.app.visit import Visit, relation_label
from kiosk.domain.era import to_wareki
from kiosk.i18n import translate
from kiosk.navigation.scenario import Status
from kiosk.ui.screens.base import Screen, make_button
from kiosk.ui.wizard.common import (
    PageStack,
    back_button,
    bottom_row,
    clear_layout,
    header,
    language,
    scroll_area,
    scroll_content,
    set_back_text,
)
from kiosk.ui.wizard.member_editor import MemberDraft, MemberEditor


class HouseholdScreen(Screen):
    screen_id = "household"

    def setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        self.pages = PageStack(self, "householdPages")
        layout.addWidget(self.pages, 1)
        # The list of members.
        list_page = QWidget(self.pages)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        self.title, self.hint = header(list_page, "household")
        list_layout.addWidget(self.title)
        list_layout.addWidget(self.hint)
        area, self.rows = scroll_area(list_page, "householdScroll")
        self.rows_box = scroll_content(area)
        list_layout.addWidget(area, 1)
        self.add_button = make_button("addMember", list_page)
        self.continue_button = make_button("continueButton", self, role="primary")
        self.add_button.clicked.connect(self._add)
        self.continue_button.clicked.connect(lambda: self.done.emit(None))
        list_layout.addWidget(self.add_button)
        self.pages.addWidget(list_page)
        self.editor = MemberEditor(self.pages, "memberEditor")
        self.editor.typed.connect(self._typed)
        self.editor.finished.connect(self._added)
        self.pages.addWidget(self.editor)
        self.remove_buttons: dict[str, QWidget] = {}
        self.back_button = back_button(self)
        self.back_button.clicked.connect(self._back)
        layout.addLayout(bottom_row(self, self.back_button, self.continue_button))

    def retranslate_ui(self) -> None:
        set_back_text(self.back_button)
        self._render()

    def should_show(self, session: ResidentSession) -> bool:
        return session.resident is not None and session.event_id is not None

    def on_enter(self, session: ResidentSession) -> None:
        super().on_enter(session)
        self._mark_newborns()
        self._list()

    def wipe(self) -> None:
        super().wipe()
        self.editor.start("")
        self.pages.setCurrentIndex(0)
        clear_layout(self.rows)
        self.remove_buttons.clear()

    # ------------------------------------------------------------------ state
    def _event(self) -> EventDef | None:
        if self.session is None:
            return None
        return Visit.for_services(self.session, self.services).event

    def _missing_key_person(self) -> Status | None:
        """The person the event is about (its ``subject`` in the catalog), when not
        entered yet: the deceased, or the newborn."""
        event = self._event()
        if self.session is None or event is None:
            return None
        statuses = {m.status for m in self.session.household}
        if event.subject is Subject.DECEASED and Status.DECEASED not in statuses:
            return Status.DECEASED
        if event.subject is Subject.NEWBORN and not self.session.household:
            return Status.NEWBORN
        return None

    def _typed(self) -> None:
        if self.session is not None:
            self.session.characters_typed += 1

    def _add(self) -> None:
        missing = self._missing_key_person()
        subject = {
            Status.DECEASED: self.tr("The person who passed away"),
            Status.NEWBORN: self.tr("The baby"),
        }.get(missing, self.tr("A person in your household")) if missing else \
            self.tr("A person in your household")
        self.editor.start(subject)
        self.pages.setCurrentWidget(self.editor)
        self.continue_button.setVisible(False)

    def _added(self, draft: MemberDraft) -> None:
        if self.session is None or draft.birth_date is None:
            return
        status = Status.DECEASED if self._missing_key_person() is Status.DECEASED \
            else Status.PRESENT
        Visit.for_services(self.session, self.services).add_member(
            draft.name, draft.birth_date, draft.sex, draft.relation, status)
        self._mark_newborns()
        self._list()

    def _mark_newborns(self) -> None:
        if self.session is not None:
            Visit.for_services(self.session, self.services).mark_newborns()

    def _remove(self, member_id: str) -> None:
        if self.session is not None:
            Visit.for_services(self.session, self.services).remove_member(member_id)
            self._render()

    def _back(self) -> None:
        if self.pages.currentWidget() is self.editor:
            if not self.editor.go_back():
                self._list()
            return
        self.back.emit()

    def _list(self) -> None:
        self.pages.setCurrentIndex(0)
        self.continue_button.setVisible(True)
        self._render()

    # ------------------------------------------------------------------ drawing
    def _render(self) -> None:
        event = self._event()
        self.title.setText(event.household_prompt.get(language()) if event is not None
                           else self.tr("Who else is concerned?"))
        self.hint.setText(self.tr(
            "Add each person once. You then answer the questions once for everyone."))
        missing = self._missing_key_person()
        if missing is Status.DECEASED:
            self.add_button.setText(self.tr("+ Add the person who passed away"))
        elif missing is Status.NEWBORN:
            self.add_button.setText(self.tr("+ Add the baby"))
        else:
            self.add_button.setText(self.tr("+ Add a person"))
        self.add_button.setAccessibleName(self.add_button.text())
        members = self.session.household if self.session else []
        self.hint.setVisible(not members)  # the list needs the room once it has people
        self.continue_button.setEnabled(missing is None)
        self.continue_button.setText(
            self.tr("Continue") if members else self.tr("Nobody else: continue"))
        self.continue_button.setAccessibleName(self.continue_button.text())
        clear_layout(self.rows)
        self.remove_buttons.clear()
        for member in members:
            row = self._row(member)
            self.rows.addWidget(row)
            row.show()
        self.rows.addStretch(1)

    def _row(self, member: Member) -> QWidget:
        box = QWidget(self.rows_box)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        born = member.birth_date
        sex = member.sex
        lang = language()
        parts = [relation_label(member.relation, lang), member.name,
                 to_wareki(born).format_ja() if lang == "ja" else born.isoformat(),
                 translate("Sex", sex.label_source, lang)]
        if member.status is Status.DECEASED:
            parts.append(self.tr("(passed away)"))
        text = QLabel("  ".join(parts), box)
        text.setObjectName(f"member_{member.id}")
        text.setWordWrap(True)
        remove = make_button(f"remove_{member.id}", box, role="danger")
        remove.setText(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove %1").replace("%1", member.name))
        remove.clicked.connect(lambda _=False, m=member.id: self._remove(m))
        row.addWidget(text, 1)
        row.addWidget(remove)
        self.remove_buttons[member.id] = remove
        return box
