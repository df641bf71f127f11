"""APDU builders, the ISO case parser, status word helpers and trace masking."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.card import apdu


def test_builders_match_the_reference_bytes() -> None:
    assert apdu.select_aid().hex(" ") == "00 a4 04 0c 0a d3 92 10 00 31 00 01 01 04 08"
    assert apdu.select_ef(0x11).hex(" ") == "00 a4 02 0c 02 00 11"
    assert apdu.verify(b"1234").hex(" ") == "00 20 00 80 04 31 32 33 34"
    assert apdu.verify(None, short_ef=0x11).hex(" ") == "00 20 00 91"
    assert apdu.read_binary(0x0100, 256).hex(" ") == "00 b0 01 00 00"
    assert apdu.read_binary_short_ef(2, le=65536, extended=True).hex(" ") == "00 b0 82 00 00 00 00"
    assert apdu.get_response(0x11).hex(" ") == "00 c0 00 00 11"


@pytest.mark.parametrize(
    ("raw", "data", "le", "extended"),
    [
        ("00200091", b"", None, False),                         # case 1
        ("00b0000000", b"", 256, False),                        # case 2S, Le 00 = 256
        ("0020008004 31323334", b"1234", None, False),          # case 3S
        ("00a4040c02 3f00 10", b"\x3f\x00", 16, False),         # case 4S
        ("00b08200 000000", b"", 65536, True),                  # case 2E
        ("00b08200 000100", b"", 256, True),
        ("00200080 000004 31323334", b"1234", None, True),      # case 3E
        ("00200080 000004 31323334 0000", b"1234", 65536, True),  # case 4E
    ],
)
def test_parse_command_cases(raw: str, data: bytes, le: int | None, extended: bool) -> None:
    command = apdu.parse_command(bytes.fromhex(raw.replace(" ", "")))
    assert (command.data, command.le, command.extended) == (data, le, extended)


@pytest.mark.parametrize("raw", ["00a4", "00a4040c0a3f00", "00b0000000ff", "0020008000000531"])
def test_malformed_lengths_are_value_errors(raw: str) -> None:
    with pytest.raises(ValueError):
        apdu.parse_command(bytes.fromhex(raw))


@given(st.binary(max_size=300))
def test_parser_never_fails_with_anything_else(raw: bytes) -> None:
    with contextlib.suppress(ValueError):
        apdu.parse_command(raw)


def test_status_word_helpers() -> None:
    assert apdu.more_data(0x6110) == 16 and apdu.more_data(0x6100) == 256
    assert apdu.more_data(0x9000) is None
    assert apdu.exact_length(0x6C05) == 5 and apdu.exact_length(0x6A82) is None
    assert apdu.pin_tries(0x63C2) == 2 and apdu.pin_tries(0x63C0) == 0
    assert apdu.pin_tries(0x6984) is None
    assert apdu.sw_hex(apdu.StatusWord.REFERENCE_DATA_BLOCKED) == "69 84"


def test_traces_mask_the_pin() -> None:
    masked = apdu.masked_hex(apdu.verify(b"7391", short_ef=0x11))
    assert masked == "00 20 00 91 04 **"
    assert "37 33 39 31" not in masked
    assert apdu.masked_hex(apdu.verify(None)) == "00 20 00 80"
