"""AuditedCoreSystem: the audit row comes first, no row means no call, no 個人番号 leaves."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, text

from kiosk.app.core_audit import AuditedCoreSystem, DatabaseCoreAuditLog, looks_like_my_number
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    MoveInReservation,
    ProcedureSubmission,
    RecordedHousehold,
    SubmissionResult,
    SubmissionStatus,
)
from kiosk.domain.mynumber import with_check_digit
from kiosk.domain.resident import BasicFour, Sex
from kiosk.personal import audit

WHO = BasicFour("佐藤　花子", "熊本県玉名郡南関町大字関町123番地", date(1985, 4, 12), Sex.FEMALE)
CONTEXT = CallContext("kiosk-1", "resident", "visit-1")
MY_NUMBER = with_check_digit("12345678901")


class RecordingCore:
    """The adapter side: notes each call, answers nothing, or waits to be released."""

    def __init__(self, release: threading.Event | None = None) -> None:
        self.calls: list[str] = []
        self.release = release

    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        self.calls.append("find_resident")
        if self.release is not None:
            self.release.wait(5)
        return None

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        self.calls.append("find_reservation")
        return None

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        self.calls.append("submit")
        return [SubmissionResult(r.idempotency_key, SubmissionStatus.ACCEPTED) for r in records]

    def status(self) -> LinkStatus:
        return LinkStatus("rest", True, "up")


class AcceptingAudit:
    def record(self, action: str, context: CallContext) -> None:
        pass


class BrokenAudit:
    def record(self, action: str, context: CallContext) -> None:
        raise OSError("disk full")


def submission(**fields: str) -> ProcedureSubmission:
    return ProcedureSubmission("k1", "visit-1", "jumin_ido", "shimin", "EV", date(2026, 4, 6),
                               datetime(2026, 4, 6, tzinfo=UTC), "S001", "P1", "佐藤　花子",
                               "サトウ　ハナコ", date(1985, 4, 12), Sex.FEMALE, fields)


def test_each_call_writes_its_audit_row_first(engine: Engine) -> None:
    inner = RecordingCore()
    core = AuditedCoreSystem(inner, DatabaseCoreAuditLog(engine))
    core.find_resident(WHO, CONTEXT)
    core.find_reservation(WHO, CONTEXT)
    core.submit([submission(new_address="関町1")], CallContext("clerk-1", "S001", "visit-1"))
    rows = audit.entries(engine, "visit-1")
    assert [(r.action, r.terminal_id, r.staff_id) for r in rows] == [
        ("core_find_resident", "kiosk-1", "resident"),
        ("core_find_reservation", "kiosk-1", "resident"),
        ("core_submit", "clerk-1", "S001")]
    assert inner.calls == ["find_resident", "find_reservation", "submit"]
    with engine.connect() as connection:  # the row says who and when, never what
        stored = str(connection.execute(text("SELECT * FROM personal_audit")).all())
    assert "佐藤" not in stored and "1985" not in stored and "関町" not in stored


def test_without_its_audit_row_the_call_is_not_made() -> None:
    inner = RecordingCore()
    core = AuditedCoreSystem(inner, BrokenAudit())
    with pytest.raises(CoreUnavailable, match="could not be audited"):
        core.find_resident(WHO, CONTEXT)
    with pytest.raises(CoreUnavailable):
        core.submit([submission()], CONTEXT)
    assert inner.calls == []


def test_a_closed_database_stops_the_call(engine: Engine) -> None:
    inner = RecordingCore()
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE personal_audit"))
    with pytest.raises(CoreUnavailable):
        AuditedCoreSystem(inner, DatabaseCoreAuditLog(engine)).find_resident(WHO, CONTEXT)
    assert inner.calls == []


@pytest.mark.parametrize("value", [
    MY_NUMBER, f"番号 {MY_NUMBER[:4]}-{MY_NUMBER[4:8]}-{MY_NUMBER[8:]}",
    MY_NUMBER.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    f"{MY_NUMBER[:4]} {MY_NUMBER[4:8]} {MY_NUMBER[8:]}"])
def test_a_my_number_never_leaves(value: str, engine: Engine) -> None:
    inner = RecordingCore()
    core = AuditedCoreSystem(inner, DatabaseCoreAuditLog(engine))
    with pytest.raises(CoreUnavailable, match="個人番号"):
        core.submit([submission(note=value)], CONTEXT)
    with pytest.raises(CoreUnavailable, match="個人番号"):
        core.find_resident(BasicFour("佐藤", value, WHO.birth_date, WHO.sex), CONTEXT)
    assert inner.calls == []


def test_other_numbers_pass() -> None:
    wrong_check = MY_NUMBER[:11] + str((int(MY_NUMBER[11]) + 1) % 10)
    assert not looks_like_my_number(["0968-53-1111", "123-4", wrong_check, "1" * 13,
                                     "R2026-000042"])


def test_an_answer_after_the_deadline_counts_as_none() -> None:
    release = threading.Event()
    inner = RecordingCore(release)
    core = AuditedCoreSystem(inner, AcceptingAudit(), timeout=0.05)
    timer = threading.Timer(0.2, release.set)  # the adapter answers, but 0.2 s late
    timer.start()
    with pytest.raises(CoreUnavailable, match=r"did not answer within 0\.05 seconds"):
        core.find_resident(WHO, CONTEXT)
    timer.join()
