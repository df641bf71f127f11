"""The accepted procedures' queue to the core system (基幹系連携, issue 12).

``core_submission``: one row per idempotency key (``kiosk.app.submission_queue``): the
visit, procedure, department and member ids, the status (queued, sent, accepted,
rejected), the core system's reason, the attempts and the last error as a plain
sentence, the next attempt's time, and the record sealed to the town key (wiped at
``expires_at``, set once the answer is final). Helper "submit"'s migration, chained
after corelink's 0008; renumber at merge.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"  # 0008_corelink
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "core_submission",
        sa.Column("idempotency_key", sa.String(64), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=False),
        sa.Column("procedure_id", sa.String(64), nullable=False),
        sa.Column("department", sa.String(32), nullable=False),
        sa.Column("member_id", sa.String(36), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(400), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(400), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("next_attempt_at", TZ, nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=True),
        sa.Column("expires_at", TZ, nullable=True),
        sa.PrimaryKeyConstraint("idempotency_key", name="pk_core_submission"),
    )
    op.create_index("ix_core_submission_visit_id", "core_submission", ["visit_id"])
    op.create_index("ix_core_submission_expires_at", "core_submission", ["expires_at"])
    op.create_index("ix_core_submission_status_next", "core_submission",
                    ["status", "next_attempt_at"])


def downgrade() -> None:
    op.drop_table("core_submission")
