"""Every card command has a deadline: a card that never answers gives ``CardTimeout``.

Fakes whose ``transmit`` or connect blocks on an event stand for a wedged card or reader;
the real fault (the vpcd emulator swallowing an APDU) is in
``tests/integration/test_card_hang.py``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest

from kiosk.card.deadline import TimedLink, connect_with_deadline
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.errors import CardTimeout
from kiosk.card.service import CardLink, ReaderService

TIMEOUT = 0.3
ADULT = sample_profile("standard-adult")


class HangingLink:
    """Answers ``answers`` commands through ``inner``, then blocks until released."""

    def __init__(self, inner: CardLink, answers: int) -> None:
        self.inner, self.answers = inner, answers
        self.release = threading.Event()
        self.closed = threading.Event()
        self.aborted = threading.Event()
        self.sent = 0

    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        if self.sent >= self.answers:
            self.release.wait(30)
        self.sent += 1
        return self.inner.transmit(apdu)

    def abort(self) -> None:
        self.aborted.set()

    def close(self) -> None:
        self.inner.close()
        self.closed.set()


class HangingBackend(EmulatorBackend):
    """The emulator's reader, whose next session hangs after ``answers`` commands."""

    def __init__(self) -> None:
        super().__init__()
        self.hang_after: int | None = None
        self.links: list[HangingLink] = []

    def connect(self, reader: str) -> CardLink:
        link = super().connect(reader)
        if self.hang_after is None:
            return link
        hanging = HangingLink(link, self.hang_after)
        self.hang_after = None
        self.links.append(hanging)
        return hanging


def timed(call: Callable[[], object]) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        call()
    except BaseException as exc:  # returned to the test, which checks its type
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


def test_a_hung_read_times_out_frees_the_handle_and_the_next_read_works() -> None:
    backend = HangingBackend()
    backend.insert(EmulatedCard(ADULT))
    service = ReaderService(backend, apdu_timeout=TIMEOUT)
    backend.hang_after = 3  # SELECT, tries, then VERIFY never answers
    error, took = timed(lambda: service.read(ADULT.pin))
    assert isinstance(error, CardTimeout)
    assert TIMEOUT <= took < TIMEOUT + 2
    assert "did not answer" in error.message() and ADULT.pin not in error.detail
    assert "カードが応答しません" in error.message("ja")
    hung = backend.links[0]
    assert hung.aborted.wait(5) and not hung.closed.is_set()
    hung.release.set()  # the card leaves the reader: the driver's call returns
    assert hung.closed.wait(5), "the PC/SC handle was never released"
    with service.read(ADULT.pin) as result:
        assert result.basic.name == ADULT.name


def test_a_timed_out_session_sends_nothing_more() -> None:
    backend = HangingBackend()
    backend.insert(EmulatedCard(ADULT))
    backend.hang_after = 0
    link = TimedLink(backend.connect(backend.list_readers()[0]), TIMEOUT)
    with pytest.raises(CardTimeout):
        link.transmit(b"\x00\xa4\x04\x0c")
    started = time.monotonic()
    with pytest.raises(CardTimeout, match="did not answer"):
        link.transmit(b"\x00\xa4\x04\x0c")
    link.close()  # returns at once: the stuck worker closes the link
    assert time.monotonic() - started < TIMEOUT
    assert backend.links[0].sent == 0
    backend.links[0].release.set()
    assert backend.links[0].closed.wait(5)


def test_a_quick_card_is_untouched_by_the_deadline(backend: EmulatorBackend,
                                                   insert: Callable[..., EmulatedCard]) -> None:
    insert()
    service = ReaderService(backend, apdu_timeout=TIMEOUT)
    assert service.tries_left() == 3
    with service.read(ADULT.pin, with_number=True) as result:
        assert result.my_number is not None


def test_a_connection_that_never_completes_times_out_and_is_closed_later() -> None:
    release, closed = threading.Event(), threading.Event()

    def connect() -> str:
        release.wait(30)
        return "late link"

    error, took = timed(lambda: connect_with_deadline(
        connect, lambda link: closed.set() if link == "late link" else None, TIMEOUT))
    assert isinstance(error, CardTimeout) and took < TIMEOUT + 2
    release.set()
    assert closed.wait(5)
