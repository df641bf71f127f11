"""The reader service: which reader, one read session, and insert/remove notifications.

Plain Python, no Qt: the UI wraps it in a thin adapter that turns the callbacks into
signals and runs :meth:`ReaderService.read` through its task runner; the CLI calls it
directly. The hardware sits behind :class:`CardBackend`, which the PC/SC adapter
(:mod:`kiosk.card.pcsc`) and the in-process emulator
(:mod:`kiosk.card.emulator.backend`) both implement.

Each session powers the card down when it ends (``SCARD_UNPOWER_CARD``), so a verified
security status never outlives one read.
"""

from __future__ import annotations

import fnmatch
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from kiosk.card.deadline import DEFAULT_APDU_TIMEOUT_S, TimedLink, connect_with_deadline
from kiosk.card.errors import InvalidPinFormat, NoReader
from kiosk.card.protocol import ApduStyle, Connection, InputSupportAp, valid_pin
from kiosk.domain.mynumber import MyNumber
from kiosk.domain.resident import BasicFour

log = logging.getLogger(__name__)


class CardLink(Connection, Protocol):
    """A connected card: :meth:`transmit`, and :meth:`close` that powers it down."""

    def close(self) -> None: ...


def _ignore_reader(_reader: str) -> None:
    return None


def _ignore_readers(_readers: list[str]) -> None:
    return None


@dataclass
class MonitorCallbacks:
    """Plain callbacks, called on the monitor's own thread (forward them to the UI thread)."""

    on_card_inserted: Callable[[str], None] = _ignore_reader
    on_card_removed: Callable[[str], None] = _ignore_reader
    on_readers_changed: Callable[[list[str]], None] = _ignore_readers


class Monitor(Protocol):
    def stop(self) -> None: ...


class CardBackend(Protocol):
    """Reader hardware as the service needs it."""

    def list_readers(self) -> list[str]:
        """Reader names; :class:`~kiosk.card.errors.ReaderServiceDown` if PC/SC is not running."""
        ...

    def card_present(self, reader: str) -> bool: ...

    def connect(self, reader: str) -> CardLink:
        """Power the card up; NoCard, ReaderUnplugged or ReaderError on failure."""
        ...

    def start_monitor(self, callbacks: MonitorCallbacks) -> Monitor:
        """Report the current readers and cards at once, then every change."""
        ...


def reader_matches(name: str, pattern: str) -> bool:
    """Case-insensitive: a glob when the pattern has ``*?[``, a substring otherwise."""
    if not pattern:
        return True
    if any(c in pattern for c in "*?["):
        return fnmatch.fnmatchcase(name.lower(), pattern.lower())
    return pattern.lower() in name.lower()


@dataclass(eq=False)
class ReadResult:
    """What one read produced. Call :meth:`wipe` (or use ``with``) once the forms are out."""

    basic: BasicFour
    my_number: MyNumber | None = None
    apdus_sent: int = field(default=0)

    def wipe(self) -> None:
        if self.my_number is not None:
            self.my_number.wipe()
            self.my_number = None

    def __enter__(self) -> ReadResult:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.wipe()

    def __repr__(self) -> str:
        return f"ReadResult(<redacted>, apdus_sent={self.apdus_sent})"


class ReaderService:
    """Pick a reader, run short sessions on the card, and watch for changes."""

    def __init__(
        self,
        backend: CardBackend,
        reader_pattern: str = "",
        style: ApduStyle = ApduStyle.SHORT_EF,
        *,
        apdu_timeout: float = DEFAULT_APDU_TIMEOUT_S,
    ) -> None:
        self.backend = backend
        self.reader_pattern = reader_pattern
        self.style = style
        #: Seconds one command (or the connection) may take before ``CardTimeout``.
        self.apdu_timeout = apdu_timeout
        self._monitor: Monitor | None = None

    # ------------------------------------------------------------------ readers
    def readers(self) -> list[str]:
        """Readers matching the configured pattern (all of them when it is empty)."""
        return [r for r in self.backend.list_readers() if reader_matches(r, self.reader_pattern)]

    def pick_reader(self) -> str:
        """The configured reader, else the first one holding a card, else the first one."""
        candidates = self.readers()
        if not candidates:
            detail = "no reader matches the pattern" if self.reader_pattern else "no reader"
            raise NoReader(detail)
        for reader in candidates:
            if self.backend.card_present(reader):
                return reader
        return candidates[0]

    # ------------------------------------------------------------------ sessions
    @contextmanager
    def session(self, reader: str | None = None) -> Iterator[InputSupportAp]:
        """Connect, yield the AP, and always power the card down afterwards.

        Every command has a deadline (``apdu_timeout``, ``kiosk.card.deadline``): a card
        that never answers raises ``CardTimeout`` instead of blocking the caller.
        """
        chosen = reader or self.pick_reader()
        link = TimedLink(connect_with_deadline(lambda: self.backend.connect(chosen),
                                               lambda late: late.close(), self.apdu_timeout),
                         self.apdu_timeout)
        try:
            yield InputSupportAp(link, self.style)
        finally:
            link.close()

    def tries_left(self, reader: str | None = None) -> int:
        """Check the card is a My Number card and count its PIN tries (spends none)."""
        with self.session(reader) as ap:
            return ap.tries_left()

    def read(
        self,
        pin: str,
        *,
        confirm_last_try: bool = False,
        with_number: bool = False,
        reader: str | None = None,
    ) -> ReadResult:
        """Verify the PIN and read the basic four (and the 個人番号 only when asked).

        The tries are re-checked inside the session, so a card swapped since
        :meth:`tries_left` is still protected.
        """
        if not valid_pin(pin):
            raise InvalidPinFormat()  # before touching the card at all
        with self.session(reader) as ap:
            ap.tries_left()
            ap.verify(pin, confirm_last_try=confirm_last_try)
            basic = ap.read_basic_four()
            number = ap.read_my_number() if with_number else None
            log.info("card read: %d APDUs, number %s", ap.apdus_sent,
                     "read" if with_number else "not read")
            return ReadResult(basic, number, ap.apdus_sent)

    # ------------------------------------------------------------------ monitoring
    def start_monitoring(self, callbacks: MonitorCallbacks) -> None:
        """Watch readers and cards; callbacks are filtered to readers matching the pattern."""
        self.stop_monitoring()
        pattern = self.reader_pattern

        def inserted(reader: str) -> None:
            if reader_matches(reader, pattern):
                callbacks.on_card_inserted(reader)

        def removed(reader: str) -> None:
            if reader_matches(reader, pattern):
                callbacks.on_card_removed(reader)

        def changed(readers: list[str]) -> None:
            callbacks.on_readers_changed([r for r in readers if reader_matches(r, pattern)])

        self._monitor = self.backend.start_monitor(MonitorCallbacks(inserted, removed, changed))

    def stop_monitoring(self) -> None:
        if self._monitor is not None:
            self._monitor.stop()
            self._monitor = None
