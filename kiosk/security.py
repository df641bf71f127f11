"""The staff PIN: hashed with scrypt, checked in constant time, with a lock-out.

The staff PIN guards leaving kiosk mode and opening the clerk console. It is never
stored or logged in clear: the configuration holds ``scrypt$n$r$p$salt$hash``.

The cost has a floor, OWASP's Password Storage Cheat Sheet minimum for scrypt: N=2^17
(128 MiB), r=8, p=1, or one of its equal-strength alternatives (N=2^16 p=2, N=2^15 p=3,
N=2^14 p=5, N=2^13 p=10, all with r=8). A 4-digit PIN has only 10,000 values, so a weak
hash lifted from a stolen ``kiosk.toml`` falls in seconds; a hash below the floor is
refused, never verified. A ceiling (256 MiB, p ≤ 16) keeps a mistyped hash from freezing
the terminal on every PIN entry.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# ``kiosk run --demo`` without a configured hash accepts this PIN (``terminal_config`` puts
# DEMO_PIN_HASH in the demo's configuration); any other terminal without a hash accepts no
# PIN at all, and `kiosk doctor` flags it. The hash is a constant so a demo starts at once.
DEMO_STAFF_PIN = "0000"
DEMO_PIN_HASH = ("scrypt$131072$8$1$a2lvc2stZGVtby1waW4hIQ==$"
                 "MGKaGY5lSmOrODgD259F5eZEQ4v5drmL6tmea5GUMwE=")
_N, _R, _P = 2**17, 8, 1
# (N, r, p) from OWASP's Password Storage Cheat Sheet, "Scrypt": any one of these is enough.
OWASP_SCRYPT_MINIMUMS = ((2**17, 8, 1), (2**16, 8, 2), (2**15, 8, 3), (2**14, 8, 5), (2**13, 8, 10))
SCRYPT_FLOOR = "N=2^17 r=8 p=1 or an OWASP equivalent such as N=2^14 r=8 p=5"
MAX_SCRYPT_MEMORY = 256 * 1024 * 1024
MAX_SCRYPT_P = 16
_MIN_SALT_BYTES, _MIN_DIGEST_BYTES = 16, 16


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # hashlib refuses more than 32 MiB unless told; the ceiling is checked before this.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen,
                          maxmem=2 * MAX_SCRYPT_MEMORY)


def _meets_floor(n: int, r: int, p: int) -> bool:
    return any(n >= n0 and r >= r0 and p >= p0 for n0, r0, p0 in OWASP_SCRYPT_MINIMUMS)


def _parse_scrypt(stored: str) -> tuple[int, int, int, bytes, bytes] | str:
    """(N, r, p, salt, digest) of a well-formed hash, else why it is not one."""
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return "is not a scrypt hash (expected scrypt$N$r$p$salt$hash)"
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except ValueError:
        return "is not a scrypt hash (N, r, p must be numbers, salt and hash base64)"
    if n < 2 or n & (n - 1) or r < 1 or p < 1:
        return "is not a scrypt hash (N must be a power of 2, r and p at least 1)"
    if len(salt) < _MIN_SALT_BYTES or len(digest) < _MIN_DIGEST_BYTES:
        return f"has a salt or hash shorter than {_MIN_SALT_BYTES} bytes"
    return n, r, p, salt, digest


def pin_hash_problem(stored: str) -> str | None:
    """Why ``stored`` cannot be a staff PIN hash, in a sentence that never echoes it.

    ``None`` when it is empty (no PIN at all; ``kiosk doctor`` warns about it) or a
    well-formed scrypt hash with a cost between the floor and the ceiling.
    """
    if not stored:
        return None
    parsed = _parse_scrypt(stored)
    if isinstance(parsed, str):
        return parsed
    n, r, p, _salt, _digest = parsed
    if not _meets_floor(n, r, p):
        return (f"uses scrypt N={n} r={r} p={p}, below the floor of OWASP's Password Storage "
                f"Cheat Sheet ({SCRYPT_FLOOR})")
    if 128 * r * n > MAX_SCRYPT_MEMORY or p > MAX_SCRYPT_P:
        return (f"uses scrypt N={n} r={r} p={p}, above the ceiling of "
                f"{MAX_SCRYPT_MEMORY // 2**20} MiB and p={MAX_SCRYPT_P}")
    return None


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("The staff PIN must be 4 to 12 digits.")
    salt = salt or os.urandom(16)
    digest = _scrypt(pin, salt, _N, _R, _P, 32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored``; nothing stored matches no PIN.

    A hash that ``pin_hash_problem`` refuses matches no PIN (the configuration loader
    refuses it first, with a sentence for IT staff).
    """
    if not stored:
        return False
    parsed = _parse_scrypt(stored)
    if isinstance(parsed, str) or pin_hash_problem(stored) is not None:
        return False
    n, r, p, salt, expected = parsed
    return hmac.compare_digest(_scrypt(pin, salt, n, r, p, len(expected)), expected)


@dataclass
class StaffGate:
    """Counts wrong staff PINs and locks further tries for a while after too many."""

    stored_hash: str
    max_attempts: int = 5
    lockout_seconds: int = 300
    clock: Callable[[], float] = time.monotonic
    _failures: int = field(default=0, init=False)
    _locked_until: float = field(default=0.0, init=False)

    @property
    def locked(self) -> bool:
        return self.clock() < self._locked_until

    @property
    def seconds_left(self) -> int:
        return max(0, int(self._locked_until - self.clock() + 0.999))

    @property
    def attempts_left(self) -> int:
        return self.max_attempts - self._failures

    def check(self, pin: str) -> bool:
        """Check a PIN; while locked, every PIN is refused without being compared."""
        if self.locked:
            return False
        if verify_pin(pin, self.stored_hash):
            self._failures = 0
            return True
        self._failures += 1
        if self._failures >= self.max_attempts:
            self._locked_until = self.clock() + self.lockout_seconds
            self._failures = 0
        return False
