"""Migration 0004 (ledger): stored visits get rank 0, the uniqueness moves to (day, ticket, rank)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

from kiosk.storage import migrate

INSERT = ("INSERT INTO visit (id, day, ticket, terminal_id, started_at, channel, language"
              "{extra}) VALUES (:id, '2026-11-02', '7', 'k', '2026-11-02 01:00:00+00', "
              "'card', 'ja'{value})")


def test_visits_stored_before_keep_their_ticket_and_get_rank_0(engine: Engine) -> None:
    from alembic import command

    config = migrate._alembic_config(engine)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    with engine.begin() as connection:
        connection.execute(text(INSERT.format(extra="", value="")),
                           {"id": "before"})
    migrate.upgrade(engine)
    with engine.begin() as connection:
        assert connection.execute(text("SELECT ticket, ticket_rank FROM visit")).one() == ("7", 0)
        connection.execute(text(INSERT.format(extra=", ticket_rank", value=", 1")),
                           {"id": "printed-twice"})
        assert connection.execute(text("SELECT instance FROM terminal")).all() == []
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(INSERT.format(extra=", ticket_rank", value=", 1")),
                           {"id": "same-rank"})
