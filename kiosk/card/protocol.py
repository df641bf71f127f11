"""The 券面事項入力補助AP reader: PIN safety and the basic four items over any connection.

The protocol needs one thing from below: :class:`Connection`, an object with
``transmit(apdu) -> (data, sw)``. The PC/SC adapter, the in-process emulator and the
benchmark's raw connection all provide it, so the same code runs in every setting.

PIN safety lives here, not in the UI, so no caller can get it wrong:

* :meth:`InputSupportAp.verify` asks the card for the tries left first (VERIFY without
  data spends nothing), refuses to spend the last try unless ``confirm_last_try``, and
  never sends VERIFY to a blocked card.
* The PIN is copied into a ``bytearray`` that is zeroed right after the command, and APDU
  traces (level :data:`TRACE`, below DEBUG) mask VERIFY data and omit response bodies.
"""

from __future__ import annotations

import enum
import logging
from datetime import date
from typing import Protocol

from kiosk.card import apdu as cmd
from kiosk.card import tlv
from kiosk.card.apdu import StatusWord, sw_hex
from kiosk.card.errors import (
    CardDataCorrupt,
    CardProtocolError,
    InvalidPinFormat,
    LastTryNotConfirmed,
    NotMyNumberCard,
    PinBlocked,
    PinWrong,
)
from kiosk.domain.mynumber import MyNumber, MyNumberFormatError
from kiosk.domain.resident import BasicFour, Sex

log = logging.getLogger(__name__)

TRACE = 5
"""APDU traces go below DEBUG, so turning on DEBUG does not flood the log."""
logging.addLevelName(TRACE, "TRACE")

MAX_TRIES = 3
TAG_BASIC_FOUR = 0xFF20
TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX = 0xDF22, 0xDF23, 0xDF24, 0xDF25
TAG_MY_NUMBER = 0xFF10
_BLOCKED = (StatusWord.REFERENCE_DATA_BLOCKED, StatusWord.AUTH_BLOCKED)
_MAX_CHAINED = 64  # GET RESPONSE / resend rounds before declaring the card broken


class Connection(Protocol):
    """What the protocol needs from a reader: send one APDU, get data and the status word."""

    def transmit(self, apdu: bytes) -> tuple[bytes, int]: ...


class ApduStyle(enum.Enum):
    """The two equivalent command styles (mynumber-card.md); cards accept both."""

    SHORT_EF = "short-ef"
    """VERIFY with P2 = 91, READ BINARY by short EF id with extended Le (fewest APDUs)."""
    SELECT = "select"
    """SELECT the EF, then act on the current EF with short READ BINARY chunks."""


def valid_pin(pin: str) -> bool:
    return len(pin) == 4 and all("0" <= c <= "9" for c in pin)


class InputSupportAp:
    """One session with the input-support AP on an already connected card."""

    def __init__(self, connection: Connection, style: ApduStyle = ApduStyle.SHORT_EF) -> None:
        self._conn = connection
        self.style = style
        #: Command APDUs sent to the card (including GET RESPONSE and resends).
        self.apdus_sent = 0
        self._selected = False
        self._current_ef: int | None = None
        self._extended_ok = style is ApduStyle.SHORT_EF
        self._tries: int | None = None

    # ------------------------------------------------------------------ transport
    def transmit(self, apdu: bytes) -> tuple[bytes, int]:
        """Send one command, handling ``61 xx`` (GET RESPONSE) and ``6C xx`` (resend)."""
        data, sw = self._send(apdu)
        for _ in range(_MAX_CHAINED):
            wanted = cmd.exact_length(sw)
            if wanted is not None:
                apdu = _with_le(apdu, wanted)
                data, sw = self._send(apdu)
                continue
            pending = cmd.more_data(sw)
            if pending is None:
                return data, sw
            more, sw = self._send(cmd.get_response(pending))
            data += more
        raise CardProtocolError("endless 61xx/6Cxx chain", sw)

    def _send(self, apdu: bytes) -> tuple[bytes, int]:
        self.apdus_sent += 1
        if log.isEnabledFor(TRACE):
            log.log(TRACE, "> %s", cmd.masked_hex(apdu))
        data, sw = self._conn.transmit(apdu)
        if log.isEnabledFor(TRACE):
            log.log(TRACE, "< %d bytes, SW %s", len(data), sw_hex(sw))
        return data, sw

    # ------------------------------------------------------------------ application
    def select(self) -> None:
        """SELECT the AP; any refusal means this is not (usable as) a My Number card."""
        if self._selected:
            return
        _, sw = self.transmit(cmd.select_aid())
        if sw != StatusWord.OK:
            raise NotMyNumberCard(f"SELECT AP answered {sw_hex(sw)}")
        self._selected = True
        self._current_ef = None

    def _select_ef(self, ef: int) -> None:
        if self._current_ef == ef:
            return
        _, sw = self.transmit(cmd.select_ef(ef))
        if sw != StatusWord.OK:
            raise CardProtocolError(f"SELECT EF {ef:02X} answered {sw_hex(sw)}", sw)
        self._current_ef = ef

    def _verify_apdu(self, pin: bytes | bytearray | None) -> bytes:
        if self.style is ApduStyle.SELECT:
            self._select_ef(cmd.EF_PIN)
            return cmd.verify(pin)
        return cmd.verify(pin, short_ef=cmd.EF_PIN)

    # ------------------------------------------------------------------ PIN
    def tries_left(self) -> int:
        """PIN tries left (0 = blocked), asked with a VERIFY that carries no PIN."""
        self.select()
        _, sw = self.transmit(self._verify_apdu(None))
        tries = cmd.pin_tries(sw)
        if tries is not None:
            self._tries = tries
        elif sw in _BLOCKED:
            self._tries = 0
        elif sw == StatusWord.OK:
            # Already verified in this power cycle: a successful VERIFY reset the counter.
            self._tries = MAX_TRIES
        else:
            raise CardProtocolError(f"VERIFY (status) answered {sw_hex(sw)}", sw)
        return self._tries

    def verify(self, pin: str, *, confirm_last_try: bool = False) -> None:
        """Verify the 4-digit PIN, spending a try only when that is safe or confirmed.

        Raises :class:`PinBlocked` without sending anything to a blocked card, and
        :class:`LastTryNotConfirmed` without sending the PIN when one try is left.
        """
        if not valid_pin(pin):
            raise InvalidPinFormat()
        tries = self.tries_left() if self._tries is None else self._tries
        if tries == 0:
            raise PinBlocked("blocked before VERIFY; nothing sent")
        if tries == 1 and not confirm_last_try:
            raise LastTryNotConfirmed()
        secret = bytearray(pin.encode("ascii"))
        command = bytearray()
        try:
            command = bytearray(self._verify_apdu(secret))
            _, sw = self.transmit(bytes(command))
        finally:
            secret[:] = bytes(len(secret))
            command[:] = bytes(len(command))
        self._tries = None
        if sw == StatusWord.OK:
            self._tries = MAX_TRIES
            return
        left = cmd.pin_tries(sw)
        if left is not None and left > 0:
            self._tries = left
            raise PinWrong(left)
        if left == 0 or sw in _BLOCKED:
            self._tries = 0
            raise PinBlocked(f"VERIFY answered {sw_hex(sw)}", just_locked=left == 0)
        raise CardProtocolError(f"VERIFY answered {sw_hex(sw)}", sw)

    # ------------------------------------------------------------------ files
    def read_file(self, ef: int) -> bytes:
        """The data object stored in ``ef`` (after VERIFY), without trailing filler."""
        self.select()
        if self.style is ApduStyle.SHORT_EF and self._extended_ok:
            data, sw = self.transmit(cmd.read_binary_short_ef(ef, le=cmd.EXTENDED_MAX,
                                                              extended=True))
            if sw == StatusWord.WRONG_LENGTH:
                log.debug("extended READ BINARY refused; falling back to short reads")
                self._extended_ok = False
            else:
                self._check_read(sw, ef)
                self._current_ef = ef
                return _trim(data)
        if self.style is ApduStyle.SHORT_EF:
            data, sw = self.transmit(cmd.read_binary_short_ef(ef, le=cmd.SHORT_MAX))
        else:
            self._select_ef(ef)
            data, sw = self.transmit(cmd.read_binary(0, cmd.SHORT_MAX))
        self._check_read(sw, ef)
        self._current_ef = ef
        return self._read_rest(data, ef)

    def _read_rest(self, data: bytes, ef: int) -> bytes:
        try:
            total = tlv.total_length(data)
        except tlv.TlvError as exc:
            raise CardDataCorrupt(f"EF {ef:02X}: {exc}") from None
        if total is None:
            raise CardDataCorrupt(f"EF {ef:02X}: file shorter than its header")
        while len(data) < total:
            want = min(cmd.SHORT_MAX, total - len(data))
            chunk, sw = self.transmit(cmd.read_binary(len(data), want))
            if sw == StatusWord.WRONG_P1P2 or not chunk:
                raise CardDataCorrupt(f"EF {ef:02X} ends before its data object does")
            self._check_read(sw, ef)
            data += chunk
        return data[:total]

    @staticmethod
    def _check_read(sw: int, ef: int) -> None:
        if sw in (StatusWord.OK, StatusWord.END_OF_FILE):
            return
        if sw == StatusWord.SECURITY_NOT_SATISFIED:
            raise CardProtocolError(f"READ EF {ef:02X} before VERIFY", sw)
        raise CardProtocolError(f"READ EF {ef:02X} answered {sw_hex(sw)}", sw)

    # ------------------------------------------------------------------ items
    def read_basic_four(self) -> BasicFour:
        """氏名・住所・生年月日・性別 from EF 02 (call :meth:`verify` first)."""
        return decode_basic_four(self.read_file(cmd.EF_BASIC_FOUR))

    def read_my_number(self) -> MyNumber:
        """The 個人番号 from EF 01, in a short-lived holder (use it in a ``with`` block)."""
        return decode_my_number(self.read_file(cmd.EF_MY_NUMBER))


def _trim(data: bytes) -> bytes:
    """Cut a whole-file read down to its first data object (drops ``FF`` filler)."""
    try:
        total = tlv.total_length(data)
    except tlv.TlvError:
        return data  # let the decoder report the corruption with its own words
    return data if total is None else data[:total]


def _with_le(apdu: bytes, le: int) -> bytes:
    parsed = cmd.parse_command(apdu)
    head = bytes([parsed.cla, parsed.ins, parsed.p1, parsed.p2])
    if parsed.extended:
        lc = len(parsed.data).to_bytes(2, "big") if parsed.data else b""
        body = (b"\x00" + lc + parsed.data) if parsed.data else b"\x00"
        return head + body + (le & 0xFFFF).to_bytes(2, "big")
    body = bytes([len(parsed.data)]) + parsed.data if parsed.data else b""
    return head + body + bytes([le & 0xFF])


def _text(obj: tlv.Tlv, what: str) -> str:
    try:
        return obj.value.decode("utf-8").rstrip("\x00")
    except UnicodeDecodeError:
        raise CardDataCorrupt(f"{what} is not valid UTF-8") from None


def decode_birth_date(raw: bytes) -> date:
    """ASCII ``YYYYMMDD`` (Gregorian) to a date; anything else is corrupt data."""
    if len(raw) != 8 or not raw.isdigit():
        raise CardDataCorrupt("birth date is not YYYYMMDD")
    try:
        return date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
    except ValueError:
        raise CardDataCorrupt("birth date is not a real date") from None


def decode_basic_four(data: bytes) -> BasicFour:
    """Decode EF 02: ``FF 20`` holding DF 21 (offsets), DF 22 name, DF 23 address, …"""
    try:
        root = tlv.parse_single(data, TAG_BASIC_FOUR)
        items: dict[int, tlv.Tlv] = {}
        for child in root.children():  # parsed once; the first of a repeated tag wins
            items.setdefault(child.tag, child)
        missing = [t for t in (TAG_NAME, TAG_ADDRESS, TAG_BIRTH, TAG_SEX) if t not in items]
        if missing:
            raise tlv.TlvError(f"data object {missing[0]:X} is missing inside FF20")
    except tlv.TlvError as exc:
        raise CardDataCorrupt(f"EF 02: {exc}") from None
    sex_raw = items[TAG_SEX].value
    sex = Sex.from_code(sex_raw.decode("ascii", "replace") if len(sex_raw) == 1 else "")
    return BasicFour(
        name=_text(items[TAG_NAME], "name"),
        address=_text(items[TAG_ADDRESS], "address"),
        birth_date=decode_birth_date(items[TAG_BIRTH].value),
        sex=sex,
    )


def decode_my_number(data: bytes) -> MyNumber:
    """Decode EF 01: ``FF 10 0C`` + twelve ASCII digits (filler already trimmed or ignored)."""
    try:
        obj = tlv.parse_single(data, TAG_MY_NUMBER)
        return MyNumber(obj.value.decode("ascii"))
    except (tlv.TlvError, MyNumberFormatError, UnicodeDecodeError):
        raise CardDataCorrupt("EF 01 does not hold a valid My Number") from None
