"""Delivery of help calls to every window: LISTEN/NOTIFY on PostgreSQL, polling on SQLite.

``HelpCallWatcher`` runs one daemon thread per window. It waits for a sign that the calls
may have changed, reads the open calls and tells its ``HelpCallListener`` when they differ
from what it told last (and once at the start). The sign comes from a ``ChangeSignal``:

* ``NotifySignal`` (PostgreSQL): its own autocommit psycopg connection ``LISTEN``s on the
  channel the ``help_call`` trigger notifies (migration 0011); it wakes within
  milliseconds of the commit. It also wakes every ``RECHECK_SECONDS``, so a notification
  lost during a reconnect costs a few seconds, never the call;
* ``PollSignal`` (SQLite, which has no notifications): wakes every ``poll_seconds``.

On each wake the watcher first sends the calls waiting in the terminal's help outbox
(``HelpCalls.sync``): the moment the database is back, a call raised during the outage
reaches the consoles. While the database is away it keeps trying, logging once.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from kiosk.domain.help_call import HelpCall
from kiosk.storage.help_calls import NOTIFY_CHANNEL
from kiosk.visits.help_calls import HelpCallListener, HelpCalls

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
RECHECK_SECONDS = 5.0


class ChangeSignal(Protocol):
    """Blocks until the calls may have changed, or ``timeout`` seconds have passed."""

    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class PollSignal:
    """No notifications (SQLite): every wait is a poll interval."""

    def __init__(self, stop: threading.Event) -> None:
        self._stop = stop

    def wait(self, timeout: float) -> bool:
        self._stop.wait(timeout)
        return False

    def close(self) -> None:
        """Nothing to release."""


class NotifySignal:
    """PostgreSQL ``LISTEN help_call`` on a connection of its own (autocommit)."""

    def __init__(self, engine: Engine, connect_timeout: int = 3) -> None:
        self._url = engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False)
        self._connect_timeout = connect_timeout
        self._connection: object | None = None

    def _listening(self) -> object:
        if self._connection is None:
            import psycopg

            connection = psycopg.connect(self._url, autocommit=True,
                                         connect_timeout=self._connect_timeout)
            connection.execute(f"LISTEN {NOTIFY_CHANNEL}")
            self._connection = connection
        return self._connection

    def wait(self, timeout: float) -> bool:
        import psycopg

        if self._connection is None:
            # Listening from now on: what committed before is read by the next round.
            self._listening()
            return True
        connection = self._connection
        assert isinstance(connection, psycopg.Connection)
        try:
            heard = False
            for _ in connection.notifies(timeout=timeout, stop_after=1):
                heard = True
            if heard:  # several commits at once need one read, not one each
                for _ in connection.notifies(timeout=0.0):
                    pass
            return heard
        except psycopg.Error:
            self.close()
            raise

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            import psycopg

            assert isinstance(connection, psycopg.Connection)
            with contextlib.suppress(psycopg.Error):  # already broken: nothing to release
                connection.close()


class HelpCallWatcher:
    """Tells ``listener`` the open calls whenever they change (one daemon thread)."""

    def __init__(self, help_calls: HelpCalls, listener: HelpCallListener, *,
                 poll_seconds: float = POLL_SECONDS,
                 signal: ChangeSignal | None = None) -> None:
        self.help_calls = help_calls
        self.listener = listener
        self.poll_seconds = poll_seconds
        self._stop = threading.Event()
        self._signal = signal
        self._thread: threading.Thread | None = None
        self._told: list[HelpCall] | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="help-call-watcher",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _make_signal(self) -> ChangeSignal:
        if self._signal is not None:
            return self._signal
        if self.help_calls.engine.dialect.name == "postgresql":
            return NotifySignal(self.help_calls.engine)
        return PollSignal(self._stop)

    def _run(self) -> None:
        import psycopg  # the driver's own errors (the LISTEN connection)

        failures = (SQLAlchemyError, OSError, psycopg.Error)
        signal = self._make_signal()
        timeout = RECHECK_SECONDS if isinstance(signal, NotifySignal) else self.poll_seconds
        failing = False
        try:
            while not self._stop.is_set():
                try:
                    self.check()
                    signal.wait(timeout)
                    if failing:
                        log.warning("help calls: the database answers again")
                    failing = False
                except failures as exc:
                    if not failing:
                        log.warning("help calls: database unreachable (%s); retrying",
                                    type(exc).__name__)
                    failing = True
                    self._stop.wait(self.poll_seconds)
        finally:
            signal.close()

    def check(self) -> None:
        """One round: send waiting calls, read the open ones, tell the listener if new."""
        self.help_calls.sync()
        calls = self.help_calls.open_calls()
        if calls != self._told:
            self._told = calls
            self.listener.help_calls_changed(calls)
