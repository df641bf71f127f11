"""A few visits per channel, recorded event by event through the real ``MetricsRecorder``.

The tests of the per-channel figures (aggregate, CSV, XLSX, PDF, manager window) compare
what the product computes from these events with an independent computation
(``statistics``) over the minutes written here; no expected figure is typed in.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, insert

from kiosk.storage.tables import Baseline
from kiosk.visits.clock import DriftClock
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder
from kiosk.visits.vocabulary import VOCABULARY, WALK_IN

DAY = date(2026, 11, 2)  # a Monday
OPENING = datetime(2026, 11, 2, 0, 30, tzinfo=UTC)  # 09:30 in Japan
COUNTER = "JUMIN"
SURVEY = {"IN": 60.0, "OUT": 50.0}  # the pre-system survey: mean minutes per life event


@dataclass(frozen=True)
class Planned:
    """One visit: its channel, life event, minutes at the kiosk and at the town hall
    (``None``: walk-in without kiosk, or not yet left)."""

    channel: str
    life_event: str
    kiosk: float | None
    dwell: float | None


METHOD = {channel: method for method, channel in VOCABULARY.methods.items()}
VISITS = (
    Planned("card", "IN", 8, 40), Planned("card", "IN", 9, 45), Planned("card", "OUT", 11, 60),
    Planned("manual", "IN", 10, 50), Planned("manual", "OUT", 12, 70),
    Planned("pre_application", "IN", 1, 30), Planned("pre_application", "IN", 1, 36),
    Planned("pre_application", "OUT", 2, 33),
    Planned("pre_application", "IN", 1.5, None),  # printed, still at the counter
    Planned(WALK_IN, "OUT", None, 20), Planned(WALK_IN, "IN", None, 25),
)


class ScriptedClock(DriftClock):
    """The recorder's clock, set by the test; never measured against the server."""

    def __init__(self) -> None:
        super().__init__(local=lambda: self.at)
        self.at = OPENING

    def needs_measure(self) -> bool:
        return False


def record_visits(engine: Engine, folder: Path, visits: tuple[Planned, ...] = VISITS) -> None:
    """Write ``visits`` as kiosk and counter events, then the survey of ``SURVEY``."""
    clock = ScriptedClock()
    recorder = MetricsRecorder(engine, Outbox(folder / "channel-outbox.sqlite3"), "k1",
                               clock=clock)
    for number, plan in enumerate(visits):
        start = OPENING + timedelta(minutes=20 * number)

        def at(minutes: float, start: datetime = start) -> None:
            clock.at = start + timedelta(minutes=minutes)

        at(0)
        if plan.kiosk is None:  # opened by a clerk at the counter
            ticket = recorder.start_visit(channel=plan.channel, life_event=plan.life_event,
                                          departments=[COUNTER])
        else:
            ticket = recorder.start_visit()
            at(plan.kiosk / 4)
            recorder.record(ticket.visit_id, "identified", method=METHOD[plan.channel])
            at(plan.kiosk * 3 / 4)
            recorder.record(ticket.visit_id, "navigation_done", life_event=plan.life_event,
                            departments=[COUNTER])
            at(plan.kiosk)
            recorder.record(ticket.visit_id, "forms_printed")
        ready = plan.kiosk or 0.0
        for kind, minute in (("called", ready + 3), ("service_started", ready + 4),
                             ("service_finished", ready + 12)):
            at(minute)
            recorder.record(ticket.visit_id, kind, COUNTER)
        if plan.dwell is not None:
            at(plan.dwell)
            recorder.record(ticket.visit_id, "left")
    with engine.begin() as connection:
        connection.execute(insert(Baseline), [
            {"survey_date": date(2025, 10, 1), "life_event": event, "minutes": minutes}
            for event, minutes in SURVEY.items()])


@dataclass(frozen=True)
class Expected:
    """A channel's figures computed independently from the planned minutes."""

    visits: int
    kiosk: list[float]  # minutes, sorted
    dwell: list[float]
    baseline_minutes: float  # the survey, weighted by the channel's life events (left visits)

    @staticmethod
    def median(values: list[float]) -> float:
        return statistics.median(values)

    @staticmethod
    def p90(values: list[float]) -> float:
        if len(values) == 1:
            return values[0]
        return statistics.quantiles(values, n=10, method="inclusive")[8]

    @property
    def reduction(self) -> float:
        return 1 - statistics.fmean(self.dwell) / self.baseline_minutes


def expected(visits: tuple[Planned, ...] = VISITS) -> dict[str, Expected]:
    out = {}
    for channel in dict.fromkeys(p.channel for p in visits):
        mine = [p for p in visits if p.channel == channel]
        left = [p for p in mine if p.dwell is not None]
        out[channel] = Expected(
            len(mine), sorted(p.kiosk for p in mine if p.kiosk is not None),
            sorted(p.dwell for p in left if p.dwell is not None),
            statistics.fmean(SURVEY[p.life_event] for p in left))
    return out
