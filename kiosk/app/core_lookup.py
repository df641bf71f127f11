"""Ask the town's core system about the resident while they choose their life event.

Right after the PIN is accepted (or manual entry), the life-event screen starts
:meth:`CoreLookup.start`: both questions of the link, "which household is this
resident's" and "is there a 転入予約 for them", go to the core system at once, off the
UI thread, bounded by ``core.timeout_ms`` (plus a small margin for the thread hand-over).
The event is chosen after the PIN, so both are asked; the prefill then keeps what the
chosen event needs.

It never blocks the visit: a core system that is away, slow or confused is
:class:`~kiosk.domain.core_records.CoreUnavailable`, and the session gets one plain
sentence for the resident (``session.core_notice``); the visit goes on the manual path.
A lookup that finishes after its session ended (card removed, timeout) is dropped.

Plain Python (no Qt): the window's task runner is passed in as a :class:`Runner`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.app.ports import CoreSystem
from kiosk.app.session import ResidentSession
from kiosk.domain.core_records import (
    CallContext,
    CoreUnavailable,
    MoveInReservation,
    RecordedHousehold,
)
from kiosk.domain.resident import BasicFour
from kiosk.i18n import translate

if TYPE_CHECKING:
    from forms.catalog import Catalog

log = logging.getLogger(__name__)

#: The staff id of calls the resident's own session makes (docs/core-link.md).
RESIDENT_STAFF_ID = "resident"
#: Time for the worker threads to hand the answer over, on top of the link's own deadline.
HANDOVER_MARGIN_SECONDS = 0.3
NOTICE_CONTEXT = "CoreLink"
NOTICE_SOURCE = "We could not check the town's records. Please go on and enter the details."

#: ``kiosk.app.record_prefill.apply_core_records(session, catalog, today)``: turns the
#: records into the visit (what it returns is its own report; the screens read the session).
Prefill = Callable[[ResidentSession, "Catalog", date], object]


class Runner(Protocol):
    """The window's task runner (``kiosk.ui.tasks``): work off the UI thread, callbacks on it."""

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None]) -> None: ...


def notice_text(language: str) -> str:
    """The one plain sentence the resident reads when the record could not be checked."""
    return translate(NOTICE_CONTEXT, NOTICE_SOURCE, language)


@dataclass(frozen=True, slots=True)
class LookupOutcome:
    """What the core system said; ``unavailable`` when a call failed or ran out of time."""

    household: RecordedHousehold | None = None
    reservation: MoveInReservation | None = None
    unavailable: bool = False
    seconds: float = 0.0

    def __repr__(self) -> str:
        return (f"LookupOutcome(household={self.household is not None}, "
                f"reservation={self.reservation is not None}, "
                f"unavailable={self.unavailable}, seconds={self.seconds:.3f})")


def call_context(terminal_id: str, session: ResidentSession) -> CallContext:
    """Who asks (this terminal, the resident themself) and for which visit."""
    return CallContext(terminal_id, RESIDENT_STAFF_ID, session.visit_id or "")


def look_up(core: CoreSystem, who: BasicFour, context: CallContext,
            deadline_seconds: float) -> LookupOutcome:
    """Ask for the household and the reservation at once; never raises, never waits
    longer than ``deadline_seconds`` (a call still running then is left to finish alone)."""
    started = time.monotonic()
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="core-lookup")
    try:
        household_call: Future[RecordedHousehold | None] = pool.submit(
            core.find_resident, who, context)
        reservation_call: Future[MoveInReservation | None] = pool.submit(
            core.find_reservation, who, context)
        calls: list[Future[Any]] = [household_call, reservation_call]
        wait(calls, timeout=deadline_seconds)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    household = _answer(household_call)
    reservation = _answer(reservation_call)
    unavailable = household is _UNAVAILABLE or reservation is _UNAVAILABLE
    seconds = time.monotonic() - started
    log.info("core lookup", extra={"unavailable": unavailable, "seconds": round(seconds, 3)})
    return LookupOutcome(
        household if isinstance(household, RecordedHousehold) else None,
        reservation if isinstance(reservation, MoveInReservation) else None,
        unavailable, seconds)


_UNAVAILABLE = object()


def _answer(call: Future[Any]) -> object:
    if not call.done():
        return _UNAVAILABLE
    try:
        return call.result()
    except CoreUnavailable:
        return _UNAVAILABLE
    except Exception as exc:  # noqa: BLE001 - an adapter's bug must not stop the visit
        log.warning("core lookup failed", extra={"error": type(exc).__name__})
        return _UNAVAILABLE


def apply_outcome(session: ResidentSession, outcome: LookupOutcome) -> None:
    """Put what came back into the session; the notice only when nothing usable came."""
    session.core_household = outcome.household
    session.core_reservation = outcome.reservation
    nothing = outcome.household is None and outcome.reservation is None
    session.core_notice = notice_text(session.language) if outcome.unavailable and nothing \
        else ""


class CoreLookup:
    """The current visit's lookup: started once per identified resident, read by screens.

    All methods run on the UI thread (the runner calls back there), so no locking.
    """

    def __init__(self, core: Callable[[], CoreSystem | None], terminal_id: str,
                 timeout_ms: int, prefill: Prefill | None = None) -> None:
        self._core = core
        self._terminal_id = terminal_id
        self.deadline_seconds = timeout_ms / 1000 + HANDOVER_MARGIN_SECONDS
        self._prefill = prefill
        self._who: BasicFour | None = None  # whose lookup is running or done
        self._running = False
        self._prefilled: tuple[BasicFour, str] | None = None
        self._listener: Callable[[], None] | None = None
        #: The last lookup's outcome (tests and the benchmark read its ``seconds``).
        self.last: LookupOutcome | None = None

    @property
    def enabled(self) -> bool:
        return self._core() is not None

    def running(self, session: ResidentSession) -> bool:
        return self._running and session.resident is not None and session.resident is self._who

    def start(self, session: ResidentSession, runner: Runner) -> bool:
        """Ask about ``session.resident`` unless already asked; ``False`` without a core
        system or a resident."""
        core, who = self._core(), session.resident
        if core is None or who is None or who is self._who:
            return False
        self._who, self._running, self._prefilled, self.last = who, True, None, None
        context = call_context(self._terminal_id, session)
        deadline = self.deadline_seconds
        runner.run(lambda: look_up(core, who, context, deadline),
                   lambda outcome: self._finished(session, who, outcome),
                   lambda error: self._finished(session, who, LookupOutcome(unavailable=True)))
        return True

    def give_up(self, session: ResidentSession) -> None:
        """The screen waited the whole deadline: go on without the record."""
        if self.running(session) and session.resident is not None:
            self._finished(session, session.resident, LookupOutcome(
                unavailable=True, seconds=self.deadline_seconds))

    def when_finished(self, listener: Callable[[], None] | None) -> None:
        """Call ``listener`` (on the UI thread) when the running lookup ends; one at a time."""
        self._listener = listener

    def _finished(self, session: ResidentSession, who: BasicFour,
                  outcome: LookupOutcome) -> None:
        if who is not self._who or not self._running:
            return  # a newer lookup replaced it, or the screen gave up already
        self._running = False
        if session.resident is not who:
            return  # the visit ended meanwhile: nothing of it may stay
        self.last = outcome
        apply_outcome(session, outcome)
        listener, self._listener = self._listener, None
        if listener is not None:
            listener()

    def prefill(self, session: ResidentSession, catalog: Catalog, today: date) -> bool:
        """Fill the visit from the records once per chosen event; ``True`` when it did."""
        who, event = session.resident, session.event_id
        if (self._prefill is None or who is None or event is None or self.running(session)
                or (session.core_household is None and session.core_reservation is None)
                or self._prefilled == (who, event)):
            return False
        self._prefill(session, catalog, today)
        self._prefilled = (who, event)
        return True
