"""The rest of the kiosk, loaded after its first frame while the welcome screen shows.

The window is shown with the welcome screen only. Then, in this order:

1. On a worker thread: the catalog (a broken one is reported like before the window
   existed, as a :class:`~kiosk.ui.startup.guard.StartProblem`) and the pure-Python modules
   the other screens and services import (the database layer, visit recording, printing).
2. On the UI thread (Qt widgets must be built there), one screen per turn of the event
   loop, so the welcome screen stays responsive: the other screens of the registry.
3. ``ready(window)``: the caller attaches the card reader, database and metrics, and the
   window starts taking taps; :data:`kiosk.app.warmup.WARM_UP_STEPS` then run on a
   background thread.

A tap before step 3 is held by the window (greyed out, busy cursor) and carried out once
it is ready (:meth:`MainWindow.hold_taps_until_ready`): never dropped, never a crash.
"""

from __future__ import annotations

import importlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from kiosk.ui.registry import RESIDENT_SCREENS, ScreenEntry
from kiosk.ui.startup.guard import StartProblem

if TYPE_CHECKING:
    from kiosk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Imported on the worker thread before the screens are built on the UI thread: plain
# Python (no widget), and the bulk of what the screens and the services import.
BACKGROUND_IMPORTS = (
    "kiosk.app.visit_steps",
    "kiosk.app.visit",
    "kiosk.app.printing_service",
    "kiosk.app.metrics_services",
    "kiosk.app.core_audit",
    "kiosk.visits.help_calls",
    "kiosk.storage.migrate",
    "printing.failures",
)


class KioskLoader(QObject):
    """Loads what the welcome screen did not need, then calls ``ready`` (or ``failed``)."""

    def __init__(self, window: MainWindow, *, ready: Callable[[MainWindow], None],
                 failed: Callable[[StartProblem], None],
                 screens: tuple[ScreenEntry, ...] = RESIDENT_SCREENS) -> None:
        super().__init__(window)
        self._window = window
        self._ready = ready
        self._failed = failed
        self._waiting = [entry for entry in screens if entry.screen_id not in window.screens]
        self._started = time.perf_counter()
        window.hold_taps_until_ready()

    def start(self) -> None:
        self._window.runner.run(self._load_off_the_ui_thread, self._loaded, self._broke)

    def _load_off_the_ui_thread(self) -> StartProblem | None:
        from kiosk.ui.startup.problems import guarded

        services = self._window.services
        outcome = guarded(services.config, lambda: services.navigator)
        if isinstance(outcome, StartProblem):
            return outcome
        for module in BACKGROUND_IMPORTS:
            importlib.import_module(module)
        return None

    def _loaded(self, problem: object) -> None:
        if isinstance(problem, StartProblem):
            self._failed(problem)
            return
        log.info("catalog and modules loaded", extra={
            "seconds_after_first_frame": round(time.perf_counter() - self._started, 3)})
        self._window.retranslate_ui()  # the town's name, from the catalog now loaded
        QTimer.singleShot(0, self._build_next_screen)

    def _broke(self, exc: BaseException) -> None:
        from kiosk.ui.startup.problems import start_problem

        error = exc if isinstance(exc, Exception) else RuntimeError(type(exc).__name__)
        self._failed(start_problem(self._window.services.config, error))

    def _build_next_screen(self) -> None:
        if self._waiting:
            entry = self._waiting.pop(0)
            try:
                self._window.add_screen(entry.load())
            except Exception as exc:  # noqa: BLE001 - the staff's error window, not a crash
                self._broke(exc)
                return
            QTimer.singleShot(0, self._build_next_screen)
            return
        _ = self._window.language_picker  # built now, not at the first tap on the bar
        _ = self._window.voice  # the voice guide reads every screen's PIN pad: now there
        log.info("kiosk loaded", extra={
            "seconds_after_first_frame": round(time.perf_counter() - self._started, 3)})
        self._ready(self._window)
