"""Where each procedure stands at a one-stop desk: the fold of its events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.visits.handoffs import ProcedureEvent, ProcedureState, handed_to, procedure_states

T0 = datetime(2026, 4, 6, 9, 0, tzinfo=UTC)


def ev(kind: str, minute: int, department: str, procedure: str) -> ProcedureEvent:
    return ProcedureEvent(kind, T0 + timedelta(minutes=minute), department, procedure)


def test_the_latest_event_of_a_procedure_wins_whatever_the_row_order() -> None:
    events = [
        ev("procedure_done", 5, "SOGO", "jumin_ido"),
        ev("handed_off", 6, "KOSO", "hoiku_tenen"),
        ev("procedure_done", 30, "KOSO", "hoiku_tenen"),
        ev("handed_off", 7, "KYOIKU", "tennyugaku"),
    ]
    states = procedure_states(reversed(events))
    assert states == {
        "jumin_ido": ProcedureState("done", "SOGO"),
        "hoiku_tenen": ProcedureState("done", "KOSO"),
        "tennyugaku": ProcedureState("handed", "KYOIKU"),
    }
    assert handed_to(states, "KYOIKU") == ["tennyugaku"]
    assert handed_to(states, "KOSO") == []  # settled there already


def test_other_kinds_are_ignored() -> None:
    assert procedure_states([ev("called", 1, "SOGO", "")]) == {}
