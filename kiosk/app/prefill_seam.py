"""The seam to the prefill (``kiosk.app.record_prefill.apply_core_records``).

The resident's screens call the prefill through :func:`load_prefill` so they do not
depend on how the records become the visit. Until the prefill module is present, an
interim fill puts the recorded household (or the reservation's movers) and the
registered reading of the resident's name into the session, which is all the screens
show; the prefill module replaces it wholesale when it is there.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, cast

from kiosk.app.core_lookup import Prefill
from kiosk.app.session import Member, ResidentSession
from kiosk.domain.core_records import Provenance, RecordedPerson, ReservedPerson

if TYPE_CHECKING:
    from forms.catalog import Catalog


def load_prefill() -> Prefill:
    """``apply_core_records`` of the prefill module, or the interim fill below."""
    try:
        module = importlib.import_module("kiosk.app.record_prefill")
    except ImportError:
        return interim_prefill
    return cast(Prefill, module.apply_core_records)


def _same_person(person: RecordedPerson | ReservedPerson, session: ResidentSession) -> bool:
    who = session.resident
    return who is not None and (person.birth_date, person.sex) == (who.birth_date, who.sex) \
        and "".join(person.name.split()) == "".join(who.name.split())


def interim_prefill(session: ResidentSession, catalog: Catalog, today: date) -> None:
    """The household and the resident's reading from the records (idempotent)."""
    people: list[RecordedPerson | ReservedPerson]
    if session.core_reservation is not None and catalog.events.get(
            session.event_id or "") is not None and catalog.events[
            session.event_id or ""].brings_new_address and session.core_household is None:
        people = list(session.core_reservation.members)
    elif session.core_household is not None:
        people = list(session.core_household.members)
    else:
        return
    known = {m.record_key for m in session.household if m.record_key}
    used = {m.id for m in session.household}
    for index, person in enumerate(people):
        if _same_person(person, session):
            session.furigana = person.kana
            session.provenance["resident.furigana"] = Provenance.RECORD
            continue
        key = getattr(person, "key", "") or f"reserved-{index}"
        if key in known:
            continue
        number = 1
        while f"m{number}" in used:
            number += 1
        member_id = f"m{number}"
        used.add(member_id)
        session.household.append(Member(member_id, person.name, person.kana, person.birth_date,
                                        person.sex, person.relation, record_key=key))
        for item in ("name", "furigana", "birth_date", "sex", "relation"):
            session.provenance[f"{member_id}.{item}"] = Provenance.RECORD
    session.plan = None
