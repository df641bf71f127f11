"""The emulated card answers like the card: state, status words, persistence, faults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.card import apdu
from kiosk.card.emulator import EmulatedCard, sample_profile
from kiosk.card.emulator.profile import ProfileError, ef_basic_four, load_profile, sample_names
from kiosk.domain.mynumber import is_valid

PIN = sample_profile("standard-adult").pin


def _sw(response: bytes) -> int:
    return int.from_bytes(response[-2:], "big")


@pytest.fixture
def card() -> EmulatedCard:
    c = EmulatedCard(sample_profile("standard-adult"))
    c.power_on()
    return c


def test_select_then_current_ef_style(card: EmulatedCard) -> None:
    assert _sw(card.process(apdu.select_aid())) == 0x9000
    assert _sw(card.process(apdu.select_ef(apdu.EF_PIN))) == 0x9000
    assert _sw(card.process(apdu.verify(None))) == 0x63C3
    assert _sw(card.process(apdu.verify(PIN.encode()))) == 0x9000
    assert _sw(card.process(apdu.select_ef(apdu.EF_BASIC_FOUR))) == 0x9000
    response = card.process(apdu.read_binary(0, 256))
    assert _sw(response) == 0x9000 and response[:2] == b"\xff\x20"


def test_short_ef_style_with_extended_le(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    assert _sw(card.process(apdu.verify(PIN.encode(), short_ef=apdu.EF_PIN))) == 0x9000
    response = card.process(apdu.read_binary_short_ef(apdu.EF_MY_NUMBER, le=65536, extended=True))
    assert _sw(response) == 0x9000
    assert len(response) == 17 + 2 and response[-4:-2] == b"\xff\xff"


@pytest.mark.parametrize(
    ("commands", "expected"),
    [
        ([apdu.select_aid(b"\xd3\x92\xf0\x00\x26\x01\x00\x00\x00\x01")], 0x6A82),
        ([apdu.select_ef(0x11)], 0x6A82),                      # no AP selected
        ([apdu.select_aid(), apdu.select_ef(0x05)], 0x6A82),
        ([apdu.select_aid(), apdu.verify(None)], 0x6986),       # no current EF
        ([apdu.select_aid(), apdu.select_ef(2), apdu.verify(None)], 0x6981),
        ([apdu.select_aid(), apdu.read_binary_short_ef(2)], 0x6982),  # before VERIFY
        ([apdu.select_aid(), apdu.read_binary_short_ef(0x11)], 0x6981),
        ([apdu.select_aid(), apdu.read_binary(0, 16)], 0x6986),
        ([apdu.select_aid(), bytes.fromhex("00200081")], 0x6A88),
        ([apdu.select_aid(), bytes.fromhex("00200180")], 0x6A86),
        ([bytes.fromhex("80a4040c00")], 0x6E00),
        ([bytes.fromhex("00ca0000")], 0x6D00),
        ([bytes.fromhex("00a4040c0a3f")], 0x6700),
        ([apdu.get_response(16)], 0x6985),
        ([apdu.select_aid(), apdu.verify(PIN.encode(), short_ef=0x11),
          bytes.fromhex("00b08200")], 0x6700),                # READ BINARY without Le
    ],
)
def test_error_paths_answer_the_cards_status_words(
    card: EmulatedCard, commands: list[bytes], expected: int
) -> None:
    for command in commands:
        response = card.process(command)
    assert _sw(response) == expected


def test_reading_past_the_end(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    card.process(apdu.verify(PIN.encode(), short_ef=apdu.EF_PIN))
    card.process(apdu.read_binary_short_ef(apdu.EF_MY_NUMBER, le=4))
    assert _sw(card.process(apdu.read_binary(17, 1))) == 0x6B00
    tail = card.process(apdu.read_binary(15, 8))
    assert _sw(tail) == 0x6282 and tail[:-2] == b"\xff\xff"


def test_try_counter_locks_at_zero_and_never_unlocks(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    for left in (2, 1, 0):
        assert _sw(card.process(apdu.verify(b"0000", short_ef=0x11))) == 0x63C0 | left
    assert _sw(card.process(apdu.verify(PIN.encode(), short_ef=0x11))) == 0x6984
    assert _sw(card.process(apdu.verify(None, short_ef=0x11))) == 0x6984
    card.power_off()
    card.power_on()
    card.process(apdu.select_aid())
    assert _sw(card.process(apdu.verify(PIN.encode(), short_ef=0x11))) == 0x6984


def test_right_pin_resets_the_counter(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    card.process(apdu.verify(b"0000", short_ef=0x11))
    assert card.tries_left == 2
    card.process(apdu.verify(PIN.encode(), short_ef=0x11))
    assert card.tries_left == 3
    assert _sw(card.process(apdu.verify(None, short_ef=0x11))) == 0x9000  # already verified


def test_power_off_clears_the_security_status(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    card.process(apdu.verify(PIN.encode(), short_ef=0x11))
    card.power_off()
    card.power_on()
    card.process(apdu.select_aid())
    assert _sw(card.process(apdu.read_binary_short_ef(2))) == 0x6982


def test_try_counter_persists_in_the_state_file(tmp_path: Path) -> None:
    state = tmp_path / "state.json"
    first = EmulatedCard(sample_profile("standard-adult"), state_file=state)
    first.power_on()
    first.process(apdu.select_aid())
    first.process(apdu.verify(b"0000", short_ef=0x11))
    assert json.loads(state.read_text()) == {"pin_tries_left": 2}
    second = EmulatedCard(sample_profile("standard-adult"), state_file=state)
    assert second.tries_left == 2


def test_t0_transport_defers_data_and_refuses_extended(card: EmulatedCard) -> None:
    t0 = EmulatedCard(sample_profile("standard-adult"), transport="t0")
    t0.power_on()
    t0.process(apdu.select_aid())
    t0.process(apdu.verify(PIN.encode(), short_ef=0x11))
    assert _sw(t0.process(apdu.read_binary_short_ef(1, le=65536, extended=True))) == 0x6700
    assert _sw(t0.process(apdu.read_binary_short_ef(1, le=64))) == 0x6C11
    announced = t0.process(apdu.read_binary_short_ef(1, le=17))
    assert announced == b"\x61\x11"
    fetched = t0.process(apdu.get_response(8))
    assert _sw(fetched) == 0x6109 and len(fetched) == 10
    assert _sw(t0.process(apdu.get_response(9))) == 0x9000


def test_wrong_aid_fault(card: EmulatedCard) -> None:
    other = EmulatedCard(sample_profile("standard-adult"), wrong_aid=True)
    other.power_on()
    assert _sw(other.process(apdu.select_aid())) == 0x6A82


def test_the_log_masks_verify_and_holds_no_response_bodies(card: EmulatedCard) -> None:
    card.process(apdu.select_aid())
    card.process(apdu.verify(PIN.encode(), short_ef=0x11))
    card.process(apdu.read_binary_short_ef(1, le=65536, extended=True))
    text = repr(card.log)
    assert PIN.encode().hex(" ").upper() not in text
    assert sample_profile("standard-adult").my_number not in text
    assert card.sent(apdu.INS_VERIFY, with_data=True) == 1
    assert card.sent(apdu.INS_VERIFY, with_data=False) == 0


def test_unpowered_card_refuses_commands() -> None:
    with pytest.raises(RuntimeError):
        EmulatedCard(sample_profile("child")).process(apdu.select_aid())


def test_sample_profiles_are_valid_and_cover_the_hard_cases() -> None:
    names = sample_names()
    assert {"standard-adult", "taisho-elder", "long-oaza-address", "address-200-bytes",
            "ibm-kanji-name", "extension-b-name", "child"} <= set(names)
    for name in names:
        assert is_valid(sample_profile(name).my_number), name
    assert sample_profile("taisho-elder").birth_date < "19261225"
    assert len(sample_profile("long-oaza-address").address.encode()) > 127
    assert len(sample_profile("address-200-bytes").address.encode()) >= 200
    assert "𠮷" in sample_profile("extension-b-name").name
    assert ef_basic_four(sample_profile("address-200-bytes"))[2] == 0x81  # long form


def test_profile_loading_errors_name_the_field_not_the_value(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    raw = sample_profile("child").to_dict() | {"pin": "12a4"}
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ProfileError, match="'pin'") as info:
        load_profile(path)
    assert "12a4" not in str(info.value)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError):
        load_profile(path)
    assert repr(sample_profile("child")) == "CardProfile(<redacted>)"
