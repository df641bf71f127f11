"""The kiosk's visit events and the clerks' copy, through the real recorder and store."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.app.metrics_services import MetricsServices, open_services
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from kiosk.session import ResidentSession
from kiosk.storage import migrate
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visit_tracker import VisitTracker

SCENARIO = Path(__file__).resolve().parents[2] / "forms" / "scenarios" / "tennyu_family4.json"


def run_now(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
    done(work())


@pytest.fixture
def metrics(tmp_path: Path) -> Iterator[MetricsServices]:
    config = Config().replace("database", url=f"sqlite:///{tmp_path / 'c.sqlite3'}",
                              outbox_url=f"sqlite:///{tmp_path / 'o.sqlite3'}")
    services = open_services(config)
    migrate.upgrade(services.engine)
    yield services
    services.close()


def kinds(metrics: MetricsServices, visit_id: str) -> list[tuple[str, str | None]]:
    with metrics.engine.connect() as connection:
        rows = connection.execute(
            select(VisitEvent.kind, VisitEvent.method)
            .where(VisitEvent.visit_id == visit_id).order_by(VisitEvent.occurred_at, VisitEvent.id)
        ).all()
    return [(row.kind, row.method) for row in rows]


def a_resident(session: ResidentSession) -> None:
    session.resident = BasicFour("南関　太郎", "福岡県大牟田市1-1", date(1985, 5, 5), Sex.MALE)


def test_a_printed_visit_records_its_steps_and_stores_the_clerks_copy(
        metrics: MetricsServices) -> None:
    tracker = VisitTracker(metrics.recorder, metrics.personal, run_now)
    session = ResidentSession()
    tracker.screen_finished("welcome", "card", session)
    assert session.visit_id and session.ticket == "1"
    a_resident(session)
    tracker.screen_finished("pin_entry", "card", session)

    data = json.loads(SCENARIO.read_text(encoding="utf-8"))
    data["resident"]["my_number"] = "123456789018"  # must never reach the store
    scenario = Scenario.from_json(data)
    session.plan = Navigator.load().plan(scenario)
    tracker.screen_finished("summary", None, session, lambda: data)
    tracker.screen_finished("preview", None, session)
    tracker.session_ended("finished", session.visit_id)

    assert kinds(metrics, session.visit_id) == [
        ("visit_started", None), ("identified", "card"), ("navigation_done", None),
    ], "a handed-over visit is closed by the clerks, not by the kiosk"
    stored = metrics.personal.read(session.visit_id, staff_id="t", terminal_id="test")
    assert stored is not None
    text = json.dumps(dict(stored), ensure_ascii=False)
    assert data["resident"]["name"] in text
    assert "123456789018" not in text
    with metrics.engine.connect() as connection:  # the town's day (Japan time), not UTC's
        day = connection.execute(select(Visit.day).where(Visit.id == session.visit_id)).scalar_one()
    queue = metrics.clerk.queue(session.plan.department_ids()[0], day)
    assert [entry.visit_id for entry in queue] == [session.visit_id]


def test_an_abandoned_visit_is_closed_as_left(metrics: MetricsServices) -> None:
    tracker = VisitTracker(metrics.recorder, metrics.personal, run_now)
    session = ResidentSession()
    tracker.screen_finished("welcome", "manual", session)
    tracker.screen_finished("manual_entry", None, session)
    visit_id = session.visit_id
    assert visit_id is not None
    tracker.session_ended("timeout", visit_id)
    assert kinds(metrics, visit_id) == [
        ("visit_started", None), ("identified", "manual"), ("left", None),
    ]


def test_a_locked_card_that_falls_back_to_manual_entry_is_identified_once(
        metrics: MetricsServices) -> None:
    tracker = VisitTracker(metrics.recorder, metrics.personal, run_now)
    session = ResidentSession()
    tracker.screen_finished("welcome", "card", session)
    tracker.screen_finished("pin_entry", "manual", session)
    tracker.screen_finished("manual_entry", None, session)
    assert session.visit_id is not None
    assert kinds(metrics, session.visit_id).count(("identified", "manual")) == 1
    assert ("identified", "card") not in kinds(metrics, session.visit_id)


def test_a_late_ticket_does_not_land_in_the_next_residents_session(
        metrics: MetricsServices) -> None:
    pending: list[Callable[[], None]] = []

    def run_later(work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        pending.append(lambda: done(work()))

    tracker = VisitTracker(metrics.recorder, metrics.personal, run_later)
    session = ResidentSession()
    tracker.screen_finished("welcome", "card", session)
    tracker.session_ended("card_removed", session.visit_id)
    session.wipe()
    for job in pending:
        job()
    assert session.visit_id is None and session.ticket is None


def test_the_clerks_copy_waits_in_memory_while_the_database_is_away(
        tmp_path: Path, metrics: MetricsServices) -> None:
    from kiosk.personal.store import PersonalStore
    from kiosk.storage.db import make_engine

    # A database that cannot take the copy yet (its schema is not there: every write fails).
    away = make_engine(f"sqlite:///{tmp_path / 'away.sqlite3'}")
    tracker = VisitTracker(metrics.recorder, PersonalStore(away), run_now)
    session = ResidentSession()
    tracker.screen_finished("welcome", "card", session)
    data = json.loads(SCENARIO.read_text(encoding="utf-8"))
    session.plan = Navigator.load().plan(Scenario.from_json(data))
    tracker.screen_finished("summary", None, session, lambda: data)
    assert tracker.unsent == 1
    assert tracker.retry_unsent() == 0 and tracker.unsent == 1

    migrate.upgrade(away)  # the database is back
    assert tracker.retry_unsent() == 1 and tracker.unsent == 0
    assert session.visit_id is not None
    stored = PersonalStore(away).read(session.visit_id, staff_id="t", terminal_id="test")
    assert stored is not None and stored["resident"]["name"] == data["resident"]["name"]
    away.dispose()
