"""Assemble and start the resident kiosk: services, screens, window, event loop.

The welcome screen needs nothing but the configuration, so the window is shown first and
the heavier services (card reader, database, metrics) are attached right after the first
frame, in the same event loop: the resident cannot touch anything before they are there.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Any

from kiosk.config import Config
from kiosk.services import Services

if TYPE_CHECKING:
    from kiosk.app.metrics_services import MetricsServices
    from kiosk.ui.main_window import MainWindow
    from kiosk.visit_tracker import VisitTracker

log = logging.getLogger(__name__)

OUTBOX_SYNC_MS = 30_000


def resident_screens() -> list[type]:
    """The screens of the resident flow, in no particular order (the flow orders them)."""
    from kiosk.ui.screens.card_insert import CardInsertScreen
    from kiosk.ui.screens.finished import FinishedScreen
    from kiosk.ui.screens.pin_entry import PinEntryScreen
    from kiosk.ui.screens.preview import PreviewScreen
    from kiosk.ui.screens.welcome import WelcomeScreen
    from kiosk.ui.wizard.screens import wizard_screens

    return [WelcomeScreen, CardInsertScreen, PinEntryScreen, PreviewScreen, FinishedScreen,
            *wizard_screens()]


def terminal_config(config: Config, *, demo: bool) -> Config:
    """The demo prints to a folder: no printer is needed to try the kiosk."""
    return config.replace("printer", backend="folder") if demo else config


def card_service(config: Config, *, demo: bool) -> Any:
    """The simulated card (demo) or the PC/SC readers of this terminal."""
    if demo:
        from kiosk.card.emulator.backend import demo_service

        return demo_service(config.card.simulated_profile)
    from kiosk.card.pcsc import PcscBackend
    from kiosk.card.service import ReaderService

    return ReaderService(PcscBackend(), config.card.reader)


def attach_services(window: MainWindow, *, demo: bool) -> None:
    """Give the running window its card reader, metrics and visit tracking."""
    from kiosk.app.metrics_services import open_services
    from kiosk.ui.card_adapter import install_card_adapter

    services = window.services
    config = services.config
    if demo:
        from kiosk.storage import migrate
        from kiosk.storage.db import make_engine

        engine = make_engine(config.database.url)
        migrate.upgrade(engine)
        engine.dispose()
    try:
        services.card = card_service(config, demo=demo)
    except Exception as exc:  # noqa: BLE001 - no reader support: the manual path remains
        log.warning("card service unavailable", extra={"error": type(exc).__name__})
    install_card_adapter(window)
    pin_screen = window.screens.get("pin_entry")
    if pin_screen is not None:
        pin_screen.read_number = config.card.read_my_number  # type: ignore[attr-defined]
    attach_metrics(window, open_services(config))


def attach_metrics(window: MainWindow, metrics: MetricsServices) -> VisitTracker:
    """Record the window's visits, store the clerks' copy, and send queued events."""
    from PySide6.QtCore import QTimer

    from kiosk.visit import Visit
    from kiosk.visit_tracker import VisitTracker

    services = window.services
    services.metrics = metrics.recorder
    services.extras["metrics_services"] = metrics

    def run(work: Any, done: Any) -> None:
        window.runner.run(work, done, lambda exc: log.warning(
            "visit event not recorded", extra={"error": type(exc).__name__}))

    tracker = VisitTracker(metrics.recorder, metrics.personal, run)
    window.screen_finished.connect(
        lambda screen_id, result: tracker.screen_finished(
            screen_id, result, window.session,
            lambda: Visit.for_services(window.session, services).scenario_json()))
    window.session_closing.connect(tracker.session_ended)
    services.extras["visit_tracker"] = tracker

    def sync_all() -> int:
        return int(metrics.recorder.sync()) + tracker.retry_unsent()

    # Send events (and clerks' copies) queued while the central database was away.
    sync = QTimer(window, interval=OUTBOX_SYNC_MS)
    sync.timeout.connect(lambda: window.runner.run(sync_all, lambda _n: None, lambda _exc: None))
    sync.start()
    return tracker


def run_kiosk(config: Config, *, demo: bool, windowed: bool, smoke: bool) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import FirstFrame, create_application, seconds_since_process_start
    from kiosk.ui.main_window import MainWindow

    setup_logging(config.logging.level)
    config = terminal_config(config, demo=demo)
    if windowed or smoke:
        config = config.replace("ui", fullscreen=False)
    app = create_application(sys.argv[:1])
    services = Services(config=config)
    window = MainWindow(services, resident_screens(), kiosk_mode=config.ui.fullscreen)

    def first_frame() -> None:
        if smoke:
            seconds = seconds_since_process_start()
            shown = window.current_screen.screen_id
            print(f"first frame after {seconds:.3f} s (screen: {shown})", flush=True)
            log.info("smoke start", extra={"seconds": round(seconds, 3)})
            window.allow_close()
            app.quit()
            return
        attach_services(window, demo=demo)

    FirstFrame(window, first_frame)
    if config.ui.fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    log.info("kiosk started", extra={"demo": demo, "terminal": config.terminal.id})
    return int(app.exec())
