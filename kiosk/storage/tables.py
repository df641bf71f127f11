"""Tables of the visits and their personal data, on the shared ``kiosk.storage.models.Base``.

They live in storage (not in the services that write them) so migrations import them
without importing any service: ``kiosk.visits``, ``kiosk.personal`` and
``kiosk.statistics`` all import this module, and it imports none of them.

Anonymous metrics (no name, address, birth date or 個人番号 — only ids, codes and counts):

``visit``
    One row per visit: the client-generated id, the local day and its ticket as printed,
    with ``ticket_rank`` telling apart visits printed the same number (0 for the first one
    stored; see ``kiosk.visits.store.insert_visits``), the terminal that opened it, and the attributes the
    statistics filter on (life event code, channel, language, household size, number of
    procedures and forms, departments on the route). The attributes arrive in events and
    are re-derived from them, so the row can always be rebuilt from ``visit_event``.
``visit_event``
    Append-only. The id is a UUID made on the terminal, so sending the same event twice
    (outbox retry) inserts it once. ``occurred_at`` is the terminal's UTC time corrected
    by the offset to the database clock (see ``kiosk.visits.clock``).
``ticket_counter``
    The last ticket number handed out per day; bumped by one atomic upsert.
``visit_summary`` / ``department_summary``
    Per-visit figures (dwell, kiosk time; per department wait and service), refreshed in
    the same transaction as the events they come from, so statistics on a million visits
    read one narrow table instead of replaying ten million events.
``stats_rollup``
    The summaries rolled up per day and per month: for each dimension (all visits, one
    life event, channel, department, or channel and life event), metric column and
    log-spaced bin (``kiosk.domain.log_histogram``), how many values and their sum. Kept
    in the same transaction as the summaries (``kiosk.storage.rollups``), so a year of a
    million visits is a few thousand rows to add up.
``baseline``
    The town's pre-system survey: date, life event, minutes spent.

Personal data (kept apart, purged; see ``kiosk.personal.store`` / ``audit``):

``visit_personal``
    The prefilled values a clerk needs, as JSON sealed to the town public key, with
    ``expires_at``. Never the 個人番号.
``town_key``
    The town's X25519 public keys that kiosks seal the personal copy to (``kiosk keys``).
``personal_audit``
    Who viewed a visit's personal data and when — never what was shown.
``core_submission``
    The accepted procedures waiting for (or answered by) the core system, one row per
    idempotency key (``kiosk.app.submission_queue``): ids, status and the answer's reason
    in the clear; the record itself sealed to the town public key, wiped by the purge
    once the answer is final and the retention has passed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base

ID = String(36)


class Visit(Base):
    __tablename__ = "visit"
    __table_args__ = (
        UniqueConstraint("day", "ticket", "ticket_rank", name="uq_visit_day_ticket_rank"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    ticket: Mapped[str] = mapped_column(String(80))
    # 0, or 1, 2 … for later visits printed the same ticket on the same day (never dropped).
    ticket_rank: Mapped[int] = mapped_column(Integer, server_default="0")
    terminal_id: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    channel: Mapped[str] = mapped_column(String(16), default="walk_in")
    language: Mapped[str] = mapped_column(String(8), default="ja")
    life_event: Mapped[str | None] = mapped_column(String(32))
    household_size: Mapped[int | None] = mapped_column(Integer)
    procedures: Mapped[int | None] = mapped_column(Integer)
    forms: Mapped[int | None] = mapped_column(Integer)
    # Comma-separated department codes from the navigation plan (for the clerk queue).
    departments: Mapped[str | None] = mapped_column(String(400))


class VisitEvent(Base):
    __tablename__ = "visit_event"
    __table_args__ = (Index("ix_visit_event_visit_time", "visit_id", "occurred_at"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    visit_id: Mapped[str] = mapped_column(ID)
    kind: Mapped[str] = mapped_column(String(24))
    department: Mapped[str | None] = mapped_column(String(32))
    # identified: card / manual / pre_application.
    method: Mapped[str | None] = mapped_column(String(24))
    # Allow-listed visit attributes (life_event, procedures, …); never personal data.
    attrs: Mapped[dict[str, object] | None] = mapped_column(JSON)
    terminal_id: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class TicketCounter(Base):
    __tablename__ = "ticket_counter"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class VisitSummary(Base):
    __tablename__ = "visit_summary"
    __table_args__ = (
        Index("ix_visit_summary_day_event", "day", "life_event"),
    )

    visit_id: Mapped[str] = mapped_column(ID, primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    hour: Mapped[int] = mapped_column(Integer)
    week: Mapped[str] = mapped_column(String(8))  # ISO week, "2026-W48"
    life_event: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    dwell_seconds: Mapped[float | None] = mapped_column(Float)
    kiosk_seconds: Mapped[float | None] = mapped_column(Float)


class DepartmentSummary(Base):
    __tablename__ = "department_summary"
    __table_args__ = (
        Index("ix_department_summary_day_dept", "day", "department"),
    )

    visit_id: Mapped[str] = mapped_column(ID, primary_key=True)
    department: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date)
    hour: Mapped[int] = mapped_column(Integer)
    week: Mapped[str] = mapped_column(String(8))
    life_event: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(16))
    wait_seconds: Mapped[float | None] = mapped_column(Float)
    service_seconds: Mapped[float | None] = mapped_column(Float)
    sent_back: Mapped[int] = mapped_column(Integer, default=0)


class StatsRollup(Base):
    __tablename__ = "stats_rollup"

    grain: Mapped[str] = mapped_column(String(8), primary_key=True)  # "day" or "month"
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    period: Mapped[date] = mapped_column(Date, primary_key=True)  # the day, or the 1st
    metric: Mapped[str] = mapped_column(String(32), primary_key=True)  # a summary column
    member: Mapped[str] = mapped_column(String(80), primary_key=True)  # "" for all
    bin: Mapped[int] = mapped_column(Integer, primary_key=True)
    value_count: Mapped[int] = mapped_column(Integer)
    value_sum: Mapped[float] = mapped_column(Float)


class Baseline(Base):
    __tablename__ = "baseline"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    survey_date: Mapped[date] = mapped_column(Date)
    life_event: Mapped[str] = mapped_column(String(32))
    minutes: Mapped[float] = mapped_column(Float)


class VisitPersonal(Base):
    __tablename__ = "visit_personal"

    visit_id: Mapped[str] = mapped_column(ID, primary_key=True)
    # JSON sealed to the town public key (kiosk.personal.sealed); the visit id is bound.
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class TownKey(Base):
    __tablename__ = "town_key"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PersonalAudit(Base):
    __tablename__ = "personal_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    visit_id: Mapped[str] = mapped_column(ID, index=True)
    action: Mapped[str] = mapped_column(String(24))
    # The database login that wrote the row, set by PostgreSQL itself (migration 0006).
    db_role: Mapped[str | None] = mapped_column(String(63))


class CoreSubmission(Base):
    __tablename__ = "core_submission"
    __table_args__ = (Index("ix_core_submission_status_next", "status", "next_attempt_at"),)

    idempotency_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    visit_id: Mapped[str] = mapped_column(ID, index=True)
    procedure_id: Mapped[str] = mapped_column(String(64))
    department: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str] = mapped_column(String(36))  # "self", "m1" … of the visit
    status: Mapped[str] = mapped_column(String(16))  # queued, sent, accepted, rejected
    reason: Mapped[str] = mapped_column(String(400), default="")  # the core system's
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(String(400), default="")  # a plain sentence
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The record as JSON sealed to the town key, the idempotency key bound as context;
    # None once purged.
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Set when the answer is final: the body goes at this instant (the retention).
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)


METRICS_TABLES = (
    "visit", "visit_event", "ticket_counter", "visit_summary", "department_summary", "baseline",
)
PERSONAL_TABLES = ("visit_personal", "core_submission")
