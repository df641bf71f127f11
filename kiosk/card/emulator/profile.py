"""Sample residents for the card emulator, and the file contents their cards hold.

A profile is JSON (the format the issue fixes)::

    {"name": "…", "address": "…", "birth_date": "YYYYMMDD", "sex": "1",
     "my_number": "12 digits", "pin": "4 digits", "pin_tries_left": 3}

Profiles are test data, not residents: the shipped ones (``kiosk/card/profiles/``) are
invented people. :func:`ef_basic_four` and :func:`ef_my_number` build the bytes the real
card stores, with BER long-form lengths wherever the content needs them.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kiosk.card import tlv

MAX_TRIES = 3
SAMPLES_PACKAGE = "kiosk.card.profiles"


class ProfileError(ValueError):
    """A profile file is malformed (the message names the field, never its value)."""


@dataclass(frozen=True, slots=True)
class CardProfile:
    name: str
    address: str
    birth_date: str
    sex: str
    my_number: str
    pin: str
    pin_tries_left: int = MAX_TRIES

    def __repr__(self) -> str:
        return "CardProfile(<redacted>)"

    def with_tries(self, tries: int) -> CardProfile:
        return replace(self, pin_tries_left=tries)

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> CardProfile:
        fields = ("name", "address", "birth_date", "sex", "my_number", "pin")
        for key in fields:
            if not isinstance(raw.get(key), str):
                raise ProfileError(f"profile field {key!r} must be a string")
        tries = raw.get("pin_tries_left", MAX_TRIES)
        if not isinstance(tries, int) or not 0 <= tries <= MAX_TRIES:
            raise ProfileError("profile field 'pin_tries_left' must be 0..3")
        profile = cls(name=raw["name"], address=raw["address"], birth_date=raw["birth_date"],
                      sex=raw["sex"], my_number=raw["my_number"], pin=raw["pin"],
                      pin_tries_left=tries)
        if not (len(profile.pin) == 4 and profile.pin.isascii() and profile.pin.isdigit()):
            raise ProfileError("profile field 'pin' must be 4 ASCII digits")
        if not (len(profile.my_number) == 12 and profile.my_number.isascii()
                and profile.my_number.isdigit()):
            raise ProfileError("profile field 'my_number' must be 12 ASCII digits")
        return profile

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "address": self.address, "birth_date": self.birth_date,
            "sex": self.sex, "my_number": self.my_number, "pin": self.pin,
            "pin_tries_left": self.pin_tries_left,
        }


def load_profile(path: str | Path) -> CardProfile:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ProfileError(f"cannot read the profile file: {type(exc).__name__}") from None
    if not isinstance(raw, dict):
        raise ProfileError("a profile is a JSON object")
    return CardProfile.from_dict(raw)


def sample_names() -> list[str]:
    """Names (file stems) of the shipped sample profiles."""
    folder = importlib.resources.files(SAMPLES_PACKAGE)
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def sample_profile(name: str) -> CardProfile:
    """A shipped sample, e.g. ``sample_profile("standard-adult")``."""
    text = importlib.resources.files(SAMPLES_PACKAGE).joinpath(f"{name}.json").read_text("utf-8")
    raw = json.loads(text)
    return CardProfile.from_dict(raw)


def ef_basic_four(profile: CardProfile) -> bytes:
    """EF 02: ``FF 20`` { DF 21 offsets, DF 22 name, DF 23 address, DF 24 birth, DF 25 sex }."""
    items = [
        tlv.encode(0xDF22, profile.name.encode("utf-8")),
        tlv.encode(0xDF23, profile.address.encode("utf-8")),
        tlv.encode(0xDF24, profile.birth_date.encode("ascii", "replace")),
        tlv.encode(0xDF25, profile.sex.encode("ascii", "replace")),
    ]
    # DF 21: 16-bit offsets of each item from the start of the FF 20 value. Its own size
    # is fixed (4 offsets), so the offsets can be computed before it is encoded.
    header_size = len(tlv.encode(0xDF21, bytes(2 * len(items))))
    offsets, pos = [], header_size
    for item in items:
        offsets.append(pos.to_bytes(2, "big"))
        pos += len(item)
    header = tlv.encode(0xDF21, b"".join(offsets))
    return tlv.encode(0xFF20, [header, *items])


def ef_my_number(profile: CardProfile) -> bytes:
    """EF 01: ``FF 10 0C`` + the twelve ASCII digits, then ``FF FF`` filler (17 bytes)."""
    return tlv.encode(0xFF10, profile.my_number.encode("ascii")) + b"\xff\xff"


def ef_signature(profile: CardProfile) -> bytes:
    """EF 03: hashes and a signature (``FF 30`` { DF 31, DF 32, DF 33 }); random-looking filler.

    The kiosk never reads EF 03; the emulator keeps it so that the file exists.
    """
    h1 = hashlib.sha256(ef_my_number(profile)).digest()
    h2 = hashlib.sha256(ef_basic_four(profile)).digest()
    return tlv.encode(0xFF30, [tlv.encode(0xDF31, h1), tlv.encode(0xDF32, h2),
                               tlv.encode(0xDF33, bytes(256))])
