"""Start the manager window (``kiosk manager``) on the configured database."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from kiosk.config import Config


def run_manager(config: Config, *, windowed: bool) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.metrics.clock import local_day, utc_now
    from kiosk.metrics.labels import load_labels
    from kiosk.metrics.stats import StatsService
    from kiosk.storage import migrate
    from kiosk.storage.db import DatabaseUnavailable, check_connection, make_engine
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.app import StartError
    from kiosk.ui.clerk.style import staff_stylesheet
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    setup_logging(config.logging.level)
    engine = make_engine(config.database.url)
    try:
        check_connection(engine)
    except DatabaseUnavailable as exc:
        raise StartError(str(exc)) from None
    if not migrate.is_up_to_date(engine):
        raise StartError("the database schema is not up to date; run `kiosk db upgrade` first")
    app = create_application(sys.argv[:1])
    app.setStyleSheet(staff_stylesheet(config.ui.high_contrast))
    apply_ui_config(config.ui)
    LanguageSwitcher.shared().set_language(config.ui.language)
    folder = config.catalog.folder

    def today() -> date:
        return local_day(utc_now())

    context = ManagerContext(
        StatsService(engine),
        {"ja": load_labels(folder, "ja"), "en": load_labels(folder, "en")},
        today, Path.home(),
    )
    window = ManagerWindow(context)
    if windowed:
        window.resize(1366, 860)
        window.show()
    else:
        window.showMaximized()
    try:
        return int(app.exec())
    finally:
        engine.dispose()
