"""The card reader service as Qt sees it: monitor callbacks become signals, reads run
through the window's task runner.

The reader service (:mod:`kiosk.card.service`) is plain Python and calls back on the
PC/SC monitor's own thread. :class:`CardAdapter` re-emits those callbacks as Qt signals
through queued connections, so every slot runs on the UI thread.

It also knows whether the card in the reader is part of the current visit ("engaged":
checked on the card screen). Removing an engaged card emits
:attr:`CardAdapter.session_card_removed`; the shell answers with
``end_session("card_removed")``, which wipes the session. :func:`install_card_adapter`
makes exactly that connection for a main window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

from kiosk.card.protocol import MAX_TRIES
from kiosk.card.service import MonitorCallbacks, ReadResult
from kiosk.ui.tasks import OnError, Runner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from kiosk.app.ports import CardReader

log = logging.getLogger(__name__)

class CardAdapter(QObject):
    """Signals for insert/remove/readers, and card work off the UI thread."""

    card_inserted = Signal(str)
    card_removed = Signal(str)
    readers_changed = Signal(list)
    #: The card of the current visit was taken out: the shell wipes the session.
    session_card_removed = Signal()

    # Raised on the monitor thread, delivered on the UI thread (queued connections).
    _inserted = Signal(str)
    _removed = Signal(str)
    _readers = Signal(list)

    def __init__(self, service: CardReader, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.readers: list[str] = []
        self.card_reader: str | None = None  # the reader holding a card, if any
        #: PIN tries left on the card in the reader, from the last check or read.
        self.tries_left: int | None = None
        self.engaged = False
        queued = Qt.ConnectionType.QueuedConnection
        self._inserted.connect(self._on_inserted, queued)
        self._removed.connect(self._on_removed, queued)
        self._readers.connect(self._on_readers, queued)
        self._monitoring = False

    # ------------------------------------------------------------------ monitoring
    def start(self) -> None:
        """Start watching readers and cards (idempotent)."""
        if self._monitoring:
            return
        self._monitoring = True
        self.service.start_monitoring(MonitorCallbacks(
            on_card_inserted=self._inserted.emit,
            on_card_removed=self._removed.emit,
            on_readers_changed=self._readers.emit,
        ))

    def stop(self) -> None:
        if self._monitoring:
            self.service.stop_monitoring()
            self._monitoring = False

    @property
    def card_present(self) -> bool:
        return self.card_reader is not None

    @Slot(str)
    def _on_inserted(self, reader: str) -> None:
        self.card_reader = reader
        self.tries_left = None
        self.card_inserted.emit(reader)

    @Slot(str)
    def _on_removed(self, reader: str) -> None:
        if self.card_reader not in (None, reader):
            return  # another reader's card
        self.card_reader = None
        self.tries_left = None
        self.card_removed.emit(reader)
        if self.engaged:
            self.engaged = False
            log.info("card removed during a visit")
            self.session_card_removed.emit()

    @Slot(list)
    def _on_readers(self, readers: list[str]) -> None:
        self.readers = list(readers)
        if self.card_reader is not None and self.card_reader not in readers:
            self._on_removed(self.card_reader)
        self.readers_changed.emit(list(readers))

    def release(self) -> None:
        """The visit ended: a later removal of this card is not a reason to wipe."""
        self.engaged = False

    # ------------------------------------------------------------------ card work
    def check_card(self, on_done: Callable[[int], None], on_error: OnError) -> None:
        """Is it a My Number card, and how many PIN tries are left? (spends none)."""

        def done(tries: Any) -> None:
            self.tries_left = int(tries)
            self.engaged = True
            on_done(int(tries))

        self.runner.run(lambda: self.service.tries_left(self.card_reader), done, on_error)

    def read(self, pin: str, *, confirm_last_try: bool, with_number: bool,
             on_done: Callable[[ReadResult], None], on_error: OnError) -> None:
        """Verify the PIN and read; the PIN lives only in this task's closure."""

        def work() -> ReadResult:
            return self.service.read(pin, confirm_last_try=confirm_last_try,
                                     with_number=with_number, reader=self.card_reader)

        def failed(error: BaseException) -> None:
            left = getattr(error, "tries_left", None)
            if isinstance(left, int):
                self.tries_left = left
            on_error(error)

        def done(result: Any) -> None:
            self.tries_left = MAX_TRIES  # a right PIN resets the counter
            on_done(result)

        self.runner.run(work, done, failed)


class HasCardAdapter(Protocol):
    @property
    def card_adapter(self) -> CardAdapter | None: ...


def install_card_adapter(window: HasCardAdapter) -> CardAdapter | None:
    """The window's card adapter, wired to wipe the session when the card is taken out
    (created on first use; ``None`` without a card reader)."""
    return window.card_adapter


def make_card_adapter(card: CardReader, runner: Runner, parent: QObject,
                      end_session: Callable[[str], None],
                      session_ended: SignalInstance) -> CardAdapter:
    """Build and start the adapter; removing the visit's card ends the session."""
    adapter = CardAdapter(card, runner, parent)
    adapter.start()
    adapter.session_card_removed.connect(lambda: end_session("card_removed"))
    session_ended.connect(lambda _reason: adapter.release())
    return adapter
