"""A deadline on every card operation: a card or reader that never answers cannot hang us.

``SCardTransmit`` blocks until the reader driver returns, and a card that stops answering
(or a wedged reader) can keep it blocked for minutes. :class:`TimedLink` runs each command
APDU of a session on the session's own worker thread and waits at most ``timeout``
seconds for it. When the deadline passes:

* the caller gets :class:`~kiosk.card.errors.CardTimeout` at once (a plain message for the
  resident: take the card out and put it back), so the kiosk's worker thread is free;
* the link is asked to give up (``abort()``: the PC/SC adapter cancels and resets the
  card from a fresh context, see :mod:`kiosk.card.pcsc`), and its ``close()`` is queued on
  the stuck worker, so the PC/SC handle is released the moment the blocked call returns
  (at the latest when the card leaves the reader) instead of staying held for ever;
* the session refuses further commands: nothing more is sent to a card in that state.

Connecting gets the same deadline (:func:`connect_with_deadline`). Nothing here logs an
APDU: the PIN and the 個人番号 travel in them.
"""

from __future__ import annotations

import concurrent.futures
import logging
import queue
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from kiosk.card.errors import CardTimeout

log = logging.getLogger(__name__)

DEFAULT_APDU_TIMEOUT_S = 5.0
T = TypeVar("T")


class Link(Protocol):
    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...

    def close(self) -> None: ...


def _abort(link: object) -> None:
    """Ask a link that can (``abort()``) to unblock its pending call, on a thread of its
    own: a PC/SC call may itself wait for the stuck reader. Never raises, never waits."""
    abort: Callable[[], None] | None = getattr(link, "abort", None)
    if abort is None:
        return

    def run() -> None:
        try:
            abort()
        except Exception as exc:  # noqa: BLE001 - best effort; the deadline already fired
            log.info("card abort failed", extra={"error": type(exc).__name__})

    threading.Thread(target=run, name="card-abort", daemon=True).start()


class _Worker:
    """One daemon thread running calls in order.

    Not a ``ThreadPoolExecutor``: the interpreter joins those at exit, so a command stuck
    in the driver would keep ``kiosk card read`` from ever exiting.
    """

    def __init__(self, name: str) -> None:
        self._calls: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        threading.Thread(target=self._run, name=name, daemon=True).start()

    def _run(self) -> None:
        while (call := self._calls.get()) is not None:
            call()

    def submit(self, fn: Callable[..., T], *args: object) -> concurrent.futures.Future[T]:
        future: concurrent.futures.Future[T] = concurrent.futures.Future()

        def call() -> None:
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller
                future.set_exception(exc)

        self._calls.put(call)
        return future

    def stop(self) -> None:
        """End the thread after the calls already queued (never waits)."""
        self._calls.put(None)


class TimedLink:
    """Wraps a connected card so that each ``transmit`` has a deadline."""

    def __init__(self, link: Link, timeout: float = DEFAULT_APDU_TIMEOUT_S) -> None:
        self._link = link
        self.timeout = timeout
        self._worker = _Worker("card-apdu")
        self.timed_out = False

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self.timed_out:
            raise CardTimeout("an earlier command never returned")
        pending = self._worker.submit(self._link.transmit, apdu)
        try:
            return pending.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            self.timed_out = True
            # info, not warning: the caller reports CardTimeout; a warning would reach a
            # CLI's stderr through logging's last-resort handler as a second line.
            log.info("card did not answer", extra={"timeout_s": self.timeout})
            _abort(self._link)
            # Runs when the stuck transmit returns: the handle is released then.
            self._worker.submit(self._link.close)
            self._worker.stop()
            raise CardTimeout(f"no answer within {self.timeout:g} s") from None

    def close(self) -> None:
        """Power the card down now, unless a stuck command holds it (then the worker will)."""
        if self.timed_out:
            return
        self._worker.stop()
        self._link.close()


def connect_with_deadline(connect: Callable[[], T], close: Callable[[T], None],
                          timeout: float) -> T:
    """``connect()`` on a worker thread; ``CardTimeout`` if it takes over ``timeout`` s.

    A connection that completes after the deadline is closed at once by ``close``.
    """
    worker = _Worker("card-connect")
    pending = worker.submit(connect)
    worker.stop()
    try:
        return pending.result(timeout=timeout)
    except concurrent.futures.TimeoutError:
        log.info("card reader did not connect", extra={"timeout_s": timeout})

        def close_late(done: concurrent.futures.Future[T]) -> None:
            if done.exception() is None:
                close(done.result())

        pending.add_done_callback(close_late)
        raise CardTimeout(f"no connection within {timeout:g} s") from None
