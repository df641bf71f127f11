"""The staff PIN: hashed with scrypt, checked in constant time, with a lock-out.

The staff PIN guards leaving kiosk mode and opening the clerk console. It is never
stored or logged in clear: the configuration holds ``scrypt$n$r$p$salt$hash``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Demo terminals without a configured hash accept this PIN; `kiosk doctor` warns about it.
DEMO_STAFF_PIN = "0000"
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("The staff PIN must be 4 to 12 digits.")
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${encode(salt).decode()}${encode(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (or the demo PIN when nothing is stored)."""
    if not stored:
        return hmac.compare_digest(pin.encode(), DEMO_STAFF_PIN.encode())
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


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
