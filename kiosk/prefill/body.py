"""The signed body of a pre-application code: compact JSON, compressed with zlib.

The JSON object (keys in this order)::

    {"i": code id, "t": town, "c": catalog version, "l": language,
     "d": issued (YYYY-MM-DD), "x": expires (YYYY-MM-DD), "s": the scenario}

``unpack_body`` checks the shape only; it trusts nothing it did not check, and a body whose
decompressed size passes ``MAX_JSON_BYTES`` is refused before it fills the memory.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

MAX_JSON_BYTES = 256 * 1024
_CODE_ID = re.compile(r"[0-9a-f]{16}")
_KEYS = ("i", "t", "c", "l", "d", "x", "s")


@dataclass(frozen=True)
class Header:
    """The code's fields beside the scenario."""

    code_id: str
    town: str
    catalog_version: int
    language: str
    issued: date
    expires: date


def pack_body(header: Header, scenario: Mapping[str, Any]) -> bytes:
    """Compact JSON, compressed; ``ValueError`` for a scenario JSON cannot hold."""
    document = {"i": header.code_id, "t": header.town, "c": header.catalog_version,
                "l": header.language, "d": header.issued.isoformat(),
                "x": header.expires.isoformat(), "s": dict(scenario)}
    try:
        text = json.dumps(document, ensure_ascii=False, separators=(",", ":"),
                          allow_nan=False)
    except TypeError as exc:
        raise ValueError(f"the scenario is not plain JSON data ({exc})") from None
    return zlib.compress(text.encode("utf-8"), 9)


def unpack_body(body: bytes) -> tuple[Header, Mapping[str, Any]]:
    """The header and the scenario; ``ValueError`` (or ``zlib.error``) when the body is not
    one this format writes."""
    inflater = zlib.decompressobj()
    data = inflater.decompress(body, MAX_JSON_BYTES)
    if inflater.unconsumed_tail:
        raise ValueError("the body is larger than any code holds")
    if not inflater.eof or inflater.unused_data:
        raise ValueError("the compressed body is incomplete or has trailing bytes")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ValueError("the body is not JSON") from None
    if not isinstance(document, dict) or tuple(document) != _KEYS:
        raise ValueError("the body does not have the fields of a code")
    code_id, town, version, language = (document[k] for k in ("i", "t", "c", "l"))
    if not (isinstance(code_id, str) and _CODE_ID.fullmatch(code_id)):
        raise ValueError("the code id is not 16 hex digits")
    if not (isinstance(town, str) and isinstance(language, str)):
        raise ValueError("the town or the language is not a text")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError("the catalog version is not a whole number")
    scenario = document["s"]
    if not isinstance(scenario, dict):
        raise ValueError("the scenario is not an object")
    header = Header(code_id=code_id, town=town, catalog_version=version, language=language,
                    issued=_date(document["d"]), expires=_date(document["x"]))
    return header, MappingProxyType(scenario)


def _date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError("a date is not written YYYY-MM-DD")
    return date.fromisoformat(value)  # ValueError when it is no date
