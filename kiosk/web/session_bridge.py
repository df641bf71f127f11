"""The page state to the kiosk's own visit objects and back: one engine, one truth.

The web wizard keeps no logic of its own about questions, households or plans. Each
request turns the page's :class:`~kiosk.web.state.WizardState` into the kiosk's
:class:`~kiosk.app.session.ResidentSession` and wraps it in the kiosk's
:class:`~kiosk.app.visit.Visit` (next question, answers, undo, the household split, the
plan); after the page's action it writes the session back into the state.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.app.ports import Clock, Navigator
from kiosk.app.session import Member, NewAddress, ResidentSession
from kiosk.app.visit import Visit
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.scenario import NewHousehold, ScenarioError, Status
from kiosk.web.state import StateError, WizardState


def open_visit(state: WizardState, navigator: Navigator, today: Clock) -> Visit:
    """The kiosk's visit for the state; :class:`StateError` when it does not make sense
    to the engine (an unknown event, question, member or value)."""
    session = ResidentSession(language=state.lang, channel="web")
    try:
        if state.resident is not None:
            r = state.resident
            session.resident = BasicFour(r["name"], r["address"],
                                         date.fromisoformat(r["birth_date"]), Sex(r["sex"]))
            session.furigana = r["furigana"]
        if state.event is not None:
            if state.event not in navigator.catalog.events:
                raise StateError("unknown life event")
            session.event_id = state.event
        session.household[:] = [_member(m) for m in state.household]
        for question, member, value in state.answers:
            session.answers[(question, member)] = value
        if state.new_address is not None:
            a = state.new_address
            session.new_address = NewAddress(a["oaza"], a["banchi"], a["katagaki"],
                                             a["postal_code"])
        if state.new_household is not None:
            nh = state.new_household
            session.new_household = NewHousehold(tuple(str(m) for m in nh["members"]),
                                                 str(nh["head"]))
    except (KeyError, ValueError, TypeError) as exc:
        if isinstance(exc, StateError):
            raise
        raise StateError("the state does not describe a visit") from None
    visit = Visit(session, navigator, today, split=set(state.split))
    if session.resident is not None and session.event_id is not None:
        try:
            navigator_check(visit)
        except ScenarioError:
            raise StateError("the engine refused the state's scenario") from None
    return visit


def navigator_check(visit: Visit) -> None:
    """The engine's own check of answers, members and values (``ScenarioError``)."""
    from kiosk.navigation.validation import check_answers

    check_answers(visit.scenario(), visit.catalog)


def store_visit(state: WizardState, visit: Visit) -> None:
    """Write the visit's session back into the state (in place)."""
    session = visit.session
    resident = session.resident
    state.resident = None if resident is None else {
        "name": resident.name, "furigana": session.furigana, "address": resident.address,
        "birth_date": resident.birth_date.isoformat(), "sex": resident.sex.value,
    }
    state.event = session.event_id
    state.household = [_member_json(m) for m in session.household]
    state.answers = [[q, m, v] for (q, m), v in session.answers.items()]
    state.split = sorted(visit.split)
    address = session.new_address
    state.new_address = None if address is None else {
        "oaza": address.oaza, "banchi": address.banchi, "katagaki": address.katagaki,
        "postal_code": address.postal_code,
    }
    household = session.new_household
    state.new_household = None if household is None else {
        "members": list(household.members), "head": household.head}


def _member(data: dict[str, str]) -> Member:
    return Member(data["id"], data["name"], data["furigana"],
                  date.fromisoformat(data["birth_date"]), Sex(data["sex"]), data["relation"],
                  Status(data["status"]))


def _member_json(member: Member) -> dict[str, str]:
    return {"id": member.id, "name": member.name, "furigana": member.furigana,
            "birth_date": member.birth_date.isoformat(), "sex": member.sex.value,
            "relation": member.relation, "status": member.status.value}


def scenario_json(visit: Visit) -> dict[str, Any]:
    """The scenario file format the QR code carries (no provenance, no record keys)."""
    from kiosk.app.visit import scenario_to_json

    return scenario_to_json(visit.scenario())
