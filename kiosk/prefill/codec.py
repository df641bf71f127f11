"""The pre-application code: a signed, compressed scenario as printable text (docs/prefill.md).

``make_code`` (the web server) turns a scenario into the QR code's text; ``read_code`` (the
kiosk) checks it and gives it back, or raises ``PrefillError`` with the reason. The text is
``PREFIX`` followed by base45 of::

    version (1 byte) | key id (8) | body length (2, big-endian) | body | signature (64)

The body is zlib-compressed compact JSON (``kiosk.prefill.body``); the Ed25519 signature
covers every byte before it. The body length makes a cut-off code "damaged" rather than
"signature": a truncated text is the scanner's or the camera's fault, not a forgery.
"""

from __future__ import annotations

import secrets
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cryptography.exceptions import InvalidSignature

from kiosk.prefill import base45
from kiosk.prefill.body import Header, pack_body, unpack_body
from kiosk.prefill.errors import PrefillError
from kiosk.prefill.keys import SigningKey, VerifyKey, key_id

PREFIX = "PA1:"
VERSION = 1
KEY_ID_BYTES = 8
LENGTH_BYTES = 2
SIGNATURE_BYTES = 64
HEADER_BYTES = 1 + KEY_ID_BYTES + LENGTH_BYTES
MAX_BODY_BYTES = 0xFFFF
MAX_VALID_DAYS = 366
# The longest text worth looking at: a version 40 QR code holds 4296 alphanumeric characters.
MAX_TEXT = 4400


@dataclass(frozen=True)
class PrefillCode:
    """What a checked code carries. The scenario is personal data: ``repr`` hides it."""

    code_id: str  # 16 hex digits, random: the replay key
    town: str
    catalog_version: int
    language: str
    issued: date
    expires: date
    scenario: Mapping[str, Any]

    def __repr__(self) -> str:
        return (f"PrefillCode(code_id={self.code_id!r}, catalog_version={self.catalog_version},"
                f" issued={self.issued}, expires={self.expires}, <redacted>)")

    __str__ = __repr__


def make_code(scenario: Mapping[str, Any], *, key: SigningKey, town: str, catalog_version: int,
              language: str, issued: date, valid_days: int) -> str:
    """The QR code's text for ``scenario``, valid from ``issued`` through
    ``issued + valid_days``. Raises ``ValueError`` for a scenario that is not JSON or too
    large for any code."""
    if not 0 <= valid_days <= MAX_VALID_DAYS:
        raise ValueError(f"valid_days must be between 0 and {MAX_VALID_DAYS}")
    header = Header(code_id=secrets.token_hex(8), town=town, catalog_version=catalog_version,
                    language=language, issued=issued,
                    expires=issued + timedelta(days=valid_days))
    body = pack_body(header, scenario)
    if len(body) > MAX_BODY_BYTES:
        raise ValueError("the scenario is too large for a pre-application code")
    signed = (bytes([VERSION]) + key_id(key.public_key())
              + len(body).to_bytes(LENGTH_BYTES, "big") + body)
    return PREFIX + base45.encode(signed + key.sign(signed))


def read_code(text: str, *, keys: Sequence[VerifyKey], today: date,
              catalog_version: int) -> PrefillCode:
    """The checked content of a code; ``PrefillError`` when it must be refused.

    The checks, in order: readable (prefix, base45, version, lengths) → a known key →
    the signature → the body → not expired (valid through ``expires``) → the same catalog
    version as this kiosk.
    """
    raw = _unwrap(text)
    kid, length = raw[1:1 + KEY_ID_BYTES], int.from_bytes(raw[1 + KEY_ID_BYTES:HEADER_BYTES])
    signed, signature = raw[:HEADER_BYTES + length], raw[HEADER_BYTES + length:]
    matching = [k for k in keys if key_id(k) == kid]
    if not matching:
        raise PrefillError("foreign_key", "no trusted key has the code's key id")
    if not any(_verifies(k, signature, signed) for k in matching):
        raise PrefillError("signature", "the signature does not match the content")
    code = _content(raw[HEADER_BYTES:HEADER_BYTES + length])
    if code.expires < today:
        raise PrefillError("expired", f"expired on {code.expires.isoformat()}")
    if code.catalog_version > catalog_version:
        raise PrefillError("newer_catalog",
                           f"catalog {code.catalog_version}, this kiosk has {catalog_version}")
    if code.catalog_version < catalog_version:
        raise PrefillError("older_catalog",
                           f"catalog {code.catalog_version}, this kiosk has {catalog_version}")
    return code


def peek(text: str) -> PrefillCode:
    """The content of a code **without** checking its signature or dates: for printing the
    expiry date beside a code this program just made, never for trusting one."""
    raw = _unwrap(text)
    length = int.from_bytes(raw[1 + KEY_ID_BYTES:HEADER_BYTES])
    return _content(raw[HEADER_BYTES:HEADER_BYTES + length])


def _unwrap(text: str) -> bytes:
    """The binary code, its lengths checked; ``damaged`` otherwise."""
    if not isinstance(text, str) or len(text) > MAX_TEXT:
        raise PrefillError("damaged", "not a text of a plausible length")
    cleaned = text.strip().upper()
    if not cleaned.startswith(PREFIX):
        raise PrefillError("damaged", "the prefix is missing")
    try:
        raw = base45.decode(cleaned[len(PREFIX):])
    except base45.Base45Error as exc:
        raise PrefillError("damaged", str(exc)) from None
    if len(raw) < HEADER_BYTES + SIGNATURE_BYTES:
        raise PrefillError("damaged", "too short")
    if raw[0] != VERSION:
        raise PrefillError("damaged", f"unknown format version {raw[0]}")
    length = int.from_bytes(raw[1 + KEY_ID_BYTES:HEADER_BYTES])
    if len(raw) != HEADER_BYTES + length + SIGNATURE_BYTES:
        raise PrefillError("damaged", "the length does not match (cut off?)")
    return raw


def _verifies(key: VerifyKey, signature: bytes, signed: bytes) -> bool:
    try:
        key.verify(signature, signed)
    except InvalidSignature:
        return False
    return True


def _content(body: bytes) -> PrefillCode:
    try:
        header, scenario = unpack_body(body)
    except (ValueError, zlib.error) as exc:
        raise PrefillError("damaged", str(exc)) from None
    return PrefillCode(code_id=header.code_id, town=header.town,
                       catalog_version=header.catalog_version, language=header.language,
                       issued=header.issued, expires=header.expires, scenario=scenario)
