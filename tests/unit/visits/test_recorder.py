"""MetricsRecorder on a real database (SQLite and PostgreSQL): tickets, events, summaries."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from kiosk.storage.tables import DepartmentSummary, Visit, VisitEvent, VisitSummary
from kiosk.visits.clock import DriftClock, as_utc, utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsError, MetricsRecorder


def _full_visit(recorder: MetricsRecorder) -> str:
    ticket = recorder.start_visit(language="en")
    v = ticket.visit_id
    recorder.record(v, "identified", method="card")
    recorder.record(v, "navigation_done", life_event="IN", household_size=3, procedures=5,
                    forms=7, departments=["JUMIN", "HOKEN"])
    recorder.record(v, "forms_printed")
    for dept in ("JUMIN", "HOKEN"):
        recorder.record(v, "called", dept)
        recorder.record(v, "service_started", dept)
        recorder.record(v, "service_finished", dept)
    recorder.record(v, "left")
    return v


def test_tickets_count_up_per_day_and_visits_are_stored(recorder: MetricsRecorder,
                                                         engine: Engine) -> None:
    tickets = [recorder.start_visit() for _ in range(3)]
    assert [t.ticket for t in tickets] == ["1", "2", "3"]
    assert not any(t.offline for t in tickets)
    with engine.connect() as c:
        assert c.execute(select(func.count()).select_from(Visit)).scalar_one() == 3


def test_a_whole_visit_fills_the_summaries(recorder: MetricsRecorder, engine: Engine) -> None:
    visit_id = _full_visit(recorder)
    with engine.connect() as c:
        visit = c.execute(select(Visit).where(Visit.id == visit_id)).one()
        assert (visit.channel, visit.language, visit.life_event) == ("card", "en", "IN")
        assert (visit.household_size, visit.procedures, visit.forms) == (3, 5, 7)
        assert visit.departments == "JUMIN,HOKEN"
        kinds = c.execute(select(VisitEvent.kind).where(VisitEvent.visit_id == visit_id)).scalars()
        assert sorted(kinds) == sorted(["visit_started", "identified", "navigation_done",
                                        "forms_printed", "left"] + ["called", "service_started",
                                        "service_finished"] * 2)
        summary = c.execute(select(VisitSummary).where(VisitSummary.visit_id == visit_id)).one()
        assert summary.dwell_seconds is not None and summary.dwell_seconds >= 0
        assert summary.life_event == "IN" and summary.channel == "card"
        departments = c.execute(select(DepartmentSummary.department)
                                .where(DepartmentSummary.visit_id == visit_id)).scalars()
        assert sorted(departments) == ["HOKEN", "JUMIN"]


def test_events_are_timezone_aware_and_drift_corrected(engine: Engine, tmp_path: Path) -> None:
    # a terminal whose clock is 10 minutes slow: the first contact measures the offset
    slow = DriftClock(local=lambda: utc_now() - timedelta(minutes=10))
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "o.sqlite3"), "k", clock=slow)
    ticket = recorder.start_visit()
    assert slow.offset > timedelta(minutes=9, seconds=59)
    with engine.connect() as c:
        started = c.execute(select(Visit.started_at).where(Visit.id == ticket.visit_id)).scalar_one()
    assert abs(as_utc(started) - utc_now()) < timedelta(seconds=30)
    recorder.record(ticket.visit_id, "left")
    with engine.connect() as c:
        left = c.execute(select(VisitEvent.occurred_at).where(VisitEvent.kind == "left")).scalar_one()
    assert abs(as_utc(left) - utc_now()) < timedelta(seconds=30)
    assert as_utc(started) <= as_utc(left)
    assert Outbox(tmp_path / "o.sqlite3").saved_offset() == slow.offset


@pytest.mark.parametrize("attrs", [
    {"name": "山田太郎"}, {"address": "x"}, {"my_number": "123456789018"},
    {"life_event": "転入"}, {"household_size": 0}, {"departments": ["住民"]},
])
def test_only_allow_listed_codes_are_accepted(recorder: MetricsRecorder,
                                              attrs: dict[str, object]) -> None:
    ticket = recorder.start_visit()
    with pytest.raises(MetricsError) as caught:
        recorder.record(ticket.visit_id, "navigation_done", **attrs)
    for value in attrs.values():
        if isinstance(value, str):
            assert value not in str(caught.value)


def test_event_contract_is_checked(recorder: MetricsRecorder) -> None:
    v = recorder.start_visit().visit_id
    with pytest.raises(MetricsError):
        recorder.record(v, "called")  # a counter event needs its department
    with pytest.raises(MetricsError):
        recorder.record(v, "left", "JUMIN")
    with pytest.raises(MetricsError):
        recorder.record(v, "identified")  # needs a method
    with pytest.raises(MetricsError):
        recorder.record(v, "identified", method="fax")
    with pytest.raises(MetricsError):
        recorder.record(v, "teleported")
    with pytest.raises(MetricsError):
        recorder.start_visit(channel="pigeon")
