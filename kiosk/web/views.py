"""What each page shows, read from the kiosk's visit: plain values for the templates.

The templates never call the engine: this module asks the visit for the step, the
household, the plan, and hands the templates lists of small dicts and the catalog's
``Text`` objects (the templates' ``tx()`` picks the language).
"""

from __future__ import annotations

from typing import Any

from kiosk.app.visit import RELATIONS, Step, Visit
from kiosk.domain.resident import Sex
from kiosk.i18n import Text
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import Person, Status
from kiosk.web.state import WizardState
from kiosk.web.texts import Translator, translated

#: The label of each field an error can name, for the error summary at the top of a page.
FIELD_LABELS = {
    "name": "Name", "furigana": "Name in katakana (furigana)", "birth_year": "Date of birth",
    "sex": "Sex", "address": "Current address", "event": "What happened?",
    "member_name": "Name", "member_furigana": "Name in katakana (furigana)",
    "member_birth_year": "Date of birth", "member_sex": "Sex",
    "member_relation": "Relation to you", "add-member": "Your household",
    "member_pending": "Add a person",
    "answer": "A question", "leaves": "Mark each person who leaves",
    "oaza": "Area (大字)", "banchi": "Lot number (番地)", "katagaki": "Building and room",
    "next": "Your QR code",
}
SEX_SOURCES = {Sex.MALE: "Male", Sex.FEMALE: "Female", Sex.NOT_STATED: "Not stated"}
#: The forms' relation words (妻, 子 …) to their English sources (context ``Relation``).
RELATION_SOURCES = dict(RELATIONS)


def settle(state: WizardState, visit: Visit) -> None:
    """Put the state on a page it can show: a page whose data is missing, or one the
    answers made unnecessary, gives way to the page that comes first."""
    session = visit.session
    if state.page not in ("start", "resident") and session.resident is None:
        state.page = "resident"
    elif state.page not in ("start", "resident", "event") and session.event_id is None:
        state.page = "event"
    if state.page == "question" and visit.next_step() is None:
        state.page = "split"
    if state.page == "split" and not visit.needs_household_split():
        state.page = "address"
    if state.page == "address" and not visit.needs_new_address():
        state.page = "summary"
    if state.page == "code" and not state.code:
        state.page = "summary"


def sex_label(sex: Sex, lang: str) -> str:
    return translated("Sex", SEX_SOURCES[sex], lang)


def relation_label(relation: str, lang: str) -> str:
    """As :func:`kiosk.app.visit.relation_label`, through the remembered translations."""
    source = RELATION_SOURCES.get(relation)
    return relation if source is None else translated("Relation", source, lang)


def person_view(person: Person, lang: str) -> dict[str, Any]:
    return {
        "id": person.id, "name": person.name, "furigana": person.furigana,
        "birth_date": person.birth_date.isoformat(), "sex": sex_label(person.sex, lang),
        "relation": relation_label(person.relation, lang), "status": person.status.value,
    }


def page_context(state: WizardState, visit: Visit, t: Translator) -> dict[str, Any]:
    """The values the state's page needs."""
    lang = state.lang
    builder = {
        "resident": _resident, "event": _event, "household": _household,
        "question": _question, "split": _split, "address": _address, "summary": _summary,
    }.get(state.page)
    return builder(visit, lang, t) if builder else {}


def _resident(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    resident = visit.session.resident
    values: dict[str, str] = {}
    if resident is not None:
        born = resident.birth_date
        values = {"name": resident.name, "furigana": visit.session.furigana,
                  "address": resident.address, "birth_year": str(born.year),
                  "birth_month": str(born.month), "birth_day": str(born.day),
                  "sex": resident.sex.value}
    return {"values": values, "sexes": _sexes(lang)}


def _sexes(lang: str) -> list[tuple[str, str]]:
    return [(s.value, sex_label(s, lang)) for s in (Sex.MALE, Sex.FEMALE)]


def _event(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    return {"events": list(visit.catalog.events.values()),
            "chosen": visit.session.event_id or ""}


def _household(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    event = visit.event
    missing = visit.missing_subject()
    members = [person_view(m.person(), lang) for m in visit.session.household]
    return {
        "event": event, "members": members,
        "missing": missing.value if missing is not None else "",
        "relations": [(ja, translated("Relation", en, lang)) for ja, en in RELATIONS],
        "sexes": _sexes(lang),
        "values": {},
        "deceased": Status.DECEASED.value, "newborn": Status.NEWBORN.value,
    }


def _question(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    step = visit.next_step()
    if step is None:
        return {}
    number, total = visit.progress(step)
    question = step.prompt.question
    answers: list[tuple[str, str, Text | None]]
    if question.type == "bool":
        answers = [("yes", t("Yes, all of them") if step.can_split else t("Yes"), None),
                   ("no", t("No, none of them") if step.can_split else t("No"), None)]
    else:
        answers = [(o.id, "", o.label) for o in question.options]
    return {"step": step, "number": number, "total": total, "text": step.prompt.text,
            "about": _about(visit, step, t), "answers": answers, "type": question.type}


def _about(visit: Visit, step: Step, t: Translator) -> str:
    if step.household:
        return ""
    people = visit.members()
    names = t(", ").join(_name(people[m]) for m in step.member_ids if m in people)
    if step.can_split:
        return t("For everyone: {names}", names=names)
    return t("About: {names}", names=names)


def _name(person: Person) -> str:
    return person.name or person.furigana


def _split(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    chosen = visit.session.new_household
    return {
        "people": [person_view(p, lang) for p in visit.split_candidates()],
        "leaving": set(chosen.members) if chosen else set(),
        "head": chosen.head if chosen else "",
    }


def _address(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    town = visit.catalog.town
    address = visit.session.new_address
    values = {} if address is None else {"oaza": address.oaza, "banchi": address.banchi,
                                         "katagaki": address.katagaki}
    return {"town": town, "prefix": f"{town.full_name()}{town.oaza_prefix}",
            "oaza": town.oaza, "values": values}


def _summary(visit: Visit, lang: str, t: Translator) -> dict[str, Any]:
    plan = visit.plan()
    scenario = visit.scenario()
    people = {p.id: p for p in scenario.members}
    return {
        "event": visit.event, "resident": person_view(scenario.resident, lang),
        "current_address": scenario.current_address,
        "household": [person_view(p, lang) for p in scenario.household],
        "new_address": scenario.new_address,
        "town_prefix": f"{visit.catalog.town.full_name()}{visit.catalog.town.oaza_prefix}",
        "stops": _stops(plan, people),
        "documents": _documents(plan, lang),
    }


def _stops(plan: Plan, people: dict[str, Person]) -> list[dict[str, Any]]:
    return [{
        "department": stop.department,
        "procedures": [{"title": p.title, "documents": p.documents, "fee": p.fee,
                        "deadline": p.deadline,
                        "people": [_name(people[m]) for m in p.member_ids if m in people]}
                       for p in stop.procedures],
    } for stop in plan.stops]


def _documents(plan: Plan, lang: str) -> list[Any]:
    """Every document to bring, once as the resident reads it, in visiting order."""
    seen: dict[str, Any] = {}
    for stop in plan.stops:
        for procedure in stop.procedures:
            for document in procedure.documents:
                seen.setdefault(document.get(lang), document)
    return list(seen.values())
