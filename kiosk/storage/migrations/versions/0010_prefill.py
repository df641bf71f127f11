"""Pre-application codes printed today (issue 13), and the audit of a staff-allowed reprint.

``prefill_print``: one row per code id and local day (``kiosk.storage.prefill_prints``):
terminal, time, prints, reprints staff allowed and not yet used. No personal data.

``write_prefill_audit(visit_id, terminal_id, staff_id, at)`` inserts one ``personal_audit``
row with action ``prefill_reprint``, and nothing else: ``SECURITY DEFINER``, so the
terminal role, which may not insert audit rows itself, can audit the reprint staff allow
at its screen (as ``write_core_audit`` of 0008 does for core calls). EXECUTE is taken
from PUBLIC and given to the terminal and the clerk by ``kiosk db roles``.

Helper "kioskside"'s migration, chained after 0009; renumber at merge.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"  # 0009_submit
branch_labels = None
depends_on = None

SIGNATURE = "write_prefill_audit(varchar, varchar, varchar, timestamptz)"

# Frozen here on purpose: a migration must not change when the application does.
FUNCTION = """
CREATE FUNCTION write_prefill_audit(
    p_visit_id varchar, p_terminal_id varchar, p_staff_id varchar, p_at timestamptz
) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, action)
        VALUES (p_at, p_terminal_id, p_staff_id, p_visit_id, 'prefill_reprint');
END $$
"""


def upgrade() -> None:
    op.create_table(
        "prefill_print",
        sa.Column("code_id", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prints", sa.Integer(), nullable=False),
        sa.Column("reprints_allowed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code_id", "day", name="pk_prefill_print"),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar_one()
    op.execute(FUNCTION.format(schema=schema))
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
    op.drop_table("prefill_print")
