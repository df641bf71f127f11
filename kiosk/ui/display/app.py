"""Start the waiting-area display (``kiosk display``) on the configured database."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from kiosk.app.display_services import display_services
from kiosk.config import Config

log = logging.getLogger(__name__)


def run_display(config: Config, *, windowed: bool, audio_folder: Path | None = None) -> int:
    """Open the display; ``audio_folder`` writes the announcements there instead of
    playing them (a machine without speakers, or a check of what would be said)."""
    from kiosk.logging_setup import setup_logging

    setup_logging(config.logging.level)
    services = display_services(config)  # raises StartError before any window opens

    from kiosk.speech.ports import AudioOut
    from kiosk.speech.speaker import WavFolder
    from kiosk.ui.app import create_application
    from kiosk.ui.display.player import QtAudioOut
    from kiosk.ui.display.window import DisplayWindow

    silent = services.speaker.silent_languages(services.languages)
    if silent:
        log.warning("no voice for %s: shown, not spoken", ", ".join(silent))
    app = create_application(sys.argv[:1])
    audio: AudioOut = WavFolder(audio_folder) if audio_folder else QtAudioOut(app)
    window = DisplayWindow(services, audio)
    if windowed:
        window.resize(1600, 900)
        window.show()
    else:
        window.showFullScreen()
    window.start()
    log.info("waiting-area display started")
    return int(app.exec())
