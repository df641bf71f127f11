"""Assemble and start the resident kiosk: services, screens, window, event loop."""

from __future__ import annotations

import dataclasses
import logging
import sys

from kiosk.config import Config
from kiosk.services import Services

log = logging.getLogger(__name__)


def resident_screens() -> list[type]:
    """The screens of the resident flow, in no particular order (the flow orders them)."""
    from kiosk.ui.screens.finished import FinishedScreen
    from kiosk.ui.screens.preview import PreviewScreen
    from kiosk.ui.screens.welcome import WelcomeScreen
    from kiosk.ui.wizard.screens import wizard_screens

    return [WelcomeScreen, PreviewScreen, FinishedScreen, *wizard_screens()]


def build_services(config: Config, *, demo: bool) -> Services:
    """Real services for this terminal; in demo mode the simulated card and a folder printer."""
    if demo:
        config = config.replace("printer", backend="folder")
    return Services(config=config)


def run_kiosk(config: Config, *, demo: bool, windowed: bool, smoke: bool) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import FirstFrame, create_application, seconds_since_process_start
    from kiosk.ui.main_window import MainWindow

    setup_logging(config.logging.level)
    if windowed or smoke:
        config = dataclasses.replace(config, ui=dataclasses.replace(config.ui, fullscreen=False))
    app = create_application(sys.argv[:1])
    services = build_services(config, demo=demo)
    window = MainWindow(services, resident_screens(), kiosk_mode=config.ui.fullscreen)
    if smoke:
        def report() -> None:
            seconds = seconds_since_process_start()
            shown = window.current_screen.screen_id
            print(f"first frame after {seconds:.3f} s (screen: {shown})", flush=True)
            log.info("smoke start", extra={"seconds": round(seconds, 3)})
            window._may_close = True
            app.quit()

        FirstFrame(window, report)
    if config.ui.fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    log.info("kiosk started", extra={"demo": demo, "terminal": config.terminal.id})
    return int(app.exec())
