"""The core-system link's audit rows, writable by the kiosks (issue 12: every call audited).

``write_core_audit(visit_id, terminal_id, staff_id, action, at)`` inserts one
``personal_audit`` row whose action is a core-system call (``core_find_resident``,
``core_find_reservation``, ``core_submit``) and refuses any other action. ``SECURITY
DEFINER``, so the terminal role, which may not insert audit rows itself (it could forge a
``view``), can audit its own lookups; ``db_role`` still names the caller (session_user).
EXECUTE is taken from PUBLIC here and given to the terminal and the clerk by ``kiosk db
roles``. On SQLite (no roles) the application inserts the row directly.

Helper "corelink"'s migration; renumber at merge.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SIGNATURE = "write_core_audit(varchar, varchar, varchar, varchar, timestamptz)"

# Frozen here on purpose: a migration must not change when the application does.
FUNCTION = """
CREATE FUNCTION write_core_audit(
    p_visit_id varchar, p_terminal_id varchar, p_staff_id varchar, p_action varchar,
    p_at timestamptz
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF p_action NOT IN ('core_find_resident', 'core_find_reservation', 'core_submit') THEN
        RAISE EXCEPTION 'not a core-system audit action' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, action)
        VALUES (p_at, p_terminal_id, p_staff_id, p_visit_id, p_action);
END $$
"""


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar_one()
    op.execute(FUNCTION.format(schema=schema))
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
