"""Base45 (RFC 9285): bytes as text from the 45 characters of the QR code's alphanumeric mode.

Why base45 and not base64: a QR code stores these 45 characters in 5.5 bits each (the
alphanumeric mode), so two bytes cost three characters, 16.5 bits, against base64's 24 bits
in byte mode; and the text is printable upper-case ASCII, which a keyboard-wedge scanner
types without a keyboard-layout surprise. Small enough to keep here rather than depend on a
package last released in 2022.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUES = {char: index for index, char in enumerate(ALPHABET)}


class Base45Error(ValueError):
    """The text is not base45: a character outside the alphabet, a bad length or a value
    out of range."""


def encode(data: bytes) -> str:
    """Each pair of bytes as three characters (least significant first), a last odd byte
    as two."""
    out: list[str] = []
    for start in range(0, len(data) - 1, 2):
        value = data[start] * 256 + data[start + 1]
        value, c = divmod(value, 45)
        e, d = divmod(value, 45)
        out += (ALPHABET[c], ALPHABET[d], ALPHABET[e])
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += (ALPHABET[c], ALPHABET[d])
    return "".join(out)


def decode(text: str) -> bytes:
    """The bytes of ``text``; raises ``Base45Error`` on anything RFC 9285 rejects."""
    try:
        values = [_VALUES[char] for char in text]
    except KeyError:
        raise Base45Error("a character outside the base45 alphabet") from None
    if len(values) % 3 == 1:
        raise Base45Error("the length is not a whole number of groups")
    out = bytearray()
    for start in range(0, len(values), 3):
        group = values[start:start + 3]
        if len(group) == 3:
            value = group[0] + group[1] * 45 + group[2] * 45 * 45
            if value > 0xFFFF:
                raise Base45Error("a group of three characters is out of range")
            out += value.to_bytes(2, "big")
        else:
            value = group[0] + group[1] * 45
            if value > 0xFF:
                raise Base45Error("a group of two characters is out of range")
            out.append(value)
    return bytes(out)
