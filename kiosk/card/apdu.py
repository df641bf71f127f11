"""Command APDUs of the 券面事項入力補助AP, status words, and a parser for the emulator.

Builders return ``bytes``. :func:`parse_command` decodes any ISO 7816-4 case (1, 2, 3, 4,
short or extended) so the emulator answers malformed commands with ``67 00`` as a card
would. :func:`masked_hex` is the only way an APDU reaches a trace: VERIFY data is masked.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

AID_INPUT_SUPPORT = bytes.fromhex("D3921000310001010408")
"""券面事項入力補助AP."""

EF_MY_NUMBER = 0x01
EF_BASIC_FOUR = 0x02
EF_SIGNATURE = 0x03
EF_PIN = 0x11

CLA = 0x00
INS_SELECT = 0xA4
INS_VERIFY = 0x20
INS_READ_BINARY = 0xB0
INS_GET_RESPONSE = 0xC0

SHORT_MAX = 256
EXTENDED_MAX = 65536


class StatusWord(enum.IntEnum):
    """The status words this layer names; others are kept as plain ints."""

    OK = 0x9000
    END_OF_FILE = 0x6282
    WRONG_LENGTH = 0x6700
    INCOMPATIBLE_FILE = 0x6981
    SECURITY_NOT_SATISFIED = 0x6982
    AUTH_BLOCKED = 0x6983
    REFERENCE_DATA_BLOCKED = 0x6984
    CONDITIONS_NOT_SATISFIED = 0x6985
    NO_CURRENT_EF = 0x6986
    FILE_NOT_FOUND = 0x6A82
    INCORRECT_P1P2 = 0x6A86
    REFERENCE_NOT_FOUND = 0x6A88
    WRONG_P1P2 = 0x6B00
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00


def sw_hex(sw: int) -> str:
    return f"{sw >> 8:02X} {sw & 0xFF:02X}"


def more_data(sw: int) -> int | None:
    """``61 xx``: bytes waiting for GET RESPONSE (``00`` means 256)."""
    if sw >> 8 == 0x61:
        return (sw & 0xFF) or SHORT_MAX
    return None


def exact_length(sw: int) -> int | None:
    """``6C xx``: resend with Le = xx (``00`` means 256)."""
    if sw >> 8 == 0x6C:
        return (sw & 0xFF) or SHORT_MAX
    return None


def pin_tries(sw: int) -> int | None:
    """``63 Cx``: x tries left."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x0F
    return None


def _le_byte(le: int) -> bytes:
    if not 1 <= le <= SHORT_MAX:
        raise ValueError("short Le must be 1..256")
    return bytes([le & 0xFF])


def select_aid(aid: bytes = AID_INPUT_SUPPORT) -> bytes:
    """SELECT by DF name, no FCI returned (P2 = 0C)."""
    return bytes([CLA, INS_SELECT, 0x04, 0x0C, len(aid)]) + aid


def select_ef(file_id: int) -> bytes:
    """SELECT an EF under the current DF by its two-byte file id."""
    return bytes([CLA, INS_SELECT, 0x02, 0x0C, 0x02]) + file_id.to_bytes(2, "big")


def verify(pin: bytes | bytearray | None, *, short_ef: int | None = None) -> bytes:
    """VERIFY; ``pin`` None asks for the tries left. ``short_ef`` addresses the PIN by id.

    P2 = 80 refers to the currently selected PIN EF; P2 = 80 | id names it directly.
    """
    p2 = 0x80 if short_ef is None else 0x80 | short_ef
    head = bytes([CLA, INS_VERIFY, 0x00, p2])
    if pin is None:
        return head
    return head + bytes([len(pin)]) + bytes(pin)


def read_binary(offset: int, le: int) -> bytes:
    """READ BINARY of the current EF at ``offset`` (15 bits), short Le."""
    if not 0 <= offset <= 0x7FFF:
        raise ValueError("offset out of range")
    return bytes([CLA, INS_READ_BINARY, offset >> 8, offset & 0xFF]) + _le_byte(le)


def read_binary_short_ef(short_ef: int, *, offset: int = 0, le: int = SHORT_MAX,
                         extended: bool = False) -> bytes:
    """READ BINARY naming the EF by short id (P1 = 80 | id, P2 = offset up to 255)."""
    if not 0 <= offset <= 0xFF or not 1 <= short_ef <= 0x1E:
        raise ValueError("short EF id or offset out of range")
    head = bytes([CLA, INS_READ_BINARY, 0x80 | short_ef, offset])
    if extended:
        if not 1 <= le <= EXTENDED_MAX:
            raise ValueError("extended Le must be 1..65536")
        return head + b"\x00" + (le & 0xFFFF).to_bytes(2, "big")
    return head + _le_byte(le)


def get_response(le: int) -> bytes:
    return bytes([CLA, INS_GET_RESPONSE, 0x00, 0x00]) + _le_byte(le)


@dataclass(frozen=True, slots=True)
class Command:
    """A decoded command APDU. ``le`` is Ne (256 or 65536 for a zero Le), None if absent."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes
    le: int | None
    extended: bool

    def __repr__(self) -> str:
        return (
            f"Command(ins={self.ins:02X}, p1={self.p1:02X}, p2={self.p2:02X}, "
            f"lc={len(self.data)})"
        )


def parse_command(apdu: bytes) -> Command:  # noqa: PLR0911  # one return per ISO case
    """Decode the ISO 7816-4 cases; :class:`ValueError` for a malformed length layout."""
    if len(apdu) < 4:
        raise ValueError("command APDU shorter than its header")
    cla, ins, p1, p2 = apdu[:4]
    body = apdu[4:]
    if not body:
        return Command(cla, ins, p1, p2, b"", None, extended=False)
    if len(body) == 1:
        return Command(cla, ins, p1, p2, b"", body[0] or SHORT_MAX, extended=False)
    if body[0] != 0:  # short Lc
        lc = body[0]
        if len(body) == 1 + lc:
            return Command(cla, ins, p1, p2, bytes(body[1:]), None, extended=False)
        if len(body) == 2 + lc:
            return Command(cla, ins, p1, p2, bytes(body[1 : 1 + lc]), body[-1] or SHORT_MAX,
                           extended=False)
        raise ValueError("Lc does not match the data length")
    # Extended: 00 followed by two bytes.
    if len(body) == 3:
        le = int.from_bytes(body[1:3], "big") or EXTENDED_MAX
        return Command(cla, ins, p1, p2, b"", le, extended=True)
    if len(body) < 3:
        raise ValueError("extended length field truncated")
    lc = int.from_bytes(body[1:3], "big")
    if lc == 0:
        raise ValueError("extended Lc of zero")
    if len(body) == 3 + lc:
        return Command(cla, ins, p1, p2, bytes(body[3:]), None, extended=True)
    if len(body) == 5 + lc:
        le = int.from_bytes(body[-2:], "big") or EXTENDED_MAX
        return Command(cla, ins, p1, p2, bytes(body[3 : 3 + lc]), le, extended=True)
    raise ValueError("extended Lc does not match the data length")


def masked_hex(apdu: bytes) -> str:
    """Hex of a command APDU for traces, with any VERIFY data replaced by ``**``."""
    if len(apdu) > 5 and apdu[1] == INS_VERIFY:
        return apdu[:5].hex(" ").upper() + " **"
    return apdu.hex(" ").upper()
