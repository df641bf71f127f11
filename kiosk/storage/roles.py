"""Least-privilege PostgreSQL roles for a town database (``kiosk db roles``).

Four login roles, named ``<prefix>admin``, ``<prefix>terminal``, ``<prefix>clerk`` and
``<prefix>manager`` (roles are cluster-wide, so the prefix keeps towns and tests apart):

``admin``
    Owns every table, sequence and function of the schema: migrations (``kiosk db
    upgrade``), ``kiosk db purge``, the baseline import. The only role that may change or
    delete an audit row.
``terminal`` (the kiosks)
    Records visits: inserts visits, events and the clerks' copy; re-derives a visit's
    attributes (UPDATE of those columns only) and its summary rows; bumps the ticket
    counter. It cannot read the clerks' copy back (no SELECT on ``payload``) nor any audit
    row, and cannot delete anything but its own derived summary rows.
``clerk`` (the clerk consoles)
    Everything a terminal does (walk-ins and counter events), plus reading the clerks'
    copy, which only ``read_personal_audited`` (migration 0006, ``SECURITY DEFINER``)
    hands out after writing the audit row in the same statement. No direct SELECT of the
    copy, no UPDATE or DELETE of an audit row (a trigger refuses them too); the row's
    ``db_role`` (the login role) is filled by the database and cannot be set.
``manager``
    Reads the anonymous aggregates' tables (``visit_summary``, ``department_summary``,
    ``stats_rollup``, ``baseline``), the terminal list and the help calls (codes and times); nothing else,
    so no personal table and no visit-level route.

All three read ``staff_account`` and write its lock-out columns (the staff log-in, issue
14); only the admin adds accounts or changes a password or a role (``kiosk staff``).

Grants are by table and column name (``POLICY``), so a payload stored as bytes or a new
column elsewhere still fits; a table or column that this schema does not have is skipped
(the policy covers the schema's versions; ``apply`` refuses a schema not at its head).
Running ``apply`` again resets the three working roles to exactly ``POLICY``, so run it
after every ``kiosk db upgrade``. SQL is built here from checked names only; the caller
(``kiosk.cli.db_roles``, tests) runs it on a connection of the database's owner.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

READ_FUNCTION = "read_personal_audited(varchar, varchar, varchar, varchar, timestamptz)"
# Audits a core-system call (migration 0008): the only audit row a terminal may write.
CORE_AUDIT_FUNCTION = "write_core_audit(varchar, varchar, varchar, varchar, timestamptz)"
# Audits a staff-allowed reprint of a pre-application code (migration 0010, issue 13).
PREFILL_AUDIT_FUNCTION = "write_prefill_audit(varchar, varchar, varchar, timestamptz)"
DEFAULT_PREFIX = "kiosk_"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_PASSWORD = re.compile(r"^[A-Za-z0-9_\-]{16,128}$")


class RolesError(RuntimeError):
    """The roles cannot be set up; the message is a plain sentence for IT staff."""


@dataclass(frozen=True)
class Grant:
    """One privilege on one table; ``columns`` narrows it to those columns."""

    privilege: str
    table: str
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoleNames:
    admin: str
    terminal: str
    clerk: str
    manager: str

    @classmethod
    def with_prefix(cls, prefix: str = DEFAULT_PREFIX) -> RoleNames:
        names = cls(f"{prefix}admin", f"{prefix}terminal", f"{prefix}clerk", f"{prefix}manager")
        for name in names.all():
            if not _NAME.match(name):
                raise RolesError(
                    f"{name!r} is not a usable role name (lower-case letters, digits and _, "
                    "at most 63 characters)")
        return names

    def all(self) -> tuple[str, str, str, str]:
        return (self.admin, self.terminal, self.clerk, self.manager)

    def working(self) -> tuple[str, str, str]:
        """The roles whose rights ``apply`` resets (the admin owns, it needs no grant)."""
        return (self.terminal, self.clerk, self.manager)


_VISIT_ATTRIBUTES = (
    "channel", "language", "life_event", "household_size", "procedures", "forms", "departments",
)

# Staff log-in (issue 14, kiosk.staff.directory): read the account, count wrong passwords
# and lock. Adding, disabling and new passwords are the admin's (``kiosk staff``).
_STAFF_LOGIN: tuple[Grant, ...] = (
    Grant("SELECT", "staff_account"),
    Grant("UPDATE", "staff_account", ("failed_count", "locked_until")),
)

_RECORD_VISITS: tuple[Grant, ...] = (
    Grant("SELECT", "alembic_version"),  # "is the schema up to date?" at start-up
    Grant("SELECT", "terminal"),
    Grant("INSERT", "terminal"),
    Grant("UPDATE", "terminal", ("role", "last_seen", "instance")),
    Grant("SELECT", "visit"),
    Grant("INSERT", "visit"),
    # refresh_summaries re-derives these from the events (and locks the row FOR UPDATE).
    Grant("UPDATE", "visit", _VISIT_ATTRIBUTES),
    # An offline ticket printed for a visit whose central start had committed: renumbered.
    Grant("UPDATE", "visit", ("ticket", "ticket_rank")),
    Grant("SELECT", "visit_event"),
    Grant("INSERT", "visit_event"),
    Grant("SELECT", "ticket_counter"),
    Grant("INSERT", "ticket_counter"),
    Grant("UPDATE", "ticket_counter", ("last",)),
    *(
        Grant(privilege, table)
        for table in ("visit_summary", "department_summary")
        for privilege in ("SELECT", "INSERT", "DELETE")  # rewritten from the events
    ),
    # The roll-ups move a refreshed visit's values between cells (kiosk.storage.rollups).
    Grant("SELECT", "stats_rollup"),
    Grant("INSERT", "stats_rollup"),
    Grant("UPDATE", "stats_rollup", ("value_count", "value_sum")),
    # The clerks' copy: written (an upsert aimed at the key), never read back. The copy's
    # column is "payload" (JSON) or, sealed to the town key, "sealed": whichever exists.
    Grant("INSERT", "visit_personal"),
    Grant("UPDATE", "visit_personal", ("payload", "sealed")),
    Grant("SELECT", "visit_personal", ("visit_id",)),  # ON CONFLICT (visit_id) reads the key
    Grant("SELECT", "town_key"),  # the public key a copy is sealed to, where there is one
    # Failed print jobs, metadata only: a kiosk reports and settles its own, a clerk
    # marks them reprinted or discarded (printing.failures).
    Grant("SELECT", "print_failure"),
    Grant("INSERT", "print_failure"),
    Grant("UPDATE", "print_failure", ("code", "reason", "attempts", "state", "updated_at",
                                      "staff_id")),
    Grant("EXECUTE", CORE_AUDIT_FUNCTION),  # core-system calls, audited (issue 12)
    # Pre-application codes printed today (issue 13): ids, day, terminal, counts only. A
    # kiosk marks its prints and, after the staff PIN, allows a reprint (audited).
    Grant("SELECT", "prefill_print"),
    Grant("INSERT", "prefill_print"),
    Grant("UPDATE", "prefill_print", ("terminal_id", "printed_at", "prints",
                                      "reprints_allowed")),
    Grant("EXECUTE", PREFILL_AUDIT_FUNCTION),
    # Help calls (issue 14 §1): a kiosk raises them (also from its outbox) and reads
    # whether staff acknowledged; ids, codes and times only.
    Grant("SELECT", "help_call"),
    Grant("INSERT", "help_call"),
    *_STAFF_LOGIN,
)

POLICY: Mapping[str, tuple[Grant, ...]] = {
    "terminal": _RECORD_VISITS,
    "clerk": (
        *_RECORD_VISITS,
        Grant("EXECUTE", READ_FUNCTION),  # the only way to read a copy: audited
        # Corrections and reprints; db_role is left to the database (session_user).
        Grant("INSERT", "personal_audit", ("at", "terminal_id", "staff_id", "visit_id", "action")),
        Grant("SELECT", "personal_audit", ("id",)),  # INSERT … RETURNING id
        # A visit opened at a counter not on its route, with the reason (kiosk.app.route_check).
        Grant("INSERT", "off_route_access"),
        Grant("SELECT", "off_route_access", ("id",)),
        Grant("INSERT", "town_key"),  # kiosk keys init publishes it from a clerk terminal
        # The accepted procedures' queue to the core system (kiosk.app.submission_queue):
        # a clerk queues them and its console sends them; the body is sealed to the town
        # key. Wiping a body and deleting a row are the purge's, the admin's.
        Grant("SELECT", "core_submission"),
        Grant("INSERT", "core_submission"),
        Grant("UPDATE", "core_submission", ("status", "reason", "attempts", "last_error",
                                            "updated_at", "next_attempt_at", "expires_at")),
        # Staff acknowledge and resolve help calls (kiosk.visits.help_calls).
        Grant("UPDATE", "help_call", ("acknowledged_at", "acknowledged_by", "resolved_at",
                                      "resolved_by")),
    ),
    "manager": (
        Grant("SELECT", "alembic_version"),
        Grant("SELECT", "terminal"),
        Grant("SELECT", "visit_summary"),
        Grant("SELECT", "department_summary"),
        Grant("SELECT", "stats_rollup"),
        Grant("SELECT", "baseline"),
        Grant("SELECT", "help_call"),  # where residents get stuck: codes and times only
        *_STAFF_LOGIN,  # the manager window's log-in
    ),
}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def new_password() -> str:
    return secrets.token_urlsafe(24)


def apply(
    connection: Connection,
    names: RoleNames,
    passwords: Mapping[str, str] | None = None,
) -> list[str]:
    """Create (or update) the roles, hand the schema to the admin and grant ``POLICY``.

    ``passwords`` maps a role name to its new password (others keep theirs). Returns the
    statements run, for ``--dry-run``-style reports and tests. Runs in the caller's
    transaction: either every statement took effect, or none did.
    """
    _check_can_create_roles(connection)
    _check_schema_is_current(connection)
    statements = [*_role_statements(connection, names, passwords or {})]
    statements += _ownership_statements(connection, names.admin)
    statements += _grant_statements(connection, names)
    for statement in statements:
        connection.exec_driver_sql(statement)
    return [_hide_passwords(s) for s in statements]


def drop(connection: Connection, names: RoleNames) -> None:
    """Give the schema back to the current role and drop the four roles from the cluster.

    The roles must hold no rights in any other database (``DROP OWNED`` acts here only).
    """
    existing = _existing_roles(connection, names.all())
    if names.admin in existing:  # we are a member of the admin (see apply)
        admin = quote_ident(names.admin)
        connection.exec_driver_sql(f"REASSIGN OWNED BY {admin} TO CURRENT_USER")
        connection.exec_driver_sql(f"DROP OWNED BY {admin}")
    working = ", ".join(quote_ident(n) for n in names.working() if n in existing)
    if working:  # not members of these: take back exactly what apply gave
        schema = _schema(connection)
        database = quote_ident(connection.execute(text("SELECT current_database()")).scalar_one())
        for objects in ("TABLES", "SEQUENCES", "FUNCTIONS"):
            connection.exec_driver_sql(f"REVOKE ALL ON ALL {objects} IN SCHEMA {schema} "
                                       f"FROM {working}")
        connection.exec_driver_sql(f"REVOKE ALL ON SCHEMA {schema} FROM {working}")
        connection.exec_driver_sql(f"REVOKE ALL ON DATABASE {database} FROM {working}")
    for name in names.all():
        if name in existing:
            connection.exec_driver_sql(f"DROP ROLE {quote_ident(name)}")


# ---------------------------------------------------------------------------- internals
def _check_can_create_roles(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        raise RolesError("Database roles exist on PostgreSQL only; this database is "
                         f"{connection.dialect.name}.")
    can = connection.execute(text(
        "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
    )).scalar_one()
    if not can:
        raise RolesError("Connect as the database's owner with the CREATEROLE right (or a "
                         "superuser) to create roles.")


def _check_schema_is_current(connection: Connection) -> None:
    from alembic.runtime.migration import MigrationContext

    from kiosk.storage.migrate import head_revision

    current = MigrationContext.configure(connection).get_current_revision()
    if current != head_revision():
        raise RolesError(f"The schema is at revision {current or 'none'}, not "
                         f"{head_revision()}: run kiosk db upgrade first.")


def _existing_roles(connection: Connection, names: Iterable[str]) -> set[str]:
    rows = connection.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"), {"names": list(names)}
    )
    return {str(name) for name in rows.scalars()}


def _role_statements(
    connection: Connection, names: RoleNames, passwords: Mapping[str, str]
) -> list[str]:
    existing = _existing_roles(connection, names.all())
    _refuse_privileged(connection, existing)
    out = []
    for name in names.all():
        if name in existing:  # checked above: it has no right beyond LOGIN to take away
            options = "LOGIN"
        else:
            options = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
        if name in passwords:
            if not _PASSWORD.match(passwords[name]):
                raise RolesError("A role password must be 16 or more letters, digits, - or _.")
            options += f" PASSWORD '{passwords[name]}'"
        verb = "ALTER" if name in existing else "CREATE"
        out.append(f"{verb} ROLE {quote_ident(name)} {options}")
    # Membership lets the current role hand the schema over and take it back (drop).
    out.append(f"GRANT {quote_ident(names.admin)} TO CURRENT_USER")
    database = quote_ident(connection.execute(text("SELECT current_database()")).scalar_one())
    schema = quote_ident(connection.execute(text("SELECT current_schema()")).scalar_one())
    everyone = ", ".join(quote_ident(name) for name in names.all())
    out += [
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {everyone}",
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {everyone}",
        f"GRANT CREATE ON SCHEMA {schema} TO {quote_ident(names.admin)}",
    ]
    return out


def _refuse_privileged(connection: Connection, existing: set[str]) -> None:
    """A role of these names that can do more than log in is not ours to reuse."""
    privileged = connection.execute(text(
        "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) AND (rolsuper "
        "OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls) ORDER BY rolname"
    ), {"names": sorted(existing)}).scalars().all()
    if privileged:
        raise RolesError(f"The role {privileged[0]} already exists with more rights than a "
                         "kiosk role may have; choose another --prefix.")


def _ownership_statements(connection: Connection, admin: str) -> list[str]:
    """ALTER … OWNER for every table, view and function of the schema (a table's serial
    sequences follow it)."""
    relations = connection.execute(text(
        "SELECT c.relname, c.relkind FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm') "
        "AND pg_get_userbyid(c.relowner) <> :admin ORDER BY c.relname"
    ), {"admin": admin}).all()
    kinds = {"r": "TABLE", "p": "TABLE", "v": "VIEW", "m": "MATERIALIZED VIEW"}
    out = [f"ALTER {kinds[kind]} {quote_ident(name)} OWNER TO {quote_ident(admin)}"
           for name, kind in relations]
    functions = connection.execute(text(
        "SELECT p.proname, pg_get_function_identity_arguments(p.oid) FROM pg_proc p "
        "JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND pg_get_userbyid(p.proowner) <> :admin "
        "ORDER BY p.proname"
    ), {"admin": admin}).all()
    out += [f"ALTER FUNCTION {quote_ident(name)}({arguments}) OWNER TO {quote_ident(admin)}"
            for name, arguments in functions]
    return out


def _columns(connection: Connection) -> dict[str, set[str]]:
    rows = connection.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ))
    out: dict[str, set[str]] = {}
    for table, column in rows:
        out.setdefault(str(table), set()).add(str(column))
    return out


def _sequences_of(connection: Connection, table: str) -> list[str]:
    rows = connection.execute(text(
        "SELECT s.relname FROM pg_depend d "
        "JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
        "JOIN pg_class t ON t.oid = d.refobjid "
        "JOIN pg_namespace n ON n.oid = t.relnamespace "
        "WHERE t.relname = :table AND n.nspname = current_schema() AND d.deptype IN ('a', 'i')"
    ), {"table": table})
    return sorted(str(name) for name in rows.scalars())


def _grant_statements(connection: Connection, names: RoleNames) -> list[str]:
    working = ", ".join(quote_ident(name) for name in names.working())
    out = [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {_schema(connection)} FROM {working}, PUBLIC",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {_schema(connection)} FROM {working}, PUBLIC",
        f"REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {_schema(connection)} FROM {working}, PUBLIC",
    ]
    columns = _columns(connection)
    role_of = {"terminal": names.terminal, "clerk": names.clerk, "manager": names.manager}
    for key, grants in POLICY.items():
        out += _grants_for(connection, quote_ident(role_of[key]), grants, columns)
    return out


def _grants_for(
    connection: Connection, role: str, grants: Sequence[Grant], columns: Mapping[str, set[str]]
) -> list[str]:
    out = []
    for grant in grants:
        if grant.privilege == "EXECUTE":
            out.append(f"GRANT EXECUTE ON FUNCTION {grant.table} TO {role}")
            continue
        if grant.table not in columns:
            continue  # a table of another schema version (apply checked ours is the head)
        if grant.columns:
            present = [c for c in grant.columns if c in columns[grant.table]]
            if not present:
                continue
            listed = ", ".join(quote_ident(c) for c in present)
            out.append(f"GRANT {grant.privilege} ({listed}) ON {quote_ident(grant.table)} "
                       f"TO {role}")
        else:
            out.append(f"GRANT {grant.privilege} ON {quote_ident(grant.table)} TO {role}")
        if grant.privilege == "INSERT":
            out += [f"GRANT USAGE ON SEQUENCE {quote_ident(s)} TO {role}"
                    for s in _sequences_of(connection, grant.table)]
    return out


def _schema(connection: Connection) -> str:
    return quote_ident(connection.execute(text("SELECT current_schema()")).scalar_one())


def _hide_passwords(statement: str) -> str:
    return re.sub(r"PASSWORD '[^']*'", "PASSWORD '…'", statement)
