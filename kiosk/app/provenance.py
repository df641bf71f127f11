"""Where each value of a visit came from, at the JSON edge (the clerks' copy).

The session marks what the card and the record gave (``ResidentSession.provenance``);
the screens may mark what the resident typed. In the clerks' copy every value the clerk
sees gets a source: an unmarked value of the resident's basic four came from the card on
a card visit (the resident typed it on a manual one, staff on a staff-entered one), and
any other unmarked value was entered at the kiosk by whoever entered the visit. Keys are
the session's: ``resident.name``, ``<member id>.<field>``, ``new_address`` (one address,
or ``new_address.<part>`` once staff correct a part) and answer keys (``insurance@m1``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kiosk.app.session import ResidentSession, answer_key_text
from kiosk.domain.core_records import Provenance

BASIC_FOUR = ("name", "address", "birth_date", "sex")
RESIDENT_FIELDS = (*BASIC_FOUR, "furigana")
MEMBER_FIELDS = ("name", "furigana", "birth_date", "sex", "relation")


def provenance_json(session: ResidentSession) -> dict[str, str]:
    """Every value's source for the clerks' copy (``{key: "card" | "record" | …}``)."""
    entered = {"staff": Provenance.STAFF}.get(session.channel, Provenance.RESIDENT)
    card = Provenance.CARD if session.channel == "card" else entered
    found: dict[str, Provenance] = {}
    for item in RESIDENT_FIELDS:
        found[f"resident.{item}"] = card if item in BASIC_FOUR else entered
    for member in session.household:
        for item in MEMBER_FIELDS:
            found[f"{member.id}.{item}"] = entered
    if session.new_address is not None:
        found["new_address"] = entered
    for key in session.answers:
        found[answer_key_text(key)] = entered
    found.update(session.provenance)
    return {key: source.value for key, source in found.items()}


def read_provenance(data: Mapping[str, Any]) -> dict[str, Provenance]:
    """The ``provenance`` of a scenario file or clerks' copy (unknown entries skipped)."""
    raw = data.get("provenance")
    if not isinstance(raw, Mapping):
        return {}
    known = {source.value: source for source in Provenance}
    return {str(key): known[value] for key, value in raw.items()
            if isinstance(value, str) and value in known}
