"""``help_call``: the calls for help raised at the kiosks (issue 14 §1), one row per call.

The call's id (a UUID made on the kiosk, so a call sent twice from the outbox is stored
once), the terminal, the screen and the reason (codes), the local day, when it was raised,
acknowledged and resolved, and the staff numbers of who did so. No resident data.

On PostgreSQL a trigger (migration 0011) sends ``NOTIFY help_call, '<id>'`` after every
insert and update, so the consoles that ``LISTEN`` see a call as soon as it commits, from
whichever terminal or outbox it came; SQLite consoles poll (``kiosk.visits.help_watch``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base

NOTIFY_CHANNEL = "help_call"


class HelpCallRow(Base):
    __tablename__ = "help_call"
    __table_args__ = (
        Index("ix_help_call_day", "day"),
        Index("ix_help_call_open", "resolved_at"),
    )

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    screen: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(32))
    day: Mapped[date] = mapped_column(Date)
    raised_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_by: Mapped[str | None] = mapped_column(String(64))
