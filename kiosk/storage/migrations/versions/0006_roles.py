"""Least privilege in the database (PostgreSQL only; SQLite has no roles): an audited read
of the clerks' copy, and an audit log that only its owner may change.

* ``read_personal_audited(visit_id, terminal_id, staff_id, action, at)``: writes the
  ``personal_audit`` row, then returns the visit's ``visit_personal`` row if it has not
  expired at ``at``. ``SECURITY DEFINER``, so a role with no SELECT on ``visit_personal``
  (the clerk, see ``kiosk.storage.roles``) can read a copy only through it, and never
  without the audit row: both happen in one statement. EXECUTE is taken from PUBLIC here
  and given to the clerk by ``kiosk db roles``. It returns the table's own row type, so a
  later change of the payload column's type needs no change here.
* ``personal_audit.db_role``: the login role of the session that wrote the row, filled by
  the database (``DEFAULT session_user``, which a SECURITY DEFINER function leaves as the
  caller's). The clerk may insert every other column but not this one, so an audit row
  always names the database account behind it, whatever staff id the console sends. On
  SQLite, which has no roles, it stays empty.
* ``personal_audit_append_only``: a trigger refusing UPDATE, DELETE and TRUNCATE of
  ``personal_audit`` unless the current role is (a member of) the table's owner, the
  admin. The roles have no such grants anyway; this is the belt to those braces.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

READ_SIGNATURE = "read_personal_audited(varchar, varchar, varchar, varchar, timestamptz)"

# Frozen here on purpose: a migration must not change when the application does.
READ_FUNCTION = """
CREATE FUNCTION read_personal_audited(
    p_visit_id varchar, p_terminal_id varchar, p_staff_id varchar, p_action varchar,
    p_at timestamptz
) RETURNS SETOF visit_personal
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    IF p_action NOT IN ('view', 'correct', 'reprint') THEN
        RAISE EXCEPTION 'unknown audit action' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, action)
        VALUES (p_at, p_terminal_id, p_staff_id, p_visit_id, p_action);
    RETURN QUERY SELECT * FROM visit_personal
        WHERE visit_id = p_visit_id AND expires_at > p_at;
END $$
"""

APPEND_ONLY_FUNCTION = """
CREATE FUNCTION personal_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user,
                       (SELECT relowner FROM pg_catalog.pg_class WHERE oid = TG_RELID),
                       'MEMBER') THEN
        RAISE EXCEPTION 'personal_audit is append-only (% refused)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("personal_audit") as batch:  # no roles: stays empty
            batch.add_column(sa.Column("db_role", sa.String(63), nullable=True))
        return
    schema = op.get_bind().execute(sa.text("SELECT quote_ident(current_schema())")).scalar_one()
    op.execute("ALTER TABLE personal_audit ADD COLUMN db_role varchar(63) DEFAULT session_user")
    op.execute(READ_FUNCTION.format(schema=schema))
    op.execute(f"REVOKE ALL ON FUNCTION {READ_SIGNATURE} FROM PUBLIC")
    op.execute(APPEND_ONLY_FUNCTION)
    op.execute("REVOKE ALL ON FUNCTION personal_audit_append_only() FROM PUBLIC")
    op.execute(
        "CREATE TRIGGER personal_audit_append_only BEFORE UPDATE OR DELETE ON personal_audit "
        "FOR EACH ROW EXECUTE FUNCTION personal_audit_append_only()"
    )
    op.execute(
        "CREATE TRIGGER personal_audit_no_truncate BEFORE TRUNCATE ON personal_audit "
        "FOR EACH STATEMENT EXECUTE FUNCTION personal_audit_append_only()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("personal_audit") as batch:
            batch.drop_column("db_role")
        return
    op.execute("DROP TRIGGER IF EXISTS personal_audit_no_truncate ON personal_audit")
    op.execute("DROP TRIGGER IF EXISTS personal_audit_append_only ON personal_audit")
    op.execute("DROP FUNCTION IF EXISTS personal_audit_append_only()")
    op.execute(f"DROP FUNCTION IF EXISTS {READ_SIGNATURE}")
    op.execute("ALTER TABLE personal_audit DROP COLUMN IF EXISTS db_role")
