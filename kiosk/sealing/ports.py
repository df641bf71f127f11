"""The seams other parts depend on: something that seals, something that also opens."""

from __future__ import annotations

from typing import Protocol


class Sealer(Protocol):
    """Seals bytes (a kiosk sealing to the town key can do only this)."""

    def seal(self, data: bytes, *, context: bytes = b"") -> bytes: ...


class Opener(Sealer, Protocol):
    """Seals and opens (a terminal's own keyring; a clerk terminal's town key pair)."""

    def open(self, blob: bytes, *, context: bytes = b"") -> bytes: ...
