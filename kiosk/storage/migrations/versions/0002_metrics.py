"""Visit metrics: visits, append-only events, ticket counter, summaries, baseline,
and the separately purged personal data with its audit log.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

ID = sa.String(36)
TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "visit",
        sa.Column("id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("ticket", sa.String(80), nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("life_event", sa.String(32), nullable=True),
        sa.Column("household_size", sa.Integer(), nullable=True),
        sa.Column("procedures", sa.Integer(), nullable=True),
        sa.Column("forms", sa.Integer(), nullable=True),
        sa.Column("departments", sa.String(400), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_visit"),
        sa.UniqueConstraint("day", "ticket", name="uq_visit_day_ticket"),
    )
    op.create_index("ix_visit_day", "visit", ["day"])
    op.create_table(
        "visit_event",
        sa.Column("id", ID, nullable=False),
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("kind", sa.String(24), nullable=False),
        sa.Column("department", sa.String(32), nullable=True),
        sa.Column("method", sa.String(24), nullable=True),
        sa.Column("attrs", sa.JSON(), nullable=True),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("occurred_at", TZ, nullable=False),
        sa.Column("received_at", TZ, server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_visit_event"),
    )
    op.create_index("ix_visit_event_visit_time", "visit_event", ["visit_id", "occurred_at"])
    op.create_table(
        "ticket_counter",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name="pk_ticket_counter"),
    )
    op.create_table(
        "visit_summary",
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("life_event", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("dwell_seconds", sa.Float(), nullable=True),
        sa.Column("kiosk_seconds", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_summary"),
    )
    op.create_index("ix_visit_summary_day_event", "visit_summary", ["day", "life_event"])
    op.create_table(
        "department_summary",
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("department", sa.String(32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("week", sa.String(8), nullable=False),
        sa.Column("life_event", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("wait_seconds", sa.Float(), nullable=True),
        sa.Column("service_seconds", sa.Float(), nullable=True),
        sa.Column("sent_back", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("visit_id", "department", name="pk_department_summary"),
    )
    op.create_index(
        "ix_department_summary_day_dept", "department_summary", ["day", "department"]
    )
    op.create_table(
        "baseline",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("survey_date", sa.Date(), nullable=False),
        sa.Column("life_event", sa.String(32), nullable=False),
        sa.Column("minutes", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_baseline"),
    )
    op.create_table(
        "visit_personal",
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("expires_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("visit_id", name="pk_visit_personal"),
    )
    op.create_index("ix_visit_personal_expires_at", "visit_personal", ["expires_at"])
    op.create_table(
        "personal_audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("terminal_id", sa.String(64), nullable=False),
        sa.Column("staff_id", sa.String(64), nullable=False),
        sa.Column("visit_id", ID, nullable=False),
        sa.Column("action", sa.String(24), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_personal_audit"),
    )
    op.create_index("ix_personal_audit_visit_id", "personal_audit", ["visit_id"])


def downgrade() -> None:
    for index, table in (
        ("ix_personal_audit_visit_id", "personal_audit"),
        ("ix_visit_personal_expires_at", "visit_personal"),
        ("ix_department_summary_day_dept", "department_summary"),
        ("ix_visit_summary_day_event", "visit_summary"),
        ("ix_visit_event_visit_time", "visit_event"),
        ("ix_visit_day", "visit"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "personal_audit", "visit_personal", "baseline", "department_summary",
        "visit_summary", "ticket_counter", "visit_event", "visit",
    ):
        op.drop_table(table)
