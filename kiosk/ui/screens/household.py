"""Household: the people the visit is about besides the resident, entered once.

Who moves in with you, who passed away, the new baby: each person is added on the
member editor (relationship, name in kana, birth date, sex) and listed here. The
resident then answers the questions once for the whole household; the engine works out
each member's own procedures (a school-age child gets 転入学, a 65-year-old 介護保険 …).
For a death the first person entered is the one who died; for a birth, the baby.

With the town's core system the list starts filled from the record (kanji, kana
beneath): the resident confirms with one tap, removes (after a confirmation) or adds.
Every removal is confirmed first and can be undone for a few seconds (the undo bar); a
person typed here can be corrected (「修正」: the editor opens with their data). A new
person's name starts with the resident's family name in katakana
(:func:`kiosk.app.household_edits.proposed_family_name`), kept or deleted like typed text.
At a death they tap the person who died in that list. When the lookup started after the
PIN is still running, a short progress line shows, bounded by the link's deadline; when
the core system could not answer, one plain sentence says so and the screen works as
without it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from forms.catalog import EventDef, Subject
from kiosk.app.core_lookup import notice_text
from kiosk.app.household_edits import (
    RemovedMember,
    proposed_family_name,
    put_back,
    take_out,
    update_member,
)
from kiosk.app.session import Member, ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.latin_name import is_latin_name
from kiosk.navigation.scenario import Status
from kiosk.ui.screens.base import Screen, make_button, make_label
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
from kiosk.ui.wizard.member_row import MemberRow
from kiosk.ui.wizard.undo_bar import UndoBar

#: The notices are one sentence across the screen (the kiosk is 1280 px wide).
NOTICE_MIN_WIDTH = 880
#: Room for at least one member's row, whatever the text size.
LIST_MIN_HEIGHT = 140


class HouseholdScreen(Screen):
    screen_id = "household"
    visit_step = 3

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
        # the core system's answer: still coming, or could not be had (read before the hint)
        self.progress = make_label("coreProgress", list_page, "subtitle")
        self.notice = make_label("coreNotice", list_page, "subtitle")
        for label in (self.progress, self.notice):
            # measured at the kiosk's width, not wrapped into a narrow column's many lines
            label.setMinimumWidth(NOTICE_MIN_WIDTH)
        for widget in (self.title, self.progress, self.notice, self.hint):
            list_layout.addWidget(widget)
        self._waiting = False
        self._wait_timer = QTimer(self)
        self._wait_timer.setSingleShot(True)
        self._wait_timer.timeout.connect(self._give_up)
        area, self.rows = scroll_area(list_page, "householdScroll")
        # at the largest text a notice takes the room of the scroll bar's own minimum
        area.setMinimumHeight(LIST_MIN_HEIGHT)
        self.rows_box = scroll_content(area)
        list_layout.addWidget(area, 1)
        self.undo_bar = UndoBar(list_page, "householdUndo")
        list_layout.addWidget(self.undo_bar)
        # the last line of the list: scrolls with it, so the list gets the screen's height
        self.add_button = make_button("addMember", self.rows_box)
        self.continue_button = make_button("continueButton", self, role="primary")
        self.add_button.clicked.connect(self._add)
        self.continue_button.clicked.connect(self._continue)
        self.pages.addWidget(list_page)
        self.editor = MemberEditor(self.pages, "memberEditor")
        self.editor.typed.connect(self._typed)
        self.editor.finished.connect(self._added)
        self.pages.addWidget(self.editor)
        self._editing: str | None = None  # the member the editor corrects, if any
        self.remove_buttons: dict[str, QWidget] = {}
        self.edit_buttons: dict[str, QPushButton] = {}
        self.deceased_buttons: dict[str, QPushButton] = {}
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
        self.undo_bar.dismiss()
        lookup = self.services.core_lookup
        self._waiting = lookup.running(session)
        if self._waiting:
            lookup.when_finished(self._lookup_finished)
            self._wait_timer.start(int(lookup.deadline_seconds * 1000) + 250)
        else:
            self._prefill()
        self._mark_newborns()
        self._list()

    def wipe(self) -> None:
        super().wipe()
        self._waiting = False
        self._wait_timer.stop()
        self.services.core_lookup.when_finished(None)
        self.notice.clear()
        self.undo_bar.dismiss()
        self._editing = None
        self.editor.start("")
        self.pages.setCurrentIndex(0)
        self.rows.removeWidget(self.add_button)  # not a member's row: it stays
        clear_layout(self.rows)
        self.rows.addWidget(self.add_button)
        self.remove_buttons.clear()
        self.edit_buttons.clear()

    # ------------------------------------------------------------------ state
    def _event(self) -> EventDef | None:
        if self.session is None:
            return None
        return Visit.for_services(self.session, self.services).event

    def _missing_key_person(self) -> Status | None:
        """The person the event is about, when not entered yet (see the visit's rule)."""
        if self.session is None:
            return None
        return Visit.for_services(self.session, self.services).missing_subject()

    def _typed(self) -> None:
        if self.session is not None:
            self.session.characters_typed += 1

    # ------------------------------------------------------------------ the record
    def _prefill(self) -> None:
        if self.session is not None:
            self.services.core_lookup.prefill(self.session, self.services.navigator.catalog,
                                              self.services.clock())

    def _lookup_finished(self) -> None:
        self._wait_timer.stop()
        self._waiting = False
        if self.session is None:
            return
        self._prefill()
        self._mark_newborns()
        if self.pages.currentIndex() == 0:
            self._render()

    def _give_up(self) -> None:
        """The whole deadline passed on this screen: go on without the record."""
        if self.session is not None and self._waiting:
            self.services.core_lookup.give_up(self.session)
        self._lookup_finished()

    def _choose_deceased(self, member_id: str) -> None:
        """One tap on the record's list: this person passed away (tap again: undo)."""
        self.undo_bar.dismiss()
        if self.session is None:
            return
        for member in self.session.household:
            if member.id == member_id:
                member.status = Status.PRESENT if member.status is Status.DECEASED \
                    else Status.DECEASED
            elif member.status is Status.DECEASED and member.record_key:
                member.status = Status.PRESENT
        self.session.plan = None
        self.session.new_household = None
        self._render()

    def _picks_deceased(self) -> bool:
        event = self._event()
        return (event is not None and event.subject is Subject.DECEASED
                and self.session is not None
                and any(m.record_key for m in self.session.household))

    def _add(self) -> None:
        self.undo_bar.dismiss()
        self._editing = None
        missing = self._missing_key_person()
        subject = {
            Status.DECEASED: self.tr("The person who passed away"),
            Status.NEWBORN: self.tr("The baby"),
        }.get(missing, self.tr("A person in your household")) if missing else \
            self.tr("A person in your household")
        proposed = proposed_family_name(self.session) if self.session is not None else ""
        resident = self.session.resident if self.session is not None else None
        # a foreign resident's household is typed as registered, in Latin letters first
        self._open_editor(subject, MemberDraft(name=proposed),
                          latin_first=resident is not None and is_latin_name(resident.name))

    def _open_editor(self, subject: str, draft: MemberDraft, *,
                     latin_first: bool = False) -> None:
        self.editor.start(subject, draft=draft, latin_first=latin_first)
        self.pages.setCurrentWidget(self.editor)
        self.continue_button.setVisible(False)

    def _edit(self, member_id: str) -> None:
        """「修正」: the editor opens on the person's data; finishing writes it back."""
        self.undo_bar.dismiss()
        member = self.session.member(member_id) if self.session is not None else None
        if member is None:
            return
        self._editing = member_id
        self._open_editor(member.name, MemberDraft(member.relation, member.name,
                                                   member.furigana, member.birth_date,
                                                   member.sex))

    def _added(self, draft: MemberDraft) -> None:
        if self.session is None or draft.birth_date is None:
            return
        editing, self._editing = self._editing, None
        if editing is not None:
            update_member(Visit.for_services(self.session, self.services), editing,
                          draft.name, draft.birth_date, draft.sex, draft.relation)
            self._list()
            return
        status = Status.DECEASED if self._missing_key_person() is Status.DECEASED \
            else Status.PRESENT
        Visit.for_services(self.session, self.services).add_member(
            draft.name, draft.birth_date, draft.sex, draft.relation, status, draft.reading)
        self._mark_newborns()
        self._list()

    def _mark_newborns(self) -> None:
        if self.session is not None:
            Visit.for_services(self.session, self.services).mark_newborns()

    def _remove(self, member_id: str) -> None:
        self.undo_bar.dismiss()
        member = self.session.member(member_id) if self.session is not None else None
        if member is None or self.shell is None:
            return
        # every removal after a second, explicit yes (and an undo for a few seconds)
        if member.record_key:
            self.shell.dialogs.confirm(
                self.tr("Leave %1 out?").replace("%1", member.name),
                self.tr("They stay in the town's record. They are only left out of "
                        "today's forms."),
                self.tr("Yes, leave them out"), self.tr("No, keep them"),
                lambda yes: self._removed(member_id) if yes else None)
            return
        self.shell.dialogs.confirm(
            self.tr("Remove %1?").replace("%1", member.name),
            self.tr("What you entered for this person is deleted from today's visit."),
            self.tr("Yes, remove"), self.tr("No, keep them"),
            lambda yes: self._removed(member_id) if yes else None, danger=True)

    def _removed(self, member_id: str) -> None:
        if self.session is None:
            return
        removed = take_out(Visit.for_services(self.session, self.services), member_id)
        self._render()
        if removed is not None:
            self.undo_bar.offer(self.tr("%1 was removed.").replace("%1", removed.member.name),
                                lambda: self._undo(removed))

    def _undo(self, removed: RemovedMember) -> None:
        if self.session is not None and put_back(
                Visit.for_services(self.session, self.services), removed):
            self._mark_newborns()
            self._render()

    def _continue(self) -> None:
        self.undo_bar.dismiss()
        self.done.emit(None)

    def _back(self) -> None:
        self.undo_bar.dismiss()
        if self.pages.currentWidget() is self.editor:
            if not self.editor.go_back():
                self._editing = None
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
        members = self.session.household if self.session else []
        from_record = any(m.record_key for m in members)
        if self._picks_deceased():
            self.hint.setText(self.tr("Tap the person who passed away."))
        elif from_record and self.session is not None and self.session.core_household is None:
            self.hint.setText(self.tr(
                "The people of your moving-in notice made online (転入予約). Is it right?"))
        elif from_record:
            self.hint.setText(self.tr(
                "The people in the town's record. Is it right?"))
        else:
            self.hint.setText(self.tr(
                "Add each person once. You then answer the questions once for everyone."))
        self.progress.setText(self.tr("Checking the town's records…") if self._waiting else "")
        self.progress.setVisible(self._waiting)
        # in the language shown now (the resident may have switched since the lookup)
        notice = notice_text(language()) if self.session is not None \
            and self.session.core_notice else ""
        self.notice.setText(notice)
        self.notice.setAccessibleName(notice)
        self.notice.setVisible(bool(notice) and not self._waiting)
        missing = self._missing_key_person()
        if missing is Status.DECEASED:
            self.add_button.setText(self.tr("+ Add the person who passed away"))
        elif missing is Status.NEWBORN:
            self.add_button.setText(self.tr("+ Add the baby"))
        else:
            self.add_button.setText(self.tr("+ Add a person"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.add_button.setEnabled(not self._waiting)
        # the list needs the room once it has people; a list from the record says what to do
        self.hint.setVisible((not members or from_record) and not self.notice.isVisibleTo(self))
        self.continue_button.setEnabled(missing is None and not self._waiting)
        self.continue_button.setText(
            self.tr("Continue with these people") if from_record
            else self.tr("Continue") if members else self.tr("Nobody else: continue"))
        self.continue_button.setAccessibleName(self.continue_button.text())
        self.rows.removeWidget(self.add_button)  # kept: only the rows are rebuilt
        clear_layout(self.rows)
        self.remove_buttons.clear()
        self.edit_buttons.clear()
        self.deceased_buttons.clear()
        if self._waiting:
            members = []
        for member in members:
            row = self._row(member)
            self.rows.addWidget(row)
            row.show()
        self.rows.addWidget(self.add_button)
        self.rows.addStretch(1)

    def _row(self, member: Member) -> QWidget:
        row = MemberRow(member, self.rows_box, picks_deceased=self._picks_deceased())
        row.remove_tapped.connect(self._remove)
        row.edit_tapped.connect(self._edit)
        if row.edit_button is not None:
            self.edit_buttons[member.id] = row.edit_button
        row.deceased_tapped.connect(self._choose_deceased)
        self.remove_buttons[member.id] = row.remove_button
        if row.deceased_button is not None:
            self.deceased_buttons[member.id] = row.deceased_button
        return row
