"""The prefilled values a clerk needs, kept apart from the metrics and only for a while.

One payload per visit in ``visit_personal`` with its ``expires_at`` (see
``kiosk.personal.retention``); ``purge(now)`` (``kiosk db purge``) deletes what expired,
and an expired row is never handed out even before the purge runs. The retention counts
from the visit: a clerk's ``correct`` replaces the payload but keeps both times.

The payload is sealed per row to the town public key (``kiosk.personal.sealed``, the visit
id bound as context): a kiosk holds only the ``sealer`` and can never read a copy back;
``read`` and ``correct`` need the ``opener`` (the town private key on clerk terminals,
``kiosk.personal.town_key``) and raise ``TownKeyMissing`` with a plain sentence without it.

The 個人番号 is never stored (番号法): keys that name it (``my_number``, ``個人番号``,
``マイナンバー``, ``individual_number`` …) or a PIN are stripped, and so is any value that
*is* one — twelve digits with a valid check digit, whatever key it hides under. Only the
number of stripped items is logged. Reads go through ``read`` with the viewer's ids, and
each read or correction writes an audit row in the same transaction
(``kiosk.personal.audit``).

Least privilege (``kiosk db roles``): ``put_sealed`` is one upsert aimed at the primary key
that sets only the sealed payload on a conflict, so a kiosk needs INSERT and UPDATE
(sealed), never SELECT or DELETE, and a replacement keeps the retention of the visit. On
PostgreSQL ``read`` calls ``read_personal_audited`` (migration 0006), the clerk's only way
in: the database writes the audit row and hands out the row in one statement.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, Table, column, delete, func, select, update

from kiosk.domain.mynumber import is_valid as is_my_number
from kiosk.personal import audit
from kiosk.personal.retention import expires_at
from kiosk.personal.sealed import open_payload, seal_payload
from kiosk.personal.town_key import NO_KEY, NOT_PUBLISHED, TownKeyMissing
from kiosk.sealing.ports import Opener, Sealer
from kiosk.storage.tables import VisitPersonal
from kiosk.visits.clock import as_utc, utc_now
from kiosk.visits.store import dialect_insert

log = logging.getLogger(__name__)

_FORBIDDEN_KEY_PARTS = (
    "mynumber", "individualnumber", "kojinbango", "個人番号", "マイナンバー", "personalnumber",
)
_NOT_DIGIT = re.compile(r"[\s\-‐−ー]")


def _forbidden_key(key: str) -> bool:
    norm = re.sub(r"[\s_\-.]", "", unicodedata.normalize("NFKC", key).lower())
    return any(part in norm for part in _FORBIDDEN_KEY_PARTS) or norm in {"pin", "pincode"} or (
        norm.endswith("pin")
    )


def _looks_like_my_number(value: str) -> bool:
    digits = _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", value))
    return len(digits) == 12 and is_my_number(digits)


def strip_forbidden(value: Any) -> tuple[Any, int]:
    """The payload without any 個人番号 or PIN, and how many items were removed."""
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        removed = 0
        for key, item in value.items():
            if _forbidden_key(str(key)):
                removed += 1
                continue
            if isinstance(item, str) and _looks_like_my_number(item):
                removed += 1
                continue
            out[str(key)], n = strip_forbidden(item)
            removed += n
        return out, removed
    if isinstance(value, list | tuple):
        items: list[Any] = []
        removed = 0
        for item in value:
            if isinstance(item, str) and _looks_like_my_number(item):
                removed += 1
                continue
            clean, n = strip_forbidden(item)
            items.append(clean)
            removed += n
        return items, removed
    if isinstance(value, str) and _looks_like_my_number(value):
        return None, 1
    return value, 0


class PersonalData(dict[str, Any]):
    """A payload whose ``repr`` never shows its content (house rule)."""

    def __repr__(self) -> str:
        return "<redacted>"

    __str__ = __repr__


class PersonalStore:
    """Write, read (audited) and purge the clerks' prefilled data."""

    def __init__(
        self,
        engine: Engine,
        policy: str = "next-working-day",
        *,
        sealer: Sealer | None = None,
        opener: Opener | None = None,
    ) -> None:
        self.engine = engine
        self.policy = policy
        self.sealer = sealer if sealer is not None else opener
        self.opener = opener

    def seal(self, visit_id: str, payload: Mapping[str, Any]) -> tuple[bytes, int]:
        """The payload stripped and sealed for ``visit_id``, and how many items were stripped."""
        if self.sealer is None:
            raise TownKeyMissing(NOT_PUBLISHED)
        clean, removed = strip_forbidden(payload)
        if removed:
            log.warning("stripped %d forbidden item(s) from visit %s", removed, visit_id)
        return seal_payload(self.sealer, visit_id, clean), removed

    def put(self, visit_id: str, payload: Mapping[str, Any], now: datetime | None = None) -> int:
        """Store (or replace) a visit's payload; return how many forbidden items were stripped."""
        sealed, removed = self.seal(visit_id, payload)
        self.put_sealed(visit_id, sealed, now)
        return removed

    def put_sealed(self, visit_id: str, sealed: bytes, created: datetime | None = None) -> None:
        """Store a copy sealed earlier (it waited in the outbox); ``created``: the visit's time."""
        created = as_utc(created or utc_now())
        table = VisitPersonal.__table__
        assert isinstance(table, Table)
        with self.engine.begin() as connection:
            connection.execute(
                dialect_insert(connection, table)
                .values(visit_id=visit_id, sealed=sealed, created_at=created,
                        expires_at=expires_at(created, self.policy))
                # A bound value, not excluded.sealed: reading excluded needs SELECT (sealed).
                .on_conflict_do_update(index_elements=["visit_id"], set_={"sealed": sealed})
            )

    def correct(
        self,
        visit_id: str,
        payload: Mapping[str, Any],
        *,
        staff_id: str,
        terminal_id: str,
        now: datetime | None = None,
    ) -> int:
        """A clerk's correction: the new payload and its audit row in one transaction.

        The retention keeps counting from the visit (``created_at``/``expires_at`` stay).
        Returns how many forbidden items were stripped; raises ``LookupError`` when the
        copy is gone (purged meanwhile).
        """
        at = as_utc(now or utc_now())
        sealed, removed = self.seal(visit_id, payload)
        with self.engine.begin() as connection:
            result = connection.execute(
                update(VisitPersonal)
                .where(VisitPersonal.visit_id == visit_id, VisitPersonal.expires_at > at)
                .values(sealed=sealed)
            )
            if not result.rowcount:
                raise LookupError("the prefilled data of this visit is no longer kept")
            audit.write(connection, at=at, terminal_id=terminal_id,
                        staff_id=staff_id, visit_id=visit_id, action="correct")
        return removed

    def read(
        self,
        visit_id: str,
        *,
        staff_id: str,
        terminal_id: str,
        action: str = "view",
        now: datetime | None = None,
    ) -> PersonalData | None:
        """The payload, or None when absent or expired; the attempt is audited either way."""
        at = as_utc(now or utc_now())
        with self.engine.begin() as connection:
            row = _read_audited(connection, visit_id, at=at, terminal_id=terminal_id,
                                staff_id=staff_id, action=action)
        if row is None or as_utc(row["expires_at"]) <= at:
            return None
        if self.opener is None:
            raise TownKeyMissing(NO_KEY)
        return PersonalData(open_payload(self.opener, visit_id, bytes(row["sealed"])))

    def purge(self, now: datetime | None = None) -> int:
        """Delete every payload whose retention has ended; return how many."""
        at = as_utc(now or utc_now())
        with self.engine.begin() as connection:
            result = connection.execute(delete(VisitPersonal).where(VisitPersonal.expires_at <= at))
        return int(result.rowcount or 0)


def _read_audited(
    connection: Connection, visit_id: str, *, at: datetime, terminal_id: str, staff_id: str,
    action: str,
) -> RowMapping | None:
    """The stored row (every column of the model, by name) or None, and its audit row, in
    the caller's transaction."""
    columns = list(VisitPersonal.__table__.c)
    if connection.dialect.name != "postgresql":
        row = connection.execute(
            select(*columns).where(VisitPersonal.__table__.c.visit_id == visit_id)
        ).one_or_none()
        audit.write(connection, at=at, terminal_id=terminal_id, staff_id=staff_id,
                    visit_id=visit_id, action=action)
        return None if row is None else row._mapping
    if action not in audit.ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    rows = func.read_personal_audited(visit_id, terminal_id, staff_id, action, at).table_valued(
        *(column(c.name, c.type) for c in columns)  # the model's types decode the columns
    )
    row = connection.execute(select(*rows.c)).one_or_none()
    return None if row is None else row._mapping
