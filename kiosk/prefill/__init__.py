"""Pre-application at home: the signed, compressed scenario a QR code carries from the
resident's phone to the kiosk.

The contract other parts code against (docs/prefill.md describes the format byte by byte):
``make_code`` / ``read_code`` (``PrefillError`` with its ``reason``), ``qr_png`` / ``qr_pdf``,
``decode_image`` / ``decode_pixels`` and the key files (``kiosk.prefill.keys``).
"""

from kiosk.prefill.codec import PREFIX, PrefillCode, make_code, peek, read_code
from kiosk.prefill.errors import REASONS, PrefillError
from kiosk.prefill.keys import (
    KeyFileError,
    SigningKey,
    VerifyKey,
    generate_pair,
    key_id,
    load_signing_key,
    load_verify_keys,
)
from kiosk.prefill.qr import QrTooLarge, decode_image, decode_pixels, qr_png
from kiosk.prefill.sheet import qr_pdf

__all__ = [
    "PREFIX",
    "REASONS",
    "KeyFileError",
    "PrefillCode",
    "PrefillError",
    "QrTooLarge",
    "SigningKey",
    "VerifyKey",
    "decode_image",
    "decode_pixels",
    "generate_pair",
    "key_id",
    "load_signing_key",
    "load_verify_keys",
    "make_code",
    "peek",
    "qr_pdf",
    "qr_png",
    "read_code",
]
