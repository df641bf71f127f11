"""The reader service: reader choice, sessions, monitoring, and the error mapping."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.errors import (
    CardError,
    CardRemoved,
    LastTryNotConfirmed,
    NoCard,
    NoReader,
    PinBlocked,
    PinWrong,
    ReaderUnplugged,
)
from kiosk.card.service import MonitorCallbacks, ReaderService, reader_matches

Insert = Callable[..., EmulatedCard]
ADULT = sample_profile("standard-adult")


class TwoReaders(EmulatorBackend):
    """Two slots: only the second one ever holds a card (a contactless + contact kiosk)."""

    def list_readers(self) -> list[str]:
        return ["ACS ACR39U 00 00", *super().list_readers()]


@pytest.mark.parametrize(
    ("name", "pattern", "expected"),
    [
        ("Virtual PCD 00 00", "", True),
        ("Virtual PCD 00 00", "virtual pcd", True),
        ("Virtual PCD 00 00", "Virtual PCD 00 01", False),
        ("Virtual PCD 00 00", "Virtual*00 00", True),
        ("SONY FeliCa Port/PaSoRi 4.0", "*pasori*", True),
        ("SONY FeliCa Port/PaSoRi 4.0", "ACR*", False),
    ],
)
def test_reader_patterns(name: str, pattern: str, expected: bool) -> None:
    assert reader_matches(name, pattern) is expected


def test_first_reader_with_a_card_is_picked() -> None:
    backend = TwoReaders()
    assert ReaderService(backend).pick_reader() == "ACS ACR39U 00 00"  # no card anywhere
    backend.insert(EmulatedCard(ADULT))
    assert ReaderService(backend).pick_reader() == backend.reader_name
    assert ReaderService(backend, "acr39").pick_reader() == "ACS ACR39U 00 00"


def test_no_reader_and_no_matching_reader(backend: EmulatorBackend) -> None:
    with pytest.raises(NoReader):
        ReaderService(backend, "PaSoRi").pick_reader()
    backend.unplug()
    with pytest.raises(NoReader) as info:
        ReaderService(backend).read(ADULT.pin)
    assert "reader" in info.value.message("en") and "カードリーダー" in info.value.message("ja")


def test_no_card(backend: EmulatorBackend) -> None:
    with pytest.raises(NoCard):
        ReaderService(backend).tries_left()


def test_reader_unplugged_mid_session(backend: EmulatorBackend, insert: Insert) -> None:
    insert()
    with pytest.raises(ReaderUnplugged), ReaderService(backend).session() as ap:
        ap.select()
        backend.unplug()
        ap.tries_left()


def test_card_swapped_between_sessions(backend: EmulatorBackend, insert: Insert) -> None:
    insert()
    with pytest.raises(CardRemoved), ReaderService(backend).session() as ap:
        ap.select()
        insert("child")
        ap.tries_left()


def test_monitor_reports_state_and_changes(backend: EmulatorBackend, insert: Insert) -> None:
    events: list[tuple[str, object]] = []
    service = ReaderService(backend)
    insert()
    service.start_monitoring(MonitorCallbacks(
        on_card_inserted=lambda r: events.append(("in", r)),
        on_card_removed=lambda r: events.append(("out", r)),
        on_readers_changed=lambda rs: events.append(("readers", rs)),
    ))
    backend.remove()
    insert("child")
    backend.unplug()
    service.stop_monitoring()
    insert()  # no longer reported
    name = backend.reader_name
    assert events == [("readers", [name]), ("in", name), ("out", name), ("in", name),
                      ("out", name), ("readers", [])]


def test_monitor_filters_by_pattern(backend: EmulatorBackend, insert: Insert) -> None:
    events: list[str] = []
    service = ReaderService(backend, "PaSoRi")
    service.start_monitoring(MonitorCallbacks(on_card_inserted=events.append))
    insert()
    assert events == []


@pytest.mark.parametrize(
    "error",
    [NoReader(), ReaderUnplugged(), NoCard(), CardRemoved(), PinWrong(2), PinWrong(1),
     LastTryNotConfirmed(), PinBlocked(), CardError()],
)
def test_every_error_has_a_plain_message_in_both_languages(error: CardError) -> None:
    assert error.message("en").endswith(".") and len(error.message("en")) > 20
    assert error.message("ja").endswith("。")
    assert str(error) == error.message("en")


def test_pin_wrong_with_one_try_left_points_to_the_staff() -> None:
    assert "staff" in PinWrong(1).message("en") and "職員" in PinWrong(1).message("ja")
    assert "staff" not in PinWrong(2).message("en")


def test_read_result_is_redacted(backend: EmulatorBackend, insert: Insert) -> None:
    insert()
    result = ReaderService(backend).read(ADULT.pin, with_number=True)
    text = repr(result) + str(result) + repr(result.basic) + repr(result.my_number)
    assert ADULT.name not in text and ADULT.my_number not in text
    result.wipe()
    assert result.my_number is None


def test_demo_service_holds_the_demo_resident() -> None:
    from kiosk.card.emulator import demo_service

    service = demo_service()
    assert service.read("1234").basic.name == ADULT.name
    child = demo_service("child")
    assert child.read(sample_profile("child").pin).basic.birth_date.year == 2018
    empty = demo_service(inserted=False)
    with pytest.raises(NoCard):
        empty.tries_left()
