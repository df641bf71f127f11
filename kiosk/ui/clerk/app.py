"""Start the clerk console (``kiosk clerk``): services from the configuration, the window.

The central database must answer at start-up (the queue lives there); the metrics
recorder then copes with short outages through its outbox. Print jobs spool in their own
folder (``spool/clerk``), purged at start-up like the kiosk's: a job left from an earlier
run holds personal data of a resident who has gone.
"""

from __future__ import annotations

import logging
import sys

from kiosk.config import Config

log = logging.getLogger(__name__)


class StartError(RuntimeError):
    """The console cannot start; the message is one plain sentence for staff."""


def build_context(config: Config) -> object:
    """A ``ClerkContext`` for this terminal (raises ``StartError``)."""
    from forms.catalog.loader import load_catalog
    from kiosk.metrics.services import open_services
    from kiosk.navigation.engine import Navigator
    from kiosk.paths import spool_dir
    from kiosk.security import StaffGate
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection
    from kiosk.ui.clerk.window import ClerkContext
    from printing.backends import PrintError, make_backend
    from printing.queue import PrintQueue

    services = open_services(config)
    try:
        check_connection(services.engine)
    except DatabaseUnavailable as exc:
        raise StartError(str(exc)) from None
    if not migrate.is_up_to_date(services.engine):
        raise StartError("the database schema is not up to date; run `kiosk db upgrade` first")
    try:
        backend = make_backend(config.printer)
    except PrintError as exc:
        raise StartError(str(exc)) from None
    printer = PrintQueue(backend, spool_dir() / "clerk",
                         timeout_seconds=float(config.printer.job_timeout_seconds))
    printer.purge_leftovers()
    catalog = load_catalog(config.catalog.folder or None)
    staff = config.staff
    gate = StaffGate(staff.pin_hash, staff.max_attempts, staff.lockout_seconds)
    return ClerkContext(services.clerk, catalog, Navigator(catalog), printer, gate)


def run_clerk(config: Config, *, department: str | None, windowed: bool) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.style import staff_stylesheet
    from kiosk.ui.clerk.window import ClerkContext, ClerkWindow
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config

    setup_logging(config.logging.level)
    app = create_application(sys.argv[:1])
    context = build_context(config)
    assert isinstance(context, ClerkContext)
    if department and department not in context.catalog.departments:
        raise StartError(f"unknown department {department!r}")
    app.setStyleSheet(staff_stylesheet(config.ui.high_contrast))
    apply_ui_config(config.ui)
    LanguageSwitcher.shared().set_language(config.ui.language)
    window = ClerkWindow(context, department=department)
    if windowed:
        window.resize(1366, 800)
        window.show()
    else:
        window.showMaximized()
    log.info("clerk console started", extra={"terminal": config.terminal.id})
    return int(app.exec())
