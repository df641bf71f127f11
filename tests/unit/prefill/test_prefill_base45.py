"""Base45 as RFC 9285 defines it, checked with the RFC's own examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.prefill.base45 import ALPHABET, Base45Error, decode, encode

RFC_EXAMPLES = [  # RFC 9285 §4.3 and §4.4
    (b"AB", "BB8"),
    (b"Hello!!", "%69 VD92EX0"),
    (b"base-45", "UJCLQE7W581"),
    (b"ietf!", "QED8WEX0"),
]


@pytest.mark.parametrize(("data", "text"), RFC_EXAMPLES)
def test_the_rfc_examples(data: bytes, text: str) -> None:
    assert encode(data) == text
    assert decode(text) == data


@pytest.mark.parametrize("text", [
    "GGW",  # RFC 9285 §6: 65536 + ... is out of range
    ":::",  # the largest three characters: past 0xFFFF
    "::",   # two characters past 0xFF
    "A",    # one character is never a group
    "ABCD",
    "bb8",  # lower case is outside the alphabet (read_code upper-cases first)
    "BB8\n",
])
def test_what_the_rfc_refuses(text: str) -> None:
    with pytest.raises(Base45Error):
        decode(text)


@given(st.binary(max_size=300))
def test_any_bytes_round_trip_within_the_alphabet(data: bytes) -> None:
    text = encode(data)
    assert set(text) <= set(ALPHABET)
    assert len(text) == len(data) // 2 * 3 + len(data) % 2 * 2
    assert decode(text) == data


@given(st.binary(min_size=1, max_size=80))
def test_an_encoding_never_ends_in_whitespace(data: bytes) -> None:
    """read_code strips the ends of what a scanner typed; no code may lose a character."""
    assert encode(data) == encode(data).rstrip()
