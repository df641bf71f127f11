"""``core_submission`` under the least-privilege roles of ``kiosk db roles`` (PostgreSQL).

The clerk queues the accepted procedures and its console sends them; the kiosk role and
the manager cannot touch the queue; wiping a body and deleting a row are the purge's,
the admin's. Same fixtures as ``test_pg_roles.py``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from core_submission_support import FakeCore, record
from sqlalchemy import text
from test_pg_roles import TOWN_KEY, Town, refused, town

__all__ = ["town"]  # the fixture, shared with test_pg_roles.py

from kiosk.app.submission_queue import SubmissionQueue
from kiosk.app.submission_sender import SubmissionSender
from kiosk.domain.core_records import SubmissionStatus
from kiosk.sealing.box import SealedBox
from kiosk.visits.clock import utc_now

pytestmark = pytest.mark.postgres


def test_the_clerk_queues_and_sends_and_nobody_else_reaches_the_queue(
    town: Town,
) -> None:
    clerk_queue = SubmissionQueue(town.clerk, sealer=SealedBox(TOWN_KEY.public_key),
                                  opener=TOWN_KEY, policy="1")
    assert clerk_queue.enqueue([("self", record("jumin_ido")), ("m1", record("kokuho", "P2"))]) == 2
    assert clerk_queue.enqueue([("self", record("jumin_ido"))]) == 0  # ON CONFLICT as the clerk
    core = FakeCore(reject={"kokuho"})
    report = SubmissionSender(clerk_queue, core, "clerk-1").send_due()
    assert (report.accepted, report.rejected) == (1, 1)
    assert [r.status for r in clerk_queue.of_visit("v-1")] == [
        SubmissionStatus.ACCEPTED, SubmissionStatus.REJECTED]

    for role in (town.terminal, town.manager):
        refused(role, "SELECT status FROM core_submission")
        refused(role, "INSERT INTO core_submission (idempotency_key) VALUES ('x')")
    refused(town.clerk, "UPDATE core_submission SET sealed = NULL")
    refused(town.clerk, "UPDATE core_submission SET visit_id = 'another'")
    refused(town.clerk, "DELETE FROM core_submission")

    admin_queue = SubmissionQueue(town.admin, sealer=None)
    assert admin_queue.purge(utc_now() + timedelta(hours=2)) == 2  # kiosk db purge
    with town.admin.connect() as connection:
        assert connection.execute(text(
            "SELECT count(*) FROM core_submission WHERE sealed IS NOT NULL")).scalar_one() == 0
