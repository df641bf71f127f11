"""Start the clerk console (``kiosk clerk``): services from the configuration, the window.

The central database must answer at start-up (the queue lives there); the metrics
recorder then copes with short outages through its outbox. Print jobs spool in their own
folder (``spool/clerk``), purged at start-up like the kiosk's: a job left from an earlier
run holds personal data of a resident who has gone.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from kiosk.app.composition import StartError, clerk_services
from kiosk.config import Config

if TYPE_CHECKING:
    from kiosk.ui.clerk.window import ClerkContext

__all__ = ["StartError", "build_context", "run_clerk"]

log = logging.getLogger(__name__)


def build_context(config: Config) -> ClerkContext:
    """The console's context for this terminal (raises ``StartError``)."""
    from kiosk.ui.clerk.window import ClerkContext

    parts = clerk_services(config)
    return ClerkContext(parts.clerk, parts.catalog, parts.navigator, parts.printer, parts.gate)


def run_clerk(config: Config, *, department: str | None, windowed: bool) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.style import staff_stylesheet
    from kiosk.ui.clerk.window import ClerkWindow
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config

    setup_logging(config.logging.level)
    app = create_application(sys.argv[:1])
    context = build_context(config)
    if department and department not in context.catalog.departments:
        raise StartError(f"unknown department {department!r}")
    app.setStyleSheet(staff_stylesheet(config.ui.high_contrast))
    apply_ui_config(config.ui)
    LanguageSwitcher.shared().set_language(config.ui.language)
    window = ClerkWindow(context, department=department)
    from kiosk.app.purge_service import purge_if_due
    from kiosk.ui.purge_timer import start_daily_purge

    start_daily_purge(window, window.runner, lambda: purge_if_due(context.clerk.engine, config))
    if windowed:
        window.resize(1366, 800)
        window.show()
    else:
        window.showMaximized()
    log.info("clerk console started", extra={"terminal": config.terminal.id})
    return int(app.exec())
