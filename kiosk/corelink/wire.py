"""The JSON spelling of the core-system records (``docs/core-link.md``), both ways.

The REST adapter, the folder adapter and the reference core system all read and write
through here, so the contract has one spelling. Reading is strict: a missing key, a wrong
type, a bad date or an unknown code raises :class:`WireError`, which the adapters turn into
"the core system is unavailable" (a malformed answer is never half-used).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from kiosk.domain.core_records import (
    MoveInReservation,
    PlannedAddress,
    ProcedureSubmission,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
    SubmissionResult,
    SubmissionStatus,
)
from kiosk.domain.resident import BasicFour, Sex

Json = dict[str, Any]


class WireError(ValueError):
    """A body that does not follow the contract."""


# ---------------------------------------------------------------------- reading helpers
def _text(data: Mapping[str, Any], key: str, *, empty: bool = True) -> str:
    value = data.get(key)
    if not isinstance(value, str) or (not empty and not value):
        raise WireError(f"{key!r} must be a{'' if empty else ' non-empty'} string")
    return value


def _date(data: Mapping[str, Any], key: str, *, optional: bool = False) -> date | None:
    value = data.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise WireError(f"{key!r} must be a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WireError(f"{key!r} must be a date (YYYY-MM-DD)") from None


def _required_date(data: Mapping[str, Any], key: str) -> date:
    found = _date(data, key)
    assert found is not None
    return found


def _sex(data: Mapping[str, Any]) -> Sex:
    code = _text(data, "sex")
    if code not in {s.value for s in Sex}:
        raise WireError("'sex' must be 1, 2 or 9")
    return Sex(code)


def _codes(data: Mapping[str, Any], key: str) -> frozenset[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise WireError(f"{key!r} must be a list of codes")
    return frozenset(value)


def _object(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise WireError(f"{key!r} must be an object")
    return value


def _list(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, dict) for v in value):
        raise WireError(f"{key!r} must be a non-empty list of objects")
    return value


# ---------------------------------------------------------------------- the basic four
def basic_four_to_json(who: BasicFour) -> Json:
    return {"name": who.name, "address": who.address,
            "birth_date": who.birth_date.isoformat(), "sex": who.sex.value}


def basic_four_from_json(data: Mapping[str, Any]) -> BasicFour:
    return BasicFour(_text(data, "name", empty=False), _text(data, "address"),
                     _required_date(data, "birth_date"), _sex(data))


# ---------------------------------------------------------------------- households
def person_to_json(person: RecordedPerson) -> Json:
    return {
        "key": person.key, "name": person.name, "kana": person.kana,
        "birth_date": person.birth_date.isoformat(), "sex": person.sex.value,
        "relation": person.relation,
        "resident_since": person.resident_since.isoformat() if person.resident_since else None,
        "insurances": sorted(person.insurances), "registrations": sorted(person.registrations),
        "nationality": person.nationality,
    }


def person_from_json(data: Mapping[str, Any]) -> RecordedPerson:
    return RecordedPerson(
        key=_text(data, "key", empty=False), name=_text(data, "name", empty=False),
        kana=_text(data, "kana"), birth_date=_required_date(data, "birth_date"),
        sex=_sex(data), relation=_text(data, "relation"),
        resident_since=_date(data, "resident_since", optional=True),
        insurances=_codes(data, "insurances"), registrations=_codes(data, "registrations"),
        nationality=str(data.get("nationality") or ""),
    )


def household_to_json(household: RecordedHousehold) -> Json:
    return {"household_key": household.household_key, "address": household.address,
            "resident_key": household.resident_key,
            "members": [person_to_json(m) for m in household.members]}


def household_from_json(data: Mapping[str, Any]) -> RecordedHousehold:
    members = tuple(person_from_json(m) for m in _list(data, "members"))
    household = RecordedHousehold(_text(data, "household_key"), _text(data, "address"),
                                  _text(data, "resident_key", empty=False), members)
    if not any(m.key == household.resident_key for m in members):
        raise WireError("'resident_key' names nobody in 'members'")
    return household


# ---------------------------------------------------------------------- reservations
def reservation_to_json(reservation: MoveInReservation) -> Json:
    planned = reservation.planned_address
    return {
        "reservation_id": reservation.reservation_id,
        "previous_address": reservation.previous_address,
        "previous_municipality": reservation.previous_municipality,
        "planned_address": {"oaza": planned.oaza, "banchi": planned.banchi,
                            "katagaki": planned.katagaki},
        "planned_date": reservation.planned_date.isoformat(),
        "moved_out_on": reservation.moved_out_on.isoformat() if reservation.moved_out_on else None,
        "members": [{"name": m.name, "kana": m.kana, "birth_date": m.birth_date.isoformat(),
                     "sex": m.sex.value, "relation": m.relation, "nationality": m.nationality,
                     "insurances": sorted(m.insurances),
                     "registrations": sorted(m.registrations)}
                    for m in reservation.members],
    }


def reservation_from_json(data: Mapping[str, Any]) -> MoveInReservation:
    code = _text(data, "previous_municipality")
    if not (len(code) == 6 and code.isascii() and code.isdigit()):
        raise WireError("'previous_municipality' must be a 6-digit 全国地方公共団体コード")
    planned = _object(data, "planned_address")
    members = tuple(
        ReservedPerson(_text(m, "name", empty=False), _text(m, "kana"),
                       _required_date(m, "birth_date"), _sex(m), _text(m, "relation"),
                       str(m.get("nationality") or ""), _codes(m, "insurances"),
                       _codes(m, "registrations"))
        for m in _list(data, "members"))
    return MoveInReservation(
        reservation_id=_text(data, "reservation_id", empty=False),
        previous_address=_text(data, "previous_address"),
        previous_municipality=code,
        planned_address=PlannedAddress(_text(planned, "oaza", empty=False),
                                       _text(planned, "banchi", empty=False),
                                       str(planned.get("katagaki") or "")),
        planned_date=_required_date(data, "planned_date"),
        moved_out_on=_date(data, "moved_out_on", optional=True),
        members=members,
    )


# ---------------------------------------------------------------------- submissions
def submission_to_json(record: ProcedureSubmission) -> Json:
    return {
        "idempotency_key": record.idempotency_key, "visit_id": record.visit_id,
        "procedure_id": record.procedure_id, "department": record.department,
        "event": record.event, "event_date": record.event_date.isoformat(),
        "accepted_at": record.accepted_at.isoformat(), "staff_id": record.staff_id,
        "person_key": record.person_key, "name": record.name, "kana": record.kana,
        "birth_date": record.birth_date.isoformat(), "sex": record.sex.value,
        "fields": dict(record.fields),
    }


def submission_from_json(data: Mapping[str, Any]) -> ProcedureSubmission:
    fields = data.get("fields", {})
    if not isinstance(fields, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in fields.items()):
        raise WireError("'fields' must map names to strings")
    accepted = _text(data, "accepted_at", empty=False)
    try:
        accepted_at = datetime.fromisoformat(accepted)
    except ValueError:
        raise WireError("'accepted_at' must be an ISO 8601 time") from None
    return ProcedureSubmission(
        idempotency_key=_text(data, "idempotency_key", empty=False),
        visit_id=_text(data, "visit_id", empty=False),
        procedure_id=_text(data, "procedure_id", empty=False),
        department=_text(data, "department"), event=_text(data, "event", empty=False),
        event_date=_required_date(data, "event_date"), accepted_at=accepted_at,
        staff_id=_text(data, "staff_id"), person_key=_text(data, "person_key"),
        name=_text(data, "name", empty=False), kana=_text(data, "kana"),
        birth_date=_required_date(data, "birth_date"), sex=_sex(data), fields=dict(fields),
    )


def result_to_json(result: SubmissionResult) -> Json:
    body: Json = {"idempotency_key": result.idempotency_key, "status": result.status.value}
    if result.reason:
        body["reason"] = result.reason
    return body


def result_from_json(data: Mapping[str, Any]) -> SubmissionResult:
    status = _text(data, "status")
    if status not in ("accepted", "rejected"):
        raise WireError("'status' must be accepted or rejected")
    return SubmissionResult(_text(data, "idempotency_key", empty=False),
                            SubmissionStatus(status), str(data.get("reason") or ""))
