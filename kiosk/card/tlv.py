"""A strict BER-TLV parser and encoder for the card's data objects.

Strict means: every length is checked against the bytes actually there, so truncated or
corrupt data ends in :class:`TlvError`, never an ``IndexError``; the indefinite length
(``80``) and lengths of more than four bytes are refused; children are parsed only on
demand (see :class:`Tlv`). Lengths in
long form that are not minimal (``81 05``) are accepted, because cards in the field emit
them; the encoder always writes the minimal form.

Values are personal data (氏名, 住所, 個人番号), so :class:`Tlv`'s repr shows the tag and
the length only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

MAX_TAG_BYTES = 4
MAX_LENGTH_BYTES = 4


class TlvError(ValueError):
    """The bytes are not well-formed BER-TLV. The message names the problem, never the data."""


@dataclass(frozen=True, slots=True)
class Tlv:
    """One data object. Children are parsed on demand by :meth:`children`.

    Parsing is lazy because the card does not follow the constructed bit everywhere: EF 01
    holds ``FF 10 0C`` + twelve ASCII digits, and ``FF`` marks a constructed tag.
    """

    tag: int
    value: bytes

    @property
    def constructed(self) -> bool:
        return tag_is_constructed(self.tag)

    def children(self) -> list[Tlv]:
        """The value parsed as a sequence of data objects (strict: no padding allowed)."""
        return parse(self.value, allow_padding=False)

    def find(self, tag: int) -> Tlv | None:
        """The first direct child with ``tag``."""
        for child in self.children():
            if child.tag == tag:
                return child
        return None

    def require(self, tag: int) -> Tlv:
        """The first direct child with ``tag``, or :class:`TlvError`."""
        found = self.find(tag)
        if found is None:
            raise TlvError(f"data object {tag:X} is missing inside {self.tag:X}")
        return found

    def __repr__(self) -> str:
        return f"Tlv(tag={self.tag:X}, length={len(self.value)})"


def tag_is_constructed(tag: int) -> bool:
    """Bit 6 of the tag's first byte marks a constructed object."""
    first = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")[0]
    return bool(first & 0x20)


def _read_tag(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("truncated: a tag was expected")
    first = data[pos]
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        count = 1
        while True:
            if pos >= len(data):
                raise TlvError("truncated inside a multi-byte tag")
            byte = data[pos]
            pos += 1
            count += 1
            if count > MAX_TAG_BYTES:
                raise TlvError("tag longer than four bytes")
            tag = (tag << 8) | byte
            if not byte & 0x80:
                break
    return tag, pos


def _read_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise TlvError("truncated: a length was expected")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0:
        raise TlvError("indefinite length is not allowed")
    if count > MAX_LENGTH_BYTES:
        raise TlvError("length field longer than four bytes")
    if pos + count > len(data):
        raise TlvError("truncated inside a long-form length")
    return int.from_bytes(data[pos : pos + count], "big"), pos + count


def _parse_one(data: bytes, pos: int) -> tuple[Tlv, int]:
    tag, pos = _read_tag(data, pos)
    length, pos = _read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise TlvError(f"truncated: data object {tag:X} claims more bytes than remain")
    return Tlv(tag, bytes(data[pos:end])), end


def _is_padding(rest: bytes) -> bool:
    if not rest or rest[0] not in (0x00, 0xFF):
        return False
    return rest.count(rest[0]) == len(rest)


def _parse_many(data: bytes, *, allow_padding: bool) -> Iterator[Tlv]:
    pos = 0
    while pos < len(data):
        if allow_padding and _is_padding(data[pos:]):
            return
        tlv, pos = _parse_one(data, pos)
        yield tlv


def parse(data: bytes, *, allow_padding: bool = True) -> list[Tlv]:
    """Every top-level data object in ``data``.

    ``allow_padding`` ignores a tail made only of ``FF`` or only of ``00`` bytes: EF 01
    holds ``FF 10 0C …`` followed by ``FF FF`` filler.
    """
    return list(_parse_many(bytes(data), allow_padding=allow_padding))


def parse_single(data: bytes, tag: int) -> Tlv:
    """The first top-level object, which must carry ``tag`` (padding after it is ignored)."""
    objects = parse(data)
    if not objects:
        raise TlvError("no data object found")
    if objects[0].tag != tag:
        raise TlvError(f"expected data object {tag:X}, found {objects[0].tag:X}")
    return objects[0]


def total_length(header: bytes) -> int | None:
    """Bytes needed for the first object whose start is ``header``; ``None`` if too short to tell.

    Used to read a file in chunks: read 256 bytes, then exactly what the TLV says remains.
    """
    try:
        _, pos = _read_tag(header, 0)
        length, pos = _read_length(header, pos)
    except TlvError as exc:
        if str(exc).startswith("truncated"):
            return None
        raise
    return pos + length


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise TlvError("negative tag")
    raw = tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")
    if len(raw) > MAX_TAG_BYTES:
        raise TlvError("tag longer than four bytes")
    multi = raw[0] & 0x1F == 0x1F
    if multi != (len(raw) > 1):
        raise TlvError(f"tag {tag:X} is not a valid BER tag")
    for i, byte in enumerate(raw[1:], start=1):
        last = i == len(raw) - 1
        if bool(byte & 0x80) == last:
            raise TlvError(f"tag {tag:X} is not a valid BER tag")
    return raw


def encode_length(length: int) -> bytes:
    if length < 0:
        raise TlvError("negative length")
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    if len(raw) > MAX_LENGTH_BYTES:
        raise TlvError("length too large")
    return bytes([0x80 | len(raw)]) + raw


def encode(tag: int, value: bytes | list[bytes] | tuple[bytes, ...]) -> bytes:
    """One data object; a list of already-encoded children is concatenated as the value."""
    body = value if isinstance(value, bytes) else b"".join(value)
    return encode_tag(tag) + encode_length(len(body)) + body


def encode_tlv(tlv: Tlv) -> bytes:
    """Re-encode a parsed object with a minimal length (its value is kept as it is)."""
    return encode(tlv.tag, tlv.value)
