"""``retention.metrics_days``: delete the anonymous metrics of visits older than that."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select

from kiosk.storage.rollups import forget_before
from kiosk.storage.tables import (
    DepartmentSummary,
    TicketCounter,
    Visit,
    VisitEvent,
    VisitSummary,
)
from kiosk.visits.clock import LOCAL_TZ, as_utc


def purge_metrics(engine: Engine, days: int, now: datetime) -> int:
    """Delete anonymous metrics of visits older than ``days`` local days (0: keep all).

    The personal-data audit log is kept: its retention is a legal matter for the town.
    """
    if days <= 0:
        return 0
    cutoff = as_utc(now).astimezone(LOCAL_TZ).date() - timedelta(days=days)
    old = select(Visit.id).where(Visit.day < cutoff)
    with engine.begin() as connection:
        for model in (VisitEvent, DepartmentSummary, VisitSummary):
            column = model.__table__.c.visit_id
            connection.execute(delete(model).where(column.in_(old)))
        connection.execute(delete(TicketCounter).where(TicketCounter.day < cutoff))
        result = connection.execute(delete(Visit).where(Visit.day < cutoff))
        forget_before(connection, cutoff)  # the roll-ups keep no trace of them either
    return int(result.rowcount or 0)
