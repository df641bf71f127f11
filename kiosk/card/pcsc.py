"""The PC/SC adapter: the only module that imports pyscard (``smartcard``).

It uses pyscard's thin ``smartcard.scard`` layer rather than the observer classes so
that every PC/SC result code is seen and mapped to a typed error, and so that a pcscd
restart (the "reader that disappears" case) is survived by re-establishing the context.

* :class:`PcscBackend` lists readers, connects, and starts a :class:`PcscMonitor`.
* :class:`PcscLink` is one connected card; :meth:`PcscLink.close` disconnects with
  ``SCARD_UNPOWER_CARD`` so the PIN's security status ends with the session.
* :class:`PcscMonitor` is a thread waiting in ``SCardGetStatusChange``; it calls plain
  callbacks on its own thread (the Qt adapter forwards them as signals).
"""

from __future__ import annotations

import logging
import threading

from smartcard import scard

from kiosk.card.errors import (
    CardError,
    CardProtocolError,
    CardRemoved,
    NoCard,
    ReaderError,
    ReaderServiceDown,
    ReaderUnplugged,
)
from kiosk.card.service import MonitorCallbacks, reader_matches

log = logging.getLogger(__name__)

_SERVICE_GONE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED,
                 scard.SCARD_E_INVALID_HANDLE, scard.SCARD_E_NO_READERS_AVAILABLE}
_READER_GONE = {scard.SCARD_E_UNKNOWN_READER, scard.SCARD_E_READER_UNAVAILABLE}
_CARD_GONE = {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD,
              scard.SCARD_W_RESET_CARD, scard.SCARD_W_UNPOWERED_CARD,
              scard.SCARD_E_NOT_TRANSACTED, scard.SCARD_E_COMM_DATA_LOST}


def _code(hresult: int) -> str:
    """A PC/SC result for logs: its symbolic message, never data."""
    return f"{scard.SCardGetErrorMessage(hresult)} (0x{hresult & 0xFFFFFFFF:08X})"


def _establish() -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise ReaderServiceDown(_code(hresult))
    return int(context)


def _release(context: int) -> None:
    scard.SCardReleaseContext(context)


def _list(context: int) -> list[str]:
    hresult, readers = scard.SCardListReaders(context, [])
    if hresult == scard.SCARD_E_NO_READERS_AVAILABLE:
        return []
    if hresult in _SERVICE_GONE:
        raise ReaderServiceDown(_code(hresult))
    if hresult != scard.SCARD_S_SUCCESS:
        raise ReaderError(_code(hresult))
    return [str(r) for r in readers]


def _present(context: int, reader: str) -> bool:
    hresult, states = scard.SCardGetStatusChange(
        context, 0, [(reader, scard.SCARD_STATE_UNAWARE)])
    if hresult != scard.SCARD_S_SUCCESS:
        return False
    return bool(states[0][1] & scard.SCARD_STATE_PRESENT)


class PcscLink:
    """One powered connection to the card in ``reader``."""

    def __init__(self, reader: str) -> None:
        self.reader = reader
        self._context = _establish()
        hresult, handle, protocol = scard.SCardConnect(
            self._context, reader, scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1)
        if hresult != scard.SCARD_S_SUCCESS:
            _release(self._context)
            raise self._connect_error(hresult)
        self._handle = handle
        self.protocol = int(protocol)

    @staticmethod
    def _connect_error(hresult: int) -> CardError:
        if hresult in (scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_REMOVED_CARD,
                       scard.SCARD_W_UNPOWERED_CARD, scard.SCARD_W_RESET_CARD):
            # Also what pcscd says while it has not yet noticed a card swap.
            return NoCard(_code(hresult))
        if hresult in _READER_GONE:
            return ReaderUnplugged(_code(hresult))
        if hresult in _SERVICE_GONE:
            return ReaderServiceDown(_code(hresult))
        if hresult in (scard.SCARD_W_UNRESPONSIVE_CARD, scard.SCARD_W_UNSUPPORTED_CARD):
            return CardProtocolError(_code(hresult))
        return ReaderError(_code(hresult))

    @property
    def handle(self) -> int | None:
        """The PC/SC card handle (benchmarks compare against raw ``SCardTransmit``)."""
        return None if self._handle is None else int(self._handle)

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        hresult, response = scard.SCardTransmit(self._handle, self.protocol, list(apdu))
        if hresult != scard.SCARD_S_SUCCESS:
            raise self._transmit_error(hresult)
        if len(response) < 2:
            # vpcd (and some readers) report a lost card as an empty "successful" answer.
            raise self._transmit_error(scard.SCARD_E_NOT_TRANSACTED)
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def _transmit_error(self, hresult: int) -> CardError:
        """Tell "card pulled out" from "reader (or pcscd) gone" after a failed exchange."""
        if hresult in _READER_GONE or hresult in _SERVICE_GONE:
            return ReaderUnplugged(_code(hresult))
        try:
            context = _establish()
        except ReaderServiceDown:
            return ReaderUnplugged(_code(hresult))
        try:
            if self.reader not in _list(context):
                return ReaderUnplugged(_code(hresult))
        except CardError:
            return ReaderUnplugged(_code(hresult))
        finally:
            _release(context)
        if hresult in _CARD_GONE:
            return CardRemoved(_code(hresult))
        return ReaderError(_code(hresult))

    def abort(self) -> None:
        """Ask PC/SC to give up a call blocked on this link (``kiosk.card.deadline``).

        ``SCardCancel`` is the one PC/SC call meant to be made from another thread; for a
        transmit stuck in the reader driver it may do nothing, and then the call returns
        when the card leaves the reader, where the deadline's worker closes the handle.
        """
        hresult = scard.SCardCancel(self._context)
        log.info("card link aborted: %s", _code(hresult))

    def close(self) -> None:
        """Disconnect with SCARD_UNPOWER_CARD; errors are ignored (the card may be gone)."""
        handle, self._handle = self._handle, None
        if handle is not None:
            scard.SCardDisconnect(handle, scard.SCARD_UNPOWER_CARD)
        _release(self._context)


class PcscMonitor:
    """A thread reporting reader hot-plug and card insert/remove through plain callbacks."""

    def __init__(self, callbacks: MonitorCallbacks, *, poll_ms: int = 500,
                 retry_s: float = 1.0) -> None:
        self._callbacks = callbacks
        self._poll_ms = poll_ms
        self._retry_s = retry_s
        self._stop = threading.Event()
        self._context: int | None = None
        self._readers: list[str] = []
        self._states: dict[str, int] = {}
        self._thread = threading.Thread(target=self._run, name="pcsc-monitor", daemon=True)

    def start(self) -> PcscMonitor:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        context = self._context
        if context is not None:
            scard.SCardCancel(context)
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout=5)

    def _run(self) -> None:
        first = True
        while not self._stop.is_set():
            try:
                if self._context is None:
                    self._context = _establish()
                readers = _list(self._context)
            except CardError as exc:
                log.debug("reader monitor: PC/SC unavailable: %s", exc.detail)
                self._drop_context()
                self._set_readers([], force=first)
                first = False
                self._stop.wait(self._retry_s)
                continue
            self._set_readers(readers, force=first)
            first = False
            if not readers:
                self._stop.wait(self._poll_ms / 1000)
                continue
            self._wait_for_change(readers)
        self._drop_context()

    def _drop_context(self) -> None:
        context, self._context = self._context, None
        if context is not None:
            _release(context)

    def _set_readers(self, readers: list[str], *, force: bool) -> None:
        if readers == self._readers and not force:
            return
        for gone in [r for r in self._readers if r not in readers]:
            if self._states.pop(gone, 0) & scard.SCARD_STATE_PRESENT:
                self._callbacks.on_card_removed(gone)
        self._readers = list(readers)
        self._callbacks.on_readers_changed(list(readers))

    def _wait_for_change(self, readers: list[str]) -> None:
        assert self._context is not None
        query = [(r, self._states.get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
        hresult, states = scard.SCardGetStatusChange(self._context, self._poll_ms, query)
        if hresult in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
            return
        if hresult != scard.SCARD_S_SUCCESS:
            log.debug("reader monitor: %s", _code(hresult))
            self._drop_context()
            return
        for reader, event_state, _atr in states:
            before = self._states.get(reader, 0) & scard.SCARD_STATE_PRESENT
            now = event_state & scard.SCARD_STATE_PRESENT
            self._states[reader] = event_state & ~scard.SCARD_STATE_CHANGED
            if now and not before:
                self._callbacks.on_card_inserted(reader)
            elif before and not now:
                self._callbacks.on_card_removed(reader)


class PcscBackend:
    """PC/SC readers as a :class:`~kiosk.card.service.CardBackend`."""

    def list_readers(self) -> list[str]:
        context = _establish()
        try:
            return _list(context)
        finally:
            _release(context)

    def card_present(self, reader: str) -> bool:
        try:
            context = _establish()
        except ReaderServiceDown:
            return False
        try:
            return _present(context, reader)
        finally:
            _release(context)

    def connect(self, reader: str) -> PcscLink:
        return PcscLink(reader)

    def start_monitor(self, callbacks: MonitorCallbacks) -> PcscMonitor:
        return PcscMonitor(callbacks).start()


def describe_readers(pattern: str = "") -> tuple[bool, str]:
    """One line for ``kiosk doctor``: is a usable reader there? (names only, no card data)."""
    try:
        readers = PcscBackend().list_readers()
    except CardError as exc:
        return False, f"PC/SC service not reachable ({exc.detail}); start pcscd"
    matching = [r for r in readers if reader_matches(r, pattern)]
    if not matching:
        where = f" matching {pattern!r}" if pattern else ""
        return False, f"no card reader{where} (found {len(readers)} reader(s))"
    return True, ", ".join(matching)
