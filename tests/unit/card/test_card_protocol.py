"""The input-support AP protocol against the in-process emulated card.

These are the issue's scenarios (right PIN, wrong then right, last-try confirmation,
blocked card, not a My Number card, card pulled out) in every APDU style and transport.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from kiosk.card import apdu, tlv
from kiosk.card.emulator import EmulatedCard, EmulatorBackend, sample_profile
from kiosk.card.emulator.profile import sample_names
from kiosk.card.errors import (
    CardDataCorrupt,
    CardProtocolError,
    CardRemoved,
    InvalidPinFormat,
    LastTryNotConfirmed,
    NotMyNumberCard,
    PinBlocked,
    PinWrong,
)
from kiosk.card.protocol import ApduStyle, InputSupportAp
from kiosk.card.service import ReaderService
from kiosk.domain.resident import Sex

Insert = Callable[..., EmulatedCard]
ADULT = sample_profile("standard-adult")
VARIANTS = [
    pytest.param(style, options, id=f"{style.value}-{name}")
    for style in ApduStyle
    for name, options in {"t1": {}, "t0": {"transport": "t0"},
                          "no-extended": {"extended_length": False}}.items()
]


@pytest.mark.parametrize(("style", "options"), VARIANTS)
def test_right_pin_reads_the_basic_four_and_number(
    backend: EmulatorBackend, insert: Insert, style: ApduStyle, options: dict[str, object]
) -> None:
    card = insert(**options)
    service = ReaderService(backend, style=style)
    assert service.tries_left() == 3
    with service.read(ADULT.pin, with_number=True) as result:
        assert result.basic.name == ADULT.name
        assert result.basic.address == ADULT.address
        assert result.basic.birth_date == date(1985, 4, 12)
        assert result.basic.sex is Sex.FEMALE
        assert result.my_number is not None and result.my_number.digits == ADULT.my_number
        number = result.my_number
    assert number.wiped
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 1
    assert not card.powered  # the session powered the card down


def test_short_ef_style_needs_five_apdus_for_a_full_read(
    backend: EmulatorBackend, insert: Insert
) -> None:
    insert()
    result = ReaderService(backend).read(ADULT.pin, with_number=True)
    assert result.apdus_sent == 5  # SELECT, VERIFY (status), VERIFY, READ 02, READ 01


def test_number_is_read_only_when_asked(backend: EmulatorBackend, insert: Insert) -> None:
    card = insert()
    result = ReaderService(backend).read(ADULT.pin)
    assert result.my_number is None
    assert not any(r.command.startswith("00 B0 81") for r in card.log)


def test_wrong_pin_then_the_right_one(backend: EmulatorBackend, insert: Insert) -> None:
    card = insert()
    service = ReaderService(backend)
    with pytest.raises(PinWrong) as info:
        service.read("0000")
    assert info.value.tries_left == 2
    assert "2" in info.value.message("ja") and "2 tries left" in str(info.value)
    assert service.read(ADULT.pin).basic.name == ADULT.name
    assert card.tries_left == 3


def test_last_try_is_never_spent_without_confirmation(
    backend: EmulatorBackend, insert: Insert
) -> None:
    card = insert()
    service = ReaderService(backend)
    for expected in (2, 1):
        with pytest.raises(PinWrong) as info:
            service.read("0000")
        assert info.value.tries_left == expected
    assert service.tries_left() == 1
    spent = card.sent(apdu.INS_VERIFY, with_data=True)
    with pytest.raises(LastTryNotConfirmed):
        service.read(ADULT.pin)
    assert card.sent(apdu.INS_VERIFY, with_data=True) == spent  # nothing sent
    assert service.read(ADULT.pin, confirm_last_try=True).basic.name == ADULT.name
    assert card.tries_left == 3


def test_wrong_pin_on_the_last_confirmed_try_locks(backend: EmulatorBackend,
                                                    insert: Insert) -> None:
    insert(tries=1)
    with pytest.raises(PinBlocked) as info:
        ReaderService(backend).read("0000", confirm_last_try=True)
    assert info.value.just_locked


def test_blocked_card_gets_no_verify_with_a_pin(backend: EmulatorBackend, insert: Insert) -> None:
    card = insert("locked-card")
    service = ReaderService(backend)
    assert service.tries_left() == 0
    with pytest.raises(PinBlocked) as info:
        service.read(sample_profile("locked-card").pin, confirm_last_try=True)
    assert not info.value.just_locked
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 0


def test_once_blocked_the_session_sends_no_further_verify(
    backend: EmulatorBackend, insert: Insert
) -> None:
    card = insert("locked-card")
    with ReaderService(backend).session() as ap:
        assert ap.tries_left() == 0
        before = len(card.log)
        for _ in range(3):
            with pytest.raises(PinBlocked):
                ap.verify("1234", confirm_last_try=True)
        assert len(card.log) == before


def test_malformed_pin_is_refused_before_any_apdu(backend: EmulatorBackend,
                                                  insert: Insert) -> None:
    card = insert()
    for bad in ("123", "12345", "12a4", "１２３４", ""):
        with pytest.raises(InvalidPinFormat):
            ReaderService(backend).read(bad)
    assert card.sent(apdu.INS_VERIFY) == 0
    assert card.tries_left == 3


def test_a_card_without_the_ap_is_not_a_my_number_card(
    backend: EmulatorBackend, insert: Insert
) -> None:
    insert(wrong_aid=True)
    with pytest.raises(NotMyNumberCard):
        ReaderService(backend).tries_left()


@pytest.mark.parametrize("after", [0, 1, 2, 3, 4])
def test_card_pulled_out_mid_read(backend: EmulatorBackend, insert: Insert, after: int) -> None:
    insert(drop_after=after)
    service = ReaderService(backend)
    with pytest.raises(CardRemoved):
        service.read(ADULT.pin, with_number=True)
    assert backend.card is None


@pytest.mark.parametrize("name", sample_names())
def test_every_sample_reads_back_exactly(backend: EmulatorBackend, insert: Insert,
                                         name: str) -> None:
    profile = sample_profile(name)
    insert(name)
    service = ReaderService(backend)
    if profile.pin_tries_left == 0:
        with pytest.raises(PinBlocked):
            service.read(profile.pin)
        return
    with service.read(profile.pin, with_number=True) as result:
        assert result.basic.name == profile.name
        assert result.basic.address == profile.address
        assert result.basic.birth_date.strftime("%Y%m%d") == profile.birth_date
        assert result.basic.sex.value == profile.sex
        assert result.my_number is not None and result.my_number.digits == profile.my_number


@pytest.mark.parametrize("style", list(ApduStyle))
@pytest.mark.parametrize("options", [{}, {"transport": "t0"}, {"extended_length": False}])
def test_files_longer_than_one_short_read_are_read_in_chunks(
    backend: EmulatorBackend, insert: Insert, style: ApduStyle, options: dict[str, object]
) -> None:
    long_address = "長野県北杜郡さくら町大字上ノ原" + "字西久保平三千二百五十四番地" * 12
    assert len(long_address.encode()) > 500
    insert(replace(ADULT, address=long_address), **options)
    result = ReaderService(backend, style=style).read(ADULT.pin)
    assert result.basic.address == long_address


def test_tries_left_after_a_successful_verify_in_the_same_power_cycle(
    backend: EmulatorBackend, insert: Insert
) -> None:
    insert()
    with ReaderService(backend).session() as ap:
        ap.verify(ADULT.pin)
        assert ap.tries_left() == 3


@pytest.mark.parametrize("sex", ["9", "0", "3", "", "x"])
def test_unusual_sex_codes_are_not_stated(backend: EmulatorBackend, insert: Insert,
                                          sex: str) -> None:
    insert(replace(ADULT, sex=sex))
    assert ReaderService(backend).read(ADULT.pin).basic.sex is Sex.NOT_STATED


@pytest.mark.parametrize("birth", ["1985041", "19850231", "R0704012", "２０１８０６２０"])
def test_birth_dates_of_other_shapes_are_corrupt_data(
    backend: EmulatorBackend, insert: Insert, birth: str
) -> None:
    insert(replace(ADULT, birth_date=birth))
    with pytest.raises(CardDataCorrupt) as info:
        ReaderService(backend).read(ADULT.pin)
    assert birth not in str(info.value) and birth not in info.value.detail


def test_bad_check_digit_on_the_card_is_corrupt_data(backend: EmulatorBackend,
                                                     insert: Insert) -> None:
    insert(replace(ADULT, my_number="123456789012"))
    with pytest.raises(CardDataCorrupt) as info:
        ReaderService(backend).read(ADULT.pin, with_number=True)
    assert "123456789012" not in str(info.value) + info.value.detail


class Scripted:
    """A connection replaying fixed answers: for card behaviour the emulator never shows."""

    def __init__(self, *answers: tuple[bytes, int]) -> None:
        self.answers = list(answers)
        self.sent: list[bytes] = []

    def transmit(self, command: bytes) -> tuple[bytes, int]:
        self.sent.append(command)
        return self.answers.pop(0)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (tlv.encode(0xFF20, [tlv.encode(0xDF22, b"\xc3\x28"), tlv.encode(0xDF23, b"x"),
                             tlv.encode(0xDF24, b"19850412"), tlv.encode(0xDF25, b"1")]),
         "not valid UTF-8"),
        (b"\xff\x20\x03\xdf\x22\x00", "missing"),
        (b"\xff\x21\x00", "expected data object"),
    ],
)
def test_corrupt_basic_four_is_reported_as_such(data: bytes, reason: str) -> None:
    ap = InputSupportAp(Scripted((b"", 0x9000), (data, 0x9000)))
    with pytest.raises(CardDataCorrupt) as info:
        ap.read_basic_four()
    assert reason in info.value.detail


def test_endless_more_data_chain_is_a_protocol_error() -> None:
    ap = InputSupportAp(Scripted(*[(b"x", 0x6101)] * 80))
    with pytest.raises(CardProtocolError):
        ap.select()


def test_unexpected_status_words_are_protocol_errors() -> None:
    ap = InputSupportAp(Scripted((b"", 0x9000), (b"", 0x6F00)))
    with pytest.raises(CardProtocolError) as info:
        ap.tries_left()
    assert info.value.sw == 0x6F00
    ap = InputSupportAp(Scripted((b"", 0x9000), (b"", 0x6982)))
    with pytest.raises(CardProtocolError) as info:
        ap.read_basic_four()
    assert info.value.sw == 0x6982  # read before VERIFY: a program error, not the resident's


def test_apdu_traces_mask_the_pin(backend: EmulatorBackend, insert: Insert,
                                  caplog: pytest.LogCaptureFixture) -> None:
    insert()
    caplog.set_level(1, logger="kiosk")
    ReaderService(backend).read(ADULT.pin, with_number=True)
    assert "00 20 00 91 04 **" in caplog.text
    assert ADULT.pin.encode().hex(" ").upper() not in caplog.text
    assert ADULT.my_number not in caplog.text and ADULT.name not in caplog.text
