"""Writes to the central metrics tables, identical on SQLite and PostgreSQL.

Three operations, all inside a caller's transaction (a ``Connection``):

* ``next_ticket``: one atomic upsert ``… ON CONFLICT (day) DO UPDATE SET last = last + 1
  RETURNING last``. On PostgreSQL the row lock serialises concurrent terminals; SQLite
  serialises all writers anyway. No read-then-write race, no retry loop.
* ``insert_ignore``: ``INSERT … ON CONFLICT (<primary key>) DO NOTHING``. Events carry
  ids made on the terminal, so re-sending an outbox batch inserts each row once. Only the
  primary key is ignored: any other conflict is an error, never a silently dropped row.
* ``insert_visits``: the same for visits, which also reconciles ticket collisions. Two
  visits may have been printed the same ticket (two terminals on one id, an outbox
  started again): the later one is stored with its printed ticket and the next
  ``ticket_rank``, so the resident keeps the number on the paper and staff see both
  (``ticket_label``). The day's counter row is locked first, so two terminals sending at
  once rank their visits one after the other instead of failing.
* ``refresh_summaries``: re-derives a visit's attributes and summary rows from all its
  events, so late or out-of-order events simply trigger a recomputation, and moves the
  visit's values in the daily and monthly roll-ups (``kiosk.storage.rollups``) from their
  old cells to their new ones, in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.storage.rollups import VisitDeltas
from kiosk.storage.tables import DepartmentSummary, TicketCounter, Visit, VisitEvent, VisitSummary
from kiosk.visits import dwell
from kiosk.visits.clock import as_utc, iso_week, local_hour
from kiosk.visits.vocabulary import VOCABULARY

log = logging.getLogger(__name__)
CHANNEL_BY_METHOD = VOCABULARY.methods
VISIT_ATTRS = ("life_event", "household_size", "procedures", "forms", "language")


def dialect_insert(connection: Connection, table: Table) -> Any:
    if connection.dialect.name == "postgresql":
        return postgresql.insert(table)
    if connection.dialect.name == "sqlite":
        return sqlite.insert(table)
    raise NotImplementedError(connection.dialect.name)  # pragma: no cover


def insert_ignore(connection: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert rows whose primary key is new; return how many were really inserted."""
    if not rows:
        return 0
    key = [column.name for column in table.primary_key.columns]
    statement = dialect_insert(connection, table).on_conflict_do_nothing(index_elements=key)
    inserted = 0
    for row in rows:  # per row, so rowcount is exact on both back-ends
        inserted += connection.execute(statement, dict(row)).rowcount or 0
    return inserted


def insert_visits(connection: Connection, rows: Sequence[Mapping[str, Any]]) -> int:
    """Insert visits whose id is new, ranking a ticket already taken that day (see above)."""
    table = _visit_table()
    for day in sorted({row["day"] for row in rows}):  # sorted: a stable lock order
        _lock_day(connection, day)
    fresh = []
    for row in rows:
        stored = connection.execute(
            select(table.c.ticket).where(table.c.id == row["id"])).scalar_one_or_none()
        if stored == row["ticket"]:
            continue  # sent before (an outbox retry)
        taken = connection.execute(
            select(func.max(table.c.ticket_rank))
            .where(table.c.day == row["day"], table.c.ticket == row["ticket"])
        ).scalar_one_or_none()
        fresh.append({**row, "ticket_rank": 0 if taken is None else int(taken) + 1})
        if taken is not None:
            log.warning("ticket %s of %s was printed twice; stored as rank %d",
                        row["ticket"], row["day"], int(taken) + 1)
        if stored is not None:
            # The central start committed just as the connection died: the terminal then
            # printed an offline ticket for the same visit id. The paper's number wins; the
            # row is renumbered in place (a terminal's database role may not delete visits).
            connection.execute(
                update(table).where(table.c.id == row["id"])
                .values(ticket=row["ticket"], ticket_rank=fresh[-1]["ticket_rank"])
            )
            continue
        insert_ignore(connection, table, fresh[-1:])
    return len(fresh)


def ticket_label(ticket: str, rank: int, shared: bool) -> str:
    """The ticket as staff see it: printed number, plus a mark when it is not unique."""
    return f"{ticket} ⚠{rank + 1}" if shared else ticket


def parse_ticket_label(text: str) -> tuple[str, int]:
    """A typed ticket (``kiosk-1-7`` or its marked label ``kiosk-1-7 ⚠2``): (ticket, rank)."""
    ticket, mark, number = text.rpartition(" ⚠")
    if mark and number.isdigit() and int(number) >= 1:
        return ticket, int(number) - 1
    return text, 0


def _lock_day(connection: Connection, day: date) -> None:
    """Lock (creating if needed) the day's counter row without changing its value."""
    table = TicketCounter.__table__
    assert isinstance(table, Table)
    connection.execute(
        dialect_insert(connection, table)
        .values(day=day, last=0)
        .on_conflict_do_update(index_elements=["day"], set_={"last": table.c.last})
    )


def _visit_table() -> Table:
    table = Visit.__table__
    assert isinstance(table, Table)
    return table


def next_ticket(connection: Connection, day: date) -> int:
    """The next ticket number of ``day`` across all terminals."""
    table = TicketCounter.__table__
    assert isinstance(table, Table)
    statement = (
        dialect_insert(connection, table)
        .values(day=day, last=1)
        .on_conflict_do_update(index_elements=["day"], set_={"last": table.c.last + 1})
        .returning(table.c.last)
    )
    value = connection.execute(statement).scalar_one()
    return int(value)


def _events_of(connection: Connection, visit_id: str) -> list[Any]:
    columns = VisitEvent.__table__.c
    return list(
        connection.execute(
            select(
                columns.kind, columns.occurred_at, columns.department, columns.method, columns.attrs
            )
            .where(columns.visit_id == visit_id)
            .order_by(columns.occurred_at)
        )
    )


def derive_attributes(rows: Iterable[Any], current_channel: str) -> dict[str, Any]:
    """The visit's attributes as the events tell them (the latest value wins)."""
    values: dict[str, Any] = {"channel": current_channel}
    route: list[str] | None = None
    ordered = sorted(rows, key=lambda r: (as_utc(r.occurred_at), dwell.KIND_ORDER.get(r.kind, 8)))
    for row in ordered:
        if row.kind == "identified" and row.method in CHANNEL_BY_METHOD:
            values["channel"] = CHANNEL_BY_METHOD[row.method]
        for key, value in (row.attrs or {}).items():
            if key in VISIT_ATTRS:
                values[key] = value
            elif key == "departments":
                route = list(value)
        # a one-stop desk's hand-off puts the department on the route (into its queue)
        if row.kind == "handed_off" and row.department:
            route = [*(route or []), *([] if row.department in (route or []) else
                                        [row.department])]
    if route is not None:
        values["departments"] = ",".join(route)
    return values


def refresh_summaries(connection: Connection, visit_ids: Iterable[str]) -> None:
    """Recompute the summary rows of these visits from their events."""
    visits = Visit.__table__.c
    deltas = VisitDeltas()
    for visit_id in sorted(set(visit_ids)):  # sorted: a stable lock order across terminals
        visit = connection.execute(
            select(visits.id, visits.day, visits.started_at, visits.channel)
            .where(visits.id == visit_id)
            .with_for_update()
        ).one_or_none()
        if visit is None:
            continue  # events without their visit row cannot happen through the outbox
        rows = _events_of(connection, visit_id)
        attrs = derive_attributes(rows, visit.channel)
        connection.execute(update(Visit).where(visits.id == visit_id).values(**attrs))
        times = dwell.compute(
            dwell.Event(r.kind, as_utc(r.occurred_at), r.department) for r in rows
        )
        deltas.before(connection, visit_id)  # read under the visit's lock
        _write_summary(connection, visit, attrs, times)
        deltas.after(connection, visit_id)
    deltas.apply(connection)


def _write_summary(
    connection: Connection, visit: Any, attrs: Mapping[str, Any], times: dwell.VisitTimes
) -> None:
    common = {
        "visit_id": visit.id,
        "day": visit.day,
        "hour": local_hour(visit.started_at),
        "week": iso_week(visit.day),
        "life_event": attrs.get("life_event") or "unknown",
        "channel": attrs["channel"],
    }
    connection.execute(delete(VisitSummary).where(VisitSummary.visit_id == visit.id))
    connection.execute(delete(DepartmentSummary).where(DepartmentSummary.visit_id == visit.id))
    connection.execute(
        insert(VisitSummary).values(
            **common, dwell_seconds=times.dwell_seconds, kiosk_seconds=times.kiosk_seconds
        )
    )
    dept_rows = [
        {
            **common,
            "department": name,
            "wait_seconds": t.wait_seconds,
            "service_seconds": t.service_seconds,
            "sent_back": t.sent_back,
        }
        for name, t in times.departments.items()
    ]
    if dept_rows:
        connection.execute(insert(DepartmentSummary), dept_rows)
