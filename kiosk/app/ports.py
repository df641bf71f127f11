"""The kiosk's ports: what the screens and the shell need from each service, as ``Protocol``s.

The composition root (:mod:`kiosk.app.composition`) plugs in the real implementations;
tests plug in in-process ones (the emulated card, a temporary SQLite, a folder printer)
or fakes. A port names only what its callers use, so a new adapter (another reader, a web
front end) implements a handful of methods, not a class hierarchy.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

from kiosk.visits.ports import PersonalStore, VisitRecorder

if TYPE_CHECKING:  # annotations only (the kiosk's first frame needs none of these modules)
    from forms.catalog import Catalog
    from kiosk.app.printing_service import PrintProgress, RenderedBundle
    from kiosk.card.service import MonitorCallbacks, ReadResult
    from kiosk.domain.core_records import (
        CallContext,
        LinkStatus,
        MoveInReservation,
        ProcedureSubmission,
        RecordedHousehold,
        SubmissionResult,
    )
    from kiosk.domain.resident import BasicFour
    from kiosk.navigation.engine import Prompt
    from kiosk.navigation.plan import Plan
    from kiosk.navigation.scenario import Scenario
    from printing.context import VisitInfo

__all__ = ["CardReader", "Clock", "CoreSystem", "Navigator", "PersonalStore", "PrefillPrints",
           "Printing", "VisitRecorder"]

#: Today's date (tests and demos pass a fixed day).
Clock = Callable[[], date]


class CardReader(Protocol):
    """The My Number card reader (``kiosk.card.service.ReaderService``)."""

    def start_monitoring(self, callbacks: MonitorCallbacks) -> None: ...

    def stop_monitoring(self) -> None: ...

    def readers(self) -> list[str]: ...

    def tries_left(self, reader: str | None = None) -> int: ...

    def read(self, pin: str, *, confirm_last_try: bool = False, with_number: bool = False,
             reader: str | None = None) -> ReadResult: ...


class Navigator(Protocol):
    """The rule engine over the catalog (``kiosk.navigation.engine.Navigator``)."""

    @property
    def catalog(self) -> Catalog: ...

    def next_prompt(self, scenario: Scenario) -> Prompt | None: ...

    def pending(self, scenario: Scenario) -> tuple[Prompt, ...]: ...

    def plan(self, scenario: Scenario) -> Plan: ...


class Printing(Protocol):
    """Render a visit's bundle for the preview, then print it (``PrintingService``)."""

    def render(self, scenario: Scenario, plan: Plan, visit: VisitInfo,
               my_numbers: Mapping[str, str] | None = None, *,
               locale: str = "ja") -> RenderedBundle: ...

    def print(self, bundle: RenderedBundle, progress: PrintProgress | None = None) -> str: ...

    def discard(self, bundle: RenderedBundle) -> None: ...

    def purge_previews(self) -> int: ...


class CoreSystem(Protocol):
    """The town's core system (基幹系): the adapters of ``kiosk.corelink`` (REST, folder).

    Every call is audited under ``context`` (who, when, which visit), has a deadline, and
    raises :class:`kiosk.domain.core_records.CoreUnavailable` when the core system cannot
    answer in time; callers then go on the manual path. ``None`` means "no match".
    Nothing passed or returned carries the 個人番号.
    """

    def find_resident(self, who: BasicFour, context: CallContext) -> RecordedHousehold | None: ...

    def find_reservation(self, who: BasicFour,
                         context: CallContext) -> MoveInReservation | None: ...

    def submit(self, records: Sequence[ProcedureSubmission],
               context: CallContext) -> list[SubmissionResult]: ...

    def status(self) -> LinkStatus: ...


class PrefillPrints(Protocol):
    """Which pre-application codes were printed today, at any terminal
    (``kiosk.app.prefill_replay``): code ids and days only."""

    def refused(self, code_id: str, day: date) -> bool:
        """Printed earlier today and no reprint allowed."""

    def claim(self, code_id: str, day: date) -> bool:
        """Mark printed now; ``False`` when it was printed already (refuse)."""

    def allow_reprint(self, code_id: str, day: date, visit_id: str | None) -> None:
        """Staff allow one more print today (audited)."""
