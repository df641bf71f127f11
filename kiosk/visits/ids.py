"""Time-ordered UUIDs (the layout of UUID version 7, RFC 9562) for visits and events.

Ids are made on the terminal so that re-sending an event is harmless. Random (version 4)
ids would scatter every insert across the primary-key index; with the millisecond time
in the first 48 bits, new rows land at the end of the index on SQLite and PostgreSQL
alike, which keeps a year of events (tens of millions of rows) cheap to insert. The
remaining 74 bits are random, so two terminals in the same millisecond never collide.
"""

from __future__ import annotations

import secrets
import time


def uuid7(unix_ms: int | None = None, random_bits: int | None = None) -> str:
    """A UUID string whose first 48 bits are ``unix_ms`` (now by default)."""
    ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
    rand = secrets.randbits(74) if random_bits is None else random_bits & ((1 << 74) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (
        rand & ((1 << 62) - 1))
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
