"""The resident's session: a typed draft of everything the kiosk knows about the person at
the counter, and its one ``freeze()`` into the engine's :class:`Scenario`.

It lives in memory only, for one visit. Screens fill it step by step (the resident from the
card or manual entry, the household as :class:`Member` objects, a :class:`NewAddress`,
answers keyed by ``(question id, member id or None)``, and at a household split who
leaves to form the new household and who heads it). ``freeze`` builds the engine's
``Scenario`` and ``Person`` objects directly: no JSON on the way (JSON appears only at the
edges: scenario files, the clerks' copy, the command line; see :mod:`kiosk.app.visit`).

``wipe()`` drops every piece of personal data; the shell calls it when the visit ends,
times out, or the card is removed. The 個人番号, when a form needs it, is held in
``my_numbers`` for the moment of printing and wiped with the rest (番号法): it is never
written to disk or the database. Every ``__repr__`` here is redacted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from types import MappingProxyType
from typing import TYPE_CHECKING

from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.scenario import (
    SELF_ID,
    Address,
    AnswerValue,
    NewHousehold,
    Person,
    Scenario,
    Status,
)

if TYPE_CHECKING:  # annotations only: the kiosk builds a session before its first frame
    from kiosk.domain.core_records import MoveInReservation, Provenance, RecordedHousehold
    from kiosk.navigation.plan import Plan
    from kiosk.navigation.residence import Residence
    from kiosk.prefill import PrefillCode

#: An answer's key: the question, and the member it is about (``None``: the household's).
AnswerKey = tuple[str, str | None]


def answer_key_text(key: AnswerKey) -> str:
    """The engine's and the scenario files' spelling: ``insurance`` or ``insurance@m1``."""
    question, member = key
    return question if member is None else f"{question}@{member}"


def parse_answer_key(text: str) -> AnswerKey:
    """``insurance@m1`` → ``("insurance", "m1")``; ``from_area`` → ``("from_area", None)``."""
    question, at, member = text.partition("@")
    return (question, member) if at else (question, None)


@dataclass(slots=True)
class Member:
    """A household member as the resident entered them (name in kana)."""

    id: str
    name: str
    furigana: str
    birth_date: date
    sex: Sex
    relation: str
    status: Status = Status.PRESENT
    # a foreign resident's 住民基本台帳法 §30の45 items, from a scenario or the clerk's copy
    residence: Residence | None = None
    # the core system's person key (宛名番号 style) when the member came from the record;
    # submissions name the person by it. Never the 個人番号.
    record_key: str = ""

    def __repr__(self) -> str:
        return f"Member(id={self.id!r}, status={self.status.value!r}, <redacted>)"

    def person(self) -> Person:
        return Person(self.id, self.name, self.furigana, self.birth_date, self.sex,
                      self.relation, self.status, self.residence)


#: The address in the town the resident moves to (転入, 転居): the engine's own frozen,
#: redacted ``Address``, so the draft hands it to the scenario as it is.
NewAddress = Address


@dataclass
class ResidentSession:
    """Mutable on purpose: screens fill it in step by step, ``wipe`` empties it."""

    language: str = "ja"
    channel: str = ""  # "card", "manual", "pre_application" or "staff"
    visit_id: str | None = None
    ticket: str | None = None
    resident: BasicFour | None = None
    furigana: str = ""
    # the resident's own §30の45 items when they are a foreign resident (scenario, clerk)
    residence: Residence | None = None
    event_id: str | None = None
    answers: dict[AnswerKey, AnswerValue] = field(default_factory=dict)
    household: list[Member] = field(default_factory=list)
    new_address: NewAddress | None = None
    # at a household split (世帯分離): the member ids who leave, and their head
    new_household: NewHousehold | None = None
    my_numbers: dict[str, str] = field(default_factory=dict)
    plan: Plan | None = None
    flags: list[str] = field(default_factory=list)
    characters_typed: int = 0
    # What the town's core system said (基幹系連携): the resident's registered household,
    # a 転入予約, and, when it could not answer, the plain sentence the screens show.
    core_household: RecordedHousehold | None = None
    core_reservation: MoveInReservation | None = None
    core_notice: str = ""
    # Pre-application (issue 13): the text a scanner typed at the welcome screen, waiting
    # for the scan screen to read it, and the code read, verified and not yet printed.
    scanned_code: str = ""
    prefill: PrefillCode | None = None
    # Where each value came from, for the clerk console: keys are ``resident.name``,
    # ``<member id>.<field>``, ``new_address`` or an answer key (``insurance@m1``).
    provenance: dict[str, Provenance] = field(default_factory=dict)

    @property
    def has_personal_data(self) -> bool:
        return bool(
            self.resident or self.furigana or self.household or self.new_address
            or self.my_numbers or self.answers or self.new_household
            or self.core_household or self.core_reservation
            or self.scanned_code or self.prefill
        )

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.household if m.id == member_id), None)

    def engine_answers(self) -> dict[str, AnswerValue]:
        """The answers in the engine's spelling (``question`` or ``question@member``)."""
        return {answer_key_text(key): value for key, value in self.answers.items()}

    def freeze(self, today: date) -> Scenario:
        """The engine's view of the visit so far (needs a resident and a life event)."""
        resident = self.resident
        if resident is None or self.event_id is None:
            raise ValueError("the visit needs a resident and a life event first")
        person = Person(SELF_ID, resident.name, self.furigana, resident.birth_date,
                        resident.sex, "本人", residence=self.residence)
        return Scenario(
            event=self.event_id,
            event_date=today,
            resident=person,
            household=tuple(member.person() for member in self.household),
            answers=MappingProxyType(self.engine_answers()),
            new_address=self.new_address,
            current_address=resident.address,
            new_household=self.new_household,
        )

    def wipe(self) -> None:
        """Forget the resident: every field goes back to its empty default."""
        self.my_numbers.clear()
        fresh = ResidentSession()
        for item in fields(self):
            setattr(self, item.name, getattr(fresh, item.name))

    def __repr__(self) -> str:
        return f"ResidentSession(visit_id={self.visit_id!r}, <personal data redacted>)"
