"""The personal copy as bytes: JSON sealed with the visit id bound as context.

Binding the visit id means a sealed row copied onto another visit does not open: the
authenticated cipher refuses it (``SealError``), so nobody with write access to the table
can swap residents' data between tickets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kiosk.sealing.errors import SealError
from kiosk.sealing.ports import Opener, Sealer

_CONTEXT = b"visit-personal:"


def context(visit_id: str) -> bytes:
    return _CONTEXT + visit_id.encode("utf-8")


def seal_payload(sealer: Sealer, visit_id: str, payload: Mapping[str, Any]) -> bytes:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return sealer.seal(data, context=context(visit_id))


def open_payload(opener: Opener, visit_id: str, blob: bytes) -> dict[str, Any]:
    data = json.loads(opener.open(blob, context=context(visit_id)).decode("utf-8"))
    if not isinstance(data, dict):
        raise SealError("The sealed personal copy is not a set of values.")
    return data
