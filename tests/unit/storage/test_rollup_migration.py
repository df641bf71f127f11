"""Migration 0013 (roll-ups): a database with visits gets its roll-ups back-filled."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine, func, select

from kiosk.statistics.demo_data import insert_demo
from kiosk.storage import migrate
from kiosk.storage.tables import StatsRollup


def _cells(engine: Engine) -> list[tuple[object, ...]]:
    r = StatsRollup.__table__.c
    with engine.connect() as c:
        return [(*row[:7], round(row[7], 6)) for row in c.execute(
            select(r.grain, r.dimension, r.period, r.metric, r.member, r.bin, r.value_count,
                   r.value_sum).order_by(r.grain, r.dimension, r.period, r.metric, r.member,
                                         r.bin))]


def test_upgrading_a_database_with_visits_back_fills_the_rollups(engine: Engine) -> None:
    from alembic import command

    insert_demo(engine, 150, 40, end=date(2026, 11, 20), seed=8)
    kept = _cells(engine)
    assert kept
    config = migrate._alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0012")
    assert "stats_rollup" not in migrate.table_names(engine)
    migrate.upgrade(engine)
    assert _cells(engine) == kept
    with engine.connect() as c:
        months = c.execute(select(func.count(func.distinct(StatsRollup.period)))
                           .where(StatsRollup.grain == "month")).scalar_one()
    assert months == 2  # October and November 2026
