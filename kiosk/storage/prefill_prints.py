"""``prefill_print``: which pre-application codes were printed today, at any terminal.

One row per code and day: the code's id (16 random hex digits made at home: not personal
data), the local day, the terminal that printed it last and when, how many times it was
printed, and how many reprints staff allowed that are not used yet. Nothing else: no
name, no visit id, no content of the code. The kiosk refuses a code printed earlier the
same day unless ``reprints_allowed`` is above zero (``kiosk.app.prefill_replay``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base


class PrefillPrint(Base):
    __tablename__ = "prefill_print"

    code_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    prints: Mapped[int] = mapped_column(Integer)
    reprints_allowed: Mapped[int] = mapped_column(Integer)
