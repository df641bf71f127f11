"""One spelling for channel ids: ``pre-application`` → ``pre_application``, ``walk-in`` → ``walk_in``.

The statistics vocabulary (``kiosk.visits.vocabulary``) spells every id in snake_case, as
the ``identified`` event's method already did; the stored rows follow.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# Frozen here on purpose: a migration must not change when the vocabulary does.
RENAMES = (("pre-application", "pre_application"), ("walk-in", "walk_in"))
TABLES = ("visit", "visit_summary", "department_summary")


def _rename(pairs: tuple[tuple[str, str], ...]) -> None:
    for table in TABLES:
        channel = sa.table(table, sa.column("channel", sa.String(16)))
        for old, new in pairs:
            op.execute(channel.update().where(channel.c.channel == old).values(channel=new))


def upgrade() -> None:
    _rename(RENAMES)


def downgrade() -> None:
    _rename(tuple((new, old) for old, new in RENAMES))
