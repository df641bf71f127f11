"""The visit lifecycle: the kiosk's visit events and the clerks' copy, through the real
recorder and store, driven by typed screen results as the window drives it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.app.composition import Services
from kiosk.app.metrics_services import MetricsServices, open_services
from kiosk.app.results import HandedOver, Identified, Planned, VisitStarted
from kiosk.app.session import ResidentSession
from kiosk.app.visit import session_from_scenario
from kiosk.app.visit_steps import record_step
from kiosk.config import Config
from kiosk.domain.resident import BasicFour, Sex
from kiosk.navigation.engine import Navigator
from kiosk.navigation.scenario import Scenario
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import migrate
from kiosk.storage.tables import Visit, VisitEvent
from kiosk.visits.lifecycle import NavigationSummary, VisitLifecycle

TOWN_KEYS = TownKeyPair.generate()  # the clerk terminal's town key pair
SCENARIO = Path(__file__).resolve().parents[3] / "forms" / "scenarios" / "tennyu_family4.json"


def run_now(work: Callable[[], object], done: Callable[[object], None]) -> None:
    done(work())


def kiosk(metrics: MetricsServices, lifecycle: VisitLifecycle | None = None) -> Services:
    services = Services(Config(), navigator=Navigator.load(),
                        visits=lifecycle or VisitLifecycle())
    if lifecycle is None:
        services.attach_visits(metrics.recorder, metrics.personal, run_now)
    return services


@pytest.fixture
def metrics(tmp_path: Path, isolated_dirs: Path) -> Iterator[MetricsServices]:
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
    services = kiosk(metrics)
    session = ResidentSession()
    record_step(services, session, VisitStarted("card"))
    assert session.visit_id and session.ticket == "1"
    a_resident(session)
    record_step(services, session, Identified("card"))

    data = json.loads(SCENARIO.read_text(encoding="utf-8"))
    session_from_scenario(data, session)
    session.my_numbers["self"] = "123456789018"  # must never reach the store
    session.plan = services.navigator.plan(Scenario.from_json(data))
    record_step(services, session, Planned())
    record_step(services, session, HandedOver(session.visit_id))
    services.visits.ended("finished", session.visit_id)

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
    services = kiosk(metrics)
    session = ResidentSession()
    record_step(services, session, VisitStarted("manual"))
    record_step(services, session, Identified("manual"))
    visit_id = session.visit_id
    assert visit_id is not None
    services.visits.ended("timeout", visit_id)
    assert kinds(metrics, visit_id) == [
        ("visit_started", None), ("identified", "manual"), ("left", None),
    ]


def test_a_locked_card_that_falls_back_to_manual_entry_is_identified_once(
        metrics: MetricsServices) -> None:
    services = kiosk(metrics)
    session = ResidentSession()
    record_step(services, session, VisitStarted("card"))
    record_step(services, session, "manual")  # the locked card's way out: not identified
    record_step(services, session, Identified("manual"))
    assert session.visit_id is not None
    assert kinds(metrics, session.visit_id).count(("identified", "manual")) == 1
    assert ("identified", "card") not in kinds(metrics, session.visit_id)


def test_a_late_ticket_does_not_land_in_the_next_residents_session(
        metrics: MetricsServices) -> None:
    pending: list[Callable[[], None]] = []

    def run_later(work: Callable[[], object], done: Callable[[object], None]) -> None:
        pending.append(lambda: done(work()))

    lifecycle = VisitLifecycle(metrics.recorder, metrics.personal, run_later)
    services = kiosk(metrics, lifecycle)
    session = ResidentSession()
    record_step(services, session, VisitStarted("card"))
    lifecycle.ended("card_removed", session.visit_id)
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
    tracker = VisitLifecycle(metrics.recorder, PersonalStore(away, opener=TOWN_KEYS), run_now)
    session = ResidentSession()
    tracker.open(session, "ja")
    data = json.loads(SCENARIO.read_text(encoding="utf-8"))
    plan = Navigator.load().plan(Scenario.from_json(data))
    summary = NavigationSummary(plan.event_id, 4, len(plan.procedure_ids()),
                                len(plan.form_ids()), tuple(plan.department_ids()))
    tracker.planned(session.visit_id, summary, data)
    assert tracker.unsent == 1
    assert tracker.retry_unsent() == 0 and tracker.unsent == 1

    migrate.upgrade(away)  # the database is back
    assert tracker.sync() >= 1 and tracker.unsent == 0
    assert session.visit_id is not None
    stored = PersonalStore(away, opener=TOWN_KEYS).read(session.visit_id, staff_id="t", terminal_id="test")
    assert stored is not None and stored["resident"]["name"] == data["resident"]["name"]
    away.dispose()


def test_printing_is_recorded_once_and_a_printed_visit_is_not_left(
        metrics: MetricsServices) -> None:
    services = kiosk(metrics)
    session = ResidentSession()
    ids = services.visits.ids_for_printing(session, channel="manual", language="ja")
    assert (session.visit_id, session.ticket) == (ids.visit_id, ids.ticket)
    services.visits.printed(ids.visit_id, 3)
    record_step(services, session, HandedOver(ids.visit_id))
    services.visits.ended("finished", ids.visit_id)
    assert kinds(metrics, ids.visit_id) == [("visit_started", None), ("forms_printed", None)]


def test_a_kiosk_without_a_database_records_nothing_and_prints_local_ids() -> None:
    lifecycle = VisitLifecycle()
    session = ResidentSession()
    lifecycle.open(session, "ja")
    assert session.visit_id is None
    ids = lifecycle.ids_for_printing(session, channel="card", language="ja")
    assert ids.ticket and session.ticket == ids.ticket
    with pytest.raises(ValueError, match="identification"):
        lifecycle.identified(ids.visit_id, "fingerprint")
