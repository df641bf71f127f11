"""The reference core system's own tables (never the kiosk's), made with ``create_all``.

A stand-in for the vendor's 住民記録 database: nothing upgrades a demo's core system, so
there are no migrations.

Tables:

* ``core_residents``: one row per person (宛名番号 ``key``), with the household's 世帯番号
  and address, the name and kana as registered, and the normalised name and address the
  search compares (:mod:`kiosk.domain.name_normalize`); ``insurances`` and
  ``registrations`` are ``;``-joined codes of ``docs/core-link.md``.
* ``core_reservations`` and ``core_movers``: a 転入予約 and its movers in filing order
  (``position`` 0 filed it); the movers' basic four are searched with the reservation's
  ``previous_address``, which is the address on their card.
* ``core_submissions``: one row per idempotency key, the first body as received (its
  SHA-256 decides whether a later PUT is the same), the answer, when it came and how many
  PUTs repeated it. A body value shaped like a 個人番号 is masked before it is stored and
  the submission is rejected: this database never holds one.

Nothing here has a column for the 個人番号 or the PIN.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """The core system's tables (never the kiosk's)."""


class ResidentRow(Base):
    __tablename__ = "core_residents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    household_key: Mapped[str] = mapped_column(String(32), index=True)
    address: Mapped[str] = mapped_column(Text)
    address_norm: Mapped[str] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    person_match: Mapped[str] = mapped_column(String(255), index=True)
    kana: Mapped[str] = mapped_column(Text)
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    relation: Mapped[str] = mapped_column(String(32))
    resident_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    insurances: Mapped[str] = mapped_column(Text, default="")
    registrations: Mapped[str] = mapped_column(Text, default="")
    nationality: Mapped[str] = mapped_column(String(64), default="")


class ReservationRow(Base):
    __tablename__ = "core_reservations"

    reservation_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    previous_address: Mapped[str] = mapped_column(Text)
    previous_address_norm: Mapped[str] = mapped_column(Text)
    previous_municipality: Mapped[str] = mapped_column(String(6))
    oaza: Mapped[str] = mapped_column(Text)
    banchi: Mapped[str] = mapped_column(String(64))
    katagaki: Mapped[str] = mapped_column(Text, default="")
    planned_date: Mapped[date] = mapped_column(Date)
    moved_out_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class MoverRow(Base):
    __tablename__ = "core_movers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reservation_id: Mapped[str] = mapped_column(ForeignKey("core_reservations.reservation_id"),
                                                index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    person_match: Mapped[str] = mapped_column(String(255), index=True)
    kana: Mapped[str] = mapped_column(Text)
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    relation: Mapped[str] = mapped_column(String(32))
    nationality: Mapped[str] = mapped_column(String(64), default="")
    insurances: Mapped[str] = mapped_column(Text, default="")
    registrations: Mapped[str] = mapped_column(Text, default="")


class SubmissionRow(Base):
    __tablename__ = "core_submissions"

    idempotency_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    body: Mapped[str] = mapped_column(Text)
    body_sha256: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    puts: Mapped[int] = mapped_column(Integer, default=1)
