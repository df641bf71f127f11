"""The durable queue and its sender, on SQLite and PostgreSQL, with an in-process core system."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from core_submission_support import T0, FakeCore, record
from sqlalchemy import Engine, select

from kiosk.app.submission_queue import SubmissionQueue
from kiosk.app.submission_sender import Backoff, SubmissionSender
from kiosk.domain.core_records import CallContext, SubmissionResult, SubmissionStatus
from kiosk.personal.town_key import TownKeyMissing
from kiosk.sealing.box import SealedBox, TownKeyPair
from kiosk.storage.tables import CoreSubmission

TOWN = TownKeyPair.generate()


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _queue(engine: Engine, opener: bool = True) -> SubmissionQueue:
    return SubmissionQueue(engine, sealer=SealedBox(TOWN.public_key),
                           opener=TOWN if opener else None, policy="24")


def test_enqueue_is_idempotent_and_the_body_is_sealed(engine: Engine) -> None:
    queue = _queue(engine)
    items = [("self", record("jumin_ido")), ("self", record("kokuho"))]
    assert queue.enqueue(items, T0) == 2
    assert queue.enqueue(items, T0 + timedelta(minutes=1)) == 0  # pressed Finished twice
    rows = queue.of_visit("v-1")
    assert [(r.procedure_id, r.member_id, r.status) for r in rows] == [
        ("jumin_ido", "self", SubmissionStatus.QUEUED), ("kokuho", "self", SubmissionStatus.QUEUED)]
    with engine.connect() as connection:
        blobs = connection.execute(select(CoreSubmission.sealed)).scalars().all()
    assert all(b is not None and "南関".encode() not in b and b"1986" not in b for b in blobs)
    assert queue.body(rows[0].idempotency_key) == record("jumin_ido")
    assert queue.of_visit("another") == []


def test_a_body_moved_onto_another_row_does_not_open(engine: Engine) -> None:
    queue = _queue(engine)
    queue.enqueue([("self", record("a")), ("self", record("b"))], T0)
    a, b = (r.idempotency_key for r in queue.of_visit("v-1"))
    with engine.begin() as connection:
        blob = connection.execute(select(CoreSubmission.sealed)
                                  .where(CoreSubmission.idempotency_key == a)).scalar_one()
        connection.execute(CoreSubmission.__table__.update()
                           .where(CoreSubmission.idempotency_key == b).values(sealed=blob))
    from kiosk.sealing.errors import SealError

    with pytest.raises(SealError):
        queue.body(b)


def test_send_retry_after_a_failure_then_final(engine: Engine) -> None:
    queue, core, clock = _queue(engine), FakeCore(), Clock()
    sender = SubmissionSender(queue, core, "clerk-1", clock=clock,
                              backoff=Backoff(timedelta(seconds=5), timedelta(seconds=40)))
    queue.enqueue([("self", record("jumin_ido")), ("m1", record("kokuho", "P2"))], T0)

    core.down = True
    report = sender.send_due()
    assert (report.sent, report.failed) == (1, 1) and "does not answer" in report.error
    rows = queue.of_visit("v-1")
    assert [r.status for r in rows] == [SubmissionStatus.SENT, SubmissionStatus.QUEUED]
    assert rows[0].last_error == "The core system does not answer." and rows[0].attempts == 1
    assert sender.send_due().sent == 0  # the sender pauses: no call for 5 s
    clock.now += timedelta(seconds=5)
    core.down = False
    report = sender.send_due()
    assert (report.sent, report.accepted, report.failed) == (2, 2, 0)
    rows = queue.of_visit("v-1")
    assert [(r.status, r.attempts, r.last_error) for r in rows] == [
        (SubmissionStatus.ACCEPTED, 2, ""), (SubmissionStatus.ACCEPTED, 1, "")]
    assert sender.send_due(ignore_backoff=True).sent == 0  # final rows are never sent again
    assert len(core.stored) == 2
    _key, context = core.calls[0]
    assert context == CallContext("clerk-1", "S001", "v-1")


def test_the_pause_doubles_while_the_core_system_stays_away(engine: Engine) -> None:
    queue, core, clock = _queue(engine), FakeCore(down=True), Clock()
    sender = SubmissionSender(queue, core, "clerk-1", clock=clock,
                              backoff=Backoff(timedelta(seconds=5), timedelta(seconds=40)))
    queue.enqueue([("self", record(f"p{n}")) for n in range(5)], T0)
    calls = 0
    for _second in range(60):  # a console ticking every second for a minute
        calls += sender.send_due().sent
        clock.now += timedelta(seconds=1)
    assert calls == 4  # at 0, 5, 15 and 35 s: not one call per tick
    core.down = False
    assert sender.send_due(ignore_backoff=True).accepted == 5  # kiosk core sync --all


def test_the_backoff_doubles_up_to_its_cap() -> None:
    backoff = Backoff(timedelta(seconds=5), timedelta(seconds=30))
    assert [backoff.after(n).total_seconds() for n in (1, 2, 3, 4, 100)] == [5, 10, 20, 30, 30]


def test_a_rejection_is_final_and_keeps_its_reason(engine: Engine) -> None:
    queue, core = _queue(engine), FakeCore(reject={"kokuho"})
    queue.enqueue([("self", record("jumin_ido")), ("self", record("kokuho"))], T0)
    report = SubmissionSender(queue, core, "clerk-1", clock=Clock()).send_due()
    assert (report.accepted, report.rejected) == (1, 1)
    rows = {r.procedure_id: r for r in queue.of_visit("v-1")}
    assert rows["kokuho"].status is SubmissionStatus.REJECTED
    assert rows["kokuho"].reason == "異動日が未来です" and rows["kokuho"].final
    # An answer arriving late for a final row changes nothing.
    assert not queue.record_result(SubmissionResult(rows["kokuho"].idempotency_key,
                                                    SubmissionStatus.ACCEPTED))
    assert queue.of_visit("v-1")[1].status is SubmissionStatus.REJECTED


def test_a_terminal_without_the_town_key_queues_but_does_not_send(engine: Engine) -> None:
    queue = _queue(engine, opener=False)
    queue.enqueue([("self", record("jumin_ido"))], T0)
    core = FakeCore()
    # HeldTownKeys raises TownKeyMissing when the terminal holds no key; so does this queue.
    queue.opener = _NoKey()
    report = SubmissionSender(queue, core, "kiosk-1", clock=Clock()).send_due()
    assert report.failed == 1 and "town key" in report.error and not core.calls
    assert queue.of_visit("v-1")[0].status is SubmissionStatus.QUEUED


class _NoKey:
    def seal(self, data: bytes, *, context: bytes = b"") -> bytes:
        raise TownKeyMissing("This terminal does not hold the town key.")

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes:
        raise TownKeyMissing("This terminal does not hold the town key.")


def test_purge_wipes_answered_bodies_after_the_retention_only(engine: Engine) -> None:
    queue, core, clock = _queue(engine), FakeCore(), Clock()
    queue.enqueue([("self", record("jumin_ido"))], T0)
    queue.enqueue([("self", record("kokuho"))], T0 + timedelta(seconds=1))
    core_down_sender = SubmissionSender(queue, core, "c", clock=clock)
    core.reject = {"nothing"}
    # Answer the first only.
    first = queue.of_visit("v-1")[0]
    queue.mark_sent(first.idempotency_key, T0)
    queue.record_result(SubmissionResult(first.idempotency_key, SubmissionStatus.ACCEPTED), T0)
    assert queue.purge(T0 + timedelta(hours=23)) == 0  # policy "24": kept a day
    assert queue.purge(T0 + timedelta(hours=24)) == 1
    with engine.connect() as connection:
        bodies = dict(connection.execute(select(CoreSubmission.procedure_id,
                                                CoreSubmission.sealed)).all())
    assert bodies["jumin_ido"] is None and bodies["kokuho"] is not None  # still to deliver
    assert queue.purge(T0 + timedelta(days=400), keep_rows=timedelta(days=365)) == 0
    assert [r.procedure_id for r in queue.of_visit("v-1")] == ["kokuho"]
    assert core_down_sender.send_due(ignore_backoff=True).accepted == 1


def test_the_daily_purge_wipes_answered_bodies(sqlite_engine: Engine, isolated_dirs: object) -> None:
    from kiosk.app.purge_service import purge_now
    from kiosk.config import Config

    queue = _queue(sqlite_engine)
    queue.enqueue([("self", record("jumin_ido"))], T0)
    SubmissionSender(queue, FakeCore(), "clerk-1", clock=Clock()).send_due()
    config = Config().replace("retention", personal_data="24")
    assert purge_now(sqlite_engine, config, T0 + timedelta(hours=1)).submissions == 0
    done = purge_now(sqlite_engine, config, T0 + timedelta(hours=25))
    assert done.ok and done.submissions == 1
    with pytest.raises(LookupError):
        queue.body(queue.of_visit("v-1")[0].idempotency_key)
    assert queue.of_visit("v-1")[0].status is SubmissionStatus.ACCEPTED  # the status stays
