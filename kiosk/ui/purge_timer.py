"""The daily retention purge of a running window: at start, then checked every hour.

The work (``kiosk.app.purge_service.purge_if_due``) runs off the UI thread through the
window's task runner; it only acts when 24 hours have passed since the last run, so an
hourly check costs one small file read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from kiosk.ui.tasks import Runner

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 3_600_000


def start_daily_purge(parent: QObject, runner: Runner, work: Callable[[], object],
                      interval_ms: int = CHECK_EVERY_MS) -> QTimer:
    def tick() -> None:
        runner.run(work, lambda _record: None, lambda exc: log.warning(
            "retention purge not run", extra={"error": type(exc).__name__}))

    timer = QTimer(parent, interval=interval_ms)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(0, tick)
    return timer
