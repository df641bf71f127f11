"""Tables of the personal staff accounts (issue 14), kept apart from ``tables.py``.

``staff_account``
    One row per member of staff: the account id (職員番号, what the audit log records as
    "who"), a display name, the role (clerk, manager, admin), the argon2id hash of the
    password, whether it is disabled, and the lock-out: wrong passwords in a row and the
    time until which every log-in is refused. The lock-out lives here, not in the
    console's memory, so closing and reopening a console does not reset it.
``off_route_access``
    A clerk opened a visit whose route does not include the counter: who, where, which
    visit, when, and the reason chosen from a fixed list (a code, never free text, so no
    personal data can end up here).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.storage.models import Base


class StaffAccount(Base):
    __tablename__ = "staff_account"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(80))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class OffRouteAccess(Base):
    __tablename__ = "off_route_access"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    terminal_id: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[str] = mapped_column(String(64))
    visit_id: Mapped[str] = mapped_column(String(36), index=True)
    department: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(String(32))
