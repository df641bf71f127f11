"""The composition root: the one place that builds the services of every entry point.

:class:`Services` is what the resident kiosk's screens and shell receive: typed ports
(:mod:`kiosk.app.ports`), never ``Any`` and never looked up by a string. ``kiosk run``
builds it with :func:`kiosk_services`; tests build it directly with in-process
implementations (the emulated card, a temporary SQLite, a folder printer, a fixed day).

The staff windows get theirs from :func:`clerk_services` and :func:`manager_services`
(typed, Qt-free; a database that is away or behind raises :class:`StartError`).

The welcome screen needs nothing but the configuration, so the heavier parts arrive after
the first frame through typed methods (:meth:`Services.attach_card`,
:meth:`Services.attach_visits`), and the catalog and the printer are built on first use.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.app.ports import (
    CardReader,
    Clock,
    CoreSystem,
    Navigator,
    PersonalStore,
    PrefillPrints,
    Printing,
    VisitRecorder,
)
from kiosk.config import Config
from kiosk.visits.lifecycle import Run, VisitLifecycle, run_now

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from forms.catalog import Catalog
    from kiosk.app.clerk_service import ClerkService
    from kiosk.app.core_audit import CoreAuditLog
    from kiosk.app.core_lookup import CoreLookup
    from kiosk.app.prefill_desk import PrefillDesk
    from kiosk.app.submission_sender import SubmissionSender
    from kiosk.prefill import VerifyKey
    from kiosk.staff.login import StaffLogin
    from kiosk.statistics.labels import Labels
    from kiosk.statistics.stats import StatsService
    from kiosk.visits.help_calls import HelpCalls
    from printing.queue import FailureLog, PrintQueue

log = logging.getLogger(__name__)


class Services:
    """The resident kiosk's services: a few fixed ports and a few attached later."""

    def __init__(self, config: Config, *, card: CardReader | None = None,
                 navigator: Navigator | None = None, printer: PrintQueue | None = None,
                 printing: Printing | None = None, clock: Clock = date.today,
                 visits: VisitLifecycle | None = None, core: CoreSystem | None = None) -> None:
        self.config = config
        self.clock = clock
        #: The spool queue printing goes through (the configured printer when ``None``).
        self.printer = printer
        self.visits = visits if visits is not None else VisitLifecycle()
        #: Where failed print jobs are reported (the shared database, attached with it).
        self.print_failures: FailureLog | None = None
        self._card = card
        self._navigator = navigator
        self._printing = printing
        self._core = core
        self._core_lookup: CoreLookup | None = None
        self._prefill_prints: PrefillPrints | None = None
        self._prefill: PrefillDesk | None = None
        #: Calls for staff across terminals (kiosk.visits.help_calls), with the database.
        self.help_calls: HelpCalls | None = None

    def __repr__(self) -> str:
        return f"Services(terminal={self.config.terminal.id!r})"

    # ------------------------------------------------------------------ the card
    @property
    def card(self) -> CardReader | None:
        """The card reader, or ``None`` (no reader support: the manual path remains)."""
        return self._card

    def attach_card(self, card: CardReader) -> None:
        self._card = card

    # ------------------------------------------------------------------ the core system
    @property
    def core(self) -> CoreSystem | None:
        """The town's core system (基幹系), or ``None``: the resident enters everything."""
        return self._core

    def attach_core(self, core: CoreSystem | None) -> None:
        self._core = core

    @property
    def core_lookup(self) -> CoreLookup:
        """The current visit's lookup in the core system (asks nothing without one)."""
        if self._core_lookup is None:
            from kiosk.app.core_lookup import CoreLookup
            from kiosk.app.record_prefill import apply_core_records

            self._core_lookup = CoreLookup(lambda: self._core, self.config.terminal.id,
                                           self.config.core.timeout_ms, apply_core_records)
        return self._core_lookup

    # ------------------------------------------------------------------ built on first use
    @property
    def navigator_loaded(self) -> bool:
        """Whether :attr:`navigator` is there without loading the catalog now."""
        return self._navigator is not None

    @property
    def navigator(self) -> Navigator:
        """The rule engine over the configured catalog, loaded on first use."""
        if self._navigator is None:
            from forms.catalog import load_catalog
            from kiosk.navigation.engine import Navigator as Engine

            self._navigator = Engine(load_catalog(self.config.catalog.folder or None))
        return self._navigator

    @property
    def printing(self) -> Printing:
        """The one printing service, built on first use (it purges leftover previews)."""
        if self._printing is None:
            from kiosk.app.printing_service import PrintingService
            from kiosk.app.waiting_board import status_url

            service = PrintingService(self.print_queue(), catalog=self.navigator.catalog,
                                      printed=self.visits,
                                      status_url=status_url(self.config.web.base_url))
            service.purge_previews()
            self._printing = service
        return self._printing

    def print_queue(self) -> PrintQueue:
        """The spool queue: ``printer`` when given, else the configured back-end's."""
        if self.printer is None:
            from printing.backends import make_backend
            from printing.queue import PrintQueue

            settings = self.config.printer
            self.printer = PrintQueue(make_backend(settings),
                                      timeout_seconds=float(settings.job_timeout_seconds),
                                      failures=self.print_failures)
        return self.printer

    def attach_print_failures(self, failures: FailureLog) -> None:
        """Report failed print jobs to the shared database from now on."""
        self.print_failures = failures
        if self.printer is not None:
            self.printer.failures = failures

    def sweep_spool(self) -> int:
        """Report, settle and expire the spool's failed jobs (start-up and every sync)."""
        from kiosk.app.printing_service import sweep_spool
        from printing.backends.base import PrintError

        try:
            queue = self.print_queue()
        except PrintError:  # no printer configured: nothing was ever spooled through it
            return 0
        return sweep_spool(queue, self.config.retention.personal_data)

    # ------------------------------------------------------------------ pre-application
    @property
    def prefill(self) -> PrefillDesk:
        """Reads the codes made at home: the town's public keys (``[prefill] keys_folder``,
        loaded at the first scan), the catalog, and today's prints."""
        if self._prefill is None:
            from kiosk.app.prefill_desk import PrefillDesk
            from kiosk.app.prefill_replay import MemoryPrefillPrints

            if self._prefill_prints is None:  # no database: this terminal's memory
                self._prefill_prints = MemoryPrefillPrints()
            folder = self.config.prefill.keys_folder
            loaded: list[tuple[VerifyKey, ...]] = []

            def keys() -> tuple[VerifyKey, ...]:
                from kiosk.prefill.keys import load_verify_keys

                if not loaded:
                    loaded.append(load_verify_keys(folder))
                return loaded[0]

            self._prefill = PrefillDesk(keys, self.navigator.catalog, self._prefill_prints,
                                        self.clock)
        return self._prefill

    def attach_prefill_prints(self, prints: PrefillPrints) -> None:
        """Remember printed codes in the shared database from now on."""
        self._prefill_prints = prints
        if self._prefill is not None:
            self._prefill.prints = prints

    # ------------------------------------------------------------------ visits
    def attach_visits(self, recorder: VisitRecorder, personal: PersonalStore | None,
                      run: Run = run_now) -> VisitLifecycle:
        """Record the visits from now on (the database is attached after the first frame)."""
        self.visits.attach(recorder, personal, run)
        return self.visits


def terminal_config(config: Config, *, demo: bool) -> Config:
    """The demo prints to a folder: no printer is needed to try the kiosk; without a
    staff PIN of its own, the demo's is 0000 (only here: no other terminal has one)."""
    if not demo:
        return config
    from kiosk.security import DEMO_PIN_HASH

    demo_config = config.replace("printer", backend="folder")
    if not config.staff.pin_hash:
        demo_config = demo_config.replace("staff", pin_hash=DEMO_PIN_HASH)
    return demo_config


def card_reader(config: Config, *, demo: bool) -> CardReader:
    """The simulated card (demo) or the PC/SC readers of this terminal."""
    if demo:
        from kiosk.card.emulator.backend import demo_service

        return demo_service(config.card.simulated_profile)
    from kiosk.card.pcsc import PcscBackend
    from kiosk.card.service import ReaderService

    return ReaderService(PcscBackend(), config.card.reader,
                         apdu_timeout=config.card.apdu_timeout_seconds)


def core_system(config: Config, audit_log: CoreAuditLog) -> CoreSystem | None:
    """The configured core system behind its audit, or ``None`` (``core.kind = none``).

    Raises ``ConfigError`` (one plain sentence) for a setting that cannot work."""
    from kiosk.app.core_audit import configured_core_system

    return configured_core_system(config.core, audit_log)


def kiosk_services(config: Config) -> Services:
    """``kiosk run``: what the first frame needs (the rest attaches right after it)."""
    return Services(config)



# ---------------------------------------------------------------------- staff windows
class StartError(RuntimeError):
    """A staff window cannot start; the message is one plain sentence for staff."""


@dataclass(frozen=True, slots=True)
class ClerkServices:
    """What ``kiosk clerk`` needs: the clerks' service, the catalog, a printer, the log-in."""

    clerk: ClerkService
    catalog: Catalog
    navigator: Navigator
    printer: PrintQueue
    login: StaffLogin  # the staff accounts (kiosk.staff), or the demo account under --demo
    idle_lock_seconds: int = 300
    # Sends the accepted procedures to the core system; None without a core link.
    core_sender: SubmissionSender | None = None
    # The help calls of every terminal (kiosk.visits.help_calls); None in older tests.
    help_calls: HelpCalls | None = None


@dataclass(frozen=True, slots=True)
class ManagerServices:
    """What ``kiosk manager`` needs: the figures, their labels by language, the day."""

    stats: StatsService
    labels: Mapping[str, Labels]
    today: Clock
    export_folder: Path
    login: StaffLogin  # managers and admins log in; the demo manager under --demo only
    idle_lock_seconds: int = 300


def _open_database(engine: Engine) -> None:
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection

    try:
        check_connection(engine)
    except DatabaseUnavailable as exc:
        raise StartError(str(exc)) from None
    try:
        up_to_date = migrate.is_up_to_date(engine)
    except migrate.SchemaTooNew as exc:
        raise StartError(str(exc)) from None
    if not up_to_date:
        raise StartError("the database schema is not up to date; run `kiosk db upgrade` first")


def clerk_services(config: Config, *, demo: bool = False) -> ClerkServices:
    """``kiosk clerk``: the services for this terminal (raises ``StartError``).

    ``demo``: with no staff account in the database, the demo account logs in."""
    from forms.catalog.loader import load_catalog
    from kiosk.app.metrics_services import open_services
    from kiosk.navigation.engine import Navigator as Engine
    from kiosk.paths import spool_dir
    from kiosk.staff.directory import StaffDirectory
    from kiosk.staff.login import TerminalLogin
    from printing.backends import PrintError, make_backend
    from printing.queue import PrintQueue

    services = open_services(config)
    _open_database(services.engine)
    try:
        backend = make_backend(config.printer)
    except PrintError as exc:
        raise StartError(str(exc)) from None
    printer = PrintQueue(backend, spool_dir() / "clerk",
                         timeout_seconds=float(config.printer.job_timeout_seconds))
    printer.purge_leftovers()
    catalog = load_catalog(config.catalog.folder or None)
    staff = config.staff
    directory = StaffDirectory(services.engine, max_attempts=staff.max_attempts,
                               lockout_seconds=staff.lockout_seconds)
    return ClerkServices(services.clerk, catalog, Engine(catalog), printer,
                         TerminalLogin(directory, demo=demo), staff.idle_lock_seconds,
                         _core_sender(config, services.clerk), services.help_calls)


def _core_sender(config: Config, clerk: ClerkService) -> SubmissionSender | None:
    """With a core link, the clerk's *finished* queues the procedures and this sends them."""
    from kiosk.app.core_sync import linked, submission_queue, submission_sender

    if not linked(config):
        return None
    queue = submission_queue(config, clerk.engine)
    try:
        sender = submission_sender(config, queue, clerk.recorder.terminal_id)
    except ValueError as exc:  # ConfigError: one plain sentence naming the setting
        raise StartError(str(exc)) from None
    clerk.core_queue = queue
    return sender


def manager_services(config: Config, *, demo: bool = False) -> ManagerServices:
    """``kiosk manager``: the statistics of the configured database (raises ``StartError``).

    ``demo``: with no staff account in the database, the demo account logs in as a manager."""
    from kiosk.staff.access import Role
    from kiosk.staff.directory import StaffDirectory
    from kiosk.staff.login import TerminalLogin
    from kiosk.statistics.labels import load_labels_by_language
    from kiosk.statistics.stats import StatsService
    from kiosk.storage.db import make_engine
    from kiosk.visits.clock import local_day, utc_now

    engine = make_engine(config.database.url)
    _open_database(engine)
    folder = config.catalog.folder

    def today() -> date:
        return local_day(utc_now())

    labels = load_labels_by_language(folder, ("ja", "en"))
    staff = config.staff
    directory = StaffDirectory(engine, max_attempts=staff.max_attempts,
                               lockout_seconds=staff.lockout_seconds)
    login = TerminalLogin(directory, demo=demo, demo_role=Role.MANAGER)
    return ManagerServices(StatsService(engine), labels, today, Path.home(), login,
                           staff.idle_lock_seconds)
