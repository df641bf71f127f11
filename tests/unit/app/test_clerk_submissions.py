"""ClerkService: *Finished* queues the accepted procedures first, then records the event."""

from __future__ import annotations

from pathlib import Path

import pytest
from core_submission_support import T0, record
from sqlalchemy import Engine, select
from sqlalchemy.exc import OperationalError

from kiosk.app.clerk_service import ClerkService
from kiosk.app.submission_queue import SubmissionQueue
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage.tables import VisitEvent
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

TOWN = TownKeyPair.generate()


def _clerk(engine: Engine, tmp_path: Path) -> tuple[ClerkService, SubmissionQueue, str]:
    recorder = MetricsRecorder(engine, Outbox(tmp_path / "c.sqlite3"), "clerk-1")
    queue = SubmissionQueue(engine, sealer=TOWN, opener=TOWN)
    clerk = ClerkService(engine, recorder, PersonalStore(engine, opener=TOWN), queue)
    visit = recorder.start_visit(departments=["JUMIN", "HOKEN"]).visit_id
    return clerk, queue, visit


def _finished(engine: Engine, visit_id: str) -> int:
    with engine.connect() as connection:
        return len(connection.execute(select(VisitEvent.id).where(
            VisitEvent.visit_id == visit_id, VisitEvent.kind == "service_finished")).all())


def test_finished_queues_then_records_and_a_second_press_adds_nothing(
        engine: Engine, tmp_path: Path) -> None:
    clerk, queue, visit = _clerk(engine, tmp_path)
    items = [("self", record("jumin_ido", visit=visit)), ("m1", record("kokuho", "P2", visit))]
    clerk.mark(visit, "called", "JUMIN", submissions=items)  # only Finished queues
    assert queue.of_visit(visit) == []
    clerk.mark(visit, "service_finished", "JUMIN", submissions=items)
    assert [r.procedure_id for r in queue.of_visit(visit)] == ["jumin_ido", "kokuho"]
    clerk.mark(visit, "service_finished", "JUMIN", submissions=items)
    assert len(queue.of_visit(visit)) == 2 and _finished(engine, visit) == 2


def test_a_queue_that_cannot_be_written_fails_the_mark_so_nothing_is_lost(
        sqlite_engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.storage import migrate

    migrate.upgrade(sqlite_engine)
    clerk, queue, visit = _clerk(sqlite_engine, tmp_path)
    items = [("self", record("jumin_ido", visit=visit))]

    def away(*_args: object, **_kwargs: object) -> int:
        raise OperationalError("INSERT", {}, Exception("database is away"))

    monkeypatch.setattr(queue, "enqueue", away)
    with pytest.raises(OperationalError):
        clerk.mark(visit, "service_finished", "JUMIN", submissions=items)
    assert _finished(sqlite_engine, visit) == 0  # not marked: the clerk presses again
    monkeypatch.undo()
    clerk.mark(visit, "service_finished", "JUMIN", submissions=items)
    assert _finished(sqlite_engine, visit) == 1 and len(queue.of_visit(visit)) == 1
    assert queue.of_visit(visit)[0].updated_at >= T0
