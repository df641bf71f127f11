"""Staff passwords: argon2id (RFC 9106), stored in the PHC string format.

``$argon2id$v=19$m=65536,t=3,p=4$<salt>$<hash>`` (salt and hash in unpadded base64), the
format every argon2 library reads. The default cost is RFC 9106's second recommended
option (64 MiB, 3 passes, 4 lanes); a hash below OWASP's floor for argon2id (19 MiB with
2 passes, or 46 MiB with 1) is refused, never verified, so a weakened row in the database
cannot be used to log in. argon2id is memory-hard: a stolen hash costs a GPU as much memory
per guess as it costs the terminal, unlike the 4-digit PIN's 10,000 values.

The hashing comes from ``cryptography`` (already a dependency, for the sealed copies), so
no new package is needed. A password is at least ``MIN_LENGTH`` characters; it is never
logged, and no message here echoes it.
"""

from __future__ import annotations

import base64
import hmac
import os
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

MIN_LENGTH = 10
MAX_LENGTH = 128
_PHC = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$")
#: OWASP Password Storage Cheat Sheet, "Argon2id": (memory KiB, passes) pairs, any one is enough.
OWASP_ARGON2_MINIMUMS = ((19 * 1024, 2), (46 * 1024, 1))
MAX_MEMORY_KIB = 512 * 1024  # a mistyped row must not freeze the terminal


class PasswordPolicyError(ValueError):
    """The new password does not meet the policy; the message says why, never echoing it."""


@dataclass(frozen=True)
class Argon2Cost:
    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


RFC9106_SECOND = Argon2Cost()


def check_policy(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError(f"A staff password has at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError(f"A staff password has at most {MAX_LENGTH} characters.")
    if password.isdigit():
        raise PasswordPolicyError("A staff password is not digits only (that is a PIN).")
    if password != password.strip():
        raise PasswordPolicyError("A staff password does not start or end with a space.")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


def _derive(password: str, salt: bytes, cost: Argon2Cost, length: int) -> bytes:
    kdf = Argon2id(salt=salt, length=length, iterations=cost.iterations, lanes=cost.lanes,
                   memory_cost=cost.memory_kib)
    return kdf.derive(password.encode())


def hash_password(password: str, cost: Argon2Cost = RFC9106_SECOND) -> str:
    """The PHC string of a new password (the policy is checked first)."""
    check_policy(password)
    salt = os.urandom(16)
    digest = _derive(password, salt, cost, 32)
    return (f"$argon2id$v=19$m={cost.memory_kib},t={cost.iterations},p={cost.lanes}"
            f"${_b64(salt)}${_b64(digest)}")


def meets_floor(cost: Argon2Cost) -> bool:
    return any(cost.memory_kib >= m and cost.iterations >= t for m, t in OWASP_ARGON2_MINIMUMS)


def hash_problem(stored: str, *, floor: bool = True) -> str | None:
    """Why ``stored`` is not a usable password hash, or None (never echoes it)."""
    match = _PHC.match(stored)
    if match is None:
        return "is not an argon2id hash"
    cost = Argon2Cost(int(match[1]), int(match[2]), int(match[3]))
    if floor and not meets_floor(cost):
        return f"uses argon2id m={cost.memory_kib} t={cost.iterations}, below OWASP's floor"
    if cost.memory_kib > MAX_MEMORY_KIB or not 1 <= cost.lanes <= 16:
        return "uses an argon2id cost above the ceiling"
    try:
        salt, digest = _unb64(match[4]), _unb64(match[5])
    except ValueError:
        return "is not an argon2id hash (salt or hash is not base64)"
    if len(salt) < 16 or len(digest) < 16:
        return "has a salt or hash shorter than 16 bytes"
    return None


def verify_password(password: str, stored: str, *, floor: bool = True) -> bool:
    """True when ``password`` matches ``stored``; a refused hash matches nothing.

    ``floor=False`` is for tests only, which hash with a cheap cost to stay fast."""
    if hash_problem(stored, floor=floor) is not None:
        return False
    match = _PHC.match(stored)
    assert match is not None  # hash_problem checked it
    cost = Argon2Cost(int(match[1]), int(match[2]), int(match[3]))
    expected = _unb64(match[5])
    actual = _derive(password, _unb64(match[4]), cost, len(expected))
    return hmac.compare_digest(actual, expected)
