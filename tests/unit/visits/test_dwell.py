"""Dwell, kiosk, wait and service time from hand-built event sequences."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.visits.dwell import Event, compute, department_state

T0 = datetime(2026, 11, 24, 0, 30, tzinfo=UTC)  # 09:30 in Japan


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def ev(kind: str, minute: float, dept: str | None = None) -> Event:
    return Event(kind, at(minute), dept)


TWO_COUNTERS = [
    ev("visit_started", 0),
    ev("identified", 1),
    ev("navigation_done", 5),
    ev("forms_printed", 6),
    ev("called", 14, "JUMIN"),
    ev("service_started", 16, "JUMIN"),   # waited 6 → 16: 10 min
    ev("service_finished", 26, "JUMIN"),  # served 10 min
    ev("called", 30, "HOKEN"),
    ev("service_started", 31, "HOKEN"),   # waited 26 → 31: 5 min
    ev("service_finished", 39, "HOKEN"),  # served 8 min
    ev("left", 40),
]


def test_simple_visit_through_two_counters() -> None:
    times = compute(TWO_COUNTERS)
    assert times.dwell_seconds == 40 * 60
    assert times.kiosk_seconds == 6 * 60
    assert times.left
    jumin, hoken = times.departments["JUMIN"], times.departments["HOKEN"]
    assert (jumin.wait_seconds, jumin.service_seconds) == (600, 600)
    assert (hoken.wait_seconds, hoken.service_seconds) == (300, 480)
    assert jumin.finished and hoken.finished and jumin.sent_back == 0


def test_sent_back_adds_a_second_episode() -> None:
    events = [
        ev("visit_started", 0), ev("forms_printed", 5),
        ev("service_started", 10, "JUMIN"),  # wait 5
        ev("sent_back", 14, "JUMIN"),        # served 4, resident goes to fetch a document
        ev("called", 40, "JUMIN"),
        ev("service_started", 42, "JUMIN"),  # wait 14 → 42: 28
        ev("service_finished", 50, "JUMIN"), # served 8
        ev("left", 51),
    ]
    jumin = compute(events).departments["JUMIN"]
    assert jumin.wait_seconds == (5 + 28) * 60
    assert jumin.service_seconds == (4 + 8) * 60
    assert jumin.sent_back == 1 and jumin.episodes == 2 and jumin.finished


def test_sent_back_and_not_yet_returned_is_not_finished() -> None:
    events = [ev("visit_started", 0), ev("service_started", 3, "ZEIMU"), ev("sent_back", 9, "ZEIMU")]
    times = compute(events)
    assert times.departments["ZEIMU"].finished is False
    assert times.departments["ZEIMU"].service_seconds == 360
    assert times.dwell_seconds is None and not times.left
    assert department_state(events, "ZEIMU") == "sent_back"


def test_out_of_order_input_gives_the_same_figures() -> None:
    shuffled = list(TWO_COUNTERS)
    random.Random(4).shuffle(shuffled)
    assert shuffled != TWO_COUNTERS
    assert compute(shuffled) == compute(TWO_COUNTERS)


def test_same_instant_is_ordered_by_kind() -> None:
    events = [ev("service_finished", 10, "JUMIN"), ev("service_started", 10, "JUMIN"),
              ev("visit_started", 0)]
    jumin = compute(events).departments["JUMIN"]
    assert jumin.service_seconds == 0 and jumin.finished and jumin.wait_seconds == 600


def test_finish_without_start_is_ignored_and_wait_until_called_counts() -> None:
    events = [ev("visit_started", 0), ev("service_finished", 5, "KOSO"), ev("called", 7, "HOKEN")]
    times = compute(events)
    assert times.departments["KOSO"].service_seconds is None
    assert times.departments["KOSO"].episodes == 0
    assert times.departments["HOKEN"].wait_seconds == 420  # still waiting; called at 7
    assert times.departments["HOKEN"].service_seconds is None


def test_skew_between_terminals_never_gives_negative_spans() -> None:
    # the clerk's clock says service started 18 s before the kiosk printed the forms:
    # the wait counts from the previous ready moment (the start), never below zero
    events = [ev("visit_started", 0), ev("forms_printed", 6),
              ev("service_started", 5.7, "JUMIN"), ev("service_finished", 15, "JUMIN")]
    times = compute(events)
    jumin = times.departments["JUMIN"]
    assert jumin.wait_seconds == pytest.approx(5.7 * 60)
    assert jumin.service_seconds == pytest.approx(9.3 * 60)
    assert times.kiosk_seconds == 360


def test_walk_in_has_no_kiosk_time() -> None:
    events = [ev("visit_started", 0), ev("service_started", 2, "JUMIN"),
              ev("service_finished", 9, "JUMIN"), ev("left", 10)]
    times = compute(events)
    assert times.kiosk_seconds is None
    assert times.dwell_seconds == 600
    assert times.departments["JUMIN"].wait_seconds == 120


def test_reprint_after_kiosk_is_not_kiosk_time() -> None:
    events = [ev("visit_started", 0), ev("forms_printed", 4), ev("forms_printed", 30)]
    assert compute(events).kiosk_seconds == 240


def test_no_events_gives_unknowns() -> None:
    times = compute([])
    assert (times.dwell_seconds, times.kiosk_seconds, times.departments) == (None, None, {})


def test_department_state_walks_through_the_counter() -> None:
    events = [ev("visit_started", 0)]
    assert department_state(events, "JUMIN") == "waiting"
    events.append(ev("called", 1, "JUMIN"))
    assert department_state(events, "JUMIN") == "called"
    events.append(ev("service_started", 2, "JUMIN"))
    assert department_state(events, "JUMIN") == "serving"
    events.append(ev("service_finished", 3, "JUMIN"))
    assert department_state(events, "JUMIN") == "done"
    assert department_state(events, "HOKEN") == "waiting"


@settings(max_examples=100, deadline=None)
@given(st.randoms(use_true_random=False))
def test_any_arrival_order_gives_the_same_result(rng: random.Random) -> None:
    shuffled = list(TWO_COUNTERS)
    rng.shuffle(shuffled)
    assert compute(shuffled) == compute(TWO_COUNTERS)
