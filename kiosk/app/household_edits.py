"""Changing the household list after a person was entered: correct, remove, undo, and the
family name proposed for a new member.

The household screen's rows offer 「修正」 (the member editor opens with the person's
data; :func:`update_member` writes the corrected person back) and 「削除」 (after a
confirmation; :func:`take_out` removes the person with their answers and the record's
provenance and returns what it took, and :func:`put_back` restores exactly that while
the undo bar is shown). Any change drops the plan and a household split already chosen,
as adding or removing does (:meth:`kiosk.app.visit.Visit.remove_member`).

:func:`proposed_family_name` reads the resident's reading (the record's, the one
confirmed, or the suggestion from the card's kanji) and offers its family name for the
next member: most households share it, and the resident keeps typing after it or deletes
it. Plain Python, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.app.session import AnswerKey, Member, ResidentSession
from kiosk.app.visit import Visit, is_katakana_text, suggest_reading
from kiosk.domain.core_records import Provenance
from kiosk.domain.latin_name import is_latin_name
from kiosk.domain.resident import Sex
from kiosk.navigation.scenario import AnswerValue, Status

#: Between the family and the given name, as the kana keyboard and the forms write it.
NAME_SPACE = "\u3000"


@dataclass(frozen=True)
class RemovedMember:
    """What removing one member took away, so that an undo puts back exactly that."""

    index: int
    member: Member
    answers: dict[AnswerKey, AnswerValue]
    provenance: dict[str, Provenance]

    def __repr__(self) -> str:
        return f"RemovedMember(index={self.index}, <redacted>)"


def _provenance_keys(session: ResidentSession, member_id: str) -> list[str]:
    return [key for key in session.provenance
            if key.startswith(f"{member_id}.") or key.endswith(f"@{member_id}")]


def take_out(visit: Visit, member_id: str) -> RemovedMember | None:
    """Remove the member, their answers and where their values came from (the id may be
    given to a person typed next: nothing of the record stays on it)."""
    session = visit.session
    member = session.member(member_id)
    if member is None:
        return None
    removed = RemovedMember(
        index=session.household.index(member), member=member,
        answers={k: v for k, v in session.answers.items() if k[1] == member_id},
        provenance={k: session.provenance[k] for k in _provenance_keys(session, member_id)})
    visit.remove_member(member_id)
    for key in removed.provenance:
        del session.provenance[key]
    return removed


def put_back(visit: Visit, removed: RemovedMember) -> bool:
    """Undo :func:`take_out`; ``False`` when the id was given to someone else meanwhile."""
    session = visit.session
    if session.member(removed.member.id) is not None:
        return False
    session.household.insert(min(removed.index, len(session.household)), removed.member)
    session.answers.update(removed.answers)
    session.provenance.update(removed.provenance)
    session.plan = None
    session.new_household = None
    return True


def update_member(visit: Visit, member_id: str, name: str, birth_date: date, sex: Sex,
                  relation: str) -> bool:
    """Write a corrected person over the member typed at the kiosk (name in kana)."""
    session = visit.session
    member = session.member(member_id)
    if member is None or member.record_key:
        return False  # the record's people are the town's: left out, never rewritten here
    member.name = member.furigana = name
    member.birth_date, member.sex, member.relation = birth_date, sex, relation
    if member.status is Status.NEWBORN:
        member.status = Status.PRESENT  # decided again from the corrected birth date
    session.plan = None
    session.new_household = None
    visit.mark_newborns()
    return True


def proposed_family_name(session: ResidentSession) -> str:
    """The resident's family name in katakana (in Latin letters for a name registered in
    them), followed by the name space, or ``""`` when it does not split into a family and
    a given name."""
    resident = session.resident
    if resident is None:
        return ""
    if is_latin_name(resident.name):  # as on the 在留カード: the family name comes first
        family, _, given = resident.name.strip().partition(" ")
        return f"{family} " if family and given else ""
    reading = session.furigana or suggest_reading(resident.name)
    family, space, given = reading.replace(" ", NAME_SPACE).partition(NAME_SPACE)
    if not (space and family and given) or not is_katakana_text(family):
        return ""
    return family + NAME_SPACE
