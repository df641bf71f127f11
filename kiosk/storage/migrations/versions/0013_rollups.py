"""Daily and monthly roll-ups of the visit summaries (issue 16 §3), back-filled.

``stats_rollup`` (see ``kiosk.storage.tables`` and ``kiosk.storage.rollups``): counts and
sums per day or month, dimension, metric column and log-spaced bin. The back-fill
recomputes every cell from ``visit_summary`` and ``department_summary`` with the same SQL
that keeps them current, month by month.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"  # 0012_staff
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stats_rollup",
        sa.Column("grain", sa.String(8), nullable=False),
        sa.Column("dimension", sa.String(16), nullable=False),
        sa.Column("period", sa.Date(), nullable=False),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("member", sa.String(80), nullable=False),
        sa.Column("bin", sa.Integer(), nullable=False),
        sa.Column("value_count", sa.Integer(), nullable=False),
        sa.Column("value_sum", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("grain", "dimension", "period", "metric", "member", "bin",
                                name="pk_stats_rollup"),
    )
    # The back-fill reads the summaries as this revision leaves them; a later column is
    # a later migration's to roll up.
    from kiosk.storage.rollups import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("stats_rollup")
