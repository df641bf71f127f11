"""A faithful model of the card side of the 券面事項入力補助AP.

Not a list of canned replies: the card has a selected DF, a current EF, a security
status that VERIFY sets and power-off clears, and a PIN try counter that survives power
cycles (and, with a state file, emulator restarts). Every command is decoded as ISO
7816-4 does, and every error path answers the status word a card would.

Two transports are modelled:

* ``t1`` (default): responses carry their data; extended length is accepted unless
  ``extended_length=False`` (then ``67 00``).
* ``t0``: responses are announced with ``61 xx`` and fetched by GET RESPONSE, READ
  BINARY with a too-large explicit Le answers ``6C xx``, and extended APDUs are refused.

The APDU log (:attr:`EmulatedCard.log`) masks VERIFY data and never records response
bodies, so tests can inspect what the reader sent without the PIN or 個人番号 leaking.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.card import apdu as cmd
from kiosk.card.apdu import StatusWord as SW  # noqa: N817  # reads like the spec tables
from kiosk.card.emulator.profile import (
    MAX_TRIES,
    CardProfile,
    ef_basic_four,
    ef_my_number,
    ef_signature,
)

ATR_T1 = bytes.fromhex("3BE000FF8131FE4514")
"""An ATR announcing T=1, as on a contact My Number card."""
ATR_T0 = bytes.fromhex("3B00")
"""The smallest valid ATR: T=0 only."""

_PROTECTED = (cmd.EF_MY_NUMBER, cmd.EF_BASIC_FOUR, cmd.EF_SIGNATURE)


@dataclass(frozen=True, slots=True)
class ApduRecord:
    """One exchange as the emulator logs it: masked command, response length, status word."""

    command: str
    ins: int
    has_data: bool
    response_length: int
    sw: int


class TriesStore:
    """Where the PIN try counter lives between emulator runs (``None`` path: memory only)."""

    def __init__(self, path: Path | None, initial: int) -> None:
        self._path = path
        self.value = initial
        if path is not None and path.exists():
            stored = json.loads(path.read_text(encoding="utf-8")).get("pin_tries_left")
            if isinstance(stored, int) and 0 <= stored <= MAX_TRIES:
                self.value = stored

    def set(self, value: int) -> None:
        self.value = value
        if self._path is not None:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            self._path.write_text(json.dumps({"pin_tries_left": value}), encoding="utf-8")


class EmulatedCard:
    """The card. Feed it :meth:`power_on` then :meth:`process` command APDUs."""

    def __init__(
        self,
        profile: CardProfile,
        *,
        transport: str = "t1",
        extended_length: bool = True,
        wrong_aid: bool = False,
        state_file: Path | None = None,
    ) -> None:
        if transport not in ("t0", "t1"):
            raise ValueError("transport must be 't0' or 't1'")
        self._pin = profile.pin.encode("ascii")
        self._files = {
            cmd.EF_MY_NUMBER: ef_my_number(profile),
            cmd.EF_BASIC_FOUR: ef_basic_four(profile),
            cmd.EF_SIGNATURE: ef_signature(profile),
        }
        self.transport = transport
        self.extended_length = extended_length and transport == "t1"
        self.wrong_aid = wrong_aid
        self._tries = TriesStore(state_file, profile.pin_tries_left)
        self.log: list[ApduRecord] = []
        self.powered = False
        self._ap_selected = False
        self._current_ef: int | None = None
        self._verified = False
        self._pending = b""

    def __repr__(self) -> str:
        return f"EmulatedCard(transport={self.transport}, powered={self.powered})"

    # ------------------------------------------------------------------ power
    @property
    def atr(self) -> bytes:
        return ATR_T1 if self.transport == "t1" else ATR_T0

    @property
    def tries_left(self) -> int:
        return self._tries.value

    def power_on(self) -> bytes:
        self._reset_volatile()
        self.powered = True
        return self.atr

    def power_off(self) -> None:
        self._reset_volatile()
        self.powered = False

    def reset(self) -> bytes:
        return self.power_on()

    def _reset_volatile(self) -> None:
        # Security status and selections live in RAM: any power loss clears them.
        self._ap_selected = False
        self._current_ef = None
        self._verified = False
        self._pending = b""

    # ------------------------------------------------------------------ log helpers
    def sent(self, ins: int, *, with_data: bool | None = None) -> int:
        """How many commands with ``ins`` (and optionally with/without data) were received."""
        return sum(1 for r in self.log
                   if r.ins == ins and (with_data is None or r.has_data == with_data))

    # ------------------------------------------------------------------ commands
    def process(self, apdu: bytes) -> bytes:
        """One command APDU in, one response APDU (data + SW1 SW2) out."""
        if not self.powered:
            raise RuntimeError("the emulated card is not powered")
        try:
            command: cmd.Command | None = cmd.parse_command(apdu)
        except ValueError:
            command = None
        data, sw = self._dispatch(command)
        if (self.transport == "t0" and data and command is not None
                and command.ins != cmd.INS_GET_RESPONSE):
            self._pending, data = data, b""
            sw = 0x6100 | (len(self._pending) & 0xFF)
        self.log.append(ApduRecord(
            command=cmd.masked_hex(apdu),
            ins=command.ins if command is not None else -1,
            has_data=bool(command is not None and command.data),
            response_length=len(data),
            sw=sw,
        ))
        return data + sw.to_bytes(2, "big")

    def _dispatch(self, command: cmd.Command | None) -> tuple[bytes, int]:
        if command is None:
            return b"", SW.WRONG_LENGTH
        if command.cla != 0x00:
            return b"", SW.CLA_NOT_SUPPORTED
        if command.extended and not self.extended_length:
            return b"", SW.WRONG_LENGTH
        if command.ins != cmd.INS_GET_RESPONSE:
            self._pending = b""
        handler: dict[int, Callable[[cmd.Command], tuple[bytes, int]]] = {
            cmd.INS_SELECT: self._select,
            cmd.INS_VERIFY: self._verify,
            cmd.INS_READ_BINARY: self._read_binary,
            cmd.INS_GET_RESPONSE: self._get_response,
        }
        if command.ins not in handler:
            return b"", SW.INS_NOT_SUPPORTED
        return handler[command.ins](command)

    def _select(self, c: cmd.Command) -> tuple[bytes, int]:  # noqa: PLR0911  # one SW per error path
        if c.p1 == 0x04:  # by DF name
            if c.data == cmd.AID_INPUT_SUPPORT and not self.wrong_aid:
                if not self._ap_selected:
                    self._verified = False  # security status belongs to the DF
                self._ap_selected, self._current_ef = True, None
                return b"", SW.OK
            return b"", SW.FILE_NOT_FOUND
        if c.p1 == 0x02:  # EF under the current DF
            if len(c.data) != 2:
                return b"", SW.WRONG_LENGTH
            fid = int.from_bytes(c.data, "big")
            if not self._ap_selected or fid not in (*self._files, cmd.EF_PIN):
                return b"", SW.FILE_NOT_FOUND
            self._current_ef = fid
            return b"", SW.OK
        if c.p1 == 0x00 and c.data in (b"", b"\x3f\x00"):  # the MF
            self._ap_selected, self._current_ef, self._verified = False, None, False
            return b"", SW.OK
        return b"", SW.INCORRECT_P1P2

    def _verify(self, c: cmd.Command) -> tuple[bytes, int]:  # noqa: PLR0911  # one SW per error path
        if c.p1 != 0x00:
            return b"", SW.INCORRECT_P1P2
        if c.p2 == 0x80:
            if self._current_ef is None:
                return b"", SW.NO_CURRENT_EF
            if self._current_ef != cmd.EF_PIN:
                return b"", SW.INCOMPATIBLE_FILE
        elif c.p2 == 0x80 | cmd.EF_PIN:
            if not self._ap_selected:
                return b"", SW.REFERENCE_NOT_FOUND
        elif 0x81 <= c.p2 <= 0x9E:
            return b"", SW.REFERENCE_NOT_FOUND
        else:
            return b"", SW.INCORRECT_P1P2
        tries = self._tries.value
        if tries == 0:
            return b"", SW.REFERENCE_DATA_BLOCKED
        if not c.data:  # status query: spends nothing
            return b"", SW.OK if self._verified else 0x63C0 | tries
        if c.data == self._pin:
            self._tries.set(MAX_TRIES)
            self._verified = True
            return b"", SW.OK
        self._verified = False
        self._tries.set(tries - 1)
        return b"", 0x63C0 | (tries - 1)

    def _read_binary(self, c: cmd.Command) -> tuple[bytes, int]:  # noqa: PLR0911  # one SW per error path
        if c.p1 & 0x80:
            if c.p1 & 0x60:
                return b"", SW.INCORRECT_P1P2
            ef, offset = c.p1 & 0x1F, c.p2
            if not self._ap_selected or ef not in (*self._files, cmd.EF_PIN):
                return b"", SW.FILE_NOT_FOUND
        else:
            if self._current_ef is None:
                return b"", SW.NO_CURRENT_EF
            ef, offset = self._current_ef, (c.p1 << 8) | c.p2
        if ef == cmd.EF_PIN:
            return b"", SW.INCOMPATIBLE_FILE
        self._current_ef = ef
        if ef in _PROTECTED and not self._verified:
            return b"", SW.SECURITY_NOT_SATISFIED
        if c.le is None:
            return b"", SW.WRONG_LENGTH
        content = self._files[ef]
        if offset >= len(content):
            return b"", SW.WRONG_P1P2
        available = content[offset:]
        wildcard = c.le in (cmd.SHORT_MAX, cmd.EXTENDED_MAX)
        if len(available) >= c.le or wildcard:
            return available[: c.le], SW.OK
        if self.transport == "t0":
            return b"", 0x6C00 | len(available)
        return available, SW.END_OF_FILE

    def _get_response(self, c: cmd.Command) -> tuple[bytes, int]:
        if c.p1 or c.p2:
            return b"", SW.INCORRECT_P1P2
        if not self._pending:
            return b"", SW.CONDITIONS_NOT_SATISFIED
        le = c.le or cmd.SHORT_MAX
        out, self._pending = self._pending[:le], self._pending[le:]
        if self._pending:
            return out, 0x6100 | (len(self._pending) & 0xFF)
        return out, SW.OK
