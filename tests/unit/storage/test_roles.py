"""The role policy of ``kiosk db roles`` as data, and what least privilege changed in the app.

The refusals themselves are asked of a real server in
``tests/integration/test_pg_roles.py``; here: every table has a decision, the personal
tables stay out of reach by construction, and ``PersonalStore.put`` (now one upsert aimed
at the key) replaces a copy without restarting its retention, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

import kiosk.storage.tables  # noqa: F401 - registers the visit and personal tables
from kiosk.cli.main import main
from kiosk.personal.store import PersonalStore
from kiosk.sealing.box import TownKeyPair
from kiosk.storage import roles
from kiosk.storage.models import load_all_tables
from kiosk.storage.tables import VisitPersonal
from kiosk.visits.clock import as_utc

T0 = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)


def _grants(role: str, table: str) -> list[roles.Grant]:
    return [g for g in roles.POLICY[role] if g.table == table]


def test_every_table_of_the_schema_has_a_decision_in_the_policy() -> None:
    granted = {g.table for grants in roles.POLICY.values() for g in grants}
    undecided = set(load_all_tables().tables) - granted
    assert not undecided, f"decide who may use {sorted(undecided)} in kiosk.storage.roles.POLICY"


def test_the_personal_tables_are_out_of_reach_by_construction() -> None:
    for role in roles.POLICY:
        for grant in _grants(role, "visit_personal"):
            assert grant.privilege in {"INSERT", "UPDATE", "SELECT"}
            if grant.privilege == "SELECT":
                assert grant.columns == ("visit_id",)  # the key, never the payload
        for grant in _grants(role, "personal_audit"):
            assert grant.privilege in {"INSERT", "SELECT"}
            if grant.privilege == "SELECT":
                assert grant.columns == ("id",)
            else:  # never the login role the database records (db_role)
                assert grant.columns and "db_role" not in grant.columns
    assert not _grants("terminal", "personal_audit")
    manager_tables = {g.table for g in roles.POLICY["manager"]}
    assert manager_tables.isdisjoint({"visit_personal", "personal_audit", "visit", "visit_event"})
    # A manager reads; the only write is its own log-in's lock-out (issue 14).
    assert all(g.privilege == "SELECT" or (g.table, g.columns) == (
        "staff_account", ("failed_count", "locked_until")) for g in roles.POLICY["manager"])
    for role in roles.POLICY:  # nobody but the admin adds accounts or changes a password
        assert {g.privilege for g in _grants(role, "staff_account")} == {"SELECT", "UPDATE"}
        assert all(g.columns == ("failed_count", "locked_until")
                   for g in _grants(role, "staff_account") if g.privilege == "UPDATE")
    readers = [r for r, grants in roles.POLICY.items()
               if roles.Grant("EXECUTE", roles.READ_FUNCTION) in grants]
    assert readers == ["clerk"]


def test_role_names_are_prefixed_and_checked() -> None:
    names = roles.RoleNames.with_prefix("minami_")
    assert names.all() == ("minami_admin", "minami_terminal", "minami_clerk", "minami_manager")
    assert names.working() == names.all()[1:]
    for bad in ('x"; DROP ROLE postgres; --', "Town", "1st_", "a" * 60):
        with pytest.raises(roles.RolesError):
            roles.RoleNames.with_prefix(bad)
    assert roles.quote_ident('a"b') == '"a""b"'


def test_db_roles_on_sqlite_is_one_plain_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "kiosk.toml"
    url = f"sqlite:///{(tmp_path / 'k.sqlite3').as_posix()}"
    config.write_text(f'[database]\nurl = "{url}"\n', encoding="utf-8")
    assert main(["--config", str(config), "db", "roles"]) == 1
    assert capsys.readouterr().err.strip() == (
        "kiosk: Database roles exist on PostgreSQL only; this database is sqlite.")
    assert main(["--config", str(config), "db", "roles", "--prefix", "Bad-Name"]) == 1
    assert "not a usable role name" in capsys.readouterr().err


def test_a_replaced_copy_keeps_the_retention_of_the_visit(engine: Engine) -> None:
    store = PersonalStore(engine, "24", opener=TownKeyPair.generate())
    assert store.put("v-1", {"name": "山田 太郎", "my_number": "x"}, now=T0) == 1
    assert store.put("v-1", {"name": "山田 花子"}, now=T0 + timedelta(hours=20)) == 0
    c = VisitPersonal.__table__.c
    with engine.connect() as connection:
        rows = connection.execute(select(c.visit_id, c.created_at, c.expires_at)).all()
    assert [(r.visit_id, as_utc(r.created_at), as_utc(r.expires_at))
            for r in rows] == [("v-1", T0, T0 + timedelta(hours=24))]
    data = store.read("v-1", staff_id="s", terminal_id="c", now=T0 + timedelta(hours=23))
    assert data == {"name": "山田 花子"}
    assert store.read("v-1", staff_id="s", terminal_id="c", now=T0 + timedelta(hours=24)) is None


def test_migrations_accept_a_url_with_percent_escapes() -> None:
    """The README's TLS URL carries sslrootcert=%2Fetc%2F…; alembic's configparser must not
    take the escapes for interpolation (``kiosk db upgrade`` failed with a traceback)."""
    from kiosk.storage import migrate
    from kiosk.storage.db import make_engine

    engine = make_engine("postgresql://t:p@db.town.local/kiosk?sslmode=verify-full"
                         "&sslrootcert=/etc/kiosk/town-ca.crt")
    url = migrate._alembic_config(engine).get_main_option("sqlalchemy.url")
    assert url == engine.url.render_as_string(hide_password=False)
    assert "sslrootcert=%2Fetc%2Fkiosk%2Ftown-ca.crt" in url
