"""BER-TLV: worked examples, long-form lengths, corrupt input, and property tests."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.card import tlv
from kiosk.card.tlv import Tlv, TlvError


def test_short_and_long_form_lengths() -> None:
    assert tlv.encode_length(0x7F) == b"\x7f"
    assert tlv.encode_length(0x80) == b"\x81\x80"
    assert tlv.encode_length(0xFF) == b"\x81\xff"
    assert tlv.encode_length(0x100) == b"\x82\x01\x00"
    assert tlv.encode_length(0x10000) == b"\x83\x01\x00\x00"


def test_two_byte_private_tags_as_on_the_card() -> None:
    name = tlv.encode(0xDF22, "髙﨑　誠".encode())
    root = tlv.encode(0xFF20, [name])
    assert root[:2] == b"\xff\x20"
    parsed = tlv.parse_single(root, 0xFF20)
    assert parsed.constructed
    assert parsed.require(0xDF22).value.decode() == "髙﨑　誠"
    assert not parsed.children()[0].constructed


def test_long_value_uses_long_form_and_parses_back() -> None:
    address = ("長野県" * 50).encode()  # 450 bytes: 82 xx xx
    raw = tlv.encode(0xDF23, address)
    assert raw[2] == 0x82
    assert tlv.parse_single(raw, 0xDF23).value == address


def test_non_minimal_long_form_is_accepted() -> None:
    assert tlv.parse(b"\xdf\x25\x81\x01\x31")[0].value == b"1"


def test_ef01_filler_is_ignored() -> None:
    raw = b"\xff\x10\x0c" + b"123456789018" + b"\xff\xff"
    obj = tlv.parse_single(raw, 0xFF10)
    assert obj.value == b"123456789018"
    assert len(tlv.parse(raw)) == 1


def test_padding_is_refused_inside_a_constructed_object() -> None:
    root = Tlv(0xFF20, tlv.encode(0xDF25, b"1") + b"\xff\xff")
    with pytest.raises(TlvError):
        root.children()


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (b"", "no data object"),
        (b"\xdf", "truncated"),
        (b"\xdf\x22", "truncated"),
        (b"\xdf\x22\x05abc", "truncated"),
        (b"\xdf\x22\x82\x01", "truncated"),
        (b"\xdf\x22\x80", "indefinite"),
        (b"\xdf\x22\x85\x00\x00\x00\x00\x01", "longer than four"),
        (b"\x1f\x81\x81\x81\x01\x00", "tag longer"),
        (b"\xdf\x23\x00", "expected data object"),
    ],
)
def test_corrupt_input_raises_the_parsers_error(raw: bytes, problem: str) -> None:
    with pytest.raises(TlvError, match=problem):
        tlv.parse_single(raw, 0xDF22)


def test_error_messages_and_repr_never_show_values() -> None:
    secret = "佐藤　花子".encode()
    obj = tlv.parse_single(tlv.encode(0xDF22, secret), 0xDF22)
    assert "佐藤" not in repr(obj) and secret.hex() not in repr(obj)
    with pytest.raises(TlvError) as info:
        tlv.parse_single(tlv.encode(0xDF22, secret)[:-1], 0xDF22)
    assert "佐藤" not in str(info.value)


def test_total_length_for_chunked_reads() -> None:
    raw = tlv.encode(0xFF20, [tlv.encode(0xDF23, bytes(300))])
    assert tlv.total_length(raw[:10]) == len(raw)
    assert tlv.total_length(raw[:2]) is None
    with pytest.raises(TlvError):
        tlv.total_length(b"\xff\x20\x80")


def test_encoder_rejects_invalid_tags() -> None:
    for bad in (0x1F, 0xDF80, -1, 0x1F818181FF):
        with pytest.raises(TlvError):
            tlv.encode_tag(bad)


# ---------------------------------------------------------------- properties
def _tags() -> st.SearchStrategy[int]:
    single = st.integers(min_value=0, max_value=0xFF).filter(lambda b: b & 0x1F != 0x1F)
    two = st.builds(lambda first, second: (first << 8) | second,
                    st.integers(0, 7).map(lambda c: (c << 5) | 0x1F),
                    st.integers(0, 0x7F))
    return st.one_of(single, two)


def _primitive(tag: int) -> bool:
    return not tlv.tag_is_constructed(tag)


trees = st.recursive(
    st.tuples(_tags().filter(_primitive), st.binary(max_size=300)),
    lambda children: st.tuples(_tags().filter(lambda t: not _primitive(t)),
                               st.lists(children, max_size=4)),
    max_leaves=12,
)


def _encode_tree(node: tuple[int, object]) -> bytes:
    tag, content = node
    if isinstance(content, bytes):
        return tlv.encode(tag, content)
    assert isinstance(content, list)
    return tlv.encode(tag, [_encode_tree(c) for c in content])


def _decode_tree(obj: Tlv) -> tuple[int, object]:
    if obj.constructed:
        return obj.tag, [_decode_tree(c) for c in obj.children()]
    return obj.tag, obj.value


@given(trees)
def test_round_trip_of_nested_objects(tree: tuple[int, object]) -> None:
    raw = _encode_tree(tree)
    (parsed,) = tlv.parse(raw, allow_padding=False)
    assert _decode_tree(parsed) == tree
    assert tlv.encode_tlv(parsed) == raw
    assert tlv.total_length(raw) == len(raw)


@given(_tags(), st.binary(max_size=70000))
def test_round_trip_of_any_length(tag: int, value: bytes) -> None:
    raw = tlv.encode(tag, value)
    (parsed,) = tlv.parse(raw, allow_padding=False)
    assert (parsed.tag, parsed.value) == (tag, value)


@given(st.binary(max_size=400))
def test_random_bytes_raise_only_the_parsers_error(raw: bytes) -> None:
    try:
        objects = tlv.parse(raw)
        for obj in objects:
            if obj.constructed:
                obj.children()
        tlv.total_length(raw)
    except TlvError:
        pass


@given(trees, st.integers(min_value=1, max_value=50))
def test_truncation_is_always_detected(tree: tuple[int, object], cut: int) -> None:
    raw = _encode_tree(tree)
    if cut >= len(raw):
        return
    with pytest.raises(TlvError):
        tlv.parse(raw[:-cut], allow_padding=False)
