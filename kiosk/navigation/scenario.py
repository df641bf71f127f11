"""The engine's input: one visit's life event, the people concerned and their answers.

``Scenario.members`` is the resident (id ``"self"``, from the card) followed by the other
household members the resident brought into the visit. Answers are keyed by question id;
a per-person question answered once counts for everybody ("Does everyone moving have a
My Number card?"), and ``"<question>@<member id>"`` overrides it for one member. That is
how a family answers once for the household while each member still gets their own plan.

Everything here holds personal data, so every ``__repr__`` is redacted.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any

from kiosk.domain.answers import is_dont_know
from kiosk.domain.resident import Sex
from kiosk.navigation.residence import Residence, ResidenceError, parse_residence

AnswerValue = bool | str | int
SELF_ID = "self"
NEWBORN_WINDOW = timedelta(days=90)


MAX_TEXT = 200  # characters in a name, reading, relation or address part


class ScenarioError(ValueError):
    """A scenario file or answer that cannot be used; the message names no personal data."""


def shown(value: str, limit: int = 40) -> str:
    """An id or key from the file as a message quotes it: on one line, and short."""
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


class Status(enum.Enum):
    """How a listed person takes part in the event."""

    PRESENT = ""  # takes part (moves, marries, files …)
    NEWBORN = "newborn"  # the child whose birth is registered
    DECEASED = "deceased"  # the person who died
    STAYS = "stays"  # in the household but not part of the move (e.g. stays behind)
    AWAY = "away"  # not a member of this household (e.g. a child filing for a parent)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    furigana: str
    birth_date: date
    sex: Sex
    relation: str
    status: Status = Status.PRESENT
    # a foreign resident's 住民基本台帳法 §30の45 items (kiosk.navigation.residence)
    residence: Residence | None = None

    def __repr__(self) -> str:
        return f"Person(id={self.id!r}, <redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class Address:
    """A new address in the town: 大字 + 番地, the 方書 (building/room) apart."""

    oaza: str
    banchi: str
    katagaki: str = ""
    postal_code: str = ""

    def __repr__(self) -> str:
        return "Address(<redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class NewHousehold:
    """At a household split (世帯分離): the members (ids) who leave to form a new household
    in the same dwelling, and the one of them who heads it."""

    members: tuple[str, ...]
    head: str

    def __repr__(self) -> str:
        return f"NewHousehold(members={len(self.members)}, <redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class Scenario:
    event: str
    event_date: date
    resident: Person
    household: tuple[Person, ...] = ()
    answers: Mapping[str, AnswerValue] = field(default_factory=dict)
    new_address: Address | None = None
    current_address: str = ""
    # The resident was identified by reading their My Number card (not typed in).
    card_read: bool = False
    new_household: NewHousehold | None = None  # who leaves at a household split

    def __repr__(self) -> str:
        return (
            f"Scenario(event={self.event!r}, members={len(self.members)}, "
            f"answers={len(self.answers)}, <redacted>)"
        )

    __str__ = __repr__

    @property
    def members(self) -> tuple[Person, ...]:
        """The resident first, then the household in the order given."""
        return (self.resident, *self.household)

    def member(self, member_id: str) -> Person:
        for person in self.members:
            if person.id == member_id:
                return person
        raise ScenarioError(f"no household member with id {shown(member_id)}")

    def answer(self, question_id: str, member_id: str = SELF_ID) -> AnswerValue | None:
        """The answer for one member: a per-member override, else the household answer
        (``None`` when unanswered or answered 「わからない」, see ``is_dont_know``)."""
        value = self._stored(question_id, member_id)
        return None if is_dont_know(value) else value

    def is_dont_know(self, question_id: str, member_id: str = SELF_ID) -> bool:
        """Whether the answer that counts for this member is 「わからない」."""
        return is_dont_know(self._stored(question_id, member_id))

    def _stored(self, question_id: str, member_id: str) -> AnswerValue | None:
        specific = self.answers.get(f"{question_id}@{member_id}")
        if specific is not None:
            return specific
        return self.answers.get(question_id)

    def with_answers(self, **answers: AnswerValue) -> Scenario:
        """A copy with more answers (keys may be ``question`` or ``question@member``)."""
        merged = dict(self.answers)
        merged.update(answers)
        return _replace_answers(self, merged)

    def with_answer(self, key: str, value: AnswerValue) -> Scenario:
        """Like ``with_answers`` for keys that are not Python identifiers (``q@m1``)."""
        merged = dict(self.answers)
        merged[key] = value
        return _replace_answers(self, merged)

    def with_newborns_inferred(self) -> Scenario:
        """A copy where an unmarked member born in the last 90 days is the newborn.

        The engine applies this when the catalog says the event is about a newborn
        (``subject: newborn`` in ``events.yaml``), so the resident need not mark the baby.
        """
        household = tuple(_infer_newborn(p, self.event_date) for p in self.household)
        return Scenario(
            event=self.event,
            event_date=self.event_date,
            resident=self.resident,
            household=household,
            answers=self.answers,
            new_address=self.new_address,
            current_address=self.current_address,
            card_read=self.card_read,
            new_household=self.new_household,
        )

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Scenario:
        """Build from the scenario file format (see ``forms/scenarios/``)."""
        if not isinstance(data, Mapping):
            raise ScenarioError("a scenario must be a JSON object")
        event = _text(data, "event", "scenario")
        event_date = _date(data.get("event_date"), "event_date")
        resident_data = data.get("resident")
        if not isinstance(resident_data, Mapping):
            raise ScenarioError("'resident' must be an object with name, birth_date and sex")
        resident = _person(resident_data, SELF_ID, "resident", default_relation="本人")
        people: list[Person] = []
        seen = {SELF_ID}
        raw_household = data.get("household", [])
        if not isinstance(raw_household, list):
            raise ScenarioError("'household' must be a list")
        for index, raw in enumerate(raw_household, start=1):
            where = f"household[{index - 1}]"
            if not isinstance(raw, Mapping):
                raise ScenarioError(f"{where} must be an object")
            pid = str(raw.get("id") or f"m{index}")
            if pid in seen:
                raise ScenarioError(f"{where}: duplicate member id {shown(pid)}")
            seen.add(pid)
            people.append(_person(raw, pid, where, default_relation=""))
        answers = data.get("answers", {})
        if not isinstance(answers, Mapping):
            raise ScenarioError("'answers' must be an object")
        for key, value in answers.items():
            if not isinstance(value, bool | int | str):
                raise ScenarioError(f"answer {shown(key)} must be true/false, a number or a text")
        return cls(
            event=event,
            event_date=event_date,
            resident=resident,
            household=tuple(people),
            answers=MappingProxyType(dict(answers)),
            new_address=_address(data.get("new_address")),
            current_address=_optional_text(resident_data, "address", "resident"),
            card_read=data.get("card_read") is True,
            new_household=_new_household(data.get("new_household")),
        )


def _replace_answers(scenario: Scenario, answers: dict[str, AnswerValue]) -> Scenario:
    return Scenario(
        event=scenario.event,
        event_date=scenario.event_date,
        resident=scenario.resident,
        household=scenario.household,
        answers=MappingProxyType(answers),
        new_address=scenario.new_address,
        current_address=scenario.current_address,
        card_read=scenario.card_read,
        new_household=scenario.new_household,
    )


def _infer_newborn(person: Person, event_date: date) -> Person:
    """An unmarked member born in the last 90 days is the newborn."""
    if person.status is Status.PRESENT and (
        event_date - NEWBORN_WINDOW <= person.birth_date <= event_date
    ):
        return Person(
            person.id, person.name, person.furigana, person.birth_date, person.sex,
            person.relation, Status.NEWBORN, person.residence,
        )
    return person


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ScenarioError(f"{where}: {key!r} must be a non-empty text")
    return value


def _optional_text(data: Mapping[str, Any], key: str, where: str, default: str = "") -> str:
    """A text that may be left out (or null); a number or a list where a text belongs
    would otherwise print as ``123`` or ``['…']`` on the forms."""
    value = data.get(key)
    if value is None:
        return default
    if not isinstance(value, str):
        raise ScenarioError(f"{where}: {key!r} must be a text")
    if len(value) > MAX_TEXT:
        raise ScenarioError(f"{where}: {key!r} is longer than {MAX_TEXT} characters")
    return value


def _date(value: Any, where: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ScenarioError(f"{where} must be a date written YYYY-MM-DD") from None


_SEX = {
    "1": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "男": Sex.MALE,
    "2": Sex.FEMALE, "f": Sex.FEMALE, "female": Sex.FEMALE, "女": Sex.FEMALE,
    # JIS X 0303: 0 not known, 9 not applicable; the card and the kiosk write 9
    "9": Sex.NOT_STATED, "0": Sex.NOT_STATED, "": Sex.NOT_STATED,
}


def _sex(data: Mapping[str, Any], where: str) -> Sex:
    sex = _SEX.get(str(data.get("sex", "9")).strip().lower())
    if sex is None:
        raise ScenarioError(f"{where}: 'sex' must be M or F (1 or 2, 男 or 女), or 9 when not stated")
    return sex


def _person(data: Mapping[str, Any], pid: str, where: str, default_relation: str) -> Person:
    status_text = str(data.get("status", ""))
    try:
        status = Status(status_text)
    except ValueError:
        options = ", ".join(s.value for s in Status if s.value)
        raise ScenarioError(f"{where}: status must be one of {options} or empty") from None
    return Person(
        id=pid,
        name=_optional_text(data, "name", where),
        furigana=_optional_text(data, "furigana", where),
        birth_date=_date(data.get("birth_date"), f"{where}.birth_date"),
        sex=_sex(data, where),
        relation=_optional_text(data, "relation", where, default_relation),
        status=status,
        residence=_residence(data, where),
    )


def _residence(data: Mapping[str, Any], where: str) -> Residence | None:
    try:
        return parse_residence(data.get("residence"), where)
    except ResidenceError as exc:
        raise ScenarioError(str(exc)) from None


def _address(data: Any) -> Address | None:
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise ScenarioError("'new_address' must be an object with oaza and banchi")
    where = "new_address"
    return Address(
        oaza=_optional_text(data, "oaza", where),
        banchi=_optional_text(data, "banchi", where),
        katagaki=_optional_text(data, "katagaki", where),
        postal_code=_optional_text(data, "postal_code", where),
    )


def _new_household(data: Any) -> NewHousehold | None:
    """``{"members": ["self", "m1"], "head": "m1"}``: checked against the members and the
    event by ``kiosk.navigation.household_split``."""
    if data is None:
        return None
    members = data.get("members") if isinstance(data, Mapping) else None
    head = data.get("head") if isinstance(data, Mapping) else None
    if not (isinstance(members, list) and all(isinstance(m, str) for m in members)
            and isinstance(head, str)):
        raise ScenarioError(
            "'new_household' must be an object with 'members' (a list of member ids) "
            "and 'head' (one of them)"
        )
    return NewHousehold(tuple(members), head)
