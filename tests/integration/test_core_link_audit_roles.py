"""A terminal audits its core-system calls under the least-privilege roles (PostgreSQL).

The terminal role may not insert audit rows (it could forge a ``view``); it writes the
row of a core-system call through ``write_core_audit`` (migration 0008), which accepts
the core actions only and records the calling login in ``db_role``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest
from sqlalchemy import text
from test_pg_roles import Town, refused, town

from kiosk.app.core_audit import AuditedCoreSystem, DatabaseCoreAuditLog
from kiosk.domain.core_records import (
    CallContext,
    LinkStatus,
    MoveInReservation,
    ProcedureSubmission,
    RecordedHousehold,
    SubmissionResult,
)
from kiosk.domain.resident import BasicFour, Sex
from kiosk.personal import audit

pytestmark = pytest.mark.postgres
__all__ = ["town"]

WHO = BasicFour("佐藤　花子", "関町1", date(1985, 4, 12), Sex.FEMALE)


class NoMatch:
    """An adapter that finds nobody (the link itself is tested elsewhere)."""

    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        return None

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        return None

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        return []

    def status(self) -> LinkStatus:
        return LinkStatus("rest", True, "up")


def test_a_terminal_and_a_clerk_audit_their_core_calls(town: Town) -> None:
    kiosk = AuditedCoreSystem(NoMatch(), DatabaseCoreAuditLog(town.terminal))
    assert kiosk.find_resident(WHO, CallContext("kiosk-1", "resident", "visit-1")) is None
    clerk = AuditedCoreSystem(NoMatch(), DatabaseCoreAuditLog(town.clerk))
    clerk.submit([], CallContext("clerk-1", "S001", "visit-1"))
    with town.admin.connect() as connection:
        rows = connection.execute(text(
            "SELECT action, terminal_id, db_role FROM personal_audit ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [
        ("core_find_resident", "kiosk-1", town.names.terminal),
        ("core_submit", "clerk-1", town.names.clerk)]
    assert [e.action for e in audit.entries(town.admin, "visit-1")] == [
        "core_find_resident", "core_submit"]


def test_the_function_writes_core_actions_only_and_inserts_stay_refused(town: Town) -> None:
    with pytest.raises(Exception, match="not a core-system audit action"), \
            town.terminal.begin() as connection:
        connection.execute(text("SELECT write_core_audit('v', 't', 's', 'view', now())"))
    refused(town.terminal, "INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, "
            "action) VALUES (now(), 't', 's', 'v', 'core_submit')")
    refused(town.manager, "SELECT write_core_audit('v', 't', 's', 'core_submit', now())")
