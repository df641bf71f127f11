"""Nothing lost: colliding tickets are ranked instead of dropped; terminals hold a lease.

* ``visit.ticket_rank``: 0 for the first visit stored with a (day, ticket), 1, 2 … for
  later visits that were printed the same number (two terminals on one id, an outbox
  started again). The resident keeps the printed number; the rank tells the visits apart,
  and the uniqueness moves from (day, ticket) to (day, ticket, ticket_rank).
* ``terminal.instance``: the random id of the process that holds the terminal id now,
  renewed with ``last_seen``; a second live process with the same terminal id is refused.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("ticket_rank", sa.Integer(), server_default="0",
                                   nullable=False))
        batch.drop_constraint("uq_visit_day_ticket", type_="unique")
        batch.create_unique_constraint("uq_visit_day_ticket_rank",
                                       ["day", "ticket", "ticket_rank"])
    with op.batch_alter_table("terminal") as batch:
        batch.add_column(sa.Column("instance", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("terminal") as batch:
        batch.drop_column("instance")
    op.execute(sa.text("DELETE FROM visit WHERE ticket_rank > 0"))  # cannot be kept unranked
    with op.batch_alter_table("visit") as batch:
        batch.drop_constraint("uq_visit_day_ticket_rank", type_="unique")
        batch.create_unique_constraint("uq_visit_day_ticket", ["day", "ticket"])
        batch.drop_column("ticket_rank")
