"""Help calls (issue 14 §1): the ``help_call`` table, and on PostgreSQL its NOTIFY trigger.

``help_call`` is described in ``kiosk.storage.help_calls``. On PostgreSQL the trigger
``help_call_notify`` runs ``pg_notify('help_call', id)`` after each insert or update, so
every console that listens hears of a call (and of its acknowledgement) when it commits,
whoever wrote it: a kiosk online, a kiosk's outbox after an outage, another console.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"  # 0010_prefill
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when the application does.
FUNCTION = """
CREATE FUNCTION help_call_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('help_call', NEW.id);
    RETURN NULL;
END $$
"""
TRIGGER = """
CREATE TRIGGER help_call_notify AFTER INSERT OR UPDATE ON help_call
FOR EACH ROW EXECUTE FUNCTION help_call_notify()
"""


def upgrade() -> None:
    op.create_table(
        "help_call",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("screen", sa.String(64), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("raised_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(64), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_help_call"),
    )
    op.create_index("ix_help_call_day", "help_call", ["day"])
    op.create_index("ix_help_call_open", "help_call", ["resolved_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(FUNCTION)
        op.execute(TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS help_call_notify ON help_call")
        op.execute("DROP FUNCTION IF EXISTS help_call_notify()")
    op.drop_index("ix_help_call_open", "help_call")
    op.drop_index("ix_help_call_day", "help_call")
    op.drop_table("help_call")
