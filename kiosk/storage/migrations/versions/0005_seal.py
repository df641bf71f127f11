"""The personal copy sealed per row to the town public key; the published town key.

``visit_personal.payload`` (plain JSON) becomes ``sealed`` (bytes from
``kiosk.sealing.box.SealedBox``, the visit id bound as context). Rows written before this
revision are plaintext personal data that nobody may keep: they are dropped with the old
table (they live a working day at most; upgrade after closing hours). ``town_key`` holds
the town's X25519 public keys (``kiosk keys init``); the newest seals.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

ID = sa.String(36)
TZ = sa.DateTime(timezone=True)


def _personal(payload: sa.Column[object]) -> None:
    op.create_table(
        "visit_personal",
        sa.Column("visit_id", ID, nullable=False),
        payload,
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_personal"),
    )
    op.create_index("ix_visit_personal_expires_at", "visit_personal", ["expires_at"])


def upgrade() -> None:
    op.drop_index("ix_visit_personal_expires_at", table_name="visit_personal")
    op.drop_table("visit_personal")
    _personal(sa.Column("sealed", sa.LargeBinary(), nullable=False))
    op.create_table(
        "town_key",
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public_key", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("key_id", name="pk_town_key"),
    )


def downgrade() -> None:
    op.drop_table("town_key")
    op.drop_index("ix_visit_personal_expires_at", table_name="visit_personal")
    op.drop_table("visit_personal")
    _personal(sa.Column("payload", sa.JSON(), nullable=False))
