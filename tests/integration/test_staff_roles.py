"""Staff accounts under the least-privilege roles of ``kiosk db roles`` (PostgreSQL).

The admin adds the accounts; a clerk console (the ``clerk`` login) checks passwords and
counts wrong ones, and the lock-out it writes holds for a new console on a new engine; it
cannot add an account, change a role or a hash, nor unlock itself by changing the time
through anything but the lock-out columns. The off-route reason row is the clerk's to
insert and nobody's but the admin's to change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import test_pg_roles
from sqlalchemy import text
from staff_support import CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, directory, with_accounts
from test_pg_roles import TOWN_KEY, Town, record_a_visit, refused

from kiosk.app.clerk_service import ClerkService
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import SealedBox
from kiosk.storage.db import make_engine
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

pytestmark = pytest.mark.postgres
town = test_pg_roles.town  # the roles of one test database, dropped after the test


def test_the_clerk_role_logs_in_and_its_lock_out_survives_a_restart(town: Town) -> None:
    with_accounts(town.admin)
    console = directory(town.clerk, max_attempts=2)
    assert console.authenticate(CLERK, CLERK_PASSWORD).ok
    assert console.authenticate(CLERK, "wrong-password").attempts_left == 1
    assert console.authenticate(CLERK, "wrong-password").locked
    town.clerk.dispose()
    restarted = directory(make_engine(town.url_of(town.names.clerk)), max_attempts=2)
    assert restarted.authenticate(CLERK, CLERK_PASSWORD).locked
    restarted.engine.dispose()
    assert directory(town.manager).authenticate(MANAGER, MANAGER_PASSWORD).ok
    assert directory(town.terminal).authenticate(MANAGER, MANAGER_PASSWORD).ok  # staff menu

    for login in (town.clerk, town.terminal, town.manager):
        refused(login, "UPDATE staff_account SET role = 'admin'")
        refused(login, "UPDATE staff_account SET password_hash = 'x', disabled = false")
        refused(login, "INSERT INTO staff_account (id, display_name, role, password_hash, "
                "created_at, password_changed_at) VALUES ('X', 'x', 'admin', 'x', now(), now())")
        refused(login, "DELETE FROM staff_account")


def test_the_off_route_reason_is_the_clerks_to_write_and_nobodys_to_change(
        town: Town, tmp_path: Path) -> None:
    visit_id = record_a_visit(town.terminal, tmp_path)  # routed to JUMIN and HOKEN
    PersonalStore(town.terminal, sealer=SealedBox(TOWN_KEY.public_key)).put(visit_id, {"n": 1})
    recorder = MetricsRecorder(town.clerk, Outbox(tmp_path / "clerk.sqlite3"), "clerk-1")
    clerk = ClerkService(town.clerk, recorder, PersonalStore(town.clerk, opener=TOWN_KEY))
    assert clerk.open_visit(visit_id, CLERK, department="ZEIMU",
                            reason="covering_colleague") is not None
    with town.admin.connect() as connection:
        rows = connection.execute(text(
            "SELECT o.staff_id, o.department, o.reason, a.db_role FROM off_route_access o "
            "JOIN personal_audit a USING (visit_id)")).all()
    assert [tuple(r) for r in rows] == [(CLERK, "ZEIMU", "covering_colleague", town.names.clerk)]
    refused(town.clerk, "DELETE FROM off_route_access")
    refused(town.clerk, "UPDATE off_route_access SET reason = 'x'")
    refused(town.clerk, "SELECT staff_id FROM off_route_access")
    refused(town.terminal, "INSERT INTO off_route_access (at, terminal_id, staff_id, visit_id, "
            "department, reason) VALUES (now(), 't', 's', 'v', 'd', 'r')")
