"""What the town's core system said, turned into the visit (基幹系連携, issue 12 §2).

Called by the resident's screens once the life event is chosen (``core_lookup`` has put
the records in ``session.core_household`` / ``session.core_reservation``):

* an event that ``uses_reservation`` (events.yaml), with a 転入予約 that names the
  resident among its movers: the other movers become the household (kanji name, reading, birth date, sex,
  relation to the resident, see :mod:`kiosk.app.record_relations`), the resident's reading
  and the planned address (when its 大字 is one of the town's) come from it;
* any other event, with the resident's registered household: its other members become the
  household, with their record key (the person key submissions name them by);
* in both, the answers the catalog's ``from_record`` rules settle (questions.yaml), for
  each person the record lists; the engine then asks only what is left.

Every value set here is marked ``Provenance.RECORD`` in ``session.provenance``. The record
is applied only to the resident it matches (normalised name, birth date and sex), never
overrides what the resident already entered, and is not applied at all when the event does
not use it. Running it again for the same visit adds nothing twice.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from forms.catalog import Catalog, EventDef, RecordSource
from kiosk.app.record_relations import relation_to_resident
from kiosk.app.session import AnswerKey, Member, NewAddress, ResidentSession, answer_key_text
from kiosk.domain import conditions as cond
from kiosk.domain.core_records import (
    MoveInReservation,
    Provenance,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
)
from kiosk.domain.resident import BasicFour
from kiosk.navigation.facts import all_facts
from kiosk.navigation.scenario import SELF_ID

#: Codes the kiosk derives from a record (record_codes.yaml, ``derived``).
FOREIGN_RESIDENT = "foreign_resident"
SAME_PREFECTURE = "moved_from_same_prefecture"
OTHER_PREFECTURE = "moved_from_other_prefecture"
#: The 住民票's attributes of a member that come from the record.
MEMBER_FIELDS = ("name", "furigana", "birth_date", "sex", "relation")

RecordPerson = RecordedPerson | ReservedPerson


@dataclass(frozen=True, slots=True)
class PrefillResult:
    """What was applied: from which record, which members were added, which answers set."""

    source: RecordSource | None = None
    added_members: tuple[str, ...] = ()
    answers: tuple[str, ...] = ()  # in the engine's spelling, ``question[@member]``
    new_address: bool = False


@dataclass
class _Fill:
    session: ResidentSession
    today: date
    added: list[str] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)
    address: bool = False


def apply_core_records(session: ResidentSession, catalog: Catalog, today: date) -> PrefillResult:
    """Fill ``session`` from its records for the chosen event (see the module docstring).

    ``today`` dates the ages that decide whom a question is for (``ask_when``): a record
    answers a question only for the people it is asked of."""
    event = catalog.events.get(session.event_id or "")
    resident = session.resident
    if event is None or resident is None:
        return PrefillResult()
    reservation = session.core_reservation
    if event.uses_reservation and reservation is not None:
        mover = _matching(resident, reservation.members)
        if isinstance(mover, ReservedPerson):
            return _from_reservation(_Fill(session, today), catalog, event, reservation,
                                     mover)
    household = session.core_household
    if household is not None and _matching(resident, [household.resident]) is not None:
        return _from_household(_Fill(session, today), catalog, event, household)
    return PrefillResult()


# ------------------------------------------------------------------ the two records


def _from_household(fill: _Fill, catalog: Catalog, event: EventDef,
                    household: RecordedHousehold) -> PrefillResult:
    me = household.resident
    _set_reading(fill, me.kana)
    people: dict[str, RecordPerson] = {SELF_ID: me}
    for person in household.others:
        member_id = _add_member(fill, person, person.key,
                                relation_to_resident(me.relation, person.relation, person.sex))
        people[member_id] = person
    codes = {pid: _codes(person) for pid, person in people.items()}
    everyone = frozenset().union(*(_codes(p) for p in household.members))
    _answer(fill, catalog, event, RecordSource.RECORD, codes, everyone)
    return _result(fill, RecordSource.RECORD)


def _from_reservation(fill: _Fill, catalog: Catalog, event: EventDef,
                      reservation: MoveInReservation, me: ReservedPerson) -> PrefillResult:
    _set_reading(fill, me.kana)
    people: dict[str, RecordPerson] = {SELF_ID: me}
    for number, person in enumerate(reservation.members, start=1):
        if person is me:
            continue
        member_id = _add_member(fill, person, reservation_key(reservation, number),
                                relation_to_resident(me.relation, person.relation, person.sex))
        people[member_id] = person
    _set_new_address(fill, catalog, reservation)
    same = reservation.previous_municipality[:2] == catalog.town.jis_code[:2]
    visit_codes = frozenset({SAME_PREFECTURE if same else OTHER_PREFECTURE})
    codes = {pid: _codes(person) | visit_codes for pid, person in people.items()}
    everyone = frozenset().union(visit_codes, *(_codes(p) for p in reservation.members))
    _answer(fill, catalog, event, RecordSource.RESERVATION, codes, everyone)
    return _result(fill, RecordSource.RESERVATION)


def reservation_key(reservation: MoveInReservation, number: int) -> str:
    """The record key of a reservation's mover: the reservation id and the mover's place in
    it (1 = who filed it), the only reference the core system has before the 転入届."""
    return f"{reservation.reservation_id}#{number}"


def resident_record_key(session: ResidentSession, event: EventDef | None) -> str:
    """The resident's own record key, when the record the event uses matches them."""
    resident = session.resident
    if resident is None or event is None:
        return ""
    reservation = session.core_reservation
    if event.uses_reservation and reservation is not None:
        mover = _matching(resident, reservation.members)
        if mover is not None:
            return reservation_key(reservation, reservation.members.index(mover) + 1)
    household = session.core_household
    if household is not None and _matching(resident, [household.resident]) is not None:
        return household.resident_key
    return ""


# ------------------------------------------------------------------ matching


def normalised_name(name: str) -> str:
    """A name compared across the card and the record: NFKC, no spaces, variation
    selectors dropped, common 異体字 folded (local stand-in for the link's
    ``kiosk.domain.name_normalize``, which replaces it at merge)."""
    text = unicodedata.normalize("NFKC", name)
    kept = (ch for ch in text if not ch.isspace() and not _is_selector(ch))
    return "".join(_VARIANTS.get(ch, ch) for ch in kept)


_VARIANTS = {"髙": "高", "﨑": "崎", "嵜": "崎", "邊": "辺", "邉": "辺", "濵": "浜",
             "濱": "浜", "𠮷": "吉", "德": "徳", "齋": "斎", "齊": "斉", "櫻": "桜",
             "澤": "沢", "廣": "広", "國": "国", "眞": "真", "槇": "槙", "曻": "昇"}


def _is_selector(ch: str) -> bool:
    code = ord(ch)
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def _matching(resident: BasicFour, people: Iterable[RecordPerson]) -> RecordPerson | None:
    """The one record person who is the resident, or ``None`` (never a guess)."""
    name = normalised_name(resident.name)
    found = [p for p in people if p.birth_date == resident.birth_date and p.sex == resident.sex
             and normalised_name(p.name) == name]
    return found[0] if len(found) == 1 else None


# ------------------------------------------------------------------ filling


def _set_reading(fill: _Fill, kana: str) -> None:
    session = fill.session
    if kana and (not session.furigana
                 or session.provenance.get("resident.furigana") is Provenance.RECORD):
        session.furigana = kana
        session.provenance["resident.furigana"] = Provenance.RECORD
    if session.channel == "card":  # the basic four stay the card's, whatever the record says
        for item in ("name", "address", "birth_date", "sex"):
            session.provenance.setdefault(f"resident.{item}", Provenance.CARD)


def _add_member(fill: _Fill, person: RecordPerson, key: str, relation: str) -> str:
    """The session member holding ``key`` (added when missing)."""
    session = fill.session
    existing = next((m for m in session.household if m.record_key == key), None)
    if existing is not None:
        return existing.id
    used = {m.id for m in session.household}
    number = 1
    while f"m{number}" in used:
        number += 1
    member_id = f"m{number}"
    session.household.append(Member(member_id, person.name, person.kana, person.birth_date,
                                    person.sex, relation, record_key=key))
    for item in MEMBER_FIELDS:
        session.provenance[f"{member_id}.{item}"] = Provenance.RECORD
    fill.added.append(member_id)
    return member_id


def _set_new_address(fill: _Fill, catalog: Catalog, reservation: MoveInReservation) -> None:
    """The planned address, when its 大字 is the town's (else the resident picks it)."""
    session = fill.session
    if session.new_address is not None and session.provenance.get("new_address") \
            is not Provenance.RECORD:
        return
    planned = reservation.planned_address
    prefix = catalog.town.oaza_prefix
    name = unicodedata.normalize("NFKC", planned.oaza).strip()
    if prefix and name.startswith(prefix):
        name = name[len(prefix):]
    oaza = next((o for o in catalog.town.oaza if o.name == name), None)
    if oaza is None or not planned.banchi.strip():
        return
    session.new_address = NewAddress(oaza.name, planned.banchi.strip(),
                                     planned.katagaki.strip(), oaza.postal_code)
    session.provenance["new_address"] = Provenance.RECORD
    fill.address = True


def _codes(person: RecordPerson) -> frozenset[str]:
    derived = {FOREIGN_RESIDENT} if person.nationality.strip() else set()
    return person.insurances | person.registrations | derived


def _answer(fill: _Fill, catalog: Catalog, event: EventDef, source: RecordSource,
            codes: dict[str, frozenset[str]], household_codes: frozenset[str]) -> None:
    """Every answer the catalog's ``from_record`` settles for the event, for each person
    the record lists (``codes``), unless the resident answered already."""
    answers = fill.session.answers
    facts = all_facts(fill.session.freeze(fill.today), catalog.town.child_medical_age,
                      event.is_departure)
    for qid in event.questions:
        question = catalog.questions[qid]
        rule = next((r for r in question.from_record if r.applies(source, event.id)), None)
        if rule is None:
            continue
        owners: Sequence[tuple[str | None, frozenset[str]]] = (
            list(codes.items()) if question.scope == "person" else [(None, household_codes)])
        for owner, held in owners:
            if owner is not None and _not_asked_of(question.ask_when.expr, facts[owner]):
                continue  # not asked of this person: the record has nothing to settle
            key: AnswerKey = (qid, owner)
            value = rule.value_for(held)
            if value is None or key in answers or (qid, None) in answers:
                continue
            answers[key] = value
            text = answer_key_text(key)
            fill.session.provenance[text] = Provenance.RECORD
            fill.answered.append(text)


def _not_asked_of(ask_when: cond.Node, facts: Mapping[str, cond.Value]) -> bool:
    """``ask_when`` is false for this person whatever is still unanswered."""
    def lookup(name: str) -> cond.Value | cond.Unknown:
        return facts.get(name, cond.UNKNOWN)

    return cond.evaluate(ask_when, lookup) is False


def _result(fill: _Fill, source: RecordSource) -> PrefillResult:
    if fill.added or fill.answered or fill.address:
        fill.session.plan = None
        fill.session.new_household = None
    return PrefillResult(source, tuple(fill.added), tuple(fill.answered), fill.address)
