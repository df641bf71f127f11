"""Start the manager window (``kiosk manager``) on the configured database."""

from __future__ import annotations

import sys

from kiosk.app.composition import manager_services
from kiosk.config import Config


def run_manager(config: Config, *, windowed: bool, demo: bool = False) -> int:
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import create_application
    from kiosk.ui.clerk.style import staff_stylesheet
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config
    from kiosk.ui.manager.window import ManagerContext, ManagerWindow

    setup_logging(config.logging.level)
    parts = manager_services(config, demo=demo)  # raises StartError before any window opens
    app = create_application(sys.argv[:1])
    app.setStyleSheet(staff_stylesheet(config.ui.high_contrast))
    apply_ui_config(config.ui)
    LanguageSwitcher.shared().set_language(config.ui.language)
    context = ManagerContext(parts.stats, parts.labels, parts.today, parts.export_folder,
                             parts.login, parts.idle_lock_seconds)
    window = ManagerWindow(context)
    if windowed:
        window.resize(1366, 860)
        window.show()
    else:
        window.showMaximized()
    try:
        return int(app.exec())
    finally:
        parts.stats.engine.dispose()
