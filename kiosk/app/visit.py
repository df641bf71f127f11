"""One resident's visit as the wizard sees it: the session in, a Scenario and a Plan out.

The Qt screens fill a :class:`~kiosk.app.session.ResidentSession` step by step (resident from
the card or manual entry, furigana, life event, household, new address, answers). This
module asks the session's ``freeze()`` for the engine's
:class:`~kiosk.navigation.scenario.Scenario` (no JSON on the way), converts at the JSON
edge (a scenario file into a session, a session into the clerks' copy), asks the
:class:`~kiosk.navigation.engine.Navigator` for the next question and the plan, and
keeps the rules about answers: a per-person question answered "for everyone" is stored
per member (so it never leaks onto a member the question was not about), and "back"
undoes the last question as a whole. At a household split it records who leaves and who
heads the new household, checked by the same rule as every scenario; any later change to
the household or the answers drops that choice, so it is asked again.

Plain Python on purpose (no Qt): it is unit-tested on its own and holds no state that
outlives the session, except the transient "answer person by person" marks.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from forms.catalog import Catalog, EventDef, Oaza, Subject
from kiosk.app.composition import Services
from kiosk.app.core_confirmation import reservation_json, with_core_confirmation
from kiosk.app.ports import Clock, Navigator
from kiosk.app.provenance import provenance_json, read_provenance
from kiosk.app.record_prefill import resident_record_key
from kiosk.app.session import Member, NewAddress, ResidentSession, parse_answer_key
from kiosk.domain.answers import DONT_KNOW
from kiosk.domain.latin_name import is_latin_name
from kiosk.domain.resident import BasicFour, Sex
from kiosk.i18n import translate
from kiosk.navigation.engine import Prompt
from kiosk.navigation.household_split import (
    check_new_household,
    splits_household,
    staying_members,
)
from kiosk.navigation.plan import Plan
from kiosk.navigation.residence import residence_to_json
from kiosk.navigation.scenario import (
    NEWBORN_WINDOW,
    SELF_ID,
    AnswerValue,
    NewHousehold,
    Person,
    Scenario,
    Status,
)

#: Relations offered for a household member: (written on the forms, English label).
RELATIONS: tuple[tuple[str, str], ...] = (
    ("妻", "Wife"), ("夫", "Husband"), ("子", "Child"), ("父", "Father"), ("母", "Mother"),
    ("祖父", "Grandfather"), ("祖母", "Grandmother"), ("兄弟姉妹", "Brother or sister"),
    ("孫", "Grandchild"), ("その他", "Other"),
)
#: Flag put on the session when names were typed in kana only (the clerk adds the kanji).
FLAG_KANJI_BY_STAFF = "name_kanji_by_staff"


@lru_cache(maxsize=1)
def _kakasi() -> Any:
    import pykakasi

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]  # pykakasi has no hints


def suggest_reading(name: str) -> str:
    """A full-width katakana reading for a kanji name (a suggestion the resident checks).

    Spaces (half- or full-width) between family and given name become one full-width
    space, as forms print フリガナ.
    """
    import jaconv

    parts = [str(part["kana"]) for part in _kakasi().convert(name)]
    reading = jaconv.hira2kata(jaconv.h2z("".join(parts), kana=True, ascii=True, digit=True))
    return " ".join(reading.replace("\u3000", " ").split()).replace(" ", "\u3000")


def relation_label(relation: str, language: str) -> str:
    """The relation as shown on screen (forms keep the Japanese word): its English source
    in ``RELATIONS``, translated in context ``Relation``."""
    for ja, source in RELATIONS:
        if ja == relation:
            return translate("Relation", source, language)
    return relation


def question_key(key: str) -> str:
    """``insurance@m1`` → ``insurance``."""
    return key.partition("@")[0]


@dataclass(frozen=True, slots=True)
class Step:
    """One question screen: the engine's prompt and whom this screen asks about.

    ``for_each`` means one answer is stored for every member in ``member_ids`` (the
    resident answers once for the household); otherwise ``member_ids`` holds exactly one
    person, or the question is a household question (``household``).
    """

    prompt: Prompt
    member_ids: tuple[str, ...]
    for_each: bool

    @property
    def question_id(self) -> str:
        return self.prompt.question.id

    @property
    def household(self) -> bool:
        return self.prompt.question.scope != "person"

    @property
    def can_split(self) -> bool:
        """Whether "it differs from person to person" is offered."""
        return self.for_each and len(self.member_ids) > 1


@dataclass
class Visit:
    """The wizard's view of one session; create one per screen visit, it is cheap."""

    session: ResidentSession
    navigator: Navigator
    today: Clock = date.today
    split: set[str] = field(default_factory=set)

    @classmethod
    def for_services(cls, session: ResidentSession, services: Services) -> Visit:
        return cls(session, services.navigator, services.clock)

    @property
    def catalog(self) -> Catalog:
        return self.navigator.catalog

    @property
    def event(self) -> EventDef | None:
        return self.catalog.events.get(self.session.event_id or "")

    # ------------------------------------------------------------------ choices
    def choose_event(self, event_id: str) -> None:
        """Pick the life event; a different event drops the answers and the plan."""
        if event_id not in self.catalog.events:
            raise ValueError(f"unknown life event {event_id!r}")
        if event_id != self.session.event_id:
            self.session.answers.clear()
            self.session.plan = None
            self.session.new_household = None
            self.split.clear()
            if not self.catalog.events[event_id].brings_new_address:
                self.session.new_address = None
            for member in self.session.household:
                member.status = Status.PRESENT
        self.session.event_id = event_id

    def add_member(self, name: str, birth_date: date, sex: Sex, relation: str,
                   status: Status = Status.PRESENT, furigana: str = "") -> str:
        """Add a household member; returns the new member's id.

        ``name`` is the name typed: katakana (then it is its own reading, and staff add the
        kanji at the counter) or a foreign resident's registered Latin name, with its
        katakana reading in ``furigana``."""
        used = {m.id for m in self.session.household}
        number = 1
        while f"m{number}" in used:
            number += 1
        member_id = f"m{number}"
        self.session.household.append(
            Member(member_id, name, furigana or name, birth_date, sex, relation, status))
        self.session.plan = None
        self.session.new_household = None
        if not is_latin_name(name) and FLAG_KANJI_BY_STAFF not in self.session.flags:
            self.session.flags.append(FLAG_KANJI_BY_STAFF)
        return member_id

    def mark_newborns(self) -> None:
        """At a birth: a member born in the last ``NEWBORN_WINDOW`` is the newborn (the
        rule the scenario files follow). Only for an event whose subject is a newborn."""
        if self.event is None or self.event.subject is not Subject.NEWBORN:
            return
        today = self.today()
        for member in self.session.household:
            if (member.status is Status.PRESENT
                    and today - NEWBORN_WINDOW <= member.birth_date <= today):
                member.status = Status.NEWBORN
                self.session.plan = None

    def missing_subject(self) -> Status | None:
        """The person the event is about (its ``subject`` in the catalog) when not entered
        yet: ``DECEASED`` at a death with nobody marked, ``NEWBORN`` at a birth with nobody
        listed (the baby is the member born in the last ``NEWBORN_WINDOW``). The kiosk's
        household screen and the web wizard hold "continue" back until it is ``None``."""
        event = self.event
        if event is None:
            return None
        statuses = {m.status for m in self.session.household}
        if event.subject is Subject.DECEASED and Status.DECEASED not in statuses:
            return Status.DECEASED
        if event.subject is Subject.NEWBORN and not self.session.household:
            return Status.NEWBORN
        return None

    def remove_member(self, member_id: str) -> None:
        self.session.household[:] = [m for m in self.session.household if m.id != member_id]
        for key in [k for k in self.session.answers if k[1] == member_id]:
            del self.session.answers[key]
        self.session.plan = None
        self.session.new_household = None

    def set_new_address(self, oaza: Oaza, banchi: str, katagaki: str = "") -> None:
        self.session.new_address = NewAddress(oaza.name, banchi, katagaki, oaza.postal_code)

    # ------------------------------------------------------------------ the scenario
    def scenario(self) -> Scenario:
        """The engine's scenario for the session as it is now (built directly, no JSON)."""
        return self.session.freeze(self.today())

    def scenario_json(self) -> dict[str, Any]:
        """The session in the scenario file format (``forms/scenarios/*.json``): the edge
        where it leaves the kiosk (the clerks' copy), with where each value came from and
        the record keys of the people the core system holds."""
        keys = {m.id: m.record_key for m in self.session.household if m.record_key}
        own_key = resident_record_key(self.session, self.event)
        if own_key:
            keys[SELF_ID] = own_key
        data = scenario_to_json(self.scenario(), provenance=provenance_json(self.session),
                                record_keys=keys)
        reservation = reservation_json(self.session, self.catalog)
        if reservation is not None:
            data["core_reservation"] = reservation
        return data

    def members(self) -> dict[str, Person]:
        return {p.id: p for p in self.scenario().members}

    # ------------------------------------------------------------------ questions
    def next_step(self) -> Step | None:
        """The next question worth asking, or ``None`` when the plan is decided."""
        prompt = self.navigator.next_prompt(self.scenario())
        if prompt is None:
            return None
        qid = prompt.question.id
        if prompt.question.scope != "person":
            return Step(prompt, prompt.member_ids, for_each=False)
        started = any(q == qid and member is not None for q, member in self.session.answers)
        if len(prompt.member_ids) == 1 or qid in self.split or started:
            return Step(prompt, prompt.member_ids[:1], for_each=False)
        return Step(prompt, prompt.member_ids, for_each=True)

    def progress(self, step: Step | None = None) -> tuple[int, int]:
        """``(number of this question, about how many in all)``."""
        current = step.question_id if step else None
        answered = {q for q, _member in self.session.answers} - {current}
        pending = len(self.navigator.pending(self.scenario()))
        return len(answered) + 1, len(answered) + max(pending, 1)

    def answer(self, step: Step, value: AnswerValue) -> None:
        question = step.prompt.question
        if not question.accepts(value):
            raise ValueError(f"not a valid answer to {question.id!r}")
        if step.household:
            self.session.answers[(question.id, None)] = value
        else:
            for member_id in step.member_ids:
                self.session.answers[(question.id, member_id)] = value
        self.split.discard(question.id)
        self.session.plan = None
        self.session.new_household = None

    def answer_dont_know(self, step: Step) -> None:
        """The resident chose 「わからない」: stored like an answer, so it travels with the
        visit; the plan keeps what it could need and marks it "check at the counter"."""
        key_members = [None] if step.household else list(step.member_ids)
        for member_id in key_members:
            self.session.answers[(step.question_id, member_id)] = DONT_KNOW
        self.split.discard(step.question_id)
        self.session.plan = None
        self.session.new_household = None

    def answer_each_person(self, step: Step) -> None:
        """The resident said the answer differs per person: ask member by member."""
        self.split.add(step.question_id)

    def undo(self) -> str | None:
        """Undo the last question (all its per-member answers); its id, or ``None``."""
        step = self.next_step()
        if step is not None and step.question_id in self.split:
            self.split.discard(step.question_id)
            started = any(q == step.question_id for q, _member in self.session.answers)
            if not started:
                return step.question_id
        if not self.session.answers:
            return None
        last = next(reversed(self.session.answers))[0]
        while self.session.answers and next(reversed(self.session.answers))[0] == last:
            self.session.answers.popitem()
        self.split.discard(last)
        self.session.plan = None
        self.session.new_household = None
        return last

    def plan(self) -> Plan:
        """The plan for what is known now (unanswered questions at their defaults); a form
        the core system fills from the visit's 転入予約 is its confirmation sheet."""
        plan = with_core_confirmation(self.navigator.plan(self.scenario()), self.catalog,
                                      self.session)
        self.session.plan = plan
        return plan

    # ------------------------------------------------------------------ household split
    def needs_household_split(self) -> bool:
        """The event, as answered, splits the household (``household_split`` in the
        catalog's event data): the resident picks who leaves and who heads them."""
        return self.event is not None and splits_household(self.scenario(), self.catalog)

    def split_candidates(self) -> list[Person]:
        """The people who may leave or stay: the resident and the living members."""
        scenario = self.scenario()
        return [scenario.member(member_id) for member_id in staying_members(scenario)]

    def set_new_household(self, members: list[str], head: str) -> None:
        """Record who leaves and who heads them; ``ScenarioError`` (one sentence) when the
        choice breaks the scenario rule (not members, the head not among them, all leave)."""
        chosen = NewHousehold(tuple(members), head)
        check_new_household(dataclasses.replace(self.scenario(), new_household=chosen),
                            self.catalog)
        self.session.new_household = chosen
        self.session.plan = None

    # ------------------------------------------------------------------ which screens
    def needs_new_address(self) -> bool:
        return self.event is not None and self.event.brings_new_address

    def needs_furigana(self) -> bool:
        """The card carries no reading; a name typed in kana already is one."""
        return self.session.resident is not None and self.session.channel != "manual"


def session_from_scenario(data: Mapping[str, Any], session: ResidentSession) -> None:
    """Fill ``session`` from a scenario file (demo and tests): the reverse of
    :meth:`Visit.scenario_json`."""
    scenario = Scenario.from_json(data)
    person = scenario.resident
    session.resident = BasicFour(person.name, scenario.current_address, person.birth_date,
                                 person.sex)
    session.furigana = person.furigana
    session.residence = person.residence
    session.event_id = scenario.event
    keys = _record_keys(data)
    session.household[:] = [
        Member(p.id, p.name, p.furigana, p.birth_date, p.sex, p.relation, p.status,
               p.residence, record_key=keys.get(p.id, ""))
        for p in scenario.household
    ]
    session.answers.clear()
    session.answers.update(
        (parse_answer_key(key), value) for key, value in scenario.answers.items())
    session.new_address = scenario.new_address
    session.new_household = scenario.new_household
    session.provenance.clear()
    session.provenance.update(read_provenance(data))


def _record_keys(data: Mapping[str, Any]) -> dict[str, str]:
    """``{member id: record key}`` of a scenario file's household entries."""
    raw = data.get("household")
    return {str(m.get("id") or f"m{index}"): str(m["record_key"])
            for index, m in enumerate(raw if isinstance(raw, list) else [], start=1)
            if isinstance(m, Mapping) and isinstance(m.get("record_key"), str)}


def scenario_to_json(scenario: Scenario, *, provenance: Mapping[str, str] | None = None,
                     record_keys: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A scenario in the scenario file format (the clerks' copy, the CLI); ``provenance``
    (where each value came from) and ``record_keys`` (``{member id or "self": the core
    system's person key}``) are written when given."""
    def person(p: Person) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": p.id, "name": p.name, "furigana": p.furigana,
            "birth_date": p.birth_date.isoformat(), "sex": p.sex.value,
            "relation": p.relation, "status": p.status.value,
        }
        residence = residence_to_json(p.residence)
        if residence is not None:
            data["residence"] = residence
        if record_keys and record_keys.get(p.id):
            data["record_key"] = record_keys[p.id]
        return data

    resident = scenario.resident
    data: dict[str, Any] = {
        "event": scenario.event,
        "event_date": scenario.event_date.isoformat(),
        "resident": {
            "name": resident.name, "furigana": resident.furigana,
            "address": scenario.current_address, "birth_date": resident.birth_date.isoformat(),
            "sex": resident.sex.value,
        },
        "household": [person(p) for p in scenario.household],
        "answers": dict(scenario.answers),
    }
    own_residence = residence_to_json(resident.residence)
    if own_residence is not None:
        data["resident"]["residence"] = own_residence
    if record_keys and record_keys.get(SELF_ID):
        data["resident"]["record_key"] = record_keys[SELF_ID]
    if provenance:
        data["provenance"] = dict(provenance)
    address = scenario.new_address
    if address is not None:
        data["new_address"] = {"oaza": address.oaza, "banchi": address.banchi,
                               "katagaki": address.katagaki, "postal_code": address.postal_code}
    if scenario.new_household is not None:
        data["new_household"] = {"members": list(scenario.new_household.members),
                                 "head": scenario.new_household.head}
    return data


def is_katakana_text(text: str) -> bool:
    """Full-width katakana (with ー and full-width spaces) only: a valid フリガナ."""
    return bool(text.strip()) and all(
        ch in "ー\u3000" or unicodedata.name(ch, "").startswith("KATAKANA LETTER")
        for ch in text
    )
