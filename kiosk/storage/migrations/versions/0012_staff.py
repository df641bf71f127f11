"""Personal staff accounts and the audit of off-route visit views (issue 14 §4).

``staff_account`` and ``off_route_access`` (see ``kiosk.storage.staff_tables``). On
PostgreSQL, ``off_route_access`` is append-only like ``personal_audit``: the trigger of
migration 0006 refuses UPDATE, DELETE and TRUNCATE unless the role owns the table.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"  # 0011_help_calls
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "staff_account",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("display_name", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("failed_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("password_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_staff_account"),
        sa.CheckConstraint("role IN ('clerk', 'manager', 'admin')", name="ck_staff_account_role"),
    )
    op.create_table(
        "off_route_access",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("department", sa.String(32), nullable=False),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_off_route_access"),
    )
    op.create_index("ix_off_route_access_visit_id", "off_route_access", ["visit_id"])
    if op.get_bind().dialect.name == "postgresql":
        for name, timing in (("append_only", "BEFORE UPDATE OR DELETE ON off_route_access "
                              "FOR EACH ROW"),
                             ("no_truncate", "BEFORE TRUNCATE ON off_route_access "
                              "FOR EACH STATEMENT")):
            op.execute(f"CREATE TRIGGER off_route_access_{name} {timing} "
                       "EXECUTE FUNCTION personal_audit_append_only()")


def downgrade() -> None:
    op.drop_index("ix_off_route_access_visit_id", table_name="off_route_access")
    op.drop_table("off_route_access")
    op.drop_table("staff_account")
