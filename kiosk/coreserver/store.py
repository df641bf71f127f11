"""The reference core system's own database: residents, 転入予約 and received submissions.

A stand-in for the vendor's 住民記録 database, so its tables are its own, made with
``metadata.create_all`` (no migrations: nothing upgrades a demo's core system).

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

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from kiosk.domain.core_records import (
    MoveInReservation,
    PlannedAddress,
    ProcedureSubmission,
    RecordedHousehold,
    RecordedPerson,
    ReservedPerson,
    SubmissionResult,
    SubmissionStatus,
)
from kiosk.domain.mynumber import is_valid as is_my_number
from kiosk.domain.name_normalize import match_key, normalize_address
from kiosk.domain.resident import BasicFour, Sex

ADULT_AGE = 18


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


class Ambiguous(LookupError):
    """Two or more people match: the kiosk never guesses between them."""


class SubmissionConflict(ValueError):
    """A second PUT under a key carries a different body than the first."""


@dataclass(frozen=True, slots=True)
class Counts:
    residents: int
    reservations: int
    submissions: int


def codes(text: str) -> frozenset[str]:
    return frozenset(c for c in text.split(";") if c)


def join_codes(values: Iterable[str]) -> str:
    return ";".join(sorted(values))


_TWELVE_DIGITS = re.compile(r"(?<![0-9])[0-9]{12}(?![0-9])")


def mask_my_numbers(value: Any) -> tuple[Any, bool]:
    """``value`` with every 12-digit run that passes the 個人番号 check digit masked."""
    if isinstance(value, str):
        masked = _TWELVE_DIGITS.sub(lambda m: "*" * 12 if is_my_number(m.group()) else m.group(),
                                    value)
        return masked, masked != value
    if isinstance(value, dict):
        found = False
        out: dict[str, Any] = {}
        for key, item in value.items():
            out[key], hit = mask_my_numbers(item)
            found = found or hit
        return out, found
    if isinstance(value, list):
        pairs = [mask_my_numbers(v) for v in value]
        return [p[0] for p in pairs], any(p[1] for p in pairs)
    return value, False


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class CoreStore:
    """The reference core system's records over one SQLAlchemy engine."""

    def __init__(self, url: str) -> None:
        from kiosk.storage.db import make_engine

        self.engine = make_engine(url)
        Base.metadata.create_all(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ loading
    def add_household(self, household: RecordedHousehold) -> None:
        with Session(self.engine) as session, session.begin():
            session.add_all(self._resident_row(household, person) for person in household.members)

    def add_households(self, households: Iterable[RecordedHousehold]) -> int:
        count = 0
        with Session(self.engine) as session, session.begin():
            for household in households:
                for person in household.members:
                    session.add(self._resident_row(household, person))
                    count += 1
        return count

    @staticmethod
    def _resident_row(household: RecordedHousehold, person: RecordedPerson) -> ResidentRow:
        return ResidentRow(
            key=person.key, household_key=household.household_key, address=household.address,
            address_norm=normalize_address(household.address), name=person.name,
            person_match=match_key(person.name, person.birth_date, person.sex.value),
            kana=person.kana, birth_date=person.birth_date, sex=person.sex.value,
            relation=person.relation, resident_since=person.resident_since,
            insurances=join_codes(person.insurances),
            registrations=join_codes(person.registrations), nationality=person.nationality)

    def add_reservations(self, reservations: Iterable[MoveInReservation]) -> int:
        count = 0
        with Session(self.engine) as session, session.begin():
            for reservation in reservations:
                planned = reservation.planned_address
                session.add(ReservationRow(
                    reservation_id=reservation.reservation_id,
                    previous_address=reservation.previous_address,
                    previous_address_norm=normalize_address(reservation.previous_address),
                    previous_municipality=reservation.previous_municipality,
                    oaza=planned.oaza, banchi=planned.banchi, katagaki=planned.katagaki,
                    planned_date=reservation.planned_date,
                    moved_out_on=reservation.moved_out_on))
                session.flush()
                for position, mover in enumerate(reservation.members):
                    session.add(MoverRow(
                        reservation_id=reservation.reservation_id, position=position,
                        name=mover.name,
                        person_match=match_key(mover.name, mover.birth_date, mover.sex.value),
                        kana=mover.kana, birth_date=mover.birth_date, sex=mover.sex.value,
                        relation=mover.relation, nationality=mover.nationality,
                        insurances=join_codes(mover.insurances),
                        registrations=join_codes(mover.registrations)))
                count += 1
        return count

    # ------------------------------------------------------------------ searching
    def find_household(self, who: BasicFour) -> RecordedHousehold | None:
        """The household of the one person ``who`` names; None; or :class:`Ambiguous`."""
        key = match_key(who.name, who.birth_date, who.sex.value)
        with Session(self.engine) as session:
            found = list(session.scalars(select(ResidentRow).where(ResidentRow.person_match == key)))
            if who.address:
                wanted = normalize_address(who.address)
                found = [row for row in found if row.address_norm == wanted]
            if not found:
                return None
            if len(found) > 1:
                raise Ambiguous("more than one resident matches")
            resident = found[0]
            members = session.scalars(select(ResidentRow)
                                      .where(ResidentRow.household_key == resident.household_key)
                                      .order_by(ResidentRow.id))
            return RecordedHousehold(
                household_key=resident.household_key, address=resident.address,
                resident_key=resident.key,
                members=tuple(RecordedPerson(
                    key=row.key, name=row.name, kana=row.kana, birth_date=row.birth_date,
                    sex=Sex(row.sex), relation=row.relation, resident_since=row.resident_since,
                    insurances=codes(row.insurances), registrations=codes(row.registrations),
                    nationality=row.nationality) for row in members))

    def find_reservation(self, who: BasicFour) -> MoveInReservation | None:
        """The 転入予約 filed by ``who``, or listing ``who`` as an adult mover."""
        key = match_key(who.name, who.birth_date, who.sex.value)
        with Session(self.engine) as session:
            movers = session.scalars(select(MoverRow).where(MoverRow.person_match == key))
            matches: dict[str, ReservationRow] = {}
            for mover in movers:
                reservation = session.get(ReservationRow, mover.reservation_id)
                assert reservation is not None
                if mover.position != 0 and _age(mover.birth_date,
                                                reservation.planned_date) < ADULT_AGE:
                    continue
                if who.address and normalize_address(who.address) != \
                        reservation.previous_address_norm:
                    continue
                matches[reservation.reservation_id] = reservation
            if len(matches) != 1:
                if matches:
                    raise Ambiguous("more than one reservation matches")
                return None
            reservation = next(iter(matches.values()))
            rows = session.scalars(select(MoverRow)
                                   .where(MoverRow.reservation_id == reservation.reservation_id)
                                   .order_by(MoverRow.position))
            return MoveInReservation(
                reservation_id=reservation.reservation_id,
                previous_address=reservation.previous_address,
                previous_municipality=reservation.previous_municipality,
                planned_address=PlannedAddress(reservation.oaza, reservation.banchi,
                                               reservation.katagaki),
                planned_date=reservation.planned_date, moved_out_on=reservation.moved_out_on,
                members=tuple(ReservedPerson(
                    name=row.name, kana=row.kana, birth_date=row.birth_date, sex=Sex(row.sex),
                    relation=row.relation, nationality=row.nationality,
                    insurances=codes(row.insurances), registrations=codes(row.registrations))
                    for row in rows))

    # ------------------------------------------------------------------ submissions
    def submit(self, record: ProcedureSubmission, body: Mapping[str, Any]) -> SubmissionResult:
        """Keep the first body under its key and answer; the same body again gets the same
        answer; a different one raises :class:`SubmissionConflict`."""
        canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        with Session(self.engine) as session, session.begin():
            existing = session.get(SubmissionRow, record.idempotency_key, with_for_update=True)
            if existing is not None:
                if existing.body_sha256 != digest:
                    raise SubmissionConflict("a different body was already received under this key")
                existing.puts += 1
                return _result(existing)
            masked, had_number = mask_my_numbers(dict(body))
            status, reason = (SubmissionStatus.REJECTED,
                              "the body carries a number shaped like a 個人番号") if had_number \
                else self._judge(session, record)
            row = SubmissionRow(
                idempotency_key=record.idempotency_key,
                body=json.dumps(masked, ensure_ascii=False, sort_keys=True),
                body_sha256=digest, status=status.value, reason=reason,
                received_at=datetime.now(UTC), puts=1)
            session.add(row)
            return _result(row)

    @staticmethod
    def _judge(session: Session, record: ProcedureSubmission) -> tuple[SubmissionStatus, str]:
        """Accept, unless the record names a person key the register does not hold, or one
        whose birth date and sex are someone else's. A submission for a person the record
        does not hold yet (no person key: a newcomer, a newborn) is accepted as new."""
        if not record.person_key:
            return SubmissionStatus.ACCEPTED, ""
        row = session.scalars(select(ResidentRow)
                              .where(ResidentRow.key == record.person_key)).first()
        if row is None:
            return SubmissionStatus.REJECTED, "the person key is not in the register"
        if row.birth_date != record.birth_date or row.sex != record.sex.value:
            return SubmissionStatus.REJECTED, "the person key names someone else"
        return SubmissionStatus.ACCEPTED, ""

    def submission(self, key: str) -> SubmissionResult | None:
        with Session(self.engine) as session:
            row = session.get(SubmissionRow, key)
            return None if row is None else _result(row)

    def has_person(self, key: str) -> bool:
        with Session(self.engine) as session:
            return session.scalars(select(ResidentRow.id).where(ResidentRow.key == key)).first() \
                is not None

    def submission_puts(self, key: str) -> int:
        with Session(self.engine) as session:
            row = session.get(SubmissionRow, key)
            return 0 if row is None else row.puts

    def counts(self) -> Counts:
        with Session(self.engine) as session:
            residents = session.scalar(select(func.count()).select_from(ResidentRow)) or 0
            reservations = session.scalar(select(func.count()).select_from(ReservationRow)) or 0
            submissions = session.scalar(select(func.count()).select_from(SubmissionRow)) or 0
        return Counts(residents, reservations, submissions)


def _result(row: SubmissionRow) -> SubmissionResult:
    return SubmissionResult(row.idempotency_key, SubmissionStatus(row.status), row.reason)
