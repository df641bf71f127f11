"""Every core-system call audited and checked, whatever adapter is behind it (issue 12).

:class:`AuditedCoreSystem` wraps a ``CoreSystem`` adapter and, for each call:

* writes the audit row (who: terminal and staff id; when; which visit; what kind of call)
  *before* the call. When the row cannot be written the call is not made and
  :class:`CoreUnavailable` is raised, just as a 個人番号 read is refused without its row;
* refuses to send anything that looks like a 個人番号 (twelve digits with a valid check
  digit, however spaced) in the basic four or a submission: the contract has no field for
  it, so one can only be a mistake upstream;
* treats an answer that came after the deadline as no answer (the visit has already gone
  on the manual path; a late submission is retried, which idempotency makes safe).

The audit row never holds what was asked or answered: :mod:`kiosk.personal.audit` has no
column for it.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import Engine

from kiosk.app.ports import CoreSystem
from kiosk.config import CoreConfig
from kiosk.domain import mynumber
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    LinkStatus,
    MoveInReservation,
    ProcedureSubmission,
    RecordedHousehold,
    SubmissionResult,
)
from kiosk.domain.resident import BasicFour
from kiosk.personal import audit
from kiosk.visits.clock import utc_now

log = logging.getLogger(__name__)

T = TypeVar("T")

FIND_RESIDENT = "core_find_resident"
FIND_RESERVATION = "core_find_reservation"
SUBMIT = "core_submit"

# Twelve digits, optionally grouped 4-4-4 by spaces or hyphens, standing alone: not inside
# a longer number or an id such as a UUID (letters, digits and hyphens around it).
_TWELVE_DIGITS = re.compile(
    r"(?<![0-9A-Za-z\-])(\d{4})[ \-]?(\d{4})[ \-]?(\d{4})(?![0-9A-Za-z\-])")


class CoreAuditLog(Protocol):
    """Where core-system calls are audited; ``record`` raises when it cannot write."""

    def record(self, action: str, context: CallContext) -> None: ...


class DatabaseCoreAuditLog:
    """The personal audit table (``kiosk.personal.audit``), one row per call."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime] = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    def record(self, action: str, context: CallContext) -> None:
        audit.core_call(self._engine, at=self._clock(), terminal_id=context.terminal_id,
                        staff_id=context.staff_id, visit_id=context.visit_id, action=action)


def looks_like_my_number(values: Iterable[str]) -> bool:
    """True when any value holds twelve digits with a valid 個人番号 check digit."""
    for value in values:
        folded = unicodedata.normalize("NFKC", value)
        for match in _TWELVE_DIGITS.finditer(folded):
            if mynumber.is_valid("".join(match.groups())):
                return True
    return False


class AuditedCoreSystem:
    """A ``CoreSystem`` whose every call is audited first, checked, and held to ``timeout``."""

    def __init__(self, inner: CoreSystem, audit_log: CoreAuditLog, *,
                 timeout: float | None = None,
                 on_close: Callable[[], None] | None = None) -> None:
        self._inner = inner
        self._audit = audit_log
        self._timeout = timeout
        self._on_close = on_close

    def close(self) -> None:
        """Release the adapter's connections (``on_close``); calls after it are not made."""
        if self._on_close is not None:
            self._on_close()

    def __repr__(self) -> str:
        return f"AuditedCoreSystem({self._inner!r})"

    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None:
        self._refuse_my_number(_basic_four_values(who), context)
        return self._call(FIND_RESIDENT, context, 1,
                          lambda: self._inner.find_resident(who, context))

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None:
        self._refuse_my_number(_basic_four_values(who), context)
        return self._call(FIND_RESERVATION, context, 1,
                          lambda: self._inner.find_reservation(who, context))

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]:
        self._refuse_my_number([v for r in records for v in _submission_values(r)], context)
        return self._call(SUBMIT, context, max(1, len(records)),
                          lambda: self._inner.submit(records, context))

    def status(self) -> LinkStatus:
        return self._inner.status()  # no personal data asked or answered: nothing to audit

    # ------------------------------------------------------------------ internals
    def _call(self, action: str, context: CallContext, calls: int, call: Callable[[], T]) -> T:
        try:
            self._audit.record(action, context)
        except Exception as error:  # noqa: BLE001 - any failure to audit stops the call
            log.warning("core %s for visit %s not made: audit row not written (%s)", action,
                        context.visit_id, type(error).__name__)
            raise CoreUnavailable("The call to the core system could not be audited, so it "
                                  "was not made.") from None
        started = time.monotonic()
        result = call()
        elapsed = time.monotonic() - started
        if self._timeout is not None and elapsed > self._timeout * calls:
            log.warning("core %s for visit %s answered after %.0f ms: too late", action,
                        context.visit_id, elapsed * 1000)
            raise CoreUnavailable(f"The core system did not answer within {self._timeout:g} "
                                  "seconds.")
        return result

    def _refuse_my_number(self, values: Iterable[str], context: CallContext) -> None:
        if looks_like_my_number(values):
            log.error("core call for visit %s refused: it held a 12-digit number with a valid "
                      "check digit", context.visit_id)
            raise CoreUnavailable("The call to the core system was refused because it held "
                                  "what looks like a 個人番号.")


def audited_core_system(config: CoreConfig, engine: Engine) -> AuditedCoreSystem | None:
    """The configured adapter (``kiosk.corelink.factory``), audited in ``engine``'s personal
    audit table and held to ``core.timeout_ms``; ``None`` when ``core.kind`` is none.

    Raises :class:`kiosk.config.ConfigError` for settings that cannot work.
    """
    return configured_core_system(config, DatabaseCoreAuditLog(engine))


def configured_core_system(config: CoreConfig,
                           audit_log: CoreAuditLog) -> AuditedCoreSystem | None:
    """The configured adapter behind ``audit_log``, held to ``core.timeout_ms``; ``None``
    when ``core.kind`` is none. Raises :class:`kiosk.config.ConfigError` likewise."""
    from kiosk.corelink.factory import make_core_system

    adapter = make_core_system(config)
    if adapter is None:
        return None
    return AuditedCoreSystem(adapter, audit_log, timeout=config.timeout_ms / 1000,
                             on_close=adapter.close)


def _basic_four_values(who: BasicFour) -> list[str]:
    return [who.name, who.address]


def _submission_values(record: ProcedureSubmission) -> list[str]:
    # The free text only: ids (visit, staff, the record's person key) are the kiosk's and
    # the core system's own, and a 12-digit 宛名番号 must not be mistaken for a 個人番号.
    return [record.name, record.kana, *record.fields.keys(), *record.fields.values()]
