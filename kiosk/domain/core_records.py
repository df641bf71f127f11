"""What the town's core system (基幹系) knows, as the kiosk handles it in memory.

Three kinds of records cross the core-system link (see ``docs/core-link.md``):

* a :class:`RecordedHousehold`: the resident found by the card's basic four, with every
  member of their household as registered (name in kanji and kana, birth date, sex, 続柄,
  住民となった日) and what the record says of their insurances and registrations;
* a :class:`MoveInReservation` (転入予約 / 転出証明書情報, 引越しワンストップ): the movers,
  the previous address, the planned address in this town and the planned date;
* a :class:`ProcedureSubmission`, one per accepted procedure and member, sent back with an
  idempotency key, and its :class:`SubmissionResult`.

No record here has a field for the 個人番号 (番号法): the link identifies people by the
basic four and by the core system's own opaque person key (宛名番号 style), never by it.
Every ``__repr__`` is redacted so no value reaches a log line or a traceback.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.domain.resident import Sex


class CoreUnavailable(RuntimeError):
    """The core system could not answer (down, too slow, refused, or answered nonsense).

    The message is one plain sentence for staff; the resident's screen shows its own
    sentence and the visit goes on the manual path.
    """


class Provenance(enum.Enum):
    """Where a value of the visit came from (the clerk console shows it)."""

    CARD = "card"
    RECORD = "record"
    RESIDENT = "resident"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class RecordedPerson:
    """One member of a household as the 住民記録 holds them."""

    key: str  # the core system's own person key (宛名番号 style); never the 個人番号
    name: str  # registered name, kanji (外字 as the record spells them, IVS included)
    kana: str  # 氏名の振り仮名, full-width katakana, a full-width space between 氏 and 名
    birth_date: date
    sex: Sex
    relation: str  # 続柄 to the head as the 住民票 writes it: 世帯主, 妻, 子, 父 …
    resident_since: date | None = None  # 住民となった年月日
    # codes of docs/core-link.md: kokuho, kouki, kaigo_1, kaigo_nintei, …
    insurances: frozenset[str] = frozenset()
    # codes of docs/core-link.md: inkan, jido_teate, child_medical, …
    registrations: frozenset[str] = frozenset()
    nationality: str = ""  # 国籍・地域 of a foreign resident; "" for a Japanese national

    def __repr__(self) -> str:
        return f"RecordedPerson(key=<redacted>, relation={self.relation!r})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class RecordedHousehold:
    """The household of the resident the basic four matched."""

    household_key: str  # 世帯番号 style, opaque
    address: str  # the registered address, as the record writes it
    resident_key: str  # which member matched the card
    members: tuple[RecordedPerson, ...]

    @property
    def resident(self) -> RecordedPerson:
        return next(m for m in self.members if m.key == self.resident_key)

    @property
    def others(self) -> tuple[RecordedPerson, ...]:
        return tuple(m for m in self.members if m.key != self.resident_key)

    def __repr__(self) -> str:
        return f"RecordedHousehold(<redacted>, members={len(self.members)})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class ReservedPerson:
    """One mover of a 転入予約, as the 転出証明書情報 names them."""

    name: str
    kana: str
    birth_date: date
    sex: Sex
    relation: str  # 続柄 in the household they leave
    nationality: str = ""
    # What the 転出証明書 states (住民基本台帳法施行令 §23: 国民健康保険・後期高齢者医療・
    # 介護保険の被保険者である旨, 国民年金の種別, 児童手当の受給者である旨), same codes
    # as RecordedPerson's.
    insurances: frozenset[str] = frozenset()
    registrations: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return f"ReservedPerson(<redacted>, relation={self.relation!r})"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class PlannedAddress:
    """The planned address in this town, split as the kiosk's forms print it."""

    oaza: str  # the 大字 (or 町名) as the town's catalog spells it
    banchi: str  # 番地 in half-width digits and hyphens: 123-4
    katagaki: str = ""  # 方書: building and room

    def __repr__(self) -> str:
        return "PlannedAddress(<redacted>)"

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class MoveInReservation:
    """A 転入予約 with its 転出証明書情報: the first mover is the one who filed it."""

    reservation_id: str
    previous_address: str  # 前住所 as the 転出証明書 writes it
    previous_municipality: str  # 全国地方公共団体コード, 6 digits (the prefecture is [:2])
    planned_address: PlannedAddress
    planned_date: date  # 転入予定日
    moved_out_on: date | None  # 転出予定日 / 転出日 of the 転出証明書情報
    members: tuple[ReservedPerson, ...]

    def __repr__(self) -> str:
        return f"MoveInReservation(<redacted>, members={len(self.members)})"

    __str__ = __repr__


class SubmissionStatus(enum.Enum):
    """A submission's life: queued here, sent, then accepted or rejected there."""

    QUEUED = "queued"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class ProcedureSubmission:
    """One accepted procedure for one member, as the core system receives it.

    ``idempotency_key`` is derived from the visit, the procedure and the member, so a
    retry after a network failure or a restart is the same submission, and the core
    system keeps the first one.
    """

    idempotency_key: str
    visit_id: str
    procedure_id: str
    department: str
    event: str  # the life event id of the catalog
    event_date: date
    accepted_at: datetime
    staff_id: str
    person_key: str  # the record's key, or "" for a person the record does not hold yet
    name: str
    kana: str
    birth_date: date
    sex: Sex
    # the procedure's own data: new address, 異動日, … (never the 個人番号)
    fields: Mapping[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return (f"ProcedureSubmission(key={self.idempotency_key!r}, "
                f"procedure={self.procedure_id!r}, <redacted>)")

    __str__ = __repr__


@dataclass(frozen=True, slots=True)
class SubmissionResult:
    """The core system's answer to one submission (the same answer for every retry)."""

    idempotency_key: str
    status: SubmissionStatus
    reason: str = ""  # why it was rejected, for the clerk


@dataclass(frozen=True, slots=True)
class CallContext:
    """Who asks, for which visit: every call is audited with it, and it carries no
    personal data. ``staff_id`` is ``"resident"`` when the resident's own session asks."""

    terminal_id: str
    staff_id: str
    visit_id: str


@dataclass(frozen=True, slots=True)
class LinkStatus:
    """``kiosk core status`` and ``kiosk doctor``: is the link up, and what is there."""

    kind: str  # none | rest | folder
    reachable: bool
    detail: str  # one plain sentence
    system: str = ""  # the core system's own name and version, when it says
