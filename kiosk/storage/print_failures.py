"""``print_failure``: the kiosks' failed print jobs, as metadata only, on the shared database.

A kiosk whose printer failed keeps the job sealed in its own spool (``printing.queue``)
and writes one row here, so every clerk terminal sees every kiosk's failures: the job
id, the terminal, the visit id, when, why (a short code and one plain sentence for
staff), how many attempts, and where it stands. Never the document, a name or a number.

``state``: ``failed`` (waiting), ``discard_requested`` / ``reprinted`` (a clerk dealt with
it; the kiosk deletes its sealed copy at its next sweep), then the kiosk's outcome:
``printed`` (a retry worked), ``discarded`` or ``expired`` (retention ended).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base


class PrintFailure(Base):
    __tablename__ = "print_failure"

    job_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    visit_id: Mapped[str] = mapped_column(String(36), default="")
    failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    code: Mapped[str] = mapped_column(String(24))
    reason: Mapped[str] = mapped_column(String(400))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(24), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    staff_id: Mapped[str] = mapped_column(String(64), default="")
