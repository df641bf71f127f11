"""Staff accounts for tests: a directory that hashes cheaply, and ready-made accounts.

Production hashes cost 64 MiB and three passes (RFC 9106); tests hash with the least
argon2id allows so hundreds of log-ins stay fast. ``enforce_floor=False`` lets such a
hash verify, which production never does.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from kiosk.staff.access import Role, StaffSession
from kiosk.staff.directory import StaffDirectory
from kiosk.staff.passwords import Argon2Cost

CHEAP = Argon2Cost(memory_kib=8, iterations=1, lanes=1)
CLERK, CLERK_PASSWORD = "S1024", "counter-pass-1"
MANAGER, MANAGER_PASSWORD = "M2001", "manager-pass-1"
ADMIN, ADMIN_PASSWORD = "A0001", "admin-pass-01"
ADMIN_SESSION = StaffSession(ADMIN, Role.ADMIN)


def directory(engine: Engine, **options: Any) -> StaffDirectory:
    return StaffDirectory(engine, cost=CHEAP, enforce_floor=False, **options)


def with_accounts(engine: Engine, **options: Any) -> StaffDirectory:
    """A directory holding an admin, a manager and a clerk."""
    staff = directory(engine, **options)
    staff.add(None, ADMIN, "Admin", Role.ADMIN, ADMIN_PASSWORD)
    staff.add(ADMIN_SESSION, MANAGER, "Manager", Role.MANAGER, MANAGER_PASSWORD)
    staff.add(ADMIN_SESSION, CLERK, "Clerk", Role.CLERK, CLERK_PASSWORD)
    return staff
