"""The kiosks' failed print jobs (metadata only), so clerk terminals see and settle them.

See ``kiosk.storage.print_failures``. Helper "spool"'s migration; renumber at merge.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_failure",
        sa.Column("job_id", sa.String(32), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("code", sa.String(24), nullable=False),
        sa.Column("reason", sa.String(400), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(24), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("job_id", name="pk_print_failure"),
    )
    op.create_index("ix_print_failure_terminal_id", "print_failure", ["terminal_id"])
    op.create_index("ix_print_failure_failed_at", "print_failure", ["failed_at"])
    op.create_index("ix_print_failure_state", "print_failure", ["state"])


def downgrade() -> None:
    op.drop_table("print_failure")
