"""The wizard's state, carried by the page itself: no server session, no personal data on disk.

Every page holds the whole state in one hidden form field (``state``): the JSON below,
compressed with zlib, base64url-encoded and followed by an HMAC-SHA256 tag. The HMAC key is
derived with HKDF from the bytes of the signing key file (``[prefill] signing_key_file``), so
any number of instances that share that file accept each other's pages with no extra secret,
and a page edited in the browser is refused. Every POST opens the state again and the wizard
re-validates it (the engine checks the scenario), so a sealed state is trusted for its
integrity only, never for its plausibility.

The JSON (``version`` 1)::

    {"version": 1, "lang": "ja", "page": "household",
     "resident": {"name", "furigana", "birth_date", "sex", "address"} | null,
     "event": "<event id>" | null,
     "household": [{"id", "name", "furigana", "birth_date", "sex", "relation", "status"}],
     "answers": [["<question>", "<member id>" | null, value], ...]   (in answering order),
     "split": ["<question>", ...],       (answered person by person)
     "new_address": {"oaza", "banchi", "katagaki", "postal_code"} | null,
     "new_household": {"members": [...], "head": "..."} | null,
     "code": "<the QR text>" | null, "expires": "YYYY-MM-DD" | null,
     "next": ["YYYY-MM-DD", <catalog version>, "<question>", ["<member id>", ...]] | null}

``next`` (optional) is the question a question page was drawn with, the day and catalog it
was worked out for: the page's answer then needs no second run of the engine
(``kiosk/web/memo.py``).

The repr of a state is redacted: it holds personal data.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import zlib
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

STATE_VERSION = 1
TAG_BYTES = 32
#: A sealed state larger than this is refused before it is decompressed.
MAX_SEALED = 48_000
#: Decompression stops here: a small field cannot expand into a large one.
MAX_JSON = 64_000
HKDF_INFO = b"kiosk web wizard state v1"


class StateError(ValueError):
    """The page's state was altered, truncated or made with another key."""


def derive_state_key(signing_key_file_bytes: bytes) -> bytes:
    """The HMAC key for the page state, derived from the signing key file's bytes."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=HKDF_INFO).derive(signing_key_file_bytes)


@dataclass
class WizardState:
    """Everything the resident entered so far, and the page they are on."""

    lang: str
    page: str = "start"
    resident: dict[str, str] | None = None
    event: str | None = None
    household: list[dict[str, str]] = field(default_factory=list)
    answers: list[list[Any]] = field(default_factory=list)
    split: list[str] = field(default_factory=list)
    new_address: dict[str, str] | None = None
    new_household: dict[str, Any] | None = None
    code: str | None = None
    expires: str | None = None
    next: list[Any] | None = None

    def __repr__(self) -> str:
        return f"WizardState(page={self.page!r}, <redacted>)"

    def to_json(self) -> dict[str, Any]:
        return {
            "version": STATE_VERSION, "lang": self.lang, "page": self.page,
            "resident": self.resident, "event": self.event, "household": self.household,
            "answers": self.answers, "split": self.split, "new_address": self.new_address,
            "new_household": self.new_household, "code": self.code,
            "expires": self.expires, "next": self.next,
        }

    @classmethod
    def from_json(cls, data: Any) -> WizardState:
        """Read the JSON shape strictly; anything else is a :class:`StateError`."""
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise StateError("unknown state version")
        try:
            state = cls(
                lang=_text(data["lang"]), page=_text(data["page"]),
                resident=_optional_texts(data["resident"]),
                event=None if data["event"] is None else _text(data["event"]),
                household=[_texts(m) for m in _list(data["household"])],
                answers=[_answer(a) for a in _list(data["answers"])],
                split=[_text(q) for q in _list(data["split"])],
                new_address=_optional_texts(data["new_address"]),
                new_household=_optional_dict(data["new_household"]),
                code=None if data["code"] is None else _text(data["code"]),
                expires=None if data["expires"] is None else _text(data["expires"]),
                next=_next(data.get("next")),
            )
        except KeyError:
            raise StateError("a state key is missing") from None
        return state


class StateSealer:
    """Seals a state into the hidden field's text and opens it again."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, state: WizardState) -> str:
        payload = zlib.compress(
            json.dumps(state.to_json(), ensure_ascii=False, separators=(",", ":")).encode(), 9)
        tag = hmac.new(self._key, payload, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(payload + tag).decode("ascii").rstrip("=")

    def open(self, text: str) -> WizardState:
        if not text or len(text) > MAX_SEALED:
            raise StateError("no state or an oversized one")
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            raise StateError("the state is not base64") from None
        payload, tag = raw[:-TAG_BYTES], raw[-TAG_BYTES:]
        expected = hmac.new(self._key, payload, hashlib.sha256).digest()
        if len(raw) <= TAG_BYTES or not hmac.compare_digest(tag, expected):
            raise StateError("the state's tag does not match")
        try:
            inflater = zlib.decompressobj()
            body = inflater.decompress(payload, MAX_JSON)
            if inflater.unconsumed_tail:
                raise StateError("the state is too large")
            return WizardState.from_json(json.loads(body))
        except (zlib.error, UnicodeDecodeError, json.JSONDecodeError):
            raise StateError("the state cannot be read") from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise StateError("a text was expected")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise StateError("a list was expected")
    return value


def _texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise StateError("an object of texts was expected")
    return value


def _optional_texts(value: Any) -> dict[str, str] | None:
    return None if value is None else _texts(value)


def _optional_dict(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise StateError("an object was expected")
    return value


def _next(value: Any) -> list[Any] | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 4 and isinstance(value[0], str)
            and isinstance(value[1], int) and isinstance(value[2], str)
            and isinstance(value[3], list) and all(isinstance(m, str) for m in value[3])):
        raise StateError("next must be [day, catalog version, question, [member ids]]")
    return value


def _answer(value: Any) -> list[Any]:
    if not (isinstance(value, list) and len(value) == 3 and isinstance(value[0], str)
            and (value[1] is None or isinstance(value[1], str))
            and isinstance(value[2], bool | int | str)):
        raise StateError("an answer must be [question, member or null, value]")
    return value
