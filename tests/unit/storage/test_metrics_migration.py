"""The hand-written 0002 migration matches the models, and goes down cleanly."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

import kiosk.storage.tables as metrics_models
from kiosk.storage import migrate
from kiosk.storage.models import TABLE_MODULES, load_all_tables


def test_migration_matches_the_models(engine: Engine) -> None:
    assert set(metrics_models.METRICS_TABLES + metrics_models.PERSONAL_TABLES) | {
        "personal_audit"} <= migrate.table_names(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, load_all_tables()) == []


def test_downgrade_to_0001_and_back(engine: Engine) -> None:
    from alembic import command

    config = migrate._alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    assert "visit_event" not in migrate.table_names(engine)
    assert "terminal" in migrate.table_names(engine)
    migrate.upgrade(engine)
    assert migrate.is_up_to_date(engine)


def test_every_table_module_is_listed() -> None:
    """A new module of tables that is not in TABLE_MODULES would be left out of the comparison."""
    import re
    from pathlib import Path

    storage = Path(migrate.__file__).parent
    declaring = {f"kiosk.storage.{path.stem}" for path in storage.glob("*.py")
                 if re.search(r"^class \w+\(Base\):", path.read_text(encoding="utf-8"), re.M)}
    assert declaring - {"kiosk.storage.models"} == set(TABLE_MODULES)
