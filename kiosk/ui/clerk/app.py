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
    from PySide6.QtWidgets import QApplication, QWidget

    from kiosk.ui.clerk.window import ClerkContext

__all__ = ["StartError", "build_context", "run_clerk"]

log = logging.getLogger(__name__)


def build_context(config: Config, *, demo: bool = False) -> ClerkContext:
    """The console's context for this terminal (raises ``StartError``)."""
    from kiosk.ui.clerk.window import ClerkContext

    parts = clerk_services(config, demo=demo)
    return ClerkContext(parts.clerk, parts.catalog, parts.navigator, parts.printer, parts.login,
                        core_sender=parts.core_sender,
                        idle_lock_seconds=parts.idle_lock_seconds,
                        help_calls=parts.help_calls)


def run_clerk(config: Config | None, *, department: str | None, windowed: bool,
              config_file: str | None = None, config_error: str = "", demo: bool = False) -> int:
    """Start the console; a broken configuration, catalog or database shows the error
    window (``kiosk.ui.startup``) with "Try again" instead of a traceback."""
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import create_application
    from kiosk.ui.startup.guard import StartGuard, StartProblem, start_guarded
    from kiosk.ui.startup.problems import config_problem, guarded, load_config_or_problem

    setup_logging(config.logging.level if config else "INFO")
    app = create_application(sys.argv[:1])
    given: list[Config | StartProblem] = [config if config else config_problem(config_error)]

    def attempt() -> tuple[Config, ClerkContext] | StartProblem:
        loaded = given.pop() if given else load_config_or_problem(config_file)
        if isinstance(loaded, StartProblem):
            return loaded

        def build() -> tuple[Config, ClerkContext]:
            context = build_context(loaded, demo=demo)
            if department and department not in context.catalog.departments:
                raise StartError(f"unknown department {department!r}")
            return loaded, context

        return guarded(loaded, build)

    windows: list[QWidget] = []
    guard = StartGuard(app, fullscreen=False, language=config.ui.language if config else "ja")
    start_guarded(guard, attempt,
                  lambda ready: windows.append(_show_console(app, *ready, department, windowed)))
    return int(app.exec())


def _show_console(app: QApplication, config: Config, context: ClerkContext,
                  department: str | None, windowed: bool) -> QWidget:
    from kiosk.ui.clerk.style import staff_stylesheet
    from kiosk.ui.clerk.window import ClerkWindow
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config

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
    return window
