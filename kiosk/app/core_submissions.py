"""What goes back to the core system when a clerk accepts: one record per procedure and member.

When the clerk marks a department's service finished, the visit's planned procedures of
that department become :class:`~kiosk.domain.core_records.ProcedureSubmission` records,
one per procedure and member the plan names (``member_ids``: ``"self"`` is the resident;
a procedure the household does once names the resident only, so it goes under them).

:func:`submission_key` is the idempotency key of ``docs/core-link.md``:
``sha256(visit_id | procedure_id | member)`` in hex, where member is the record's person
key or, for a person the record does not hold, ``name|birth date|sex``. A retry after a
network failure, a restart, or the clerk pressing *Finished* twice is the same key, and
the core system keeps one record per key.

:func:`build_submissions` is pure: it reads the scenario (which has no 個人番号 field) and
the plan, never the printing-time ``my_numbers``; it also drops any field whose name
names a 個人番号 or a PIN, and any value that *is* one (twelve digits with a valid check
digit), with the same rule as the clerks' copy (``kiosk.personal.store.strip_forbidden``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kiosk.domain.answers import is_dont_know
from kiosk.domain.core_records import ProcedureSubmission
from kiosk.domain.mynumber import is_valid as is_my_number
from kiosk.navigation.plan import Plan
from kiosk.navigation.scenario import SELF_ID, Person, Scenario
from kiosk.personal.store import strip_forbidden


def member_identity(person_key: str, person: Person) -> str:
    """How the key names a member: the record's key, else name, birth date and sex."""
    if person_key:
        return person_key
    return f"{person.name}|{person.birth_date.isoformat()}|{person.sex.value}"


def submission_key(visit_id: str, procedure_id: str, member: str) -> str:
    """The idempotency key: ``sha256(visit_id|procedure_id|member)`` in hex."""
    return hashlib.sha256(f"{visit_id}|{procedure_id}|{member}".encode()).hexdigest()


def record_keys(payload: Mapping[str, Any]) -> dict[str, str]:
    """Member id → the core system's person key, from the clerks' copy.

    The copy names it ``record_key`` on the resident and on each household entry when the
    member came from the record (``kiosk.app.session.Member.record_key``); a key that
    looks like a 個人番号 is not used (the member is then named by name, birth date, sex).
    """
    found: dict[str, str] = {}
    resident = payload.get("resident")
    if isinstance(resident, Mapping):
        found[SELF_ID] = str(resident.get("record_key") or "")
    for index, raw in enumerate(payload.get("household") or [], start=1):
        if isinstance(raw, Mapping):
            found[str(raw.get("id") or f"m{index}")] = str(raw.get("record_key") or "")
    return {member: _safe(key) for member, key in found.items()}


_TWELVE_DIGITS = re.compile(r"(?<![0-9])[0-9]{12}(?![0-9])")
_SEPARATORS = re.compile(r"[\s\-‐−ー]")


def holds_my_number(text: str) -> bool:
    """True when ``text`` contains twelve digits with a valid 個人番号 check digit, even
    inside a longer text or written with spaces or hyphens between the groups."""
    normal = unicodedata.normalize("NFKC", text)
    return any(is_my_number(found) for variant in (normal, _SEPARATORS.sub("", normal))
               for found in _TWELVE_DIGITS.findall(variant))


def register_key(key: str) -> tuple[str, str]:
    """``(person key, reservation mover)``: a mover of a 転入予約 carries the reservation's
    own reference (``R2026-000001#2``, :mod:`kiosk.app.record_prefill`), not a key of the
    register, so the core system gets it as the ``reservation_mover`` field and an empty
    ``person_key`` (a newcomer it does not hold yet)."""
    return ("", key) if "#" in key else (key, "")


def _safe(text: str) -> str:
    return "" if holds_my_number(text) else text


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _member_answers(scenario: Scenario, member_id: str) -> dict[str, str]:
    """The resident's answers that apply to this member: the household's, then their own
    (「わからない」 is no answer the core system could store: the clerk settled it)."""
    found: dict[str, str] = {}
    for key, value in sorted(scenario.answers.items()):
        question, at, member = key.partition("@")
        if not at and not is_dont_know(value):
            found[f"answer.{question}"] = _text(value)
    for key, value in sorted(scenario.answers.items()):
        question, at, member = key.partition("@")
        if at and member == member_id:
            if is_dont_know(value):
                found.pop(f"answer.{question}", None)
            else:
                found[f"answer.{question}"] = _text(value)
    return found


def procedure_fields(scenario: Scenario, person: Person, *, filed_late: bool,
                     filing_deadline: str) -> dict[str, str]:
    """The procedure's own data for one member: what the core system needs to enter it."""
    fields: dict[str, str] = {"relation": person.relation}
    if person.status.value:
        fields["status"] = person.status.value  # newborn, deceased, stays, away
    if scenario.current_address:
        fields["address_before"] = scenario.current_address
    address = scenario.new_address
    if address is not None:
        fields["new_address"] = f"{address.oaza}{address.banchi}"
        fields["new_oaza"] = address.oaza
        fields["new_banchi"] = address.banchi
        if address.katagaki:
            fields["new_katagaki"] = address.katagaki
        if address.postal_code:
            fields["new_postal_code"] = address.postal_code
    split = scenario.new_household
    if split is not None and person.id in split.members:
        fields["new_household"] = "true"
        fields["new_household_head"] = _text(person.id == split.head)
    if filing_deadline:
        fields["filing_deadline"] = filing_deadline
    if filed_late:
        fields["filed_late"] = "true"
    fields.update(_member_answers(scenario, person.id))
    clean, _removed = strip_forbidden(fields)
    return {k: str(v) for k, v in clean.items() if v is not None and not holds_my_number(str(v))}


def build_submissions(
    *,
    visit_id: str,
    department: str,
    scenario: Scenario,
    plan: Plan,
    staff_id: str,
    accepted_at: datetime,
    person_keys: Mapping[str, str] | None = None,
) -> list[ProcedureSubmission]:
    """The department's planned procedures as records, one per procedure and member.

    ``person_keys`` maps member ids to the core system's person keys (:func:`record_keys`).
    A procedure names its members by id; one the scenario does not hold is skipped.
    """
    return [record for _member, record in submissions_by_member(
        visit_id=visit_id, department=department, scenario=scenario, plan=plan,
        staff_id=staff_id, accepted_at=accepted_at, person_keys=person_keys)]


def submissions_by_member(
    *,
    visit_id: str,
    department: str,
    scenario: Scenario,
    plan: Plan,
    staff_id: str,
    accepted_at: datetime,
    person_keys: Mapping[str, str] | None = None,
) -> list[tuple[str, ProcedureSubmission]]:
    """:func:`build_submissions` with each record's member id (``self``, ``m1`` …), which
    the queue keeps so the console can say whose record it is without opening it."""
    keys = person_keys or {}
    members = {p.id: p for p in scenario.members}
    out: list[tuple[str, ProcedureSubmission]] = []
    seen: set[str] = set()
    for procedure in plan.procedures():
        if procedure.department_id != department:
            continue
        deadline = procedure.filing_deadline.isoformat() if procedure.filing_deadline else ""
        for member_id in procedure.member_ids or (SELF_ID,):
            person = members.get(member_id)
            if person is None:
                continue
            person_key, reservation_mover = register_key(_safe(keys.get(member_id, "")))
            key = submission_key(visit_id, procedure.id, member_identity(person_key, person))
            fields = procedure_fields(scenario, person, filed_late=procedure.filed_late,
                                      filing_deadline=deadline)
            if reservation_mover:
                fields["reservation_mover"] = reservation_mover
            if key in seen:
                continue
            seen.add(key)
            out.append((member_id, ProcedureSubmission(
                idempotency_key=key, visit_id=visit_id, procedure_id=procedure.id,
                department=department, event=scenario.event, event_date=scenario.event_date,
                accepted_at=accepted_at, staff_id=staff_id, person_key=person_key,
                name=_safe(person.name), kana=_safe(person.furigana), birth_date=person.birth_date,
                sex=person.sex, fields=fields,
            )))
    return out
