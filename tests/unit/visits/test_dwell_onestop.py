"""Dwell, wait and service for a mixed one-stop visit, computed by hand.

The resident is served at the desk (SOGO); the desk settles most procedures and hands two
to departments: KOSO's specialist comes to the desk while the desk still serves, and the
resident walks to KYOIKU after the desk. Every figure below is worked out by hand from the
timeline, independently of ``dwell.compute``.
"""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.visits import dwell
from kiosk.visits.dwell import Event


def at(hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(2026, 4, 6, hour, minute, tzinfo=UTC)


TIMELINE = [
    Event("visit_started", at("09:00")),
    Event("navigation_done", at("09:06")),
    Event("forms_printed", at("09:08")),
    Event("called", at("09:12"), "SOGO"),
    Event("service_started", at("09:13"), "SOGO"),
    Event("procedure_done", at("09:20"), "SOGO"),
    Event("handed_off", at("09:25"), "KOSO"),
    Event("handed_off", at("09:26"), "KYOIKU"),
    Event("service_started", at("09:30"), "KOSO"),  # the specialist comes to the desk
    Event("service_finished", at("09:38"), "KOSO"),
    Event("service_finished", at("09:40"), "SOGO"),
    Event("called", at("09:45"), "KYOIKU"),  # the resident walks over after the desk
    Event("service_started", at("09:47"), "KYOIKU"),
    Event("procedure_done", at("09:55"), "KYOIKU"),
    Event("service_finished", at("09:55"), "KYOIKU"),
    Event("left", at("09:55")),
]

MINUTE = 60.0
# By hand:
#   dwell  = 09:55 - 09:00                                   = 55 min
#   kiosk  = forms printed 09:08 - 09:00                     =  8 min
#   SOGO   wait = started 09:13 - printed 09:08              =  5 min; service 09:13-09:40 = 27 min
#   KOSO   arrival = hand-off 09:25 (later than printed 09:08, no service ended before)
#          wait = 09:30 - 09:25 = 5 min;                       service 09:30-09:38 =  8 min
#   KYOIKU arrival = latest of SOGO's end 09:40, KOSO's end 09:38, hand-off 09:26 = 09:40
#          wait = 09:47 - 09:40 = 7 min;                       service 09:47-09:55 =  8 min
EXPECTED = {
    "SOGO": (5 * MINUTE, 27 * MINUTE),
    "KOSO": (5 * MINUTE, 8 * MINUTE),
    "KYOIKU": (7 * MINUTE, 8 * MINUTE),
}


def test_a_mixed_one_stop_visit_matches_the_hand_computation() -> None:
    times = dwell.compute(TIMELINE)
    assert times.dwell_seconds == 55 * MINUTE
    assert times.kiosk_seconds == 8 * MINUTE
    assert {name: (t.wait_seconds, t.service_seconds)
            for name, t in times.departments.items()} == EXPECTED
    assert all(t.finished and t.episodes == 1 for t in times.departments.values())


def test_the_hand_off_is_the_specialists_earliest_arrival() -> None:
    """Without the hand-off, KOSO's wait would count from the print (22 min, not 5)."""
    without = [e for e in TIMELINE if e.kind != "handed_off"]
    assert dwell.compute(without).departments["KOSO"].wait_seconds == 22 * MINUTE


def test_procedure_events_change_no_time() -> None:
    without = [e for e in TIMELINE if e.kind != "procedure_done"]
    assert dwell.compute(without) == dwell.compute(TIMELINE)


def test_the_order_of_the_rows_does_not_matter() -> None:
    assert dwell.compute(reversed(TIMELINE)) == dwell.compute(TIMELINE)


def test_procedure_events_leave_the_counter_state_alone() -> None:
    assert dwell.department_state(TIMELINE, "SOGO") == "done"
    assert dwell.department_state(TIMELINE[:7], "KOSO") == "waiting"
