"""Assemble and start the resident kiosk: services, screens, window, event loop.

The welcome screen needs nothing but Qt and the configuration, so the window is shown with
it alone. Right after the first frame the catalog loads on a worker thread, the other
screens are built one per turn of the event loop, then the card reader, database and
metrics are attached (:mod:`kiosk.ui.startup.background`); a tap before then waits for
them. A broken catalog still ends in the staff's error window, with the same sentence.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from kiosk.app.composition import card_reader, core_system, kiosk_services, terminal_config
from kiosk.config import Config
from kiosk.ui.registry import RESIDENT_SCREENS, resident_screens

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication

    from kiosk.app.composition import Services
    from kiosk.app.metrics_services import MetricsServices
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.startup.guard import StartProblem
    from kiosk.visits.lifecycle import VisitLifecycle

__all__ = ["attach_metrics", "attach_services", "resident_screens", "run_kiosk",
           "terminal_config"]

log = logging.getLogger(__name__)

OUTBOX_SYNC_MS = 30_000


def attach_services(window: MainWindow, *, demo: bool) -> None:
    """Give the running window its card reader, metrics and visit recording."""
    from kiosk.app.metrics_services import open_services

    services = window.services
    config = services.config
    if demo:
        from kiosk.storage import migrate
        from kiosk.storage.db import make_engine

        engine = make_engine(config.database.url)
        migrate.upgrade(engine)
        engine.dispose()
    try:
        services.attach_card(card_reader(config, demo=demo))
    except Exception as exc:  # noqa: BLE001 - no reader support: the manual path remains
        log.warning("card service unavailable", extra={"error": type(exc).__name__})
    _ = window.card_adapter  # start watching the reader now, not when the card screen shows
    pin_screen = window.screens.get("pin_entry")
    if pin_screen is not None:
        pin_screen.read_number = config.card.read_my_number  # type: ignore[attr-defined]
    if config.voice.headphones:
        from kiosk.ui.voice.starters import HeadphoneWatcher

        window.headphones = HeadphoneWatcher(window)
        window.headphones.plugged.connect(window.voice.turn_on)
    attach_metrics(window, open_services(config))


def attach_metrics(window: MainWindow, metrics: MetricsServices) -> VisitLifecycle:
    """Record the window's visits, store the clerks' copy, and send queued events."""

    from PySide6.QtCore import QTimer

    def run(work: Callable[[], object], done: Callable[[object], None]) -> None:
        window.runner.run(work, done, lambda exc: log.warning(
            "visit event not recorded", extra={"error": type(exc).__name__}))

    lifecycle = window.services.attach_visits(metrics.recorder, metrics.copies, run)
    try:  # every call is audited in the shared database, so the link comes with it
        from kiosk.app.core_audit import DatabaseCoreAuditLog

        window.services.attach_core(core_system(window.services.config,
                                                DatabaseCoreAuditLog(metrics.engine)))
    except Exception as exc:  # noqa: BLE001 - no core system: the resident enters everything
        log.warning("core system unavailable", extra={"error": type(exc).__name__})
    from printing.failures import DatabaseFailureLog

    services = window.services
    services.attach_print_failures(DatabaseFailureLog(metrics.engine,
                                                      metrics.recorder.terminal_id))
    from kiosk.app.prefill_replay import DatabasePrefillPrints
    from kiosk.paths import data_dir

    # Pre-application codes printed today, at every terminal; kept locally while the
    # database is away and recorded on the same timer as the outbox.
    prefill_prints = DatabasePrefillPrints(metrics.engine, metrics.recorder.terminal_id,
                                           data_dir() / "prefill_prints.json")
    services.attach_prefill_prints(prefill_prints)
    # A call for staff reaches every clerk console (and waits in the outbox when offline).
    window.attach_help_calls(metrics.help_calls)
    # Send events (and clerks' copies) queued while the central database was away; tidy
    # the print spool (report failures, delete settled and expired jobs).
    sync = QTimer(window, interval=OUTBOX_SYNC_MS)
    def sync_and_alert() -> None:
        # after each send, staff see what the outbox and the terminal lease report
        window.runner.run(lifecycle.sync,
                          lambda _n: window.show_staff_alerts(lifecycle.staff_alerts()),
                          lambda _exc: window.show_staff_alerts(lifecycle.staff_alerts()))

    sync.timeout.connect(sync_and_alert)
    sync.timeout.connect(lambda: window.runner.run(services.sweep_spool, lambda _n: None,
                                                   lambda _exc: None))
    sync.timeout.connect(lambda: window.runner.run(prefill_prints.sync, lambda _n: None,
                                                   lambda _exc: None))
    window.runner.run(services.sweep_spool, lambda _n: None, lambda _exc: None)
    sync.start()
    window.show_staff_alerts(lifecycle.staff_alerts())
    from kiosk.app.purge_service import purge_if_due
    from kiosk.ui.purge_timer import start_daily_purge

    config = window.services.config
    start_daily_purge(window, window.runner, lambda: purge_if_due(metrics.engine, config))
    return lifecycle


def run_kiosk(config: Config | None, *, demo: bool, windowed: bool, smoke: bool,
              config_file: str | None = None, config_error: str = "") -> int:
    """Start the kiosk; if its configuration or catalog is broken, the error window instead.

    ``config`` is ``None`` when the CLI could not load it (``config_error`` says why);
    "Try again" in the error window reads ``config_file`` again.
    """
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import FontsMissing, create_application
    from kiosk.ui.startup.guard import (
        StartGuard,
        StartProblem,
        report_and_retry,
        start_guarded,
    )
    from kiosk.ui.startup.problems import config_problem, guarded, load_config_or_problem

    setup_logging(config.logging.level if config else "INFO")
    try:
        app = create_application(sys.argv[:1])
    except FontsMissing as exc:  # the system fonts still show the error window or the kiosk
        log.error("bundled UI fonts missing", extra={"reason": str(exc)})
        app = create_application_without_fonts()
    given: list[Config | StartProblem] = [config if config else config_problem(config_error)]

    def attempt() -> Services | StartProblem:
        loaded = given.pop() if given else load_config_or_problem(config_file)
        if isinstance(loaded, StartProblem):
            return loaded
        chosen = terminal_config(loaded, demo=demo)
        if windowed or smoke:
            chosen = chosen.replace("ui", fullscreen=False)
        # The catalog loads after the first frame (a broken one is reported then).
        return guarded(chosen, lambda: kiosk_services(chosen))

    guard = StartGuard(app, fullscreen=not (windowed or smoke),
                       language=config.ui.language if config else "ja")
    started: list[MainWindow] = []

    def start(services: Services) -> None:
        started.append(_show_kiosk(app, services, demo=demo, smoke=smoke, failed=failed))

    def failed(problem: StartProblem) -> None:
        """The catalog (or a screen) failed after the first frame: the error window,
        as if the window had never started; "Try again" starts it afresh."""
        for window in started:
            window.allow_close()
            window.close()
            window.deleteLater()
        started.clear()
        report_and_retry(guard, problem, attempt, start)
        if smoke:
            app.exit(1)

    if not start_guarded(guard, attempt, start) and smoke:
        return 1
    return int(app.exec())


def create_application_without_fonts() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app if isinstance(app, QApplication) else QApplication(sys.argv[:1])


def _show_kiosk(app: QApplication, services: Services, *, demo: bool, smoke: bool,
                failed: Callable[[StartProblem], None]) -> MainWindow:
    """The window with the welcome screen; the rest loads after its first frame.

    Under ``--smoke`` the first frame's time is printed, the rest still loads (so a broken
    catalog still fails the smoke start), and the kiosk exits once it would take taps.
    """
    from kiosk.ui.app import FirstFrame, seconds_since_process_start
    from kiosk.ui.main_window import MainWindow
    from kiosk.ui.sounds import QtSounds
    from kiosk.ui.startup.background import KioskLoader

    config = services.config
    window = MainWindow(services, [RESIDENT_SCREENS[0].load()], kiosk_mode=config.ui.fullscreen,
                        sounds=QtSounds(), late_screens=True)

    def ready(window: MainWindow) -> None:
        if smoke:
            window.allow_close()
            app.quit()
            return
        try:
            attach_services(window, demo=demo)
        finally:  # whatever failed to attach, a held tap must not wait for ever
            window.mark_ready()
        from kiosk.app.warmup import start_warm_up

        start_warm_up(services.navigator.catalog)  # the town's, loaded once already

    loader = KioskLoader(window, ready=ready, failed=failed)

    def first_frame() -> None:
        if smoke:
            seconds = seconds_since_process_start()
            shown = window.current_screen.screen_id
            print(f"first frame after {seconds:.3f} s (screen: {shown})", flush=True)
            log.info("smoke start", extra={"seconds": round(seconds, 3)})
        loader.start()

    FirstFrame(window, first_frame)
    if config.ui.fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    log.info("kiosk started", extra={"demo": demo, "terminal": config.terminal.id})
    return window
