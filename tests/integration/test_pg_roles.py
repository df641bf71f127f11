"""The least-privilege roles of ``kiosk db roles`` on a real PostgreSQL server.

Each test gets a fresh database (``fresh_pg_url``) and four roles with a unique prefix,
dropped at the end (roles are cluster-wide; the shared ``kiosk`` test role only creates
them and, as their creator, is made a member of the per-test admin). The application runs
under each role as it would on a terminal: the kiosk's recorder, outbox and clerks' copy as
``terminal``, the clerk console's audited reads as ``clerk``, the statistics export as
``manager``; and every refusal is asked of the server itself.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import psycopg
import pytest
from kiosk_test_support import service_missing
from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from kiosk.app.clerk_service import ClerkService
from kiosk.cli.main import main
from kiosk.personal import audit
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import SealedBox, TownKeyPair
from kiosk.statistics.demo_data import insert_demo
from kiosk.storage import migrate, roles
from kiosk.storage.db import make_engine
from kiosk.storage.tables import VisitPersonal
from kiosk.visits.clock import utc_now
from kiosk.visits.outbox import Outbox
from kiosk.visits.recorder import MetricsRecorder

pytestmark = pytest.mark.postgres

PAYLOAD = {"name": "山田 太郎", "address": "1-2-3", "birth_date": "1980-04-01"}
# The column holding the copy (plain JSON, or sealed to the town key): whatever is not the
# key or a time, so the refusals below ask for the real thing in either schema.
COPY = next(c.name for c in VisitPersonal.__table__.c
            if c.name not in {"visit_id", "created_at", "expires_at"})


@dataclass
class Town:
    """The roles of one test database, and an engine logged in as each."""

    url: str
    names: roles.RoleNames
    passwords: dict[str, str]
    engines: dict[str, Engine] = field(default_factory=dict)

    def url_of(self, role: str) -> str:
        return make_url(self.url).set(username=role, password=self.passwords[role]) \
            .render_as_string(hide_password=False)

    def engine(self, role: str) -> Engine:
        if role not in self.engines:
            self.engines[role] = make_engine(self.url_of(role))
        return self.engines[role]

    @property
    def admin(self) -> Engine:
        return self.engine(self.names.admin)

    @property
    def terminal(self) -> Engine:
        return self.engine(self.names.terminal)

    @property
    def clerk(self) -> Engine:
        return self.engine(self.names.clerk)

    @property
    def manager(self) -> Engine:
        return self.engine(self.names.manager)


# The town key pair of these tests: kiosks seal to its public half, clerks hold the private.
TOWN_KEY = TownKeyPair.generate()


def _kiosk_store(engine: Engine) -> PersonalStore:
    return PersonalStore(engine, sealer=SealedBox(TOWN_KEY.public_key))


def _clerk_store(engine: Engine) -> PersonalStore:
    return PersonalStore(engine, opener=TOWN_KEY)


def owner_engine(url: str) -> Engine:
    """The test role's engine, after checking it may create roles at all."""
    owner = make_engine(url)
    with owner.connect() as connection:
        can = connection.execute(text(
            "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
        )).scalar_one()
    if not can:
        owner.dispose()
        service_missing("a PostgreSQL test role with CREATEROLE (scripts/start-postgres.sh)")
    return owner


@pytest.fixture
def town(fresh_pg_url: str) -> Iterator[Town]:
    owner = owner_engine(fresh_pg_url)
    migrate.upgrade(owner)
    names = roles.RoleNames.with_prefix(f"t{uuid.uuid4().hex[:10]}_")
    passwords = {name: roles.new_password() for name in names.all()}
    made = Town(fresh_pg_url, names, passwords)
    try:
        with owner.begin() as connection:
            roles.apply(connection, names, passwords)
        yield made
    finally:
        for engine in made.engines.values():
            engine.dispose()
        with owner.begin() as connection:
            roles.drop(connection, names)
        owner.dispose()


def refused(engine: Engine, sql: str, **params: object) -> str:
    """Run ``sql``; it must fail for lack of privilege. Returns the server's message."""
    with pytest.raises(ProgrammingError) as failure, engine.begin() as connection:
        connection.execute(text(sql), params)
    assert isinstance(failure.value.orig, psycopg.errors.InsufficientPrivilege), failure.value
    return str(failure.value.orig)


def audit_rows(town: Town) -> int:
    with town.admin.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM personal_audit")).scalar_one())


def record_a_visit(engine: Engine, tmp_path: Path, name: str = "kiosk-1") -> str:
    kiosk = MetricsRecorder(engine, Outbox(tmp_path / f"{name}.sqlite3"), name)
    ticket = kiosk.start_visit()
    kiosk.record(ticket.visit_id, "identified", method="card")
    kiosk.record(ticket.visit_id, "navigation_done", life_event="MOVE", household_size=2,
                 procedures=3, forms=4, departments=["JUMIN", "HOKEN"])
    kiosk.record(ticket.visit_id, "forms_printed", forms=4)
    return ticket.visit_id


def test_a_kiosk_records_a_visit_and_stores_the_copy_it_cannot_read_back(
    town: Town, tmp_path: Path,
) -> None:
    visit_id = record_a_visit(town.terminal, tmp_path)
    store = _kiosk_store(town.terminal)
    store.put(visit_id, PAYLOAD)
    store.put(visit_id, {**PAYLOAD, "name": "山田 花子"})  # replaced: upsert, not delete

    # A visit made while the database was away goes through the outbox, as this role.
    away = make_engine("postgresql://nobody:x@127.0.0.1:1/none", connect_timeout=1)
    outbox = Outbox(tmp_path / "offline.sqlite3")
    offline = MetricsRecorder(away, outbox, "kiosk-2").start_visit()
    away.dispose()
    assert offline.offline and outbox.size() == 2
    back = MetricsRecorder(town.terminal, outbox, "kiosk-2")
    assert back.sync() == 2 and outbox.size() == 0

    with town.admin.connect() as connection:
        stored = connection.execute(
            text("SELECT life_event, forms FROM visit_personal "
                 "JOIN visit ON visit.id = visit_personal.visit_id")).one()
        visits = connection.execute(text("SELECT count(*) FROM visit")).scalar_one()
    assert tuple(stored) == ("MOVE", 4) and visits == 2

    refused(town.terminal, f"SELECT {COPY} FROM visit_personal")
    refused(town.terminal, "SELECT * FROM visit_personal")
    refused(town.terminal, "SELECT * FROM personal_audit")
    refused(town.terminal, "SELECT count(*) FROM personal_audit")
    refused(town.terminal, "SELECT * FROM read_personal_audited(:v, 't', 's', 'view', now())",
            v=visit_id)
    refused(town.terminal, "DELETE FROM visit_personal")
    refused(town.terminal, "UPDATE visit_personal SET expires_at = now()")
    refused(town.terminal, "UPDATE visit SET ticket = 'X', day = day")
    refused(town.terminal, "DELETE FROM visit")
    refused(town.terminal, "DELETE FROM visit_event")
    refused(town.terminal, "INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, "
            "action) VALUES (now(), 't', 's', 'v', 'view')")
    refused(town.terminal, "SELECT * FROM baseline")
    refused(town.terminal, "CREATE TABLE loot (x text)")
    with pytest.raises(ProgrammingError):  # the audited read is the clerk's alone
        _kiosk_store(town.terminal).read(visit_id, staff_id="s", terminal_id="kiosk-1")
    assert audit_rows(town) == 0
    replaced = _clerk_store(town.clerk).read(visit_id, staff_id="s", terminal_id="clerk-1")
    assert replaced is not None and replaced["name"] == "山田 花子"


def test_a_clerk_reads_the_copy_only_through_the_audited_function(
    town: Town, tmp_path: Path,
) -> None:
    visit_id = record_a_visit(town.terminal, tmp_path)
    _kiosk_store(town.terminal).put(visit_id, PAYLOAD)
    recorder = MetricsRecorder(town.clerk, Outbox(tmp_path / "clerk.sqlite3"), "clerk-1")
    clerk = ClerkService(town.clerk, recorder, _clerk_store(town.clerk))
    day = recorder.start_visit().day  # a walk-in, as the clerk role

    assert [e.visit_id for e in clerk.queue("JUMIN", day)] == [visit_id]
    assert audit_rows(town) == 0
    data = clerk.open_visit(visit_id, "staff-3")
    assert data is not None and data["name"] == "山田 太郎"
    assert [(e.staff_id, e.terminal_id, e.visit_id, e.action)
            for e in audit.entries(town.admin)] == [("staff-3", "clerk-1", visit_id, "view")]
    assert clerk.open_visit("no-such-visit", "staff-3") is None
    assert audit_rows(town) == 2  # a miss is audited too
    clerk.mark(visit_id, "called", "JUMIN")

    # A correction and a reprint, as the clerk console writes them.
    _clerk_store(town.clerk).put(visit_id, {**PAYLOAD, "address": "4-5-6"})
    with town.clerk.begin() as connection:
        audit.write(connection, at=utc_now(), terminal_id="clerk-1", staff_id="staff-3",
                    visit_id=visit_id, action="correct")
    again = clerk.open_visit(visit_id, "staff-4")
    assert again is not None and again["address"] == "4-5-6"
    assert audit_rows(town) == 4

    with town.admin.connect() as connection:
        accounts = connection.execute(text("SELECT DISTINCT db_role FROM personal_audit"))
        assert list(accounts.scalars()) == [town.names.clerk]  # filled in by the database
    refused(town.clerk, "INSERT INTO personal_audit (at, terminal_id, staff_id, visit_id, "
            "action, db_role) VALUES (now(), 'c', 's', 'v', 'view', 'somebody_else')")
    refused(town.clerk, f"SELECT {COPY} FROM visit_personal")
    refused(town.clerk, "SELECT * FROM visit_personal")
    refused(town.clerk, "SELECT staff_id, visit_id FROM personal_audit")
    refused(town.clerk, "DELETE FROM visit_personal")
    assert audit_rows(town) == 4


def test_the_manager_exports_statistics_and_sees_no_personal_data(
    town: Town, tmp_path: Path,
) -> None:
    today = date.today()
    insert_demo(town.admin, 200, 10, end=today, seed=3)
    visit_id = record_a_visit(town.terminal, tmp_path)
    _kiosk_store(town.terminal).put(visit_id, PAYLOAD)
    config = tmp_path / "manager.toml"
    config.write_text(f'[database]\nurl = "{town.url_of(town.names.manager)}"\n',
                      encoding="utf-8")
    out = tmp_path / "report.csv"
    assert main(["--config", str(config), "stats", "export", "--format", "csv",
                 "--from", str(today - timedelta(days=30)), "--to", str(today),
                 "--out", str(out)]) == 0
    assert "来庁件数" in out.read_text(encoding="utf-8-sig")

    for sql in ("SELECT * FROM visit_personal", "SELECT visit_id FROM visit_personal",
                "SELECT * FROM personal_audit", "SELECT * FROM visit",
                "SELECT * FROM visit_event", "INSERT INTO baseline (survey_date, life_event, "
                "minutes) VALUES (now(), 'x', 1)", "DELETE FROM visit_summary"):
        refused(town.manager, sql)
    refused(town.manager, "SELECT * FROM read_personal_audited(:v, 't', 's', 'view', now())",
            v=visit_id)


def test_nobody_but_the_admin_changes_an_audit_row(town: Town, tmp_path: Path) -> None:
    visit_id = record_a_visit(town.terminal, tmp_path)
    _kiosk_store(town.terminal).put(visit_id, PAYLOAD)
    _clerk_store(town.clerk).read(visit_id, staff_id="staff-1", terminal_id="clerk-1")
    assert audit_rows(town) == 1
    for role in (town.terminal, town.clerk, town.manager):
        refused(role, "UPDATE personal_audit SET staff_id = 'someone-else'")
        refused(role, "DELETE FROM personal_audit")
        refused(role, "TRUNCATE personal_audit")

    # Belt and braces: even a role granted the rights by mistake is stopped by the trigger.
    with town.admin.begin() as connection:
        connection.execute(text(
            f"GRANT UPDATE, DELETE, TRUNCATE ON personal_audit TO {town.names.clerk}"))
    for sql in ("UPDATE personal_audit SET staff_id = 'x'", "DELETE FROM personal_audit",
                "TRUNCATE personal_audit"):
        assert "append-only" in refused(town.clerk, sql)
    assert audit_rows(town) == 1

    with town.admin.begin() as connection:
        connection.execute(text("UPDATE personal_audit SET staff_id = 'fixed'"))
        assert connection.execute(text("DELETE FROM personal_audit")).rowcount == 1
    assert audit_rows(town) == 0


def test_kiosk_db_roles_writes_private_passwords_repeats_safely_and_drops(
    fresh_pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    owner = owner_engine(fresh_pg_url)
    migrate.upgrade(owner)
    owner.dispose()
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[database]\nurl = "{fresh_pg_url}"\n', encoding="utf-8")
    prefix = f"c{uuid.uuid4().hex[:10]}_"
    names = roles.RoleNames.with_prefix(prefix)
    secrets = tmp_path / "secrets"
    base = ["--config", str(config), "db", "roles", "--prefix", prefix]
    try:
        assert main([*base, "--passwords", str(secrets)]) == 0
        assert main(base) == 0  # again: nothing to change, nothing breaks
        printed = capsys.readouterr().out
        assert f"{names.terminal}@" in printed and "sslmode=verify-full" in printed
        assert secrets.stat().st_mode & 0o777 == 0o700
        for name in names.all():
            path = secrets / f"{name}.password"
            assert path.stat().st_mode & 0o777 == 0o600
            assert path.read_text(encoding="utf-8").strip() not in printed
        password = (secrets / f"{names.terminal}.password").read_text(encoding="utf-8").strip()
        terminal = make_engine(make_url(fresh_pg_url).set(username=names.terminal,
                               password=password).render_as_string(hide_password=False))
        try:
            refused(terminal, "SELECT * FROM visit_personal")
        finally:
            terminal.dispose()
    finally:
        assert main([*base, "--drop"]) == 0
    owner = make_engine(fresh_pg_url)
    with owner.connect() as connection:
        left = connection.execute(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE :p"),
                                  {"p": f"{prefix}%"}).scalar_one()
        tables = connection.execute(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
            "AND tableowner <> current_user")).scalar_one()
    owner.dispose()
    assert left == 0 and tables == 0


def test_the_admin_owns_the_schema_and_roles_follow_an_upgrade(
    town: Town, tmp_path: Path,
) -> None:
    from alembic import command

    visit_id = record_a_visit(town.terminal, tmp_path)
    _kiosk_store(town.terminal).put(visit_id, PAYLOAD)
    config = migrate._alembic_config(town.admin)
    with town.admin.begin() as connection:  # only the owner may change the schema
        config.attributes["connection"] = connection
        command.downgrade(config, "-1")
    owner = make_engine(town.url)
    try:
        with pytest.raises(roles.RolesError, match="run kiosk db upgrade first"), \
                owner.begin() as connection:
            roles.apply(connection, town.names)
        migrate.upgrade(town.admin)
        with owner.begin() as connection:  # again after the upgrade, as the README says
            roles.apply(connection, town.names)
    finally:
        owner.dispose()
    data = _clerk_store(town.clerk).read(visit_id, staff_id="staff-1", terminal_id="clerk-1")
    assert data is not None and data["name"] == "山田 太郎"
    refused(town.terminal, "ALTER TABLE visit ADD COLUMN resident_name text")
    assert audit_rows(town) == 1
