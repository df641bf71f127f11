"""Pre-application prints under the least-privilege roles (PostgreSQL).

Two kiosks logged in as the terminal role mark a code printed, refuse it at the other,
and allow a reprint whose audit row they write through ``write_prefill_audit`` (migration
0010): a terminal still cannot insert an audit row of its own, nor delete a print mark.
The manager sees nothing of it.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from test_pg_roles import Town, refused, town

from kiosk.app.prefill_replay import DatabasePrefillPrints
from kiosk.personal import audit

pytestmark = pytest.mark.postgres
__all__ = ["town"]

DAY = date(2026, 11, 28)
CODE = "0123456789abcdef"


def test_two_terminals_share_the_prints_and_audit_a_reprint(town: Town) -> None:
    first = DatabasePrefillPrints(town.terminal, "kiosk-a")
    second = DatabasePrefillPrints(town.terminal, "kiosk-b")
    assert first.claim(CODE, DAY)
    assert second.refused(CODE, DAY) and not second.claim(CODE, DAY)
    second.allow_reprint(CODE, DAY, "visit-1")
    assert second.claim(CODE, DAY)
    with town.admin.connect() as connection:
        rows = connection.execute(text(
            "SELECT action, terminal_id, db_role FROM personal_audit")).all()
    assert [tuple(r) for r in rows] == [
        (audit.PREFILL_REPRINT, "kiosk-b", town.names.terminal)]


def test_a_terminal_cannot_forge_audit_rows_or_forget_a_print(town: Town) -> None:
    assert DatabasePrefillPrints(town.terminal, "kiosk-a").claim(CODE, DAY)
    refused(town.terminal, "DELETE FROM prefill_print")
    refused(town.terminal, "UPDATE prefill_print SET day = day + 1")
    refused(town.terminal, "INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, "
            "action) VALUES (now(), 't', 's', 'v', 'prefill_reprint')")
    refused(town.manager, "SELECT * FROM prefill_print")
    refused(town.manager, "SELECT write_prefill_audit('v', 't', 's', now())")
