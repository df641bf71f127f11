"""One helper for blocking work: run it off the UI thread, call back on the UI thread.

Card reads, rendering, printing and exports go through ``TaskRunner.run``. The result
or the exception comes back through a queued signal, so callbacks always run on the
thread that owns the widgets. Tests inject ``SyncTaskRunner``, which runs the work at
once, so they need no waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class Runner(Protocol):
    def run(self, work: Callable[[], Any], on_done: OnDone, on_error: OnError) -> None: ...


class _Relay(QObject):
    """Lives on the UI thread; receives the worker's outcome through queued signals."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: OnDone, on_error: OnError) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.finished.connect(self._done)
        self.failed.connect(self._error)

    @Slot(object)
    def _done(self, result: Any) -> None:
        try:
            self._on_done(result)
        finally:
            self.deleteLater()

    @Slot(object)
    def _error(self, error: BaseException) -> None:
        try:
            self._on_error(error)
        finally:
            self.deleteLater()


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
            log.info("background task failed", extra={"error": type(exc).__name__})
            self._relay.failed.emit(exc)
        else:
            self._relay.finished.emit(result)


class TaskRunner:
    """Runs work on a thread pool; at most ``max_threads`` at once."""

    def __init__(self, max_threads: int = 2) -> None:
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._relays: set[_Relay] = set()

    def run(self, work: Callable[[], Any], on_done: OnDone, on_error: OnError) -> None:
        relay = _Relay(on_done, on_error)
        self._relays.add(relay)
        relay.destroyed.connect(lambda *_: self._relays.discard(relay))
        self._pool.start(_Job(work, relay))

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


class SyncTaskRunner:
    """Runs the work immediately on the calling thread (tests, and the smoke start)."""

    def run(self, work: Callable[[], Any], on_done: OnDone, on_error: OnError) -> None:
        try:
            result = work()
        except Exception as exc:  # noqa: BLE001 - mirrors TaskRunner
            on_error(exc)
            return
        on_done(result)
