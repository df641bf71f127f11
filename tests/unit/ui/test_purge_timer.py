"""The window's daily purge: once right after start, then at every check, never on failure."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kiosk.ui.purge_timer import start_daily_purge
from kiosk.ui.tasks import SyncTaskRunner


def test_the_purge_runs_at_start_and_at_each_check(qtbot: Any) -> None:
    from kiosk.ui.app import create_application

    create_application()
    calls: list[int] = []

    def work() -> None:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("database away")  # logged; the timer keeps going

    parent = QObject()
    timer = start_daily_purge(parent, SyncTaskRunner(), work, interval_ms=3_600_000)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=2000)  # at start, not after an hour
    timer.setInterval(20)
    qtbot.waitUntil(lambda: len(calls) >= 3, timeout=5000)
    assert timer.isActive()
    timer.stop()
