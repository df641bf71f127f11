"""An in-process core system and sample records for the submission tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from kiosk.app.core_submissions import submission_key
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    ProcedureSubmission,
    SubmissionResult,
    SubmissionStatus,
)
from kiosk.domain.resident import Sex

T0 = datetime(2026, 4, 6, 1, 0, tzinfo=UTC)


def record(procedure: str, member: str = "P1", visit: str = "v-1") -> ProcedureSubmission:
    return ProcedureSubmission(
        idempotency_key=submission_key(visit, procedure, member), visit_id=visit,
        procedure_id=procedure, department="JUMIN", event="IN", event_date=date(2026, 4, 6),
        accepted_at=T0, staff_id="S001", person_key=member, name="南関 太郎",
        kana="ナンカン　タロウ", birth_date=date(1986, 7, 15), sex=Sex.MALE,
        fields={"new_address": "関町1234-5"})


@dataclass
class FakeCore:
    """Keeps one record per key like the reference server; can be down or reject."""

    stored: dict[str, ProcedureSubmission] = field(default_factory=dict)
    calls: list[tuple[str, CallContext]] = field(default_factory=list)
    down: bool = False
    reject: set[str] = field(default_factory=set)

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        if self.down:
            raise CoreUnavailable("The core system does not answer.")
        out = []
        for r in records:
            self.calls.append((r.idempotency_key, context))
            self.stored.setdefault(r.idempotency_key, r)
            if r.procedure_id in self.reject:
                out.append(SubmissionResult(r.idempotency_key, SubmissionStatus.REJECTED,
                                            "異動日が未来です"))
            else:
                out.append(SubmissionResult(r.idempotency_key, SubmissionStatus.ACCEPTED))
        return out

    def find_resident(self, who: object, context: CallContext) -> None:
        return None

    def find_reservation(self, who: object, context: CallContext) -> None:
        return None

    def status(self) -> LinkStatus:
        return LinkStatus("rest", True, "up")
