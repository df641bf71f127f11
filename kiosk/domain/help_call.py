"""A help call: a resident at a kiosk needs a member of staff (issue 14 §1).

A call is an event of a terminal, never of a person: the terminal that raised it, the
screen it was raised on, why (``HelpReason``), when, and which member of staff took it
and closed it (a staff number, never a resident's data). Its life is

    raised ──acknowledge(staff)──▶ acknowledged ──resolve(staff)──▶ resolved

A raised call may also be resolved at once (staff helped without acknowledging first);
it then counts as acknowledged at that moment. Transitions return a new value, so a call
read from the database is never changed in place.

Figures (see ``kiosk.statistics.help_calls``): the *time to acknowledge* is
``acknowledged_at − raised_at`` in seconds, never below zero (two terminals' clocks).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import datetime

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-.]{0,63}$")


class HelpCallError(ValueError):
    """A transition or a value the help-call contract refuses (a programming error)."""


class HelpReason(enum.StrEnum):
    """Why the resident needs staff; the screens' four fallbacks and the resident's tap."""

    PIN_FORGOTTEN = "pin_forgotten"
    LAST_TRY = "last_try"
    MANUAL_ENTRY = "manual_entry"
    PRINT_FAILURE = "print_failure"
    RESIDENT = "resident"


class HelpState(enum.StrEnum):
    RAISED = "raised"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


def check_code(what: str, value: str) -> str:
    """A terminal id, screen id or staff number: a short ASCII code (named, not shown)."""
    if not isinstance(value, str) or not _CODE.match(value):
        raise HelpCallError(f"the {what} of a help call must be a short ASCII code")
    return value


def _aware(what: str, value: datetime) -> datetime:
    if value.tzinfo is None:
        raise HelpCallError(f"the {what} time of a help call must carry its time zone")
    return value


@dataclass(frozen=True, slots=True)
class HelpCall:
    """One call for help, in whatever state it has reached."""

    id: str
    terminal_id: str
    screen: str
    reason: HelpReason
    raised_at: datetime
    acknowledged_at: datetime | None = None
    acknowledged_by: str | None = None
    resolved_at: datetime | None = None
    resolved_by: str | None = None

    def __post_init__(self) -> None:
        check_code("id", self.id)
        check_code("terminal", self.terminal_id)
        check_code("screen", self.screen)
        _aware("raised", self.raised_at)
        if (self.acknowledged_at is None) != (self.acknowledged_by is None):
            raise HelpCallError("an acknowledgement needs both its time and its staff number")
        if (self.resolved_at is None) != (self.resolved_by is None):
            raise HelpCallError("a resolution needs both its time and its staff number")
        if self.resolved_at is not None and self.acknowledged_at is None:
            raise HelpCallError("a resolved call is acknowledged too")

    @property
    def state(self) -> HelpState:
        if self.resolved_at is not None:
            return HelpState.RESOLVED
        if self.acknowledged_at is not None:
            return HelpState.ACKNOWLEDGED
        return HelpState.RAISED

    @property
    def is_open(self) -> bool:
        return self.state is not HelpState.RESOLVED

    def acknowledge(self, staff_id: str, at: datetime) -> HelpCall:
        """Staff have seen the call and are on their way."""
        if self.state is not HelpState.RAISED:
            raise HelpCallError(f"a call that is {self.state} cannot be acknowledged")
        return replace(self, acknowledged_at=_aware("acknowledged", at),
                       acknowledged_by=check_code("staff number", staff_id))

    def resolve(self, staff_id: str, at: datetime) -> HelpCall:
        """Staff have helped; a raised call counts as acknowledged at the same moment."""
        if self.state is HelpState.RESOLVED:
            raise HelpCallError("the call is resolved already")
        call = self if self.acknowledged_at is not None else self.acknowledge(staff_id, at)
        return replace(call, resolved_at=_aware("resolved", at),
                       resolved_by=check_code("staff number", staff_id))

    @property
    def seconds_to_acknowledge(self) -> float | None:
        """``acknowledged_at − raised_at``, at least 0; ``None`` while not acknowledged."""
        if self.acknowledged_at is None:
            return None
        return max(0.0, (self.acknowledged_at - self.raised_at).total_seconds())
