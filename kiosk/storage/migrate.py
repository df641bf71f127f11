"""Alembic, driven from code so that ``kiosk db upgrade`` works from an installed wheel.

The migration scripts live inside the package (``kiosk/storage/migrations``); no
``alembic.ini`` is needed at run time.
"""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from kiosk.resources_path import package_folder

MIGRATIONS = package_folder("kiosk.storage.migrations")


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]  # alembic is untyped here
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    # configparser interpolates %: a URL's escapes (sslrootcert=%2Fetc%2F…) must be doubled.
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer build: this one must not touch it (a downgrade)."""


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    head = script.get_current_head()
    assert head is not None
    return head


def known_revisions() -> frozenset[str]:
    """Every revision this build's migrations know."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    return frozenset(rev.revision for rev in script.walk_revisions())


def refuse_unknown(revision: str | None) -> None:
    """Raise ``SchemaTooNew`` when ``revision`` is not one of this build's (a newer build's)."""
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(
            f"the database is at schema revision {revision}, written by a newer version of the "
            f"kiosk; this version ({_program_version()}) knows revisions up to {head_revision()}. "
            "Downgrading is not supported: install the newer version again, or restore a backup "
            "made with this version (kiosk db restore)."
        )


def _program_version() -> str:
    from kiosk import __version__

    return __version__


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Bring the schema to ``revision``; return (before, after). Safe to run again.

    Raises ``SchemaTooNew`` for a database a newer build has migrated: never a downgrade."""
    from alembic import command

    before = current_revision(engine)
    refuse_unknown(before)
    config = _alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    return before, current_revision(engine)


def is_up_to_date(engine: Engine) -> bool:
    """At this build's head; raises ``SchemaTooNew`` when a newer build has migrated it."""
    current = current_revision(engine)
    refuse_unknown(current)
    return current == head_revision()


def table_names(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())
