"""The audit log of personal-data views: who (terminal, staff id), when, which visit.

Never *what* was shown: the row has no column that could hold a value. The clerk console
writes one row each time it opens a visit's prefilled data (``ClerkService.open_visit``),
in the same transaction as the read, so there is no view without its audit row. A
command-line read of the 個人番号 (``kiosk card read --with-number --staff ID``) writes a
``read_number`` row before the card is asked, and is refused when it cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, select, text

from kiosk.storage.tables import PersonalAudit
from kiosk.visits.clock import as_utc

#: The calls to the town's core system (issue 12), audited before they are made.
CORE_ACTIONS = frozenset({"core_find_resident", "core_find_reservation", "core_submit"})
#: Staff allowed a pre-application code to print again today (issue 13), at a kiosk.
PREFILL_REPRINT = "prefill_reprint"
ACTIONS = frozenset({"view", "correct", "reprint", "read_number", PREFILL_REPRINT}) | CORE_ACTIONS
#: The visit column of a 個人番号 read at the command line (``kiosk card read --with-number``),
#: which belongs to no visit.
NO_VISIT = "-"


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    terminal_id: str
    staff_id: str
    visit_id: str
    action: str


def write(
    connection: Connection,
    *,
    at: datetime,
    terminal_id: str,
    staff_id: str,
    visit_id: str,
    action: str = "view",
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    connection.execute(
        insert(PersonalAudit).values(
            at=at, terminal_id=terminal_id, staff_id=staff_id, visit_id=visit_id, action=action
        )
    )


def card_number_read(engine: Engine, *, at: datetime, terminal_id: str, staff_id: str) -> None:
    """Audit a command-line read of the 個人番号, before the card is asked for it."""
    with engine.begin() as connection:
        write(connection, at=at, terminal_id=terminal_id, staff_id=staff_id,
              visit_id=NO_VISIT, action="read_number")


def core_call(engine: Engine, *, at: datetime, terminal_id: str, staff_id: str,
              visit_id: str, action: str) -> None:
    """Audit a core-system call before it is made (raises when the row cannot be written).

    On PostgreSQL through ``write_core_audit`` (migration 0008), the one audit row a
    terminal role may write; elsewhere (SQLite, no roles) a plain insert.
    """
    if action not in CORE_ACTIONS:
        raise ValueError(f"not a core-system audit action: {action!r}")
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT write_core_audit(:visit, :terminal, :staff, :action, :at)"),
                {"visit": visit_id, "terminal": terminal_id, "staff": staff_id,
                 "action": action, "at": at})
        else:
            write(connection, at=at, terminal_id=terminal_id, staff_id=staff_id,
                  visit_id=visit_id, action=action)


def prefill_reprint(connection: Connection, *, at: datetime, terminal_id: str, staff_id: str,
                    visit_id: str) -> None:
    """Audit a reprint staff allowed at a kiosk, in the caller's transaction (the one that
    allows it). On PostgreSQL through ``write_prefill_audit`` (migration 0010), which a
    terminal role may call; elsewhere (SQLite, no roles) a plain insert."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT write_prefill_audit(:visit, :terminal, :staff, :at)"),
                           {"visit": visit_id, "terminal": terminal_id, "staff": staff_id,
                            "at": at})
    else:
        write(connection, at=at, terminal_id=terminal_id, staff_id=staff_id,
              visit_id=visit_id, action=PREFILL_REPRINT)


def entries(engine: Engine, visit_id: str | None = None) -> list[AuditEntry]:
    c = PersonalAudit.__table__.c
    query = select(c.at, c.terminal_id, c.staff_id, c.visit_id, c.action).order_by(c.id)
    if visit_id is not None:
        query = query.where(c.visit_id == visit_id)
    with engine.connect() as connection:
        return [
            AuditEntry(as_utc(r.at), r.terminal_id, r.staff_id, r.visit_id, r.action)
            for r in connection.execute(query)
        ]
