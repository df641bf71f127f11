"""The emulator as a reader: an in-process :class:`~kiosk.card.service.CardBackend`.

The ``--demo`` kiosk and the unit tests use this instead of PC/SC. It has one reader slot
that a test (or the demo's staff menu) fills with :meth:`EmulatorBackend.insert`, empties
with :meth:`EmulatorBackend.remove`, or unplugs. Monitor callbacks fire synchronously on
the thread that made the change, just as pyscard's fire on its own thread.

Faults: ``drop_after=N`` pulls the card out when the reader sends the (N+1)-th APDU of a
session, which is what a resident pulling the card mid-read looks like.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.card.emulator.card import EmulatedCard
from kiosk.card.emulator.profile import load_profile, sample_names, sample_profile
from kiosk.card.errors import CardRemoved, NoCard, ReaderUnplugged
from kiosk.card.service import CardLink, MonitorCallbacks, ReaderService

DEFAULT_READER = "Kiosk Emulated Reader 0"


class _Subscription:
    def __init__(self, backend: EmulatorBackend, callbacks: MonitorCallbacks) -> None:
        self._backend = backend
        self.callbacks = callbacks

    def stop(self) -> None:
        self._backend._unsubscribe(self)


class EmulatorLink:
    """A powered session with the card in the slot."""

    def __init__(self, backend: EmulatorBackend, card: EmulatedCard,
                 drop_after: int | None) -> None:
        self._backend = backend
        self._card = card
        self._drop_after = drop_after
        self.apdus = 0
        card.power_on()

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if not self._backend.plugged:
            raise ReaderUnplugged("emulated reader unplugged")
        if self._backend.card is not self._card:
            raise CardRemoved("emulated card removed")
        if self._drop_after is not None and self.apdus >= self._drop_after:
            self._backend.remove()
            raise CardRemoved("emulated card pulled mid-session")
        self.apdus += 1
        response = self._card.process(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def close(self) -> None:
        # SCARD_UNPOWER_CARD: the security status is lost with the power.
        self._card.power_off()


class EmulatorBackend:
    """One virtual reader slot holding at most one :class:`EmulatedCard`."""

    def __init__(self, reader_name: str = DEFAULT_READER, *, plugged: bool = True) -> None:
        self.reader_name = reader_name
        self.plugged = plugged
        self.card: EmulatedCard | None = None
        self.drop_after: int | None = None
        self._lock = threading.RLock()
        self._subscriptions: list[_Subscription] = []

    # ------------------------------------------------------------------ test/demo controls
    def insert(self, card: EmulatedCard, *, drop_after: int | None = None) -> None:
        with self._lock:
            if self.card is not None:
                self.remove()
            self.card, self.drop_after = card, drop_after
        self._emit(lambda cb: cb.on_card_inserted(self.reader_name))

    def remove(self) -> None:
        with self._lock:
            card, self.card = self.card, None
        if card is not None:
            card.power_off()
            self._emit(lambda cb: cb.on_card_removed(self.reader_name))

    def unplug(self) -> None:
        if self.card is not None:
            self.remove()
        self.plugged = False
        self._emit(lambda cb: cb.on_readers_changed([]))

    def plug(self) -> None:
        self.plugged = True
        self._emit(lambda cb: cb.on_readers_changed([self.reader_name]))

    # ------------------------------------------------------------------ CardBackend
    def list_readers(self) -> list[str]:
        return [self.reader_name] if self.plugged else []

    def card_present(self, reader: str) -> bool:
        return self.plugged and reader == self.reader_name and self.card is not None

    def connect(self, reader: str) -> CardLink:
        with self._lock:
            if not self.plugged or reader != self.reader_name:
                raise ReaderUnplugged("emulated reader not present")
            if self.card is None:
                raise NoCard("no card in the emulated reader")
            return EmulatorLink(self, self.card, self.drop_after)

    def start_monitor(self, callbacks: MonitorCallbacks) -> _Subscription:
        sub = _Subscription(self, callbacks)
        with self._lock:
            self._subscriptions.append(sub)
        callbacks.on_readers_changed(self.list_readers())
        if self.card is not None and self.plugged:
            callbacks.on_card_inserted(self.reader_name)
        return sub

    def _unsubscribe(self, sub: _Subscription) -> None:
        with self._lock:
            if sub in self._subscriptions:
                self._subscriptions.remove(sub)

    def _emit(self, call: Callable[[MonitorCallbacks], None]) -> None:
        with self._lock:
            subs = list(self._subscriptions)
        for sub in subs:
            call(sub.callbacks)


def demo_service(profile: str = "", *, inserted: bool = True) -> ReaderService:
    """The ``--demo`` kiosk's card reader: the emulator holding ``profile``.

    ``profile`` is a JSON file or a bundled sample's name (``config.card.simulated_profile``);
    empty means the bundled demo resident ("standard-adult", PIN 1234). The backend is
    ``service.backend``: the demo's staff menu can ``remove()`` and ``insert()`` the card.
    """
    if not profile:
        chosen = sample_profile("standard-adult")
    elif not Path(profile).exists() and profile in sample_names():
        chosen = sample_profile(profile)
    else:
        chosen = load_profile(profile)
    backend = EmulatorBackend()
    if inserted:
        backend.insert(EmulatedCard(chosen))
    return ReaderService(backend)
