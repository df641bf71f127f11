"""Open the assistant's window (``kiosk setup --gui``) and wait until the clerk closes it."""

from __future__ import annotations

import sys
from pathlib import Path


def run_setup_window(path: Path) -> int:
    """0 when the last final check found the terminal ready, else 1 (as the command line)."""
    from kiosk.config import ConfigError, load_config
    from kiosk.logging_setup import setup_logging
    from kiosk.ui.app import create_application
    from kiosk.ui.i18n import LanguageSwitcher, apply_ui_config
    from kiosk.ui.setup.window import SetupWindow, setup_stylesheet
    from kiosk.ui.tasks import TaskRunner

    try:
        config = load_config(path)
    except ConfigError:
        config = None  # the window says why; the steps rewrite it section by section
    setup_logging(config.logging.level if config else "INFO")
    app = create_application(sys.argv[:1])
    if config is not None:
        apply_ui_config(config.ui)
    app.setStyleSheet(setup_stylesheet(config.ui.high_contrast if config else False))
    LanguageSwitcher.shared().set_language(config.ui.language if config else "ja")
    runner = TaskRunner()
    window = SetupWindow(path, runner)
    window.resize(1280, 800)
    window.show()
    app.exec()
    runner.wait()
    return 0 if window.ready else 1
