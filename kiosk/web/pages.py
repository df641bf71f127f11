"""The wizard's pages, in the kiosk's order, and what each page's buttons do.

Page order (the kiosk's screens, with the basic four typed instead of read from the card):
``start`` → ``resident`` → ``event`` → ``household`` → ``question`` (one per question the
engine still needs, through the kiosk's :class:`~kiosk.app.visit.Visit`) → ``split`` (when
the event splits the household) → ``address`` (when the event brings a new address) →
``summary`` → ``code``. Every page's form posts an ``action``: ``next``, ``back``,
``lang:<locale>``, and on some pages ``add``, ``remove:<member>``, ``skip`` (the household
page's "continue without this person"), ``answer:<value>`` or ``each``. "Back" from any
page reaches the previous one; there are no dead ends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from kiosk.app.visit import RELATIONS, Visit
from kiosk.domain.resident import BasicFour
from kiosk.navigation.scenario import ScenarioError, Status
from kiosk.web import fields
from kiosk.web.fields import Errors
from kiosk.web.state import WizardState

PAGES = ("start", "resident", "event", "household", "question", "split", "address",
         "summary", "code")

#: The household page's fields of a member being added (``member_<part>``).
MEMBER_FIELDS = ("name", "furigana", "birth_year", "birth_month", "birth_day", "sex",
                 "relation")
#: The household page's error key when "next" met a half-typed person (the page then
#: offers "add" and "skip": continue without them).
PENDING_MEMBER = "member_pending"

#: Makes the QR text for a finished visit, and the last day it is valid.
CodeMaker = Callable[[WizardState, Visit], tuple[str, date]]


@dataclass
class Wizard:
    """Applies one posted action to the state and the visit (in place)."""

    languages: tuple[str, ...]
    make_code: CodeMaker

    def handle(self, state: WizardState, visit: Visit, form: Mapping[str, str]) -> Errors:
        errors = Errors()
        action = form.get("action", "")
        if action.startswith("lang:"):
            if action[5:] in self.languages:
                state.lang = visit.session.language = action[5:]
            return errors
        handler = getattr(self, f"_{state.page}", None)
        if handler is None or state.page not in PAGES:
            state.page = "start"
            return errors
        handler(state, visit, action, form, errors)
        return errors

    # ------------------------------------------------------------------ pages
    def _start(self, state: WizardState, visit: Visit, action: str,
               form: Mapping[str, str], errors: Errors) -> None:
        if action == "next":
            state.page = "resident"

    def _resident(self, state: WizardState, visit: Visit, action: str,
                  form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = "start"
            return
        name = fields.text(form, "name", errors)
        reading = fields.furigana(form, "furigana", errors)
        born = fields.birth_date(form, "birth", errors, visit.today())
        sex = fields.sex(form, "sex", errors)
        address = fields.text(form, "address", errors)
        if errors or born is None or sex is None:
            return
        visit.session.resident = BasicFour(name, address, born, sex)
        visit.session.furigana = reading
        state.page = "event"

    def _event(self, state: WizardState, visit: Visit, action: str,
               form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = "resident"
            return
        event_id = fields.choice(form, "event", tuple(visit.catalog.events), errors)
        if not errors:
            visit.choose_event(event_id)
            visit.mark_newborns()
            state.page = "household"

    def _household(self, state: WizardState, visit: Visit, action: str,
                   form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = "event"
        elif action == "add":
            self._add_member(visit, form, errors)
        elif action.startswith("remove:"):
            visit.remove_member(action[7:])
        elif action in ("next", "skip"):
            if action == "next" and member_started(form):
                # typed but "add" not pressed: added, or, when incomplete, the page asks
                # (complete it, or go on without this person): never silently dropped
                member_errors = Errors()
                self._add_member(visit, form, member_errors)
                if member_errors:
                    errors.add(PENDING_MEMBER, fields.MEMBER_NOT_ADDED)
                    errors.update(member_errors)
                    return
            missing = visit.missing_subject()
            if missing is Status.DECEASED:
                errors.add("add-member", fields.MISSING_SUBJECT_DECEASED)
            elif missing is Status.NEWBORN:
                errors.add("add-member", fields.MISSING_SUBJECT_NEWBORN)
            else:
                state.page = "question" if visit.next_step() else self._after_questions(visit)

    def _add_member(self, visit: Visit, form: Mapping[str, str], errors: Errors) -> None:
        name = fields.text(form, "member_name", errors)
        reading = fields.furigana(form, "member_furigana", errors)
        born = fields.birth_date(form, "member_birth", errors, visit.today())
        sex = fields.sex(form, "member_sex", errors)
        relation = fields.choice(form, "member_relation", tuple(r for r, _ in RELATIONS),
                                 errors)
        if errors or born is None or sex is None:
            return
        status = Status.DECEASED if visit.missing_subject() is Status.DECEASED \
            else Status.PRESENT
        member_id = visit.add_member(name, born, sex, relation, status)
        member = visit.session.member(member_id)
        if member is not None:
            member.furigana = reading
        visit.mark_newborns()

    def _question(self, state: WizardState, visit: Visit, action: str,
                  form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            if visit.undo() is None:
                state.page = "household"
            return
        step = visit.next_step()
        if step is None:
            state.page = self._after_questions(visit)
            return
        if action == "each" and step.can_split:
            visit.answer_each_person(step)
            return
        question = step.prompt.question
        raw = action.partition(":")[2] if action.startswith("answer:") else ""
        value: bool | str | int | None = None
        if question.type == "bool" and raw in ("yes", "no"):
            value = raw == "yes"
        elif question.type == "choice" and raw in question.option_ids:
            value = raw
        elif question.type == "int" and form.get("answer_value", "").strip().isdigit():
            value = int(form["answer_value"].strip())
        if value is None:
            errors.add("answer", fields.CHOOSE_ONE)
            return
        visit.answer(step, value)
        if visit.next_step() is None:
            state.page = self._after_questions(visit)

    def _split(self, state: WizardState, visit: Visit, action: str,
               form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = self._back_into_questions(visit)
            return
        ids = [p.id for p in visit.split_candidates()]
        leaving = [pid for pid in ids if form.get(f"leaves-{pid}") == "1"]
        head = form.get("head", "")
        try:
            visit.set_new_household(leaving, head)
        except ScenarioError:
            errors.add("leaves", fields.SPLIT_REFUSED)
            return
        state.page = "address" if visit.needs_new_address() else "summary"

    def _address(self, state: WizardState, visit: Visit, action: str,
                 form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = self._before_address(visit)
            return
        town = visit.catalog.town
        name = fields.choice(form, "oaza", tuple(o.name for o in town.oaza), errors)
        banchi = fields.text(form, "banchi", errors)
        katagaki = fields.text(form, "katagaki", errors, required=False)
        if errors:
            return
        oaza = next(o for o in town.oaza if o.name == name)
        visit.set_new_address(oaza, banchi, katagaki)
        state.page = "summary"

    def _summary(self, state: WizardState, visit: Visit, action: str,
                 form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.page = self._before_summary(visit)
        elif action == "next":
            try:
                code, expires = self.make_code(state, visit)
            except ValueError:  # the household does not fit one code
                errors.add("next", fields.TOO_LARGE)
                return
            state.code, state.expires = code, expires.isoformat()
            state.page = "code"

    def _code(self, state: WizardState, visit: Visit, action: str,
              form: Mapping[str, str], errors: Errors) -> None:
        if action == "back":
            state.code = state.expires = None
            state.page = "summary"

    # ------------------------------------------------------------------ the order
    def _after_questions(self, visit: Visit) -> str:
        if visit.needs_household_split():
            return "split"
        return "address" if visit.needs_new_address() else "summary"

    def _back_into_questions(self, visit: Visit) -> str:
        """Back from after the questions shows the last question again (as the kiosk)."""
        if visit.next_step() is None:
            visit.undo()
        return "question" if visit.next_step() is not None else "household"

    def _before_address(self, visit: Visit) -> str:
        return "split" if visit.needs_household_split() else self._back_into_questions(visit)

    def _before_summary(self, visit: Visit) -> str:
        return "address" if visit.needs_new_address() else self._before_address(visit)


def member_started(form: Mapping[str, str]) -> bool:
    """Something was typed or chosen for a person on the household page."""
    return any(form.get(f"member_{part}", "").strip() for part in MEMBER_FIELDS)
