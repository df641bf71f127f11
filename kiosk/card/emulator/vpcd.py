"""Plug the emulated card into pcscd through vsmartcard's vpcd driver (a TCP client).

The vpcd driver listens on TCP 35963 (reader "Virtual PCD 00 00"). Every message, both
ways, is a 2-byte big-endian length and a payload. From the driver a 1-byte payload is a
control code (00 power off, 01 power on, 02 reset, 04 get ATR, answered with the ATR);
a longer one is a command APDU, answered with the response APDU. Closing the socket is
how a card leaves the reader.

Latency: the driver writes the length and the payload with two ``send`` calls. With
Nagle's algorithm on its side and delayed ACKs on ours, every command then waits ~40 ms
for our ACK. Setting ``TCP_QUICKACK`` after each read (Linux) acknowledges at once; the
benchmark shows the difference. Our own replies go out in one ``sendall``.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading
import time

from kiosk.card.emulator.card import EmulatedCard

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 35963
_POWER_OFF, _POWER_ON, _RESET, _GET_ATR = 0, 1, 2, 4


class VpcdClient:
    """One emulated card in the vpcd reader, served on a background thread or in the caller.

    ``drop_after=N`` answers N command APDUs, then closes the socket on the next one
    (the card pulled out mid-read). ``hang_after=N`` answers N command APDUs, then
    swallows every later one without a reply (a card that never answers, while it stays
    in the reader). ``quickack`` can be turned off to measure the stock ~40 ms round trip.
    """

    def __init__(self, card: EmulatedCard, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 *, drop_after: int | None = None, hang_after: int | None = None,
                 quickack: bool = True) -> None:
        self.card = card
        self.host, self.port = host, port
        self.drop_after = drop_after
        self.hang_after = hang_after
        #: Set when a command APDU was swallowed (``hang_after``).
        self.hung = threading.Event()
        self.quickack = quickack and hasattr(socket, "TCP_QUICKACK")
        self.apdus = 0
        self.connected = threading.Event()
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    # ------------------------------------------------------------------ lifecycle
    def connect(self, timeout: float = 5.0) -> None:
        """Open the TCP connection (pcscd sees a card within its ~400 ms poll)."""
        sock = socket.create_connection((self.host, self.port), timeout=timeout)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock
        self.apdus = 0
        self.connected.set()
        log.info("emulated card connected to vpcd at %s:%d", self.host, self.port)

    def start(self, timeout: float = 5.0) -> VpcdClient:
        """Connect and serve on a daemon thread until :meth:`stop` or the socket closes."""
        self.connect(timeout)
        self._thread = threading.Thread(target=self.serve, name="vpcd-card", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Take the card out: close the socket and wait for the serving thread."""
        self._stopping.set()
        self._close()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def _close(self) -> None:
        sock, self._sock = self._sock, None
        self.connected.clear()
        if sock is not None:
            with contextlib.suppress(OSError):  # already closed by the peer
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.card.power_off()

    # ------------------------------------------------------------------ protocol
    def _recv_exact(self, sock: socket.socket, size: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < size:
            if self.quickack:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
            chunk = sock.recv(size - len(buf))
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def serve(self) -> None:
        """Answer the driver until the socket closes (or the drop fault fires)."""
        sock = self._sock
        if sock is None:
            raise RuntimeError("connect() first")
        try:
            while True:
                header = self._recv_exact(sock, 2)
                if header is None:
                    break
                payload = self._recv_exact(sock, struct.unpack(">H", header)[0])
                if payload is None:
                    break
                reply = self._handle(payload)
                if reply is _DROP:
                    log.info("emulated card: dropping the connection (fault injection)")
                    break
                if reply is not None:
                    sock.sendall(struct.pack(">H", len(reply)) + reply)
        except OSError as exc:
            if not self._stopping.is_set():
                log.info("vpcd connection ended: %s", type(exc).__name__)
        finally:
            self._close()

    def _handle(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            code = payload[0]
            if code == _POWER_OFF:
                self.card.power_off()
            elif code == _POWER_ON:
                self.card.power_on()
            elif code == _RESET:
                self.card.reset()
            elif code == _GET_ATR:
                return self.card.atr
            return None
        if self.drop_after is not None and self.apdus >= self.drop_after:
            return _DROP
        if self.hang_after is not None and self.apdus >= self.hang_after:
            self.hung.set()
            return None
        self.apdus += 1
        if not self.card.powered:
            self.card.power_on()
        return self.card.process(payload)

    def serve_forever(self, retry_s: float = 1.0) -> None:
        """Keep the card in the reader: reconnect whenever pcscd goes away and returns.

        Each reconnection looks to pcscd like the card being inserted again.
        """
        while not self._stopping.is_set():
            try:
                self.connect()
            except OSError:
                time.sleep(retry_s)
                continue
            self.serve()
            if not self._stopping.is_set():
                time.sleep(retry_s)


_DROP = b"\x00drop"
"""Sentinel reply: close the socket instead of answering."""
