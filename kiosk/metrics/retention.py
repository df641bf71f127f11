"""When prefilled personal data expires: ``retention.personal_data`` turned into an instant.

``"next-working-day"`` (the default) keeps the data to the end of the next working day in
Japan, so a resident who starts on Friday afternoon can still finish on Monday. Working
days skip Saturdays, Sundays, public holidays (``jpholiday``, which follows the 祝日法
including substitute and citizens' holidays) and the town hall's year-end closure
(12月29日〜1月3日, 行政機関の休日に関する法律). A number keeps the data that many hours.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import jpholiday
from sqlalchemy import Engine, delete, select

from kiosk.metrics.clock import LOCAL_TZ, as_utc
from kiosk.metrics.models import (
    DepartmentSummary,
    TicketCounter,
    Visit,
    VisitEvent,
    VisitSummary,
)


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return False
    return not jpholiday.is_holiday(day)


def next_working_day(day: date) -> date:
    candidate = day + timedelta(days=1)
    while not is_working_day(candidate):
        candidate += timedelta(days=1)
    return candidate


def expires_at(created: datetime, policy: str) -> datetime:
    """The instant (UTC) at which data created at ``created`` must be gone."""
    if policy == "next-working-day":
        local = as_utc(created).astimezone(LOCAL_TZ).date()
        end = datetime.combine(next_working_day(local) + timedelta(days=1), time(0), LOCAL_TZ)
        return as_utc(end)
    if policy.isdigit() and int(policy) > 0:
        return as_utc(created) + timedelta(hours=int(policy))
    raise ValueError("retention.personal_data must be next-working-day or a number of hours")


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
    return int(result.rowcount or 0)
