"""Time for metrics: timezone-aware UTC instants, corrected for terminal clock drift.

Terminal clocks drift (a kiosk without NTP gains or loses seconds a day), and events of
one visit come from several terminals (the kiosk, then each clerk's counter). Subtracting
times from two clocks would then measure the drift, not the wait. So:

* at every successful contact with the central database (the first connection, each
  outbox sync, and at most every ``REMEASURE_SECONDS`` while online) the terminal measures
  ``offset = server_time − midpoint(local_before, local_after)``;
* every event carries ``local UTC now + offset``: the database server's timeline;
* while offline, the last measured offset keeps being applied (it is persisted in the
  outbox, so a restart during an outage keeps it). Drift over an outage of hours is a
  few seconds at most, far below the minutes being measured;
* residual skew never makes a span negative: ``kiosk.visits.dwell`` takes spans in
  time order (see there).

The local day and hour (for ticket numbers and "by hour of day") are those of Japan.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, text

LOCAL_TZ = ZoneInfo("Asia/Tokyo")
REMEASURE_SECONDS = 300.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands back naive datetimes; everything we store is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def local_day(value: datetime) -> date:
    return as_utc(value).astimezone(LOCAL_TZ).date()


def local_hour(value: datetime) -> int:
    return as_utc(value).astimezone(LOCAL_TZ).hour


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def server_now(connection: Connection) -> datetime:
    """The database server's current time (not the transaction start)."""
    if connection.dialect.name == "postgresql":
        value = connection.execute(text("SELECT clock_timestamp()")).scalar_one()
        assert isinstance(value, datetime)
        return as_utc(value)
    raw = connection.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
    return datetime.fromisoformat(str(raw)).replace(tzinfo=UTC)


class DriftClock:
    """Local UTC time shifted onto the database server's timeline."""

    def __init__(
        self,
        offset: timedelta = timedelta(0),
        local: Callable[[], datetime] = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.offset = offset
        self._local = local
        self._monotonic = monotonic
        self._measured_at: float | None = None

    def now(self) -> datetime:
        return self._local() + self.offset

    def needs_measure(self) -> bool:
        return (
            self._measured_at is None
            or self._monotonic() - self._measured_at > REMEASURE_SECONDS
        )

    def measure(self, connection: Connection) -> timedelta:
        before = self._local()
        server = server_now(connection)
        after = self._local()
        midpoint = before + (after - before) / 2
        self.offset = server - midpoint
        self._measured_at = self._monotonic()
        return self.offset
